import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '@trussworks/react-uswds';
import { LIMITS } from '@domain/record/vocabulary';
import { hasAbility, useCurrentUser } from '@web/features/auth/session';
import { TextAreaField } from '@web/ui/fields';
import { FormActions } from '@web/ui/FormActions';
import { UpdateOutcomeMessage } from '@web/ui/UpdateOutcomeMessage';
import { AllegationFields } from './AllegationFields';
import { amendAllegation, type Allegation, type AmendAllegationBody } from './api';
import { localToday, toAllegationBody, type AllegationDraft } from './draft';
import { allegationDraftFrom } from './fromRecord';
import { fieldDomId, inDocument, messageFor, summaryFieldIds } from './fieldPaths';
import { useRecordAction } from './useRecordAction';
import { validateAllegation } from './validate';

const FORM = 'amend';

/**
 * Change the facts of an allegation. Nothing is overwritten: the amendment becomes a new revision with
 * its reason, and the history shows what changed.
 */
export function AmendAllegationForm({
  allegation,
  onDone,
}: {
  allegation: Allegation;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [draft, setDraft] = useState<AllegationDraft>(() => allegationDraftFrom(allegation));
  const [reason, setReason] = useState('');
  const action = useRecordAction((body: AmendAllegationBody) => amendAllegation(allegation.id, body), {
    onSaved: () => onDone(t('allegations.amend.done')),
  });

  useEffect(() => document.getElementById('amend-heading')?.focus(), []);
  // Someone else changed the allegation first: start again from what it says now.
  const conflicted = action.outcome?.kind === 'conflict';
  useEffect(() => {
    if (conflicted) setDraft(allegationDraftFrom(allegation));
  }, [conflicted, allegation]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = validateAllegation(draft, 'allegation', t, localToday());
    if (reason.trim().length < 3)
      problems.push({ path: 'reason', message: t('allegations.validation.reason') });
    if (problems.length > 0) return action.reject(problems);
    action.run(
      { version: allegation.version, reason: reason.trim(), allegation: toAllegationBody(draft) },
      t('allegations.amend.done'),
    );
  };

  return (
    <section aria-labelledby="amend-heading" className="lantern-panel">
      <h2 id="amend-heading" tabIndex={-1}>
        {t('allegations.amend.heading')}
      </h2>
      <p>{t('allegations.amend.intro')}</p>
      <UpdateOutcomeMessage
        outcome={action.outcome}
        fieldIds={summaryFieldIds(action.errors, FORM, inDocument)}
      />
      <Form
        onSubmit={submit}
        noValidate
        large
        className="lantern-record-form"
        aria-labelledby="amend-heading"
      >
        <AllegationFields
          form={FORM}
          base="allegation"
          value={draft}
          onChange={setDraft}
          errors={action.errors}
          canUsePersons={hasAbility(me, 'persons.read')}
          detailsLevel={3}
        />
        <TextAreaField
          id={fieldDomId(FORM, 'reason')}
          label={t('allegations.amend.reason')}
          hint={t('allegations.amend.reasonHint')}
          rows={3}
          value={reason}
          onChange={setReason}
          error={messageFor(action.errors, 'reason')}
          maxLength={LIMITS.note}
        />
        <FormActions
          submit={t('allegations.amend.submit')}
          pending={action.pending}
          onDismiss={() => onDone(null)}
        />
      </Form>
    </section>
  );
}
