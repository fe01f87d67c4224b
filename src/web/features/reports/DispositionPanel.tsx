import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Form } from '@trussworks/react-uswds';
import { DISPOSITIONS, LIMITS, type Disposition } from '@domain/record/vocabulary';
import { RadioGroupField } from '@web/ui/choiceFields';
import { TextAreaField, TextField } from '@web/ui/fields';
import { formatDateTime } from '@web/ui/format';
import type { FieldError } from '@web/ui/formErrors';
import { UpdateOutcomeMessage } from '@web/ui/UpdateOutcomeMessage';
import { proposeDisposition, type Allegation, type ProposeDispositionBody } from './api';
import { localToday } from './draft';
import { Fact } from './Fact';
import { fieldDomId, inDocument, messageFor, summaryFieldIds } from './fieldPaths';
import { formatDate } from './recordText';
import { useRecordAction } from './useRecordAction';

const FORM = 'disposition';

/** Where the disposition stands, the supervisor's note when it was returned, and the form to propose one. */
export function DispositionPanel({ allegation, canWrite }: { allegation: Allegation; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const action = useRecordAction((body: ProposeDispositionBody) => proposeDisposition(allegation.id, body));
  const state = allegation.dispositionState;
  const canPropose = canWrite && (state === 'open' || state === 'returned');

  return (
    <section aria-labelledby="disposition-heading" className="lantern-section lantern-readable">
      <h2 id="disposition-heading">{t('allegations.disposition.heading')}</h2>
      <UpdateOutcomeMessage
        outcome={action.outcome}
        fieldIds={summaryFieldIds(action.errors, FORM, inDocument)}
      />
      <dl className="lantern-facts">
        <Fact term={t('allegations.fields.dispositionState')}>{t(`vocab.dispositionState.${state}`)}</Fact>
        {allegation.disposition && (
          <Fact term={t('allegations.fields.disposition')}>
            {t(`vocab.disposition.${allegation.disposition}`)}
          </Fact>
        )}
        {allegation.dispositionDate && (
          <Fact term={t('allegations.fields.dispositionDate')}>
            {formatDate(allegation.dispositionDate, i18n.language)}
          </Fact>
        )}
        {allegation.dispositionRationale && (
          <Fact term={t('allegations.fields.dispositionRationale')}>
            <span className="lantern-narrative">{allegation.dispositionRationale}</span>
          </Fact>
        )}
        {allegation.proposedBy && allegation.proposedAt && (
          <Fact term={t('allegations.disposition.proposedBy')}>
            {t('allegations.disposition.byOn', {
              name: allegation.proposedBy.displayName,
              when: formatDateTime(allegation.proposedAt, i18n.language),
            })}
          </Fact>
        )}
        {allegation.reviewedBy && allegation.reviewedAt && (
          <Fact term={t('allegations.disposition.reviewedBy')}>
            {t('allegations.disposition.byOn', {
              name: allegation.reviewedBy.displayName,
              when: formatDateTime(allegation.reviewedAt, i18n.language),
            })}
          </Fact>
        )}
      </dl>
      {state === 'returned' && allegation.reviewNote && (
        <Alert type="warning" headingLevel="h3" heading={t('allegations.disposition.returnedHeading')}>
          <span className="lantern-narrative">{allegation.reviewNote}</span>
        </Alert>
      )}
      {state === 'proposed' && <p>{t('allegations.disposition.awaitingReview')}</p>}
      {state === 'approved' && <p>{t('allegations.disposition.approvedNote')}</p>}
      {canPropose && (
        <ProposeForm
          key={allegation.version}
          allegation={allegation}
          errors={action.errors}
          pending={action.pending}
          onReject={action.reject}
          onSubmit={(body) => action.run(body, t('allegations.disposition.proposed'))}
        />
      )}
    </section>
  );
}

interface ProposeFormProps {
  allegation: Allegation;
  errors: ReturnType<typeof useRecordAction>['errors'];
  pending: boolean;
  onReject: (fields: FieldError[]) => void;
  onSubmit: (body: ProposeDispositionBody) => void;
}

function ProposeForm({ allegation, errors, pending, onReject, onSubmit }: ProposeFormProps) {
  const { t } = useTranslation();
  // A returned proposal starts from what was proposed, so the worker changes only what the note asks.
  const [disposition, setDisposition] = useState<Disposition | ''>(allegation.disposition ?? '');
  const [date, setDate] = useState(allegation.dispositionDate ?? localToday());
  const [rationale, setRationale] = useState(allegation.dispositionRationale ?? '');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!disposition)
      problems.push({ path: 'disposition', message: t('allegations.validation.disposition') });
    if (!date)
      problems.push({ path: 'dispositionDate', message: t('allegations.validation.dispositionDate') });
    else if (date > localToday())
      problems.push({ path: 'dispositionDate', message: t('allegations.validation.dateInFuture') });
    if (rationale.trim().length < 10)
      problems.push({ path: 'rationale', message: t('allegations.validation.rationale') });
    if (problems.length > 0 || !disposition) return onReject(problems);
    onSubmit({
      version: allegation.version,
      disposition,
      dispositionDate: date,
      rationale: rationale.trim(),
    });
  };

  return (
    <Form onSubmit={submit} noValidate large className="lantern-panel" aria-labelledby="propose-heading">
      <h3 id="propose-heading">{t('allegations.disposition.proposeHeading')}</h3>
      <PrimaFacieRule />
      <RadioGroupField
        id={fieldDomId(FORM, 'disposition')}
        legend={t('allegations.fields.disposition')}
        options={DISPOSITIONS.map((d) => ({
          value: d,
          label: t(`vocab.disposition.${d}`),
          hint: t(`allegations.disposition.hint.${d}`),
        }))}
        value={disposition}
        onChange={setDisposition}
        error={messageFor(errors, 'disposition')}
      />
      <TextField
        id={fieldDomId(FORM, 'dispositionDate')}
        type="date"
        label={t('allegations.fields.dispositionDate')}
        value={date}
        onChange={(event) => setDate(event.target.value)}
        error={messageFor(errors, 'dispositionDate')}
      />
      <TextAreaField
        id={fieldDomId(FORM, 'rationale')}
        label={t('allegations.fields.dispositionRationale')}
        hint={t('allegations.disposition.rationaleHint')}
        rows={6}
        value={rationale}
        onChange={setRationale}
        error={messageFor(errors, 'rationale')}
        maxLength={LIMITS.note * 2}
      />
      <Button type="submit" aria-busy={pending}>
        {t('allegations.disposition.submit')}
      </Button>
    </Form>
  );
}

/** The policy guide's rule, in plain words, where the decision is made. */
export function PrimaFacieRule() {
  const { t } = useTranslation();
  return (
    <div className="usa-summary-box lantern-rule" role="note" aria-labelledby="prima-facie-heading">
      <div className="usa-summary-box__body">
        <h4 className="usa-summary-box__heading" id="prima-facie-heading">
          {t('allegations.primaFacie.heading')}
        </h4>
        <div className="usa-summary-box__text">
          <p>{t('allegations.primaFacie.rule')}</p>
          <ul className="usa-list">
            <li>{t('allegations.primaFacie.denies')}</li>
            <li>{t('allegations.primaFacie.deniesExploitation')}</li>
            <li>{t('allegations.primaFacie.noName')}</li>
            <li>{t('allegations.primaFacie.parentProtected')}</li>
            <li>{t('allegations.primaFacie.noIntervention')}</li>
          </ul>
        </div>
      </div>
    </div>
  );
}
