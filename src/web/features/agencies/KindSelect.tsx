import { useTranslation } from 'react-i18next';
import { SelectField } from '@web/ui/fields';
import { AGENCY_KINDS, type AgencyKind } from './api';

interface KindSelectProps {
  id: string;
  value: AgencyKind | '';
  onChange: (kind: AgencyKind | '') => void;
  error?: string | undefined;
  testId: string;
}

export function KindSelect({ id, value, onChange, error, testId }: KindSelectProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={t('agencies.form.kind')}
      value={value}
      onChange={(event) => onChange(event.target.value as AgencyKind | '')}
      error={error}
      data-testid={testId}
    >
      <option value="">{t('agencies.form.chooseKind')}</option>
      {AGENCY_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {t(`agencyKinds.${kind}`)}
        </option>
      ))}
    </SelectField>
  );
}
