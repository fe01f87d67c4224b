import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '@domain/access/roles';
import { Button } from '@trussworks/react-uswds';
import { formatDateTime } from '@web/ui/format';
import type { AuditEventRow } from './api';

export const AUDIT_COLUMNS = 6;

/** One event: a summary row, and when opened, a row below with its before / after / other details. */
export function AuditEventRows({
  event,
  jurisdiction,
}: {
  event: AuditEventRow;
  jurisdiction: string | null;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const detailsId = `audit-event-${event.seq}`;
  const role = ROLES.find((r) => r === event.actorRole);
  const parts = (
    [
      ['audit.details.before', event.before],
      ['audit.details.after', event.after],
      ['audit.details.meta', event.meta],
    ] as const
  ).filter(([, value]) => value !== null && value !== undefined);

  return (
    <>
      <tr>
        <td>
          <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>
        </td>
        <td>
          {event.actorEmail ?? t('audit.system')}
          {role && <span className="display-block text-base-dark">{t(`roles.${role}`)}</span>}
        </td>
        <th scope="row">
          <code>{event.action}</code>
        </th>
        <td>
          {event.entityType ? (
            <>
              {event.entityType}
              {event.entityId && <code className="display-block lantern-id">{event.entityId}</code>}
            </>
          ) : (
            t('audit.none')
          )}
        </td>
        <td>
          {jurisdiction ?? (event.jurisdictionId === null ? t('audit.none') : `#${event.jurisdictionId}`)}
        </td>
        <td>
          <Button
            type="button"
            unstyled
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            onClick={() => setOpen(!open)}
          >
            {open ? t('audit.details.hide') : t('audit.details.show')}
            <span className="usa-sr-only"> {t('audit.details.forEvent', { seq: event.seq })}</span>
          </Button>
        </td>
      </tr>
      {open && (
        <tr id={detailsId} className="lantern-audit-details">
          <td colSpan={AUDIT_COLUMNS}>
            {parts.length === 0 && <p>{t('audit.details.nothing')}</p>}
            {parts.map(([label, value]) => (
              <figure key={label} className="lantern-json">
                <figcaption className="lantern-json-heading">{t(label)}</figcaption>
                <pre>{JSON.stringify(value, null, 2)}</pre>
              </figure>
            ))}
          </td>
        </tr>
      )}
    </>
  );
}
