import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@domain/access/roles';
import { Form } from '@trussworks/react-uswds';
import type { ActiveFilter, UsersSearch } from '@web/routes/search';
import { SelectField, TextField } from '@web/ui/fields';
import { FilterActions } from '@web/ui/FormActions';

interface UserFiltersProps {
  search: UsersSearch;
  onApply: (search: UsersSearch) => void;
}

/** Search by name or email, and narrow by role and status. Applying starts again from the first page. */
export function UserFilters({ search, onApply }: UserFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(search.q ?? '');
  const [role, setRole] = useState<Role | ''>(search.role ?? '');
  const [active, setActive] = useState<ActiveFilter | ''>(search.active ?? '');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ q: q.trim() || undefined, role: role || undefined, active: active || undefined });
  };

  return (
    <Form onSubmit={submit} noValidate className="lantern-filters" aria-label={t('users.filters.label')}>
      <TextField
        id="users-filter-q"
        enterKeyHint="search"
        label={t('users.filters.search')}
        hint={t('users.filters.searchHint')}
        required={false}
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      <SelectField
        id="users-filter-role"
        label={t('users.filters.role')}
        value={role}
        onChange={(event) => setRole(event.target.value as Role | '')}
        data-testid="filter-role"
      >
        <option value="">{t('users.filters.anyRole')}</option>
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {t(`roles.${option}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="users-filter-active"
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
