import { useState, type FormEvent, type ReactElement } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Form } from '@trussworks/react-uswds';
import { createIdempotencyKeeper } from '@web/api/idempotency';
import { hasAbility, useCurrentUser } from '@web/features/auth/session';
import { screeningQueryOptions } from '@web/features/screenings/api';
import { prefillAllegations } from '@web/features/screenings/prefill';
import { PrefillNotice } from '@web/features/screenings/PrefillNotice';
import { ApiErrorAlert, Loading } from '@web/ui/alerts';
import { CheckboxField } from '@web/ui/choiceFields';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { toFormErrors, type FormErrors } from '@web/ui/formErrors';
import { PageHeading } from '@web/ui/PageHeading';
import { AllegationFields } from './AllegationFields';
import { createReport, invalidateRecord, youthQueryOptions, type CreateReportBody } from './api';
import {
  emptyAllegation,
  emptyReport,
  localToday,
  toCreateReportBody,
  type AllegationDraft,
  type Choice,
  type ReportDraft,
} from './draft';
import { LegendHeading } from './LegendHeading';
import { fieldDomId, inDocument, summaryFieldIds } from './fieldPaths';
import { ReportFields } from './ReportFields';
import { youthDisplayName } from './recordText';
import { ScreeningFields } from './ScreeningFields';
import { validateReport } from './validate';
import './reports.css';

const route = getRouteApi('/session/signed-in/reports/new');
const FORM = 'intake';

/** Record a report: who reported what and when, the screening decision, and one or more allegations. */
export function ReportIntakePage(): ReactElement {
  const { t } = useTranslation();
  const { youthId, screeningId } = route.useSearch();
  const youth = useQuery({ ...youthQueryOptions(youthId ?? ''), enabled: Boolean(youthId) });
  const screening = useQuery({ ...screeningQueryOptions(screeningId ?? ''), enabled: Boolean(screeningId) });
  const screened = screening.data
    ? { id: screening.data.youth.id, name: screening.data.youth.displayName }
    : null;
  const waiting = (youthId && youth.isPending) || (screeningId && screening.isPending);

  return (
    <>
      <PageHeading title={t('reports.intake.title')} />
      <p className="usa-intro">{t('reports.intake.intro')}</p>
      {youthId && youth.isPending && <Loading />}
      {youthId && youth.isError && <ApiErrorAlert error={youth.error} />}
      {screeningId && !screening.isPending && (
        <PrefillNotice screening={screening.data ?? null} error={screening.error} />
      )}
      {!waiting && (
        <IntakeForm
          initialYouth={
            youth.data ? { id: youth.data.youth.id, name: youthDisplayName(youth.data.youth) } : screened
          }
          initialAllegations={
            screening.data && screened ? prefillAllegations(screening.data.result, screened) : undefined
          }
        />
      )}
    </>
  );
}

function IntakeForm({
  initialYouth,
  initialAllegations,
}: {
  initialYouth: Choice | null;
  /** Rows pre-filled from a screening, for the worker to review. */
  initialAllegations?: AllegationDraft[] | undefined;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ReportDraft>(() =>
    emptyReport(new Date(), initialYouth, initialAllegations),
  );
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [keeper] = useState(createIdempotencyKeeper);
  const canUsePersons = hasAbility(me, 'persons.read');

  const mutation = useMutation({
    mutationFn: (body: CreateReportBody) => createReport(body, keeper.keyFor(body)),
    onSuccess: (report) => {
      keeper.reset();
      invalidateRecord(queryClient);
      void navigate({ to: '/reports/$reportId', params: { reportId: report.id }, search: { created: true } });
    },
    onError: (error) => setErrors(toFormErrors(error, t)),
  });

  const update = (patch: Partial<ReportDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setAllegation = (i: number, next: AllegationDraft) =>
    setDraft((d) => ({ ...d, allegations: d.allegations.map((a, j) => (j === i ? next : a)) }));
  const addAllegation = () => {
    const index = draft.allegations.length;
    // Most reports are about one youth: a new allegation starts with the first one's youth.
    update({ allegations: [...draft.allegations, emptyAllegation(draft.allegations[0]?.youth ?? null)] });
    setTimeout(() => document.getElementById(fieldDomId(FORM, `allegations.${index}`))?.focus(), 0);
  };
  const removeAllegation = (i: number) => {
    update({ allegations: draft.allegations.filter((_, j) => j !== i) });
    setErrors(null);
    setTimeout(() => document.getElementById(`${FORM}-add-allegation`)?.focus(), 0);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const now = new Date();
    const problems = validateReport(draft, t, now, localToday(now));
    if (problems.length > 0) return setErrors({ message: t('errors.checkFields'), fields: problems });
    setErrors(null);
    mutation.mutate(toCreateReportBody(draft, me.user.id));
  };

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={summaryFieldIds(errors, FORM, inDocument)} />
      <Form onSubmit={submit} noValidate large className="lantern-record-form" aria-labelledby="page-heading">
        <p>{t('common.requiredNote')}</p>
        <section aria-labelledby="intake-report-heading">
          <h2 id="intake-report-heading">{t('reports.intake.reportHeading')}</h2>
          <ReportFields form={FORM} value={draft} onChange={update} errors={errors} />
        </section>
        <section aria-labelledby="intake-screening-heading" className="lantern-form-section">
          <h2 id="intake-screening-heading">{t('reports.intake.screeningHeading')}</h2>
          <ScreeningFields
            form={FORM}
            value={draft.screening}
            onChange={(screening) => update({ screening })}
            errors={errors}
          />
          <CheckboxField
            id={fieldDomId(FORM, 'assignedWorkerId')}
            label={t('reports.form.assignToMe')}
            hint={t('reports.form.assignToMeHint')}
            checked={draft.assignToMe}
            onChange={(assignToMe) => update({ assignToMe })}
          />
        </section>
        <section
          aria-labelledby="intake-allegations-heading"
          className="lantern-form-section"
          id={fieldDomId(FORM, 'allegations')}
          tabIndex={-1}
        >
          <h2 id="intake-allegations-heading">{t('reports.intake.allegationsHeading')}</h2>
          <Alert type="info" headingLevel="h3" slim className="lantern-forms-note">
            {t('allegations.form.oneFormEach')}
          </Alert>
          {draft.allegations.map((allegation, i) => (
            <fieldset
              key={allegation.key}
              className="usa-fieldset lantern-allegation"
              id={fieldDomId(FORM, `allegations.${i}`)}
              tabIndex={-1}
            >
              <LegendHeading level={3} tier="allegation">
                {t('allegations.form.legend', { number: i + 1 })}
              </LegendHeading>
              <AllegationFields
                form={FORM}
                base={`allegations.${i}`}
                value={allegation}
                onChange={(next) => setAllegation(i, next)}
                errors={errors}
                canUsePersons={canUsePersons}
                detailsLevel={4}
              />
              {draft.allegations.length > 1 && (
                <Button
                  type="button"
                  secondary
                  className="lantern-remove-block"
                  onClick={() => removeAllegation(i)}
                >
                  {t('allegations.form.remove', { number: i + 1 })}
                </Button>
              )}
            </fieldset>
          ))}
          {draft.allegations.length < 20 && (
            <Button type="button" outline id={`${FORM}-add-allegation`} onClick={addAllegation}>
              {t('allegations.form.add')}
            </Button>
          )}
        </section>
        <div className="lantern-form-actions">
          <Button type="submit" aria-busy={mutation.isPending}>
            {t('reports.intake.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}
