import { useTranslation } from 'react-i18next';
import {
  EVALUATED_OUT_REASONS,
  LIMITS,
  RESPONSE_TIMES,
  SCREENING_DECISIONS,
  type ResponseTime,
} from '@domain/record/vocabulary';
import { RadioGroupField } from '@web/ui/choiceFields';
import { SelectField, TextAreaField } from '@web/ui/fields';
import type { FormErrors } from '@web/ui/formErrors';
import type { EvaluatedOutReason, ScreeningDraft } from './draft';
import { fieldDomId, messageFor } from './fieldPaths';

interface ScreeningFieldsProps {
  form: string;
  value: ScreeningDraft;
  onChange: (next: ScreeningDraft) => void;
  errors: FormErrors | null;
}

/** Screening decision: pending, screened in with a response time, or evaluated out with a reason. */
export function ScreeningFields({ form, value, onChange, errors }: ScreeningFieldsProps) {
  const { t } = useTranslation();
  const patch = (p: Partial<ScreeningDraft>) => onChange({ ...value, ...p });
  return (
    <>
      <RadioGroupField
        id={fieldDomId(form, 'screeningDecision')}
        legend={t('reports.form.screeningDecision')}
        options={SCREENING_DECISIONS.map((decision) => ({
          value: decision,
          label: t(`vocab.screeningDecision.${decision}`),
          hint: t(`reports.form.decisionHint.${decision}`),
        }))}
        value={value.decision}
        onChange={(decision) => patch({ decision })}
        error={messageFor(errors, 'screeningDecision')}
      />
      {value.decision === 'screened_in' && (
        <SelectField
          id={fieldDomId(form, 'responseTime')}
          label={t('reports.form.responseTime')}
          value={value.responseTime}
          onChange={(event) => patch({ responseTime: event.target.value as ResponseTime | '' })}
          error={messageFor(errors, 'responseTime')}
        >
          <option value="">{t('reports.form.chooseResponseTime')}</option>
          {RESPONSE_TIMES.map((time) => (
            <option key={time} value={time}>
              {t(`vocab.responseTime.${time}`)}
            </option>
          ))}
        </SelectField>
      )}
      {value.decision === 'evaluated_out' && (
        <>
          <SelectField
            id={fieldDomId(form, 'evaluatedOutReason')}
            label={t('reports.form.evaluatedOutReason')}
            value={value.evaluatedOutReason}
            onChange={(event) => patch({ evaluatedOutReason: event.target.value as EvaluatedOutReason | '' })}
            error={messageFor(errors, 'evaluatedOutReason')}
          >
            <option value="">{t('reports.form.chooseReason')}</option>
            {EVALUATED_OUT_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {t(`vocab.evaluatedOutReason.${reason}`)}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            id={fieldDomId(form, 'evaluatedOutNote')}
            label={t('reports.form.evaluatedOutNote')}
            optional
            rows={3}
            value={value.evaluatedOutNote}
            onChange={(evaluatedOutNote) => patch({ evaluatedOutNote })}
            error={messageFor(errors, 'evaluatedOutNote')}
            maxLength={LIMITS.note}
          />
        </>
      )}
    </>
  );
}
