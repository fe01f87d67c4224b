import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasAbility, useCurrentUser } from '@web/features/auth/session';
import { ScreeningTimelineEntry } from '@web/features/screenings/ScreeningTimelineEntry';
import { SuccessMessage } from '@web/ui/alerts';
import { ContactForm } from './ContactForm';
import { useFocusAfterRender } from './formParts';
import { countByKind, type TimelineEntry } from './timeline';
import { AllegationEntry, ContactEntry, ReportEntry } from './TimelineEntries';
import { ADD_CONTACT_BUTTON_ID } from './YouthActions';

export const RECORD_HEADING_ID = 'youth-record-heading';

interface RecordSectionProps {
  youthId: string;
  timeline: readonly TimelineEntry[];
  addingContact: boolean;
  onCloseContact: () => void;
}

/** The record: reports, allegations and contacts in one list, newest first, and the new-contact form. */
export function RecordSection({ youthId, timeline, addingContact, onCloseContact }: RecordSectionProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const focusLater = useFocusAfterRender();
  const [done, setDone] = useState<string | null>(null);
  const canWrite = hasAbility(me, 'reports.write');
  const counts = countByKind(timeline);

  const finish = (message: string | null) => {
    onCloseContact();
    setDone(message);
    focusLater(message ? RECORD_HEADING_ID : ADD_CONTACT_BUTTON_ID);
  };

  return (
    <section aria-labelledby={RECORD_HEADING_ID} className="lantern-youth-section">
      <h2 id={RECORD_HEADING_ID} tabIndex={-1}>
        {t('youth.timeline.heading')}
      </h2>
      <p className="lantern-secondary-text">
        {counts.screening > 0
          ? t('screenings.timeline.counts', {
              reports: counts.report,
              allegations: counts.allegation,
              contacts: counts.contact,
              screenings: counts.screening,
            })
          : t('youth.timeline.counts', {
              reports: counts.report,
              allegations: counts.allegation,
              contacts: counts.contact,
            })}
      </p>
      {done && <SuccessMessage>{done}</SuccessMessage>}
      {addingContact && canWrite && (
        <ContactForm
          mode="add"
          youthId={youthId}
          onDone={(message) => finish(message)}
          onCancel={() => finish(null)}
        />
      )}
      {timeline.length === 0 ? (
        <p>{t('youth.timeline.empty')}</p>
      ) : (
        <ol className="lantern-timeline" aria-labelledby={RECORD_HEADING_ID}>
          {timeline.map((entry) => (
            <li
              key={`${entry.kind}:${entry.id}`}
              className={`lantern-timeline-entry lantern-timeline-entry--${entry.kind}`}
            >
              {entry.kind === 'report' && <ReportEntry report={entry.report} />}
              {entry.kind === 'allegation' && <AllegationEntry allegation={entry.allegation} />}
              {entry.kind === 'contact' && (
                <ContactEntry
                  contact={entry.contact}
                  canAmend={canWrite}
                  onAmended={(message) => setDone(message)}
                />
              )}
              {entry.kind === 'screening' && <ScreeningTimelineEntry screening={entry.screening} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
