import { useTranslation } from 'react-i18next';
import { Button, Table, Tag } from '@trussworks/react-uswds';
import { TableRegion } from '@web/ui/TableRegion';
import type { Agency } from './api';

interface AgenciesTableProps {
  agencies: readonly Agency[];
  canManage: boolean;
  onEdit: (agency: Agency, button: HTMLButtonElement) => void;
}

export function AgenciesTable({ agencies, canManage, onEdit }: AgenciesTableProps) {
  const { t } = useTranslation();
  const caption = (
    <>
      {t('agencies.table.caption')}{' '}
      <span className="lantern-caption-detail">
        {agencies.length === 0
          ? t('agencies.table.empty')
          : t('agencies.table.count', { number: agencies.length })}
      </span>
    </>
  );
  return (
    <TableRegion label={t('agencies.table.caption')}>
      <Table fullWidth caption={caption}>
        <thead>
          <tr>
            <th scope="col">{t('agencies.table.name')}</th>
            <th scope="col">{t('agencies.table.kind')}</th>
            <th scope="col">{t('agencies.table.jurisdiction')}</th>
            <th scope="col">{t('common.status')}</th>
            {canManage && <th scope="col">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {agencies.map((agency) => (
            <tr key={agency.id}>
              <th scope="row">{agency.name}</th>
              <td>{t(`agencyKinds.${agency.kind}`)}</td>
              <td>{agency.jurisdictionName}</td>
              <td>
                <Tag className={agency.active ? 'lantern-tag-active' : 'lantern-tag-inactive'}>
                  {agency.active ? t('common.active') : t('common.inactive')}
                </Tag>
              </td>
              {canManage && (
                <td>
                  <Button type="button" unstyled onClick={(event) => onEdit(agency, event.currentTarget)}>
                    {t('common.edit')}
                    <span className="usa-sr-only"> {agency.name}</span>
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
    </TableRegion>
  );
}
