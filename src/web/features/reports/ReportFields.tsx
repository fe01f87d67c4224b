import { useTranslation } from 'react-i18next';
import { FormGroup, Label } from '@trussworks/react-uswds';
import { LIMITS, REPORTER_TYPES, type ReporterType } from '@domain/record/vocabulary';
import { SelectField, TextAreaField, TextField } from '@web/ui/fields';
import type { FormErrors } from '@web/ui/formErrors';
import type { ReportDraft } from './draft';
import { fieldDomId, messageFor } from './fieldPaths';

type Details = Pick<ReportDraft, 'receivedAt' | 'reporterType' | 'reporterName' | 'narrative'>;

interface ReportFieldsProps {
  form: string;
  value: Details;
  onChange: (patch: Partial<Details>) => void;
  errors: FormErrors | null;
}

/** When the report came in, who made it, and what they said. */
export function ReportFields({ form, value, onChange, errors }: ReportFieldsProps) {
  const { t } = useTranslation();
  const receivedId = fieldDomId(form, 'receivedAt');
  const receivedError = messageFor(errors, 'receivedAt');
  return (
    <>
      <FormGroup error={Boolean(receivedError)}>
        <Label htmlFor={receivedId} error={Boolean(receivedError)}>
          {t('reports.form.receivedAt')}
        </Label>
        <div className="usa-hint" id={`${receivedId}-hint`}>
          {t('reports.form.receivedAtHint')}
        </div>
        {receivedError && (
          <span className="usa-error-message" id={`${receivedId}-error`}>
            {receivedError}
          </span>
        )}
        <input
          type="datetime-local"
          id={receivedId}
          name={receivedId}
          className={`usa-input${receivedError ? ' usa-input--error' : ''}`}
          value={value.receivedAt}
          required
          onChange={(event) => onChange({ receivedAt: event.target.value })}
          aria-invalid={receivedError ? true : undefined}
          aria-describedby={[`${receivedId}-hint`, receivedError ? `${receivedId}-error` : '']
            .filter(Boolean)
            .join(' ')}
        />
      </FormGroup>
      <SelectField
        id={fieldDomId(form, 'reporterType')}
        label={t('reports.form.reporterType')}
        value={value.reporterType}
        onChange={(event) => onChange({ reporterType: event.target.value as ReporterType | '' })}
        error={messageFor(errors, 'reporterType')}
      >
        <option value="">{t('reports.form.chooseReporterType')}</option>
        {REPORTER_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`vocab.reporterType.${type}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={fieldDomId(form, 'reporterName')}
        label={t('reports.form.reporterName')}
        hint={t('reports.form.reporterNameHint')}
        optional
        autoComplete="off"
        maxLength={200}
        value={value.reporterName}
        onChange={(event) => onChange({ reporterName: event.target.value })}
        error={messageFor(errors, 'reporterName')}
      />
      <TextAreaField
        id={fieldDomId(form, 'narrative')}
        label={t('reports.form.narrative')}
        hint={t('reports.form.narrativeHint')}
        optional
        rows={8}
        value={value.narrative}
        onChange={(narrative) => onChange({ narrative })}
        error={messageFor(errors, 'narrative')}
        maxLength={LIMITS.narrative}
      />
    </>
  );
}
