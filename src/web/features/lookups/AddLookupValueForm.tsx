import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, Form } from '@trussworks/react-uswds';
import type { ExtendableList } from '@domain/record/vocabulary';
import { createIdempotencyKeeper } from '@web/api/idempotency';
import { SuccessMessage } from '@web/ui/alerts';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { TextField } from '@web/ui/fields';
import { fieldMessage, toFormErrors, type FieldError, type FormErrors } from '@web/ui/formErrors';
import { createLookupValue, lookupKeys, type CreateLookupBody } from './api';

/** Add a county value to one list, named in English and in Spanish. */
export function AddLookupValueForm({
  list,
  jurisdictionId,
}: {
  list: ExtendableList;
  jurisdictionId: number | null;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [labelEn, setLabelEn] = useState('');
  const [labelEs, setLabelEs] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [keeper] = useState(createIdempotencyKeeper);
  const ids = { labelEn: `add-${list}-en`, labelEs: `add-${list}-es` };
  const headingId = `add-${list}-heading`;

  const mutation = useMutation({
    mutationFn: (body: CreateLookupBody) => createLookupValue(list, body, keeper.keyFor(body)),
    onSuccess: (value) => {
      keeper.reset();
      setErrors(null);
      setLabelEn('');
      setLabelEs('');
      setAdded(value.labelEn);
      void queryClient.invalidateQueries({ queryKey: lookupKeys.all });
    },
    onError: (error) => setErrors(toFormErrors(error, t)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setAdded(null);
    const missing: FieldError[] = [];
    if (labelEn.trim().length < 2)
      missing.push({ path: 'labelEn', message: t('lookups.form.labelEnRequired') });
    if (labelEs.trim().length < 2)
      missing.push({ path: 'labelEs', message: t('lookups.form.labelEsRequired') });
    if (missing.length > 0) return setErrors({ message: t('errors.checkFields'), fields: missing });
    mutation.mutate({
      labelEn: labelEn.trim(),
      labelEs: labelEs.trim(),
      ...(jurisdictionId !== null ? { jurisdictionId } : {}),
    });
  };

  return (
    <div className="margin-top-3">
      <h3 id={headingId}>{t('lookups.form.addHeading', { list: t(`lookups.lists.${list}`) })}</h3>
      {added && <SuccessMessage>{t('lookups.form.added', { label: added })}</SuccessMessage>}
      <ErrorSummary errors={errors} fieldIds={ids} headingLevel="h4" />
      <Form onSubmit={submit} noValidate aria-labelledby={headingId} className="lantern-filters">
        <TextField
          id={ids.labelEn}
          label={t('lookups.form.labelEn')}
          autoComplete="off"
          maxLength={120}
          value={labelEn}
          onChange={(event) => setLabelEn(event.target.value)}
          error={fieldMessage(errors, 'labelEn')}
        />
        <TextField
          id={ids.labelEs}
          label={t('lookups.form.labelEs')}
          autoComplete="off"
          lang="es"
          maxLength={120}
          value={labelEs}
          onChange={(event) => setLabelEs(event.target.value)}
          error={fieldMessage(errors, 'labelEs')}
        />
        <Button type="submit" aria-busy={mutation.isPending}>
          {t('lookups.form.add')}
        </Button>
      </Form>
    </div>
  );
}
