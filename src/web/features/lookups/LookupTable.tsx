import { useTranslation } from 'react-i18next';
import { Button, Table, Tag } from '@trussworks/react-uswds';
import type { ExtendableList } from '@domain/record/vocabulary';
import { TableRegion } from '@web/ui/TableRegion';
import { isCountyValue, type CountyLookupValue, type LookupValue } from './api';

interface LookupTableProps {
  list: ExtendableList;
  values: readonly LookupValue[];
  onEdit: (value: CountyLookupValue, button: HTMLButtonElement) => void;
}

/** One list: each value in English and Spanish, whether it is built in or the county's, and its status. */
export function LookupTable({ list, values, onEdit }: LookupTableProps) {
  const { t } = useTranslation();
  const name = t(`lookups.lists.${list}`);
  const countyCount = values.filter((v) => !v.builtIn).length;
  return (
    <TableRegion label={name}>
      <Table fullWidth>
        <caption>
          {name}{' '}
          <span className="lantern-caption-detail">
            {t('lookups.table.count', { builtIn: values.length - countyCount, county: countyCount })}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('lookups.table.labelEn')}</th>
            <th scope="col">{t('lookups.table.labelEs')}</th>
            <th scope="col">{t('lookups.table.source')}</th>
            <th scope="col">{t('common.status')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {values.map((value) => (
            <tr key={value.id ?? `built-in-${value.code}`}>
              <th scope="row" lang="en">
                {value.labelEn}
              </th>
              <td lang="es">{value.labelEs}</td>
              <td className="text-no-wrap">
                {value.builtIn ? t('lookups.table.builtIn') : t('lookups.table.county')}
              </td>
              <td>
                <Tag className={value.active ? 'lantern-tag-active' : 'lantern-tag-inactive'}>
                  {value.active ? t('common.active') : t('common.inactive')}
                </Tag>
              </td>
              <td>
                {isCountyValue(value) ? (
                  <Button type="button" unstyled onClick={(event) => onEdit(value, event.currentTarget)}>
                    {t('common.edit')}
                    <span className="usa-sr-only"> {value.labelEn}</span>
                  </Button>
                ) : (
                  <span className="lantern-secondary-text">{t('lookups.table.readOnly')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableRegion>
  );
}
