import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, Form } from '@trussworks/react-uswds';
import { createIdempotencyKeeper } from '@web/api/idempotency';
import { jurisdictionsQueryOptions } from '@web/features/jurisdictions/api';
import { JurisdictionOptions } from '@web/features/jurisdictions/JurisdictionOptions';
import { SuccessMessage } from '@web/ui/alerts';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { SelectField, TextField } from '@web/ui/fields';
import { fieldMessage, toFormErrors, type FieldError, type FormErrors } from '@web/ui/formErrors';
import { agencyKeys, createAgency, type AgencyKind, type CreateAgencyBody } from './api';
import { KindSelect } from './KindSelect';

const ID = {
  jurisdictionId: 'new-agency-jurisdiction',
  name: 'new-agency-name',
  kind: 'new-agency-kind',
} as const;

export function CreateAgencyForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const jurisdictions = useQuery(jurisdictionsQueryOptions);
  const [chosenJurisdiction, setJurisdiction] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AgencyKind | ''>('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [keeper] = useState(createIdempotencyKeeper);
  const items = jurisdictions.data ?? [];
  // With one place to choose from, it is chosen.
  const jurisdictionId = chosenJurisdiction || (items.length === 1 ? String(items[0]!.id) : '');

  const mutation = useMutation({
    mutationFn: (body: CreateAgencyBody) => createAgency(body, keeper.keyFor(body)),
    onSuccess: (agency) => {
      keeper.reset();
      setErrors(null);
      setName('');
      setKind('');
      setCreated(agency.name);
      void queryClient.invalidateQueries({ queryKey: agencyKeys.all });
    },
    onError: (error) => setErrors(toFormErrors(error, t)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setCreated(null);
    const missing: FieldError[] = [];
    if (!jurisdictionId)
      missing.push({ path: 'jurisdictionId', message: t('agencies.form.jurisdictionRequired') });
    if (!kind) missing.push({ path: 'kind', message: t('agencies.form.kindRequired') });
    if (!jurisdictionId || !kind) return setErrors({ message: t('errors.checkFields'), fields: missing });
    mutation.mutate({ jurisdictionId: Number(jurisdictionId), name, kind });
  };

  return (
    <section aria-labelledby="create-agency-heading" className="lantern-section">
      <h2 id="create-agency-heading">{t('agencies.create.heading')}</h2>
      <p>{t('common.requiredNote')}</p>
      {created && <SuccessMessage>{t('agencies.create.done', { name: created })}</SuccessMessage>}
      <ErrorSummary errors={errors} fieldIds={ID} headingLevel="h3" />
      <Form onSubmit={submit} noValidate large aria-labelledby="create-agency-heading">
        <SelectField
          id={ID.jurisdictionId}
          label={t('agencies.table.jurisdiction')}
          value={jurisdictionId}
          onChange={(event) => setJurisdiction(event.target.value)}
          error={fieldMessage(errors, 'jurisdictionId')}
          data-testid="create-agency-jurisdiction"
        >
          <option value="">{t('users.form.chooseJurisdiction')}</option>
          <JurisdictionOptions items={items} />
        </SelectField>
        <TextField
          id={ID.name}
          label={t('agencies.form.name')}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldMessage(errors, 'name')}
        />
        <KindSelect
          id={ID.kind}
          value={kind}
          onChange={setKind}
          error={fieldMessage(errors, 'kind')}
          testId="create-agency-kind"
        />
        <Button type="submit" aria-busy={mutation.isPending}>
          {t('agencies.create.submit')}
        </Button>
      </Form>
    </section>
  );
}
