import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instrument } from '@domain/identification/instrument';
import { currentLocale } from '@web/i18n';
import { TextField } from '@web/ui/fields';
import type { Change, Update } from './editor';
import { TextPair } from './TextPair';
import { ruleCountId, ruleCounts, scoreThresholdId, setRuleCount, setScoreThreshold } from './thresholds';

/** A whole number typed so far, or 0 (which validation refuses, naming the rule or score) while it is not. */
const whole = (raw: string) => (/^\d{1,4}$/.test(raw.trim()) ? Number(raw.trim()) : 0);

interface ThresholdFieldsProps {
  inst: Instrument;
  errorFor: (id: string) => string | undefined;
  onChange: Update;
}

/**
 * The counts inside rules ("at least 2 of D–H") and the scores' thresholds. The typed text is kept as
 * typed, so a field can be cleared and retyped; the working copy gets the number.
 */
export function ThresholdFields({ inst, errorFor, onChange }: ThresholdFieldsProps) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const [typed, setTyped] = useState<Record<string, string>>({});
  const counts = ruleCounts(inst);
  const field = (id: string, value: number, label: string, hint: string, apply: (n: number) => Change) => (
    <TextField
      key={id}
      id={id}
      type="number"
      inputMode="numeric"
      min={1}
      max={999}
      label={label}
      hint={hint}
      className="lantern-input-number"
      value={typed[id] ?? String(value)}
      error={errorFor(id)}
      onChange={(event) => {
        const raw = event.target.value;
        setTyped((cur) => ({ ...cur, [id]: raw }));
        onChange(apply(whole(raw)));
      }}
    />
  );
  if (counts.length === 0 && inst.scores.length === 0) return <p>{t('instruments.thresholds.none')}</p>;
  return (
    <>
      {counts.map((c) => {
        const rule = inst.rules.find((r) => r.key === c.rule)!;
        const ofRule = counts.filter((x) => x.rule === c.rule);
        const position = ofRule.indexOf(c) + 1;
        const count = field(
          ruleCountId(c.rule, c.path),
          c.atLeast,
          ofRule.length > 1
            ? t('instruments.thresholds.ruleCountN', { rule: rule.label[lang], position })
            : t('instruments.thresholds.ruleCount', { rule: rule.label[lang] }),
          t('instruments.thresholds.ruleCountHint', { of: c.of, items: c.items.join(', ') || '—' }),
          (n) => (cur) => setRuleCount(cur, c.rule, c.path, n),
        );
        // After a rule's last count, its explanation, so "two of D–H" can be reworded with the number.
        if (position < ofRule.length) return count;
        return (
          <div key={`rule-${c.rule}`}>
            {count}
            <TextPair
              inst={inst}
              target={{ kind: 'rule', key: c.rule, field: 'explanation' }}
              name={t('instruments.thresholds.explanation', { rule: rule.label[lang] })}
              optional
              errorFor={errorFor}
              onChange={onChange}
            />
          </div>
        );
      })}
      {inst.scores.map((score) =>
        score.thresholds.map((th, i) =>
          field(
            scoreThresholdId(score.key, i),
            th.atLeast,
            t('instruments.thresholds.score', { score: score.label[lang], position: i + 1 }),
            t('instruments.thresholds.scoreHint', {
              outcome: inst.outcomes.find((o) => o.key === th.outcome)?.label[lang] ?? th.outcome,
            }),
            (n) => (cur) => setScoreThreshold(cur, score.key, i, n),
          ),
        ),
      )}
    </>
  );
}
