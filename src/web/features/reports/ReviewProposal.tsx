import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Form } from '@trussworks/react-uswds';
import { LIMITS } from '@domain/record/vocabulary';
import { isApiError } from '@web/api/client';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { TextAreaField } from '@web/ui/fields';
import { FormActions } from '@web/ui/FormActions';
import { formatDateTime } from '@web/ui/format';
import { toFormErrors, type FormErrors } from '@web/ui/formErrors';
import { invalidateRecord, reviewDisposition, type Allegation } from './api';
import { Fact } from './Fact';
import { fieldDomId, messageFor } from './fieldPaths';
import { allegationForm, formatDate } from './recordText';

export type ReviewOutcome = { kind: 'done'; id: string; message: string } | { kind: 'conflict' } | null;

interface ReviewProposalProps {
  allegation: Allegation;
  onOutcome: (outcome: ReviewOutcome) => void;
  /** The way back to the list, shown under the heading. */
  closeLink: ReactNode;
}

/** One proposed disposition in full, to approve or to return to the worker with a note. */
export function ReviewProposal({ allegation, onOutcome, closeLink }: ReviewProposalProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const form = `review-${allegation.id}`;
  const headingId = `${form}-heading`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const title = t('allegations.review.proposalTitle', {
    form: allegationForm(allegation, t),
    youth: allegation.youthName,
  });

  const mutation = useMutation({
    mutationFn: (decision: 'approve' | 'return') =>
      reviewDisposition(allegation.id, {
        version: allegation.version,
        decision,
        note: decision === 'return' ? note.trim() : null,
      }),
    onSuccess: (_, decision) => {
      onOutcome({
        kind: 'done',
        id: allegation.id,
        message: t(decision === 'approve' ? 'allegations.review.approved' : 'allegations.review.returned', {
          title,
        }),
      });
      invalidateRecord(queryClient);
      setTimeout(() => document.getElementById('page-heading')?.focus(), 0);
    },
    onError: (error) => {
      if (isApiError(error, 409)) {
        onOutcome({ kind: 'conflict' });
        invalidateRecord(queryClient);
        return;
      }
      setErrors(toFormErrors(error, t));
    },
  });

  const submitReturn = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!note.trim()) {
      setErrors({
        message: t('errors.checkFields'),
        fields: [{ path: 'note', message: t('allegations.validation.returnNote') }],
      });
      return;
    }
    setErrors(null);
    mutation.mutate('return');
  };

  return (
    <section aria-labelledby={headingId} className="lantern-panel lantern-proposal">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <p>{closeLink}</p>
      <dl className="lantern-facts">
        <Fact term={t('allegations.review.proposed')}>
          {allegation.disposition
            ? t(`vocab.disposition.${allegation.disposition}`)
            : t('allegations.history.none')}
        </Fact>
        {allegation.dispositionDate && (
          <Fact term={t('allegations.fields.dispositionDate')}>
            {formatDate(allegation.dispositionDate, i18n.language)}
          </Fact>
        )}
        <Fact term={t('allegations.fields.dispositionRationale')}>
          <span className="lantern-narrative">{allegation.dispositionRationale}</span>
        </Fact>
        <Fact term={t('allegations.disposition.proposedBy')}>
          {allegation.proposedBy && allegation.proposedAt
            ? t('allegations.disposition.byOn', {
                name: allegation.proposedBy.displayName,
                when: formatDateTime(allegation.proposedAt, i18n.language),
              })
            : t('allegations.history.someone')}
        </Fact>
        <Fact term={t('allegations.fields.youth')}>
          <Link to="/youth/$id" params={{ id: allegation.youthId }} className="usa-link">
            {allegation.youthName}
          </Link>
        </Fact>
        <Fact term={t('allegations.fields.report')}>
          <Link to="/reports/$reportId" params={{ reportId: allegation.reportId }} className="usa-link">
            {allegation.reportRef}
          </Link>
        </Fact>
      </dl>
      <p>
        <Link to="/allegations/$allegationId" params={{ allegationId: allegation.id }} className="usa-link">
          {t('allegations.review.open')}
          <span className="usa-sr-only"> {title}</span>
        </Link>
      </p>
      <ErrorSummary errors={errors} fieldIds={{ note: fieldDomId(form, 'note') }} headingLevel="h3" />
      {!returning ? (
        <ButtonGroup>
          <Button
            type="button"
            aria-busy={mutation.isPending}
            onClick={() => !mutation.isPending && mutation.mutate('approve')}
          >
            {t('allegations.review.approve')}
          </Button>
          <Button
            type="button"
            outline
            onClick={() => {
              setReturning(true);
              setTimeout(() => document.getElementById(fieldDomId(form, 'note'))?.focus(), 0);
            }}
          >
            {t('allegations.review.returnToWorker')}
          </Button>
        </ButtonGroup>
      ) : (
        <Form onSubmit={submitReturn} noValidate large aria-labelledby={headingId}>
          <TextAreaField
            id={fieldDomId(form, 'note')}
            label={t('allegations.review.note')}
            hint={t('allegations.review.noteHint')}
            rows={4}
            value={note}
            onChange={setNote}
            error={messageFor(errors, 'note')}
            maxLength={LIMITS.note}
          />
          <FormActions
            submit={t('allegations.review.returnToWorker')}
            pending={mutation.isPending}
            onDismiss={() => setReturning(false)}
          />
        </Form>
      )}
    </section>
  );
}
