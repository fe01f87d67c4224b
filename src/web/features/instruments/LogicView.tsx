import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Instrument, Score } from '@domain/identification/instrument';
import { currentLocale } from '@web/i18n';
import { exprText } from './exprText';

/** An instrument's rules (with their conditions in words), scores with thresholds, and outcomes. */
export function LogicView({ inst }: { inst: Instrument }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const outcome = (key: string) => inst.outcomes.find((o) => o.key === key)?.label[lang] ?? key;
  return (
    <>
      <h3>{t('instruments.view.rulesHeading')}</h3>
      {inst.rules.length === 0 && <p>{t('instruments.view.noRules')}</p>}
      <ul className="usa-list lantern-readable">
        {inst.rules.map((rule) => (
          <li key={rule.key}>
            <strong>{rule.label[lang]}</strong> (<code>{rule.key}</code>)
            {rule.explanation && <p className="margin-y-05">{rule.explanation[lang]}</p>}
            <p className="margin-y-05">
              {t('instruments.view.when', { condition: exprText(rule.when, inst, lang, t) })}
            </p>
            {rule.outcome && (
              <p className="margin-y-05">{t('instruments.view.gives', { outcome: outcome(rule.outcome) })}</p>
            )}
          </li>
        ))}
      </ul>
      {inst.scores.length > 0 && (
        <>
          <h3>{t('instruments.view.scoresHeading')}</h3>
          <ul className="usa-list lantern-readable">
            {inst.scores.map((score) => (
              <li key={score.key}>
                <strong>{score.label[lang]}</strong> (<code>{score.key}</code>)
                <p className="margin-y-05">{countText(score, inst, t)}</p>
                <ul className="usa-list">
                  {score.thresholds.map((th) => (
                    <li key={`${th.atLeast}-${th.outcome}`}>
                      {t('instruments.view.threshold', { count: th.atLeast, outcome: outcome(th.outcome) })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('instruments.view.outcomesHeading')}</h3>
      <ul className="usa-list lantern-readable">
        {inst.outcomes.map((o) => (
          <li key={o.key}>
            <strong>{o.label[lang]}</strong> — {t(`identification.levels.${o.level}`)}
            {o.actions.length > 0 && (
              <ul className="usa-list">
                {o.actions.map((a) => (
                  <li key={a}>{inst.actions.find((x) => x.key === a)?.label[lang] ?? a}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function countText(score: Score, inst: Instrument, t: TFunction): string {
  if ('signals' in score.count)
    return t('instruments.view.countSignals', { form: t(`identification.forms.${score.count.signals}`) });
  const names = new Map(inst.groups.flatMap((g) => g.items.map((i) => [i.key, i.code ?? i.key] as const)));
  return t('instruments.view.countItems', {
    items: score.count.items
      .map((e) =>
        e.weight === 1 ? (names.get(e.item) ?? e.item) : `${names.get(e.item) ?? e.item} ×${e.weight}`,
      )
      .join(', '),
  });
}
