import { useState, type FormEvent, type ReactElement } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button, Form } from '@trussworks/react-uswds';
import { createIdempotencyKeeper } from '@web/api/idempotency';
import { jurisdictionsQueryOptions, sortJurisdictions } from '@web/features/jurisdictions/api';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { SelectField } from '@web/ui/fields';
import { fieldMessage, toFormErrors, type FormErrors } from '@web/ui/formErrors';
import { PAGE_HEADING_ID, PageHeading } from '@web/ui/PageHeading';
import { createPerson, personKeys, type CreatePersonBody } from './api';
import './persons.css';
import { checkDraft, emptyDraft, errorFieldIds, fieldId, toBody } from './draft';
import { PersonFields } from './PersonFields';

/** Record a person of interest, then go to their page. */
export function NewPersonPage(): ReactElement {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const jurisdictions = useQuery(jurisdictionsQueryOptions);
  const counties = sortJurisdictions(jurisdictions.data ?? []).filter((j) => j.kind === 'county');
  const [county, setCounty] = useState('');
  const [draft, setDraft] = useState(emptyDraft);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [keeper] = useState(createIdempotencyKeeper);

  const mutation = useMutation({
    mutationFn: (body: CreatePersonBody) => createPerson(body, keeper.keyFor(body)),
    onSuccess: async (person) => {
      keeper.reset();
      void queryClient.invalidateQueries({ queryKey: personKeys.all });
      await navigate({ to: '/persons/$personId', params: { personId: person.id } });
    },
    onError: (error) => setErrors(toFormErrors(error, t)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const problems = checkDraft(draft, t);
    if (counties.length > 1 && !county)
      problems.unshift({ path: 'jurisdictionId', message: t('persons.validation.county') });
    if (problems.length > 0) return setErrors({ message: t('errors.checkFields'), fields: problems });
    setErrors(null);
    mutation.mutate({ ...toBody(draft), ...(county ? { jurisdictionId: Number(county) } : {}) });
  };

  return (
    <>
      <PageHeading title={t('persons.create.title')} />
      <p className="usa-intro">{t('persons.create.intro')}</p>
      <p>{t('common.requiredNote')}</p>
      <ErrorSummary errors={errors} fieldIds={errorFieldIds(errors)} />
      <Form
        onSubmit={submit}
        noValidate
        large
        aria-labelledby={PAGE_HEADING_ID}
        className="lantern-person-form"
      >
        {counties.length > 1 && (
          <SelectField
            id={fieldId('jurisdictionId')}
            label={t('persons.form.county')}
            value={county}
            onChange={(event) => setCounty(event.target.value)}
            error={fieldMessage(errors, 'jurisdictionId')}
          >
            <option value="">{t('persons.form.chooseCounty')}</option>
            {counties.map((j) => (
              <option key={j.id} value={j.id}>
                {j.name}
              </option>
            ))}
          </SelectField>
        )}
        <PersonFields draft={draft} onChange={setDraft} errors={errors} />
        <div className="lantern-form-actions">
          <Button type="submit" aria-busy={mutation.isPending}>
            {t('persons.create.submit')}
          </Button>
          <Link to="/persons" className="usa-link lantern-cancel-link">
            {t('common.cancel')}
          </Link>
        </div>
      </Form>
    </>
  );
}
