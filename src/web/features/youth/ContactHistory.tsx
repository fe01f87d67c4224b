import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert, Loading } from '@web/ui/alerts';
import { formatDateTime } from '@web/ui/format';
import { contactHistoryQueryOptions, type Revision } from './api';
import { revisionFacts } from './revisions';

/**
 * The earlier versions of an amended contact, read when the disclosure is opened (reading them is an
 * audited look at the entry), newest first, each with who changed it, when and why.
 */
export function ContactHistory({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const history = useQuery({ ...contactHistoryQueryOptions(contactId), enabled: open });
  const revisions = [...(history.data?.history ?? [])].sort((a, b) => b.version - a.version);

  return (
    <details className="lantern-disclosure" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('youth.history.summary')}</summary>
      <div aria-live="polite">
        {open && history.isPending && <Loading />}
        {history.isError && <ApiErrorAlert error={history.error} headingLevel="h3" />}
        {history.data && (
          <ol className="lantern-history">
            {revisions.map((revision) => (
              <RevisionItem key={revision.version} revision={revision} />
            ))}
          </ol>
        )}
      </div>
    </details>
  );
}

function RevisionItem({ revision }: { revision: Revision }) {
  const { t, i18n } = useTranslation();
  const facts = revisionFacts(revision.data);
  return (
    <li>
      <p className="text-bold">
        {t('youth.history.version', {
          version: revision.version,
          change: t(`youth.history.change.${revision.change}`),
          actor: revision.actor ?? t('youth.contacts.unknownAuthor'),
          date: formatDateTime(revision.at, i18n.language),
        })}
      </p>
      {revision.reason && <p>{t('youth.history.reason', { reason: revision.reason })}</p>}
      <dl className="lantern-facts">
        {facts.occurredAt && (
          <div className="lantern-fact">
            <dt>{t('youth.contacts.when')}</dt>
            <dd>{formatDateTime(facts.occurredAt, i18n.language)}</dd>
          </div>
        )}
        {facts.kind && (
          <div className="lantern-fact">
            <dt>{t('youth.contacts.kind')}</dt>
            <dd>{t(`vocab.contactKind.${facts.kind}`)}</dd>
          </div>
        )}
        {facts.participants !== null && (
          <div className="lantern-fact">
            <dt>{t('youth.contacts.participants')}</dt>
            <dd>{facts.participants || t('youth.none')}</dd>
          </div>
        )}
        {facts.narrative !== null && (
          <div className="lantern-fact">
            <dt>{t('youth.contacts.narrative')}</dt>
            <dd className="lantern-prewrap">{facts.narrative}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}
