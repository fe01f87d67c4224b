import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Form } from '@trussworks/react-uswds';
import type { Instrument } from '@domain/identification/instrument';
import { LIMITS } from '@domain/record/vocabulary';
import { isApiError } from '@web/api/client';
import { localToday } from '@web/features/reports/draft';
import { fieldDomId, inDocument, summaryFieldIds } from '@web/features/reports/fieldPaths';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { TextAreaField } from '@web/ui/fields';
import { FormActions } from '@web/ui/FormActions';
import { toFormErrors, type FormErrors } from '@web/ui/formErrors';
import { AmendItemField } from './AmendItemField';
import {
  answersFromDraft,
  askedItems,
  draftFromAnswers,
  validateAmendment,
  type AmendDraft,
} from './amendDraft';
import { instrumentLanguage } from './answerText';
import {
  amendScreening,
  invalidateScreenings,
  screeningKeys,
  type AmendScreeningBody,
  type ScreeningWithHistory,
} from './api';

const FORM = 'amend-screening';

/** The message for a field, including problems the API names below it ("answers.means.2"). */
const messageAt = (errors: FormErrors | null, path: string) =>
  errors?.fields.find((f) => f.path === path || f.path.startsWith(`${path}.`))?.message;

/**
 * Correct a screening's answers. Every question asked is shown with its current answer; changing one can
 * ask or skip others. A reason is required. The server recomputes the result and keeps the earlier
 * answers in the history; when someone else amended first, the person reloads and starts again.
 */
export function AmendScreening({
  screening,
  instrument,
  onDone,
}: {
  screening: ScreeningWithHistory;
  instrument: Instrument;
  onDone: (message: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = instrumentLanguage(i18n.language);
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<AmendDraft>(() => draftFromAnswers(instrument, screening.answers));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [conflict, setConflict] = useState(false);
  const [basedOn, setBasedOn] = useState(screening.version);

  useEffect(() => document.getElementById('amend-screening-heading')?.focus(), []);
  const conflictRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const mutation = useMutation({
    mutationFn: (body: AmendScreeningBody) => amendScreening(screening.id, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(screeningKeys.detail(screening.id), saved);
      invalidateScreenings(queryClient);
      onDone(t('screeningResult.amend.done'));
    },
    onError: (error) => {
      if (isApiError(error, 409)) return setConflict(true);
      setErrors(toFormErrors(error, t));
    },
  });

  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: screeningKeys.detail(screening.id) });
    setConflict(false);
    setErrors(null);
  };
  // After a reload the screening on screen is the newer one: start again from its answers.
  useEffect(() => {
    if (screening.version !== basedOn) {
      setBasedOn(screening.version);
      setDraft(draftFromAnswers(instrument, screening.answers));
    }
  }, [screening.version, screening.answers, basedOn, instrument]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const problems = validateAmendment(instrument, draft, reason, localToday(), lang, t);
    if (problems.length > 0) return setErrors({ message: t('errors.checkFields'), fields: problems });
    setErrors(null);
    mutation.mutate({
      version: basedOn,
      reason: reason.trim(),
      answers: answersFromDraft(instrument, draft),
    });
  };

  return (
    <section aria-labelledby="amend-screening-heading" className="lantern-panel lantern-no-print">
      <h2 id="amend-screening-heading" tabIndex={-1}>
        {t('screeningResult.amend.heading')}
      </h2>
      <p>{t('screeningResult.amend.intro')}</p>
      {conflict && (
        <div ref={conflictRef} tabIndex={-1} className="lantern-conflict">
          <Alert
            type="warning"
            headingLevel="h3"
            heading={t('screeningResult.amend.conflictHeading')}
            role="alert"
          >
            <p>{t('screeningResult.amend.conflict')}</p>
            <Button type="button" onClick={() => void reload()}>
              {t('screeningResult.amend.reload')}
            </Button>
          </Alert>
        </div>
      )}
      <ErrorSummary errors={errors} fieldIds={summaryFieldIds(errors, FORM, inDocument)} headingLevel="h3" />
      <Form
        onSubmit={submit}
        noValidate
        large
        className="lantern-record-form"
        aria-labelledby="amend-screening-heading"
      >
        {askedItems(instrument, draft).map((item) => (
          <AmendItemField
            key={item.key}
            id={fieldDomId(FORM, `answers.${item.key}`)}
            item={item}
            entry={draft[item.key]!}
            onChange={(entry) => setDraft((d) => ({ ...d, [item.key]: entry }))}
            error={messageAt(errors, `answers.${item.key}`)}
            lang={lang}
          />
        ))}
        <TextAreaField
          id={fieldDomId(FORM, 'reason')}
          label={t('screeningResult.amend.reason')}
          hint={t('screeningResult.amend.reasonHint')}
          rows={3}
          value={reason}
          onChange={setReason}
          error={messageAt(errors, 'reason')}
          maxLength={LIMITS.note}
        />
        <FormActions
          submit={t('screeningResult.amend.submit')}
          pending={mutation.isPending}
          onDismiss={() => onDone(null)}
        />
      </Form>
    </section>
  );
}
