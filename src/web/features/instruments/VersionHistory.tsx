import { useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Table, Tag } from '@trussworks/react-uswds';
import { parseInstrument } from '@domain/identification/instrument.validate';
import {
  instrumentVersionQueryOptions,
  type InstrumentRef,
  type InstrumentSummary,
} from '@web/features/screenings/api';
import { currentLocale } from '@web/i18n';
import { ApiErrorAlert, Loading } from '@web/ui/alerts';
import { EditPanel } from '@web/ui/EditPanel';
import { formatDateTime } from '@web/ui/format';
import { TableRegion } from '@web/ui/TableRegion';
import { DefinitionView } from './DefinitionView';

const refId = (v: Pick<InstrumentRef, 'origin' | 'version'>) => `${v.origin}-${v.version}`;

/** Every version of one instrument, newest first; any one can be opened read-only. */
export function VersionHistory({ versions }: { versions: readonly InstrumentSummary[] }) {
  const { t } = useTranslation();
  const [viewing, setViewing] = useState<InstrumentRef | null>(null);
  const openedFrom = useRef<HTMLButtonElement | null>(null);
  const caption = t('instruments.history.caption');
  const origin = (o: InstrumentSummary['origin']) => t(`identification.origins.${o}`);
  const close = () => {
    setViewing(null);
    openedFrom.current?.focus();
  };
  return (
    <>
      <TableRegion label={caption}>
        <Table fullWidth>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('instruments.fields.version')}</th>
              <th scope="col">{t('instruments.fields.origin')}</th>
              <th scope="col">{t('instruments.fields.basedOn')}</th>
              <th scope="col">{t('instruments.fields.changeNote')}</th>
              <th scope="col">{t('instruments.fields.savedBy')}</th>
              <th scope="col">{t('instruments.fields.savedAt')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={refId(v)} data-testid={`version-${refId(v)}`}>
                <th scope="row">
                  {v.version}
                  {v.current && <Tag className="margin-left-1">{t('instruments.history.current')}</Tag>}
                </th>
                <td>{origin(v.origin)}</td>
                <td>
                  {v.basedOn
                    ? t('instruments.history.basedOn', {
                        version: v.basedOn.version,
                        origin: origin(v.basedOn.origin),
                      })
                    : '—'}
                </td>
                <td className="lantern-readable">{v.changeNote ?? '—'}</td>
                <td>{v.createdBy?.displayName ?? t('instruments.history.lantern')}</td>
                <td>{v.createdAt ? formatDateTime(v.createdAt, currentLocale()) : '—'}</td>
                <td>
                  <Button
                    type="button"
                    unstyled
                    onClick={(event) => {
                      openedFrom.current = event.currentTarget;
                      setViewing({ key: v.key, origin: v.origin, version: v.version });
                    }}
                  >
                    {t('instruments.history.view', { version: v.version, origin: origin(v.origin) })}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </TableRegion>
      {viewing && <VersionPanel key={refId(viewing)} ref_={viewing} onClose={close} />}
    </>
  );
}

function VersionPanel({ ref_, onClose }: { ref_: InstrumentRef; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useQuery(instrumentVersionQueryOptions(ref_));
  const parsed = detail.data ? parseInstrument(detail.data.definition) : null;
  return (
    <EditPanel
      headingId="version-view-heading"
      heading={t('instruments.history.viewHeading', {
        version: ref_.version,
        origin: t(`identification.origins.${ref_.origin}`),
      })}
      testId="version-view"
    >
      <p className="lantern-readable">{t('instruments.history.readOnly')}</p>
      <Button type="button" outline onClick={onClose}>
        {t('common.close')}
      </Button>
      {detail.isError && <ApiErrorAlert error={detail.error} headingLevel="h3" />}
      {detail.isPending && <Loading />}
      {parsed && !parsed.ok && (
        <Alert type="error" headingLevel="h3" heading={t('instruments.history.unreadable')}>
          {parsed.problems.map((p) => p.message).join(' ')}
        </Alert>
      )}
      {parsed?.ok && <DefinitionView inst={parsed.instrument} idPrefix={`view-${refId(ref_)}`} />}
    </EditPanel>
  );
}
