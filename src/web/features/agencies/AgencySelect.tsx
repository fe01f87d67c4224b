import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@web/ui/fields';
import { agenciesQueryOptions } from './api';

interface AgencySelectProps {
  id: string;
  jurisdictionId: number | null;
  value: string;
  onChange: (agencyId: string) => void;
  error?: string | undefined;
  /** The person's agency today, listed even if it has since been deactivated. */
  current?: { id: string; name: string } | null;
  testId?: string;
}

/** Choose one of the active agencies of a jurisdiction, or none. */
export function AgencySelect({
  id,
  jurisdictionId,
  value,
  onChange,
  error,
  current,
  testId,
}: AgencySelectProps) {
  const { t } = useTranslation();
  const agencies = useQuery({
    ...agenciesQueryOptions({ jurisdictionId: jurisdictionId ?? undefined, active: 'true' }),
    enabled: jurisdictionId !== null,
  });
  const items = agencies.data ?? [];
  const extra = current && !items.some((agency) => agency.id === current.id) ? [current] : [];

  return (
    <SelectField
      id={id}
      label={t('users.form.agency')}
      hint={jurisdictionId === null ? t('users.form.agencyNeedsJurisdiction') : t('users.form.agencyHint')}
      optional
      error={error ?? (agencies.isError ? t('users.form.agenciesFailed') : undefined)}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      disabled={jurisdictionId === null}
      data-testid={testId}
    >
      <option value="">{t('users.form.noAgency')}</option>
      {[...extra, ...items].map((agency) => (
        <option key={agency.id} value={agency.id}>
          {agency.name}
        </option>
      ))}
    </SelectField>
  );
}
