import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { Tag } from '@trussworks/react-uswds';
import type { Language } from '@domain/identification/forms';
import { DETERMINATION_NAMES } from '@domain/identification/reasons';
import { formatDateTime } from '@web/ui/format';
import { instrumentLanguage } from './answerText';
import { instrumentVersionQueryOptions, type ScreeningSummary } from './api';
import './screenings.css';

/** The labels of an instrument's rules, read defensively from its stored definition. */
export function ruleLabels(definition: Record<string, unknown>, lang: Language): Map<string, string> {
  const labels = new Map<string, string>();
  const rules = Array.isArray(definition.rules) ? (definition.rules as unknown[]) : [];
  for (const rule of rules) {
    if (!rule || typeof rule !== 'object') continue;
    const { key, label } = rule as { key?: unknown; label?: unknown };
    const text = label && typeof label === 'object' ? (label as Record<string, unknown>)[lang] : undefined;
    if (typeof key === 'string' && typeof text === 'string') labels.set(key, text);
  }
  return labels;
}

/** What a screening found, for the youth's timeline: the rules that came out true, by their labels. */
function useFindings(screening: ScreeningSummary, lang: Language): string[] | null {
  const { key, version, origin } = screening.instrument;
  const labels = useQuery({
    ...instrumentVersionQueryOptions({ key, version, origin }),
    enabled: screening.rulesTrue.length > 0,
    select: (detail) => ruleLabels(detail.definition, lang),
  });
  if (!labels.data) return null;
  return screening.rulesTrue.map((rule) => labels.data.get(rule) ?? rule);
}

/** One screening on the youth's timeline: which instrument, why, who, and what it found. */
export function ScreeningTimelineEntry({ screening }: { screening: ScreeningSummary }) {
  const { t, i18n } = useTranslation();
  const lang = instrumentLanguage(i18n.language);
  const headingId = `screening-${screening.id}`;
  const reason = t(`identification.contexts.${screening.context}`);
  return (
    <article aria-labelledby={headingId}>
      <p className="lantern-timeline-meta">
        <Tag className="lantern-tag-kind">{t('screenings.timeline.kind')}</Tag>{' '}
        <time dateTime={screening.screenedAt}>{formatDateTime(screening.screenedAt, i18n.language)}</time>
        {screening.amended && (
          <>
            {' '}
            <Tag className="lantern-tag-amended">{t('screenings.timeline.amended')}</Tag>
          </>
        )}
        {!screening.complete && (
          <>
            {' '}
            <Tag className="lantern-tag-amended">{t('screenings.timeline.incomplete')}</Tag>
          </>
        )}
      </p>
      <h3 id={headingId} className="lantern-timeline-title">
        <Link to="/screenings/$screeningId" params={{ screeningId: screening.id }} className="usa-link">
          {screening.instrument.title[lang]}
        </Link>
      </h3>
      <p className="lantern-screening-findings">
        {screening.screenedBy
          ? t('screenings.timeline.contextBy', { reason, name: screening.screenedBy.displayName })
          : t('screenings.timeline.contextByUnknown', { reason })}
      </p>
      <ScreeningFindings screening={screening} />
    </article>
  );
}

/** What a screening found, in sentences: indicators per form, rules that came out true, determinations. */
export function ScreeningFindings({ screening }: { screening: ScreeningSummary }) {
  const { t, i18n } = useTranslation();
  const lang = instrumentLanguage(i18n.language);
  const findings = useFindings(screening, lang);
  const present = screening.forms.filter((f) => f.present > 0);
  const list = (items: string[]) => new Intl.ListFormat(lang, { type: 'unit' }).format(items);
  return (
    <>
      {screening.forms.length > 0 && (
        <p className="lantern-screening-findings">
          {present.length === 0
            ? t('screenings.timeline.noIndicators')
            : t('screenings.timeline.indicators', {
                list: list(
                  present.map((f) =>
                    t('screenings.timeline.formCount', {
                      form: t(`identification.formsShort.${f.form}`),
                      count: f.present,
                    }),
                  ),
                ),
              })}
        </p>
      )}
      {screening.rulesTrue.length > 0 && (
        <p className="lantern-screening-findings">
          {findings
            ? t('screenings.timeline.rulesTrue', { list: list(findings) })
            : t('screenings.timeline.rulesTrueCount', { count: screening.rulesTrue.length })}
        </p>
      )}
      {screening.determinations.length > 0 && (
        <p className="lantern-screening-findings">
          {t('screenings.timeline.determinations', {
            list: list(
              screening.determinations.map((d) =>
                t('screenings.timeline.determination', {
                  name: DETERMINATION_NAMES[d.key][lang],
                  status: t(`identification.status.${d.status}`),
                }),
              ),
            ),
          })}
        </p>
      )}
    </>
  );
}
