import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Form } from '@trussworks/react-uswds';
import { jurisdictionsQueryOptions } from '@web/features/jurisdictions/api';
import { JurisdictionOptions } from '@web/features/jurisdictions/JurisdictionOptions';
import type { ActiveFilter, AgenciesSearch } from '@web/routes/search';
import { SelectField } from '@web/ui/fields';
import { FilterActions } from '@web/ui/FormActions';

export function AgencyFilters({
  search,
  onApply,
}: {
  search: AgenciesSearch;
  onApply: (s: AgenciesSearch) => void;
}) {
  const { t } = useTranslation();
  const jurisdictions = useQuery(jurisdictionsQueryOptions);
  const [jurisdictionId, setJurisdictionId] = useState(
    search.jurisdictionId ? String(search.jurisdictionId) : '',
  );
  const [active, setActive] = useState<ActiveFilter | ''>(search.active ?? '');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({
      jurisdictionId: jurisdictionId ? Number(jurisdictionId) : undefined,
      active: active || undefined,
    });
  };

  return (
    <Form onSubmit={submit} noValidate className="lantern-filters" aria-label={t('agencies.filters.label')}>
      <SelectField
        id="agencies-filter-jurisdiction"
        label={t('agencies.table.jurisdiction')}
        value={jurisdictionId}
        onChange={(event) => setJurisdictionId(event.target.value)}
        data-testid="filter-jurisdiction"
      >
        <option value="">{t('agencies.filters.allJurisdictions')}</option>
        <JurisdictionOptions items={jurisdictions.data ?? []} />
      </SelectField>
      <SelectField
        id="agencies-filter-active"
        label={t('common.status')}
        value={active}
        onChange={(event) => setActive(event.target.value as ActiveFilter | '')}
        data-testid="filter-status"
      >
        <option value="">{t('common.anyStatus')}</option>
        <option value="true">{t('common.active')}</option>
        <option value="false">{t('common.inactive')}</option>
      </SelectField>
      <FilterActions onClear={() => onApply({})} />
    </Form>
  );
}
