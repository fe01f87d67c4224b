import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { Button, Tag } from '@trussworks/react-uswds';
import { formatDateTime } from '@web/ui/format';
import type { Allegation, Contact, ReportSummary } from './api';
import { ContactForm } from './ContactForm';
import { ContactHistory } from './ContactHistory';
import { excerpt, formatCalendarDate } from './display';
import { useFocusAfterRender } from './formParts';
import { allegationTitle } from './timeline';

/** How long a contact's narrative runs on the timeline before "Read the whole entry". */
const EXCERPT_LENGTH = 320;

function EntryMeta({ kind, at, children }: { kind: string; at: string; children?: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <p className="lantern-timeline-meta">
      <Tag className="lantern-tag-kind">{kind}</Tag>{' '}
      <time dateTime={at}>{formatDateTime(at, i18n.language)}</time>
      {children}
    </p>
  );
}

export function ReportEntry({ report }: { report: ReportSummary }) {
  const { t } = useTranslation();
  const screening = t(`vocab.screeningDecision.${report.screeningDecision}`);
  return (
    <article aria-labelledby={`report-${report.id}`}>
      <EntryMeta kind={t('youth.timeline.kind.report')} at={report.receivedAt} />
      <h3 id={`report-${report.id}`} className="lantern-timeline-title">
        <Link to="/reports/$reportId" params={{ reportId: report.id }} className="usa-link">
          {t('youth.timeline.reportTitle', { ref: report.ref })}
        </Link>
      </h3>
      <p>
        {t('youth.timeline.reporter', { type: t(`vocab.reporterType.${report.reporterType}`) })}{' '}
        {report.responseTime
          ? t('youth.timeline.screeningWithTime', {
              decision: screening,
              time: t(`vocab.responseTime.${report.responseTime}`),
            })
          : t('youth.timeline.screening', { decision: screening })}{' '}
        {t('youth.timeline.allegationCount', { count: report.allegationCount })}{' '}
        {report.assignedWorker
          ? t('youth.timeline.assigned', { name: report.assignedWorker.displayName })
          : t('youth.timeline.unassigned')}
      </p>
    </article>
  );
}

export function AllegationEntry({ allegation }: { allegation: Allegation }) {
  const { t } = useTranslation();
  const title = allegationTitle(allegation);
  const exploitation = allegation.category === 'exploitation';
  return (
    <article aria-labelledby={`allegation-${allegation.id}`}>
      <EntryMeta kind={t('youth.timeline.kind.allegation')} at={allegation.reportReceivedAt}>
        {exploitation && (
          <>
            {' '}
            <Tag className="lantern-tag-exploitation">{t('vocab.category.exploitation')}</Tag>
          </>
        )}
      </EntryMeta>
      <h3 id={`allegation-${allegation.id}`} className="lantern-timeline-title">
        <Link to="/allegations/$allegationId" params={{ allegationId: allegation.id }} className="usa-link">
          {title.key === 'subcategory'
            ? t(`vocab.subcategory.${title.code}`)
            : t(`vocab.category.${title.code}`)}
        </Link>
      </h3>
      <p>
        {t('youth.timeline.onReport', { ref: allegation.reportRef })}{' '}
        <DispositionText allegation={allegation} /> <PerpetratorText allegation={allegation} />
      </p>
    </article>
  );
}

/** An allegation's disposition (or "Not recorded") and its date (or nothing), in the person's language. */
export function useDispositionWords(allegation: Allegation): { disposition: string; date: string } {
  const { t, i18n } = useTranslation();
  return {
    disposition: allegation.disposition
      ? t(`vocab.disposition.${allegation.disposition}`)
      : t('youth.notRecorded'),
    date: allegation.dispositionDate ? formatCalendarDate(allegation.dispositionDate, i18n.language) : '',
  };
}

export function DispositionText({ allegation }: { allegation: Allegation }) {
  const { t } = useTranslation();
  const { disposition, date } = useDispositionWords(allegation);
  switch (allegation.dispositionState) {
    case 'approved':
      return <>{t('youth.timeline.disposition.approved', { disposition, date })}</>;
    case 'proposed':
      return <>{t('youth.timeline.disposition.proposed', { disposition })}</>;
    case 'returned':
      return <>{t('youth.timeline.disposition.returned', { disposition })}</>;
    default:
      return <>{t('youth.timeline.disposition.open')}</>;
  }
}

function PerpetratorText({ allegation }: { allegation: Allegation }) {
  const { t } = useTranslation();
  const kind = t(`vocab.perpetratorKind.${allegation.perpetratorKind}`);
  const name = allegation.personOfInterest?.displayName ?? allegation.perpetratorName;
  return (
    <>
      {name
        ? t('youth.timeline.perpetratorNamed', { kind, name })
        : t('youth.timeline.perpetrator', { kind })}
    </>
  );
}

interface ContactEntryProps {
  contact: Contact;
  canAmend: boolean;
  onAmended: (message: string) => void;
}

export function ContactEntry({ contact, canAmend, onAmended }: ContactEntryProps) {
  const { t, i18n } = useTranslation();
  const focusLater = useFocusAfterRender();
  const [amending, setAmending] = useState(false);
  const headingId = `contact-${contact.id}`;
  const amendId = `contact-${contact.id}-amend`;
  const short = excerpt(contact.narrative, EXCERPT_LENGTH);
  const when = formatDateTime(contact.occurredAt, i18n.language);

  return (
    <article aria-labelledby={headingId}>
      <EntryMeta kind={t('youth.timeline.kind.contact')} at={contact.occurredAt}>
        {contact.amended && (
          <>
            {' '}
            <Tag className="lantern-tag-amended">{t('youth.contacts.amended')}</Tag>
          </>
        )}
      </EntryMeta>
      <h3 id={headingId} className="lantern-timeline-title" tabIndex={-1}>
        {t(`vocab.contactKind.${contact.kind}`)}
      </h3>
      {contact.participants && (
        <p>{t('youth.contacts.participantsValue', { participants: contact.participants })}</p>
      )}
      <p className="lantern-prewrap">{short.text}</p>
      {short.truncated && (
        <details className="lantern-disclosure">
          <summary>{t('youth.contacts.readAll')}</summary>
          <p className="lantern-prewrap">{contact.narrative}</p>
        </details>
      )}
      <p className="lantern-secondary-text">
        {t('youth.contacts.recordedBy', {
          name: contact.author?.displayName ?? t('youth.contacts.unknownAuthor'),
          date: formatDateTime(contact.createdAt, i18n.language),
        })}
      </p>
      {contact.amended && <ContactHistory contactId={contact.id} />}
      {canAmend && !amending && (
        <Button type="button" unstyled id={amendId} onClick={() => setAmending(true)}>
          {t('youth.contacts.amend')}
          <span className="usa-sr-only"> {t('youth.contacts.amendWhich', { when })}</span>
        </Button>
      )}
      {amending && (
        <ContactForm
          mode="amend"
          contact={contact}
          onDone={(message) => {
            setAmending(false);
            onAmended(message);
            focusLater(headingId);
          }}
          onCancel={() => {
            setAmending(false);
            focusLater(amendId);
          }}
        />
      )}
    </article>
  );
}
