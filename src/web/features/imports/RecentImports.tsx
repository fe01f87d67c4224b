import { useTranslation } from 'react-i18next';
import { Button, Table, Tag } from '@trussworks/react-uswds';
import { formatDateTime } from '@web/ui/format';
import { TableRegion } from '@web/ui/TableRegion';
import type { ImportBatchSummary } from './api';

interface RecentImportsProps {
  items: readonly ImportBatchSummary[];
  shownId: string | null;
  onShow: (id: string) => void;
}

/** The latest imports into the reader's jurisdiction, each of which can be shown in full. */
export function RecentImports({ items, shownId, onShow }: RecentImportsProps) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => v.toLocaleString(i18n.language);
  return (
    <section aria-labelledby="recent-imports-heading" className="lantern-section">
      <h2 id="recent-imports-heading">{t('imports.recent.heading')}</h2>
      {items.length === 0 ? (
        <p>{t('imports.recent.empty')}</p>
      ) : (
        <TableRegion label={t('imports.recent.caption')}>
          <Table fullWidth caption={t('imports.recent.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('imports.recent.file')}</th>
                <th scope="col">{t('imports.recent.when')}</th>
                <th scope="col">{t('imports.recent.by')}</th>
                <th scope="col">{t('imports.recent.status')}</th>
                <th scope="col">{t('imports.recent.lines')}</th>
                <th scope="col">{t('imports.recent.created')}</th>
                <th scope="col">
                  <span className="usa-sr-only">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((b) => (
                <tr key={b.id}>
                  <th scope="row">{b.fileName}</th>
                  <td>{formatDateTime(b.createdAt, i18n.language)}</td>
                  <td>{b.createdBy?.displayName ?? t('imports.recent.commandLine')}</td>
                  <td>
                    <Tag>{t(`imports.status.${b.status}`)}</Tag>
                  </td>
                  <td>{n(b.totalRows)}</td>
                  <td>{n(b.created.allegations)}</td>
                  <td>
                    {shownId === b.id ? (
                      t('imports.recent.showing')
                    ) : (
                      <Button type="button" unstyled onClick={() => onShow(b.id)}>
                        {t('imports.recent.show')}
                        <span className="usa-sr-only"> {b.fileName}</span>
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableRegion>
      )}
    </section>
  );
}
