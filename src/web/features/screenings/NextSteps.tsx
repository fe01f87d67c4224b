import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Tag } from '@trussworks/react-uswds';
import type { Language } from '@domain/identification/forms';
import type { Action, Instrument } from '@domain/identification/instrument';
import { hasAbility, useCurrentUser } from '@web/features/auth/session';
import type { ScreeningWithHistory } from './api';
import { FORM_DETERMINATION } from './prefill';

interface Props {
  screening: ScreeningWithHistory;
  instrument: Instrument;
  lang: Language;
}

/**
 * What the instrument recommends now: the outcomes reached, then each recommended action. Documenting
 * allegations opens the report intake pre-filled from this screening; another instrument opens its
 * screening for this youth; everything else is a checklist to work through.
 */
export function NextSteps({ screening, instrument, lang }: Props) {
  const { t } = useTranslation();
  const canScreen = hasAbility(useCurrentUser(), 'screenings.write');
  const outcomes = instrument.outcomes.filter((o) => screening.result.outcomes.includes(o.key));
  const actions = instrument.actions.filter((a) => screening.result.actions.includes(a.key));
  const documenting = actions.filter((a) => a.kind === 'document_allegations');
  const instruments = actions.filter((a) => a.kind === 'start_instrument');
  const checklist = actions.filter((a) => !documenting.includes(a) && !instruments.includes(a));
  return (
    <section aria-labelledby="screening-next-heading" className="lantern-section lantern-readable">
      <h2 id="screening-next-heading">{t('screeningResult.next.heading')}</h2>
      {outcomes.length > 0 && (
        <ul className="usa-list usa-list--unstyled lantern-outcomes">
          {outcomes.map((o) => (
            <li key={o.key}>
              <Tag className={`lantern-tag-level lantern-tag-${o.level}`}>
                {t(`identification.levels.${o.level}`)}
              </Tag>{' '}
              <strong>{o.label[lang]}</strong>
            </li>
          ))}
        </ul>
      )}
      {actions.length === 0 && <p>{t('screeningResult.next.none')}</p>}
      {documenting.length > 0 && (
        <DocumentAllegations actions={documenting} screening={screening} lang={lang} />
      )}
      {instruments.length > 0 && (
        <ul className="usa-list lantern-next-instruments">
          {instruments.map((action) => (
            <li key={action.key}>
              {canScreen ? (
                <Link
                  to="/youth/$id/screen"
                  params={{ id: screening.youth.id }}
                  search={action.instrument ? { instrument: action.instrument } : {}}
                  className="usa-link"
                >
                  {action.label[lang]}
                </Link>
              ) : (
                <strong>{action.label[lang]}</strong>
              )}
              {action.detail && <span className="lantern-action-detail">{action.detail[lang]}</span>}
            </li>
          ))}
        </ul>
      )}
      {checklist.length > 0 && (
        <>
          <h3>{t('screeningResult.next.checklist')}</h3>
          <ul className="usa-list lantern-checklist">
            {checklist.map((action) => (
              <li key={action.key}>
                <strong>{action.label[lang]}</strong>
                {action.detail && <span className="lantern-action-detail">{action.detail[lang]}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** One way to document every allegation the result suggests: the intake, pre-filled from this screening. */
function DocumentAllegations({
  actions,
  screening,
  lang,
}: {
  actions: Action[];
  screening: ScreeningWithHistory;
  lang: Language;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const notMet = new Set(
    (screening.result.determination?.determinations ?? [])
      .filter((d) => d.status === 'not_met')
      .map((d) => d.key),
  );
  // Indicators point to a form, but the facts documented rule it out: the pre-filled report leaves it out.
  const ruledOut = (action: Action) =>
    (action.forms ?? []).length > 0 && (action.forms ?? []).every((f) => notMet.has(FORM_DETERMINATION[f]));
  return (
    <div className="lantern-next-step">
      <ul className="usa-list">
        {actions.map((action) => (
          <li key={action.key}>
            <strong>{action.label[lang]}</strong>
            {action.detail && <span className="lantern-action-detail">{action.detail[lang]}</span>}
            {ruledOut(action) && (
              <span className="lantern-action-detail">{t('screeningResult.next.ruledOut')}</span>
            )}
          </li>
        ))}
      </ul>
      {hasAbility(me, 'reports.write') && (
        <Link
          to="/reports/new"
          search={{ youthId: screening.youth.id, screeningId: screening.id }}
          className="usa-button lantern-no-print"
        >
          {t('screeningResult.next.document')}
        </Link>
      )}
    </div>
  );
}
