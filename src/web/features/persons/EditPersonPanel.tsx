import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '@trussworks/react-uswds';
import { EditPanel } from '@web/ui/EditPanel';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { FormActions } from '@web/ui/FormActions';
import type { FormErrors } from '@web/ui/formErrors';
import { UpdateOutcomeMessage } from '@web/ui/UpdateOutcomeMessage';
import { useVersionedUpdate } from '@web/ui/useVersionedUpdate';
import { personKeys, updatePerson, type Person, type UpdatePersonBody } from './api';
import { changedFields, checkDraft, draftFrom, errorFieldIds, toBody } from './draft';
import { PersonFields } from './PersonFields';

/** Change a person's names, identifiers, places and notes. A stale copy is replaced by the current one. */
export function EditPersonPanel({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const edit = useVersionedUpdate<Person, Omit<UpdatePersonBody, 'version'>>(
    person,
    updatePerson,
    personKeys.all,
  );
  const serverErrors = edit.outcome?.kind === 'error' ? edit.outcome.errors : null;

  return (
    <EditPanel
      headingId="edit-person-heading"
      heading={t('persons.edit.heading', { name: edit.record.displayName })}
      testId="edit-person-panel"
    >
      <UpdateOutcomeMessage outcome={edit.outcome} fieldIds={errorFieldIds(serverErrors)} />
      <EditForm
        key={edit.record.version}
        person={edit.record}
        serverErrors={serverErrors}
        pending={edit.pending}
        onSave={(patch) => edit.save(patch, t('persons.edit.saved'))}
        onClose={onClose}
      />
    </EditPanel>
  );
}

interface EditFormProps {
  person: Person;
  serverErrors: FormErrors | null;
  pending: boolean;
  onSave: (patch: Omit<UpdatePersonBody, 'version'>) => void;
  onClose: () => void;
}

function EditForm({ person, serverErrors, pending, onSave, onClose }: EditFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftFrom(person));
  const [localErrors, setLocalErrors] = useState<FormErrors | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = checkDraft(draft, t);
    if (problems.length > 0) return setLocalErrors({ message: t('errors.checkFields'), fields: problems });
    setLocalErrors(null);
    onSave(changedFields(person, toBody(draft)));
  };

  return (
    <Form
      onSubmit={submit}
      noValidate
      large
      aria-labelledby="edit-person-heading"
      className="lantern-person-form"
    >
      <ErrorSummary errors={localErrors} fieldIds={errorFieldIds(localErrors)} headingLevel="h3" />
      <PersonFields draft={draft} onChange={setDraft} errors={localErrors ?? serverErrors} />
      <FormActions pending={pending} dismiss="close" onDismiss={onClose} />
    </Form>
  );
}
