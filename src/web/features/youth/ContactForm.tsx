import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, Form } from '@trussworks/react-uswds';
import { CONTACT_KINDS } from '@domain/record/vocabulary';
import { isApiError } from '@web/api/client';
import { createIdempotencyKeeper } from '@web/api/idempotency';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { CodeSelect, TextAreaField, TextField } from '@web/ui/fields';
import { FormActions } from '@web/ui/FormActions';
import { fieldMessage, toFormErrors, type FieldError, type FormErrors } from '@web/ui/formErrors';
import { isSameRecord } from '@web/ui/useVersionedUpdate';
import { addContact, amendContact, youthKeys, type Contact, type ContactBody } from './api';
import { localDateParts, toInstant } from './display';
import { errorFieldIds, fieldId, inDocument } from './fieldIds';

type ContactKind = Contact['kind'];

interface ContactDraft {
  date: string;
  time: string;
  kind: ContactKind | '';
  participants: string;
  narrative: string;
}

function draftFrom(contact: Contact | undefined): ContactDraft {
  if (!contact) return { ...localDateParts(new Date()), kind: '', participants: '', narrative: '' };
  return {
    ...localDateParts(new Date(contact.occurredAt)),
    kind: contact.kind,
    participants: contact.participants,
    narrative: contact.narrative,
  };
}

type ContactFormProps =
  | {
      mode: 'add';
      youthId: string;
      contact?: undefined;
      onDone: (message: string) => void;
      onCancel: () => void;
    }
  | {
      mode: 'amend';
      contact: Contact;
      youthId?: undefined;
      onDone: (message: string) => void;
      onCancel: () => void;
    };

/**
 * Add a dated contact or observation, or amend one. An amendment states its reason and keeps the earlier
 * version in the history; if someone amended it first, the form shows their version and says so.
 */
export function ContactForm(props: ContactFormProps) {
  const { mode, onDone, onCancel } = props;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState<Contact | undefined>(props.contact);
  const [draft, setDraft] = useState<ContactDraft>(() => draftFrom(props.contact));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [conflict, setConflict] = useState(false);
  const [keeper] = useState(createIdempotencyKeeper);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const prefix = mode === 'add' ? 'contact-new' : `contact-${base?.id ?? ''}-edit`;
  const id = (path: string) => fieldId(prefix, path);
  const headingId = `${prefix}-heading`;
  // A new contact's form sits under the record's h2; an amendment's under its entry's h3.
  const Heading = mode === 'add' ? 'h3' : 'h4';
  // An amendment's body nests the entry under "contact"; its inputs use the same ids as a new one's.
  const plain = (path: string) => path.replace(/^contact\./, '');
  const error = (path: string) =>
    fieldMessage(errors, path) ?? (mode === 'amend' ? fieldMessage(errors, `contact.${path}`) : undefined);

  const settle = (contact: Contact) => {
    void queryClient.invalidateQueries({ queryKey: youthKeys.page(contact.youthId) });
    void queryClient.invalidateQueries({ queryKey: youthKeys.contact(contact.id) });
  };

  const mutation = useMutation({
    mutationFn: (body: ContactBody): Promise<Contact> =>
      mode === 'add'
        ? addContact(props.youthId!, body, keeper.keyFor(body))
        : amendContact(base!.id, { version: base!.version, reason, contact: body }),
    onSuccess: (contact) => {
      keeper.reset();
      settle(contact);
      onDone(mode === 'add' ? t('youth.contacts.saved') : t('youth.contacts.amendSaved'));
    },
    onError: (failure) => {
      if (mode === 'amend' && isApiError(failure, 409) && isSameRecord<Contact>(failure.current, base!.id)) {
        setBase(failure.current);
        setDraft(draftFrom(failure.current));
        setConflict(true);
        setErrors(null);
        settle(failure.current);
        return;
      }
      setErrors(toFormErrors(failure, t));
    },
  });

  const update = (patch: Partial<ContactDraft>) => setDraft((previous) => ({ ...previous, ...patch }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setConflict(false);
    const occurredAt = toInstant(draft.date, draft.time);
    const problems: FieldError[] = [];
    if (!occurredAt) problems.push({ path: 'occurredAt', message: t('youth.contacts.whenRequired') });
    if (!draft.kind) problems.push({ path: 'kind', message: t('youth.contacts.kindRequired') });
    if (!occurredAt || !draft.kind) return setErrors({ message: t('errors.checkFields'), fields: problems });
    setErrors(null);
    mutation.mutate({
      occurredAt,
      kind: draft.kind,
      participants: draft.participants.trim(),
      narrative: draft.narrative,
      reportId: base?.reportId ?? null,
    });
  };

  return (
    <div className="lantern-panel lantern-contact-form" id={prefix}>
      <Heading id={headingId} ref={headingRef} tabIndex={-1}>
        {mode === 'add' ? t('youth.contacts.addHeading') : t('youth.contacts.amendHeading')}
      </Heading>
      {mode === 'amend' && <p>{t('youth.contacts.amendIntro')}</p>}
      {conflict && (
        <Alert type="warning" headingLevel="h4" heading={t('errors.conflictHeading')} role="alert">
          {t('errors.conflict')}
        </Alert>
      )}
      <ErrorSummary
        errors={errors}
        fieldIds={errorFieldIds(errors, prefix, inDocument, plain)}
        headingLevel="h4"
      />
      <Form onSubmit={submit} noValidate aria-labelledby={headingId}>
        <div className="lantern-date-time">
          <TextField
            id={id('occurredAt')}
            type="date"
            label={t('youth.contacts.date')}
            value={draft.date}
            onChange={(event) => update({ date: event.target.value })}
            error={error('occurredAt')}
          />
          <TextField
            type="time"
            id={id('occurredAt.time')}
            label={t('youth.contacts.time')}
            value={draft.time}
            onChange={(event) => update({ time: event.target.value })}
          />
        </div>
        <CodeSelect
          id={id('kind')}
          label={t('youth.contacts.kind')}
          codes={CONTACT_KINDS}
          value={draft.kind}
          onChange={(kind) => update({ kind })}
          labelFor={(code) => t(`vocab.contactKind.${code}`)}
          blank={t('youth.contacts.chooseKind')}
          error={error('kind')}
        />
        <TextField
          id={id('participants')}
          label={t('youth.contacts.participants')}
          hint={t('youth.contacts.participantsHint')}
          optional
          value={draft.participants}
          onChange={(event) => update({ participants: event.target.value })}
          error={error('participants')}
        />
        <TextAreaField
          id={id('narrative')}
          label={t('youth.contacts.narrative')}
          hint={t('youth.contacts.narrativeHint')}
          rows={8}
          value={draft.narrative}
          onChange={(narrative) => update({ narrative })}
          error={error('narrative')}
        />
        {mode === 'amend' && (
          <TextAreaField
            id={id('reason')}
            label={t('youth.contacts.reason')}
            hint={t('youth.contacts.reasonHint')}
            rows={3}
            value={reason}
            onChange={setReason}
            error={error('reason')}
          />
        )}
        <FormActions
          submit={mode === 'add' ? t('youth.contacts.save') : t('youth.contacts.saveAmendment')}
          pending={mutation.isPending}
          onDismiss={onCancel}
        />
      </Form>
    </div>
  );
}
