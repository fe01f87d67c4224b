import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Form } from '@trussworks/react-uswds';
import { useCurrentUser } from '@web/features/auth/session';
import { FormActions } from '@web/ui/FormActions';
import { UpdateOutcomeMessage } from '@web/ui/UpdateOutcomeMessage';
import { updateReport, type Report, type UpdateReportBody } from './api';
import { toScreeningBody, type ScreeningDraft } from './draft';
import { Fact } from './Fact';
import { fieldDomId, inDocument, summaryFieldIds } from './fieldPaths';
import { ScreeningFields } from './ScreeningFields';
import { useRecordAction } from './useRecordAction';
import { validateScreening } from './validate';

const FORM = 'screening';

function screeningDraftFrom(report: Report): ScreeningDraft {
  return {
    decision: report.screeningDecision,
    responseTime: report.responseTime ?? '',
    evaluatedOutReason: report.evaluatedOutReason ?? '',
    evaluatedOutNote: report.evaluatedOutNote ?? '',
  };
}

/** The screening decision and who the report is assigned to, with ways to change both. */
export function ScreeningPanel({ report, canWrite }: { report: Report; canWrite: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [editing, setEditing] = useState(false);
  const action = useRecordAction((body: UpdateReportBody) => updateReport(report.id, body), {
    onSaved: () => setEditing(false),
  });
  const assignedToMe = report.assignedWorker?.id === me.user.id;

  const close = () => {
    setEditing(false);
    setTimeout(() => document.getElementById('screening-change')?.focus(), 0);
  };

  return (
    <section aria-labelledby="screening-heading" className="lantern-section lantern-readable">
      <h2 id="screening-heading">{t('reports.page.screeningHeading')}</h2>
      <UpdateOutcomeMessage
        outcome={action.outcome}
        fieldIds={summaryFieldIds(action.errors, FORM, inDocument)}
      />
      <dl className="lantern-facts">
        <Fact term={t('reports.fields.screeningDecision')}>
          {t(`vocab.screeningDecision.${report.screeningDecision}`)}
        </Fact>
        {report.responseTime && (
          <Fact term={t('reports.fields.responseTime')}>
            {t(`vocab.responseTime.${report.responseTime}`)}
          </Fact>
        )}
        {report.evaluatedOutReason && (
          <Fact term={t('reports.fields.evaluatedOutReason')}>
            {t(`vocab.evaluatedOutReason.${report.evaluatedOutReason}`)}
          </Fact>
        )}
        {report.evaluatedOutNote && (
          <Fact term={t('reports.fields.evaluatedOutNote')}>{report.evaluatedOutNote}</Fact>
        )}
        <Fact term={t('reports.fields.assignedWorker')}>
          {report.assignedWorker?.displayName ?? t('reports.fields.unassigned')}
        </Fact>
      </dl>
      {canWrite && !editing && (
        <ButtonGroup>
          <Button type="button" id="screening-change" outline onClick={() => setEditing(true)}>
            {t('reports.page.changeScreening')}
          </Button>
          {!assignedToMe && (
            <Button
              type="button"
              outline
              aria-busy={action.pending}
              onClick={() =>
                action.run(
                  { version: report.version, assignedWorkerId: me.user.id },
                  t('reports.page.assigned'),
                )
              }
            >
              {t('reports.page.assignToMe')}
            </Button>
          )}
        </ButtonGroup>
      )}
      {canWrite && editing && (
        <ScreeningForm
          key={report.version}
          report={report}
          pending={action.pending}
          errors={action.errors}
          onCancel={close}
          onSave={(draft) => {
            const problems = validateScreening(draft, t);
            if (problems.length > 0) return action.reject(problems);
            action.run(
              { version: report.version, ...toScreeningBody(draft) },
              t('reports.page.screeningSaved'),
            );
          }}
        />
      )}
    </section>
  );
}

interface ScreeningFormProps {
  report: Report;
  pending: boolean;
  errors: ReturnType<typeof useRecordAction>['errors'];
  onCancel: () => void;
  onSave: (draft: ScreeningDraft) => void;
}

function ScreeningForm({ report, pending, errors, onCancel, onSave }: ScreeningFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => screeningDraftFrom(report));
  useEffect(() => {
    // Focus lands on the decision chosen now, the first thing a person may want to change.
    const first = fieldDomId(FORM, 'screeningDecision');
    const chosen = report.screeningDecision === 'pending' ? first : `${first}--${report.screeningDecision}`;
    document.getElementById(chosen)?.focus();
  }, [report.screeningDecision]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSave(draft);
  };
  return (
    <Form onSubmit={submit} noValidate large aria-labelledby="screening-heading" className="lantern-panel">
      <ScreeningFields form={FORM} value={draft} onChange={setDraft} errors={errors} />
      <FormActions submit={t('reports.page.saveScreening')} pending={pending} onDismiss={onCancel} />
    </Form>
  );
}
