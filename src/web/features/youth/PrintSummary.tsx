import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@web/ui/format';
import type { YouthPage } from './api';
import { displayName } from './display';
import { PrintAllegations } from './PrintAllegations';
import { ProfileFacts } from './ProfileSection';
import { SENSITIVE_GROUPS } from './sensitiveDraft';
import { SensitiveValuesView, type RevealedValues } from './sensitiveView';
import type { TimelineEntry } from './timeline';
import { instrumentLanguage } from '@web/features/screenings/answerText';
import { ScreeningFindings } from '@web/features/screenings/ScreeningTimelineEntry';

interface PrintSummaryProps {
  page: YouthPage;
  timeline: readonly TimelineEntry[];
  /** Only groups shown on screen right now are printed; nothing sensitive is fetched for paper. */
  revealed: RevealedValues;
  printedBy: string;
}

/**
 * The paper copy: hidden on screen, it is all that prints (print.css). The profile, the groups revealed
 * on screen, allegations with their dispositions and exploitation details, reports and contacts in full.
 */
export function PrintSummary({ page, timeline, revealed, printedBy }: PrintSummaryProps) {
  const { t, i18n } = useTranslation();
  const { youth } = page;
  const lang = instrumentLanguage(i18n.language);
  const shown = SENSITIVE_GROUPS.filter((group) => revealed[group]);
  const allegations = timeline.flatMap((entry) => (entry.kind === 'allegation' ? [entry.allegation] : []));
  const contacts = timeline.flatMap((entry) => (entry.kind === 'contact' ? [entry.contact] : []));
  const screenings = timeline.flatMap((entry) => (entry.kind === 'screening' ? [entry.screening] : []));
  const printedAt = usePrintTime();

  return (
    <div className="lantern-print-summary" data-testid="print-summary">
      <p className="lantern-print-notice">{t('youth.print.confidential')}</p>
      <h2>{t('youth.print.title', { name: displayName(youth), ref: youth.ref })}</h2>
      <p>{t('youth.print.printed', { name: printedBy, date: formatDateTime(printedAt, i18n.language) })}</p>

      <h3>{t('youth.profile.heading')}</h3>
      <ProfileFacts youth={youth} />

      <h3>{t('youth.sensitive.heading')}</h3>
      {shown.length === 0 ? (
        <p>{t('youth.print.noSensitive')}</p>
      ) : (
        shown.map((group) => {
          const values = revealed[group];
          return (
            <div key={group}>
              <h4>{t(`vocab.sensitiveGroup.${group}`)}</h4>
              {values && <SensitiveValuesView group={group} values={values} />}
            </div>
          );
        })
      )}

      <PrintAllegations allegations={allegations} />

      <h3>{t('youth.print.reports')}</h3>
      {page.reports.length === 0 ? (
        <p>{t('youth.print.noReports')}</p>
      ) : (
        <ul>
          {page.reports.map((report) => (
            <li key={report.id}>
              {t('youth.print.reportLine', {
                ref: report.ref,
                date: formatDateTime(report.receivedAt, i18n.language),
                type: t(`vocab.reporterType.${report.reporterType}`),
                decision: t(`vocab.screeningDecision.${report.screeningDecision}`),
              })}
            </li>
          ))}
        </ul>
      )}

      {screenings.length > 0 && (
        <>
          <h3>{t('screenings.print.heading')}</h3>
          {screenings.map((screening) => (
            <div key={screening.id} className="lantern-print-contact">
              <h4>
                {formatDateTime(screening.screenedAt, i18n.language)} — {screening.instrument.title[lang]} (
                {t(`identification.contexts.${screening.context}`)})
                {screening.amended && ` (${t('screenings.timeline.amended')})`}
              </h4>
              <ScreeningFindings screening={screening} />
            </div>
          ))}
        </>
      )}

      <h3>{t('youth.print.contacts')}</h3>
      {contacts.length === 0 ? (
        <p>{t('youth.print.noContacts')}</p>
      ) : (
        contacts.map((contact) => (
          <div key={contact.id} className="lantern-print-contact">
            <h4>
              {formatDateTime(contact.occurredAt, i18n.language)} — {t(`vocab.contactKind.${contact.kind}`)}
              {contact.amended && ` (${t('youth.contacts.amended')})`}
            </h4>
            {contact.participants && (
              <p>{t('youth.contacts.participantsValue', { participants: contact.participants })}</p>
            )}
            <p className="lantern-prewrap">{contact.narrative}</p>
            <p>
              {t('youth.contacts.recordedBy', {
                name: contact.author?.displayName ?? t('youth.contacts.unknownAuthor'),
                date: formatDateTime(contact.createdAt, i18n.language),
              })}
            </p>
          </div>
        ))
      )}
    </div>
  );
}

/** The moment the page is printed (set again just before each print). */
function usePrintTime(): string {
  const [at, setAt] = useState(() => new Date().toISOString());
  useEffect(() => {
    // The print snapshot is taken right after this event, so the new time is rendered at once.
    const stamp = () => flushSync(() => setAt(new Date().toISOString()));
    window.addEventListener('beforeprint', stamp);
    return () => window.removeEventListener('beforeprint', stamp);
  }, []);
  return at;
}
