import { useTranslation } from 'react-i18next';
import { Tag } from '@trussworks/react-uswds';
import type { Language } from '@domain/identification/forms';
import { itemMap, type Instrument } from '@domain/identification/instrument';
import type { RuleResult } from '@domain/identification/result';
import { answerText, itemLabel } from './answerText';
import type { ScreeningWithHistory } from './api';

interface Props {
  screening: ScreeningWithHistory;
  instrument: Instrument;
  lang: Language;
}

const VALUE_CLASS = { yes: 'lantern-tag-yes', no: 'lantern-tag-no', open: 'lantern-tag-open' } as const;

/**
 * Each rule of the instrument (at risk of commercial sexual exploitation, and so on): yes, no, or cannot
 * be decided yet; why it exists; the answers that made it true; and, while it is undecided, the answers
 * still missing.
 */
export function RuleFindings({ screening, instrument, lang }: Props) {
  const { t } = useTranslation();
  if (screening.result.rules.length === 0) return null;
  return (
    <section aria-labelledby="screening-rules-heading" className="lantern-section lantern-readable">
      <h2 id="screening-rules-heading">{t('screeningResult.rules.heading')}</h2>
      {screening.result.rules.map((rule) => (
        <RuleBlock key={rule.key} rule={rule} screening={screening} instrument={instrument} lang={lang} />
      ))}
    </section>
  );
}

function RuleBlock({ rule, screening, instrument, lang }: Props & { rule: RuleResult }) {
  const { t } = useTranslation();
  const def = instrument.rules.find((r) => r.key === rule.key);
  const items = itemMap(instrument);
  const value = rule.value === true ? 'yes' : rule.value === false ? 'no' : 'open';
  const answerLine = (key: string) => {
    const item = items.get(key);
    return (
      <li key={key}>
        {item ? itemLabel(item, lang) : key}{' '}
        <strong>— {item ? answerText(item, screening.answers[key], lang, t) : ''}</strong>
      </li>
    );
  };
  return (
    <div className="lantern-finding">
      <h3>
        {def ? def.label[lang] : rule.key}{' '}
        <Tag className={`lantern-tag-rule ${VALUE_CLASS[value]}`}>
          {t(`screeningResult.rules.value.${value}`)}
        </Tag>
      </h3>
      {def?.form && <p>{t('screeningResult.rules.form', { form: t(`identification.forms.${def.form}`) })}</p>}
      {def?.explanation && <p>{def.explanation[lang]}</p>}
      {rule.value === true && rule.because.length > 0 && (
        <>
          <h4>{t('screeningResult.rules.because')}</h4>
          <ul className="usa-list">{rule.because.map(answerLine)}</ul>
        </>
      )}
      {rule.value === null && rule.open.length > 0 && (
        <>
          <h4>{t('screeningResult.rules.open')}</h4>
          <ul className="usa-list">{rule.open.map(answerLine)}</ul>
        </>
      )}
    </div>
  );
}
