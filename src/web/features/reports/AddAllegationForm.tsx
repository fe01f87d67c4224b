import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Form } from '@trussworks/react-uswds';
import { createIdempotencyKeeper } from '@web/api/idempotency';
import { hasAbility, useCurrentUser } from '@web/features/auth/session';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { FormActions } from '@web/ui/FormActions';
import { toFormErrors, type FormErrors } from '@web/ui/formErrors';
import { AllegationFields } from './AllegationFields';
import { addAllegation, invalidateRecord, type Allegation, type AllegationBody, type Report } from './api';
import { emptyAllegation, localToday, toAllegationBody, type AllegationDraft } from './draft';
import { inDocument, summaryFieldIds } from './fieldPaths';
import { validateAllegation } from './validate';

const FORM = 'add';

interface AddAllegationFormProps {
  report: Report;
  onAdded: (allegation: Allegation) => void;
  onCancel: () => void;
}

/** Another allegation on a report already recorded (another form of exploitation, or another youth). */
export function AddAllegationForm({ report, onAdded, onCancel }: AddAllegationFormProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const first = report.allegations[0];
  const [draft, setDraft] = useState<AllegationDraft>(() =>
    emptyAllegation(first ? { id: first.youthId, name: first.youthName } : null),
  );
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [keeper] = useState(createIdempotencyKeeper);

  useEffect(() => document.getElementById('add-allegation-heading')?.focus(), []);

  const mutation = useMutation({
    mutationFn: (body: AllegationBody) => addAllegation(report.id, body, keeper.keyFor(body)),
    onSuccess: (allegation) => {
      keeper.reset();
      invalidateRecord(queryClient);
      onAdded(allegation);
    },
    onError: (error) => setErrors(toFormErrors(error, t)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const problems = validateAllegation(draft, '', t, localToday());
    if (problems.length > 0) return setErrors({ message: t('errors.checkFields'), fields: problems });
    setErrors(null);
    mutation.mutate(toAllegationBody(draft));
  };

  return (
    <section aria-labelledby="add-allegation-heading" className="lantern-panel">
      <h3 id="add-allegation-heading" tabIndex={-1}>
        {t('allegations.add.heading')}
      </h3>
      <p>{t('allegations.form.oneFormEach')}</p>
      <ErrorSummary errors={errors} fieldIds={summaryFieldIds(errors, FORM, inDocument)} headingLevel="h4" />
      <Form
        onSubmit={submit}
        noValidate
        large
        className="lantern-record-form"
        aria-labelledby="add-allegation-heading"
      >
        <AllegationFields
          form={FORM}
          base=""
          value={draft}
          onChange={setDraft}
          errors={errors}
          canUsePersons={hasAbility(me, 'persons.read')}
          detailsLevel={4}
        />
        <FormActions submit={t('allegations.add.submit')} pending={mutation.isPending} onDismiss={onCancel} />
      </Form>
    </section>
  );
}
