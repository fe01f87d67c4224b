import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Tag } from '@trussworks/react-uswds';
import type { Language } from '@domain/identification/forms';
import { Fact } from '@web/features/reports/Fact';
import { formatDateTime } from '@web/ui/format';
import type { ScreeningWithHistory } from './api';

/** Who was screened, with which instrument version, when, why, in which language and by whom. */
export function ScreeningFacts({ screening, lang }: { screening: ScreeningWithHistory; lang: Language }) {
  const { t, i18n } = useTranslation();
  const { instrument, result } = screening;
  return (
    <section aria-labelledby="screening-facts-heading" className="lantern-readable">
      <h2 id="screening-facts-heading" className="usa-sr-only">
        {t('screeningResult.facts.heading')}
      </h2>
      {screening.amended && (
        <p>
          <Tag className="lantern-tag-amended">{t('screeningResult.facts.amended')}</Tag>
        </p>
      )}
      <dl className="lantern-facts">
        <Fact term={t('screeningResult.facts.youth')}>
          <Link to="/youth/$id" params={{ id: screening.youth.id }} className="usa-link">
            {screening.youth.displayName}
          </Link>{' '}
          <span className="lantern-secondary-text">({screening.youth.ref})</span>
        </Fact>
        <Fact term={t('screeningResult.facts.instrument')}>
          {t('screeningResult.facts.instrumentValue', {
            title: instrument.title[lang],
            version: instrument.version,
            origin: t(`identification.origins.${instrument.origin}`),
          })}
        </Fact>
        <Fact term={t('screeningResult.facts.context')}>
          {t(`identification.contexts.${screening.context}`)}
          {screening.contextNote && ` — ${screening.contextNote}`}
        </Fact>
        <Fact term={t('screeningResult.facts.language')}>
          {t(`identification.languages.${screening.language}`)}
        </Fact>
        <Fact term={t('screeningResult.facts.when')}>
          {formatDateTime(screening.screenedAt, i18n.language)}
        </Fact>
        <Fact term={t('screeningResult.facts.by')}>
          {screening.screenedBy?.displayName ?? t('screeningResult.facts.someone')}
        </Fact>
        <Fact term={t('screeningResult.facts.answered')}>
          {t('screeningResult.facts.answeredValue', { answered: result.answered, asked: result.applicable })}
          {!result.complete && ` ${t('screeningResult.facts.incomplete')}`}
        </Fact>
      </dl>
    </section>
  );
}
