import { useTranslation } from 'react-i18next';
import type { Language } from '@domain/identification/forms';
import { itemMap, type Instrument } from '@domain/identification/instrument';
import type { Evaluation, ScoreResult } from '@domain/identification/result';
import { answerText, itemLabel } from './answerText';
import type { ScreeningWithHistory } from './api';

type FormResult = Evaluation['forms'][number];

interface Props {
  screening: ScreeningWithHistory;
  instrument: Instrument;
  lang: Language;
}

/**
 * Per form of trafficking: the indicators present, out of those asked, and, listed apart, the ones whose
 * answer is not known, declined or missing (never counted as "no"). Scores and their outcome beside them.
 */
export function FormFindings({ screening, instrument, lang }: Props) {
  const { t } = useTranslation();
  const forms = screening.result.forms.filter((f) => f.asked > 0);
  const scoresOf = (form: string | undefined) =>
    screening.result.scores.filter((s) => instrument.scores.find((d) => d.key === s.key)?.form === form);
  const loose = scoresOf(undefined);
  if (forms.length === 0 && screening.result.scores.length === 0) return null;
  return (
    <section aria-labelledby="screening-forms-heading" className="lantern-section lantern-readable">
      <h2 id="screening-forms-heading">{t('screeningResult.forms.heading')}</h2>
      {forms.map((form) => (
        <FormBlock
          key={form.form}
          form={form}
          scores={scoresOf(form.form)}
          screening={screening}
          instrument={instrument}
          lang={lang}
        />
      ))}
      {loose.length > 0 && (
        <div className="lantern-finding">
          <h3>{t('screeningResult.scores.heading')}</h3>
          <ScoreList scores={loose} instrument={instrument} lang={lang} />
        </div>
      )}
    </section>
  );
}

function FormBlock({
  form,
  scores,
  screening,
  instrument,
  lang,
}: Props & { form: FormResult; scores: ScoreResult[] }) {
  const { t } = useTranslation();
  const items = itemMap(instrument);
  const line = (key: string) => {
    const item = items.get(key);
    if (!item) return <li key={key}>{key}</li>;
    return (
      <li key={key}>
        {itemLabel(item, lang)} <strong>— {answerText(item, screening.answers[key], lang, t)}</strong>
      </li>
    );
  };
  return (
    <div className="lantern-finding">
      <h3>{t(`identification.forms.${form.form}`)}</h3>
      <p>{t('screeningResult.forms.count', { present: form.present.length, asked: form.asked })}</p>
      {form.present.length > 0 && (
        <>
          <h4>{t('screeningResult.forms.present')}</h4>
          <ul className="usa-list">{form.present.map(line)}</ul>
        </>
      )}
      {form.unknown.length > 0 && (
        <>
          <h4>{t('screeningResult.forms.unknown')}</h4>
          <p className="usa-hint">{t('screeningResult.forms.unknownHint')}</p>
          <ul className="usa-list">{form.unknown.map(line)}</ul>
        </>
      )}
      {scores.length > 0 && <ScoreList scores={scores} instrument={instrument} lang={lang} />}
    </div>
  );
}

function ScoreList({
  scores,
  instrument,
  lang,
}: {
  scores: ScoreResult[];
  instrument: Instrument;
  lang: Language;
}) {
  const { t } = useTranslation();
  const outcomeLabel = (key: string | null) => {
    const outcome = instrument.outcomes.find((o) => o.key === key);
    return outcome ? outcome.label[lang] : t('screeningResult.scores.noOutcome');
  };
  return (
    <dl className="lantern-facts">
      {scores.map((score) => {
        const def = instrument.scores.find((s) => s.key === score.key);
        return (
          <div className="lantern-fact" key={score.key}>
            <dt>{def ? def.label[lang] : score.key}</dt>
            <dd>
              {t('screeningResult.scores.value', { value: score.value })}{' '}
              {t('screeningResult.scores.outcome', { outcome: outcomeLabel(score.outcome) })}
              {score.unknown > 0 &&
                ` ${t('screeningResult.scores.open', { n: score.unknown, outcome: outcomeLabel(score.couldReach) })}`}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
