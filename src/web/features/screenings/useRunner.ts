import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Answers, AnswerValue } from '@domain/identification/answers';
import { ANSWERABLE, itemMap, type Instrument, type Item } from '@domain/identification/instrument';
import { visibility } from '@domain/identification/visibility';
import { createIdempotencyKeeper } from '@web/api/idempotency';
import type { FormErrors } from '@web/ui/formErrors';
import { instrumentLanguage } from './answerText';
import { createScreening, invalidateScreenings, type InstrumentRef, type ScreeningBody } from './api';
import { DETAIL_FIELDS, reviewDetailId, reviewItemId } from './ReviewAnswers';
import { buildSteps, checkStep, followStep, progress, pruneHidden, withAnswer, type Step } from './runner';
import { serverErrors, stepErrors } from './runnerText';
import { toLocalInput, toScreeningBody, type SetupDraft } from './setup';

/** Everything given so far, kept in memory only (never in storage: it identifies the youth). */
export interface Work {
  answers: Answers;
  /** What was typed into number, date and text answers, as typed. */
  raw: Record<string, string>;
  /** The step shown, by key (its index when the key has gone); `review` for the last step. */
  step: { key: string | null; index: number; review: boolean };
  /** The review has been reached once: each step then offers a way straight back to it. */
  reviewed: boolean;
  showYouthText: boolean;
}

export const emptyWork = (): Work => ({
  answers: {},
  raw: {},
  step: { key: null, index: 0, review: false },
  reviewed: false,
  showYouthText: false,
});

export const questionId = (key: string) => `q-${key}`;
export const STEP_HEADING_ID = 'runner-step-heading';

export interface RunnerInput {
  inst: Instrument;
  instrumentRef: InstrumentRef;
  youthId: string;
  setup: SetupDraft;
  work: Work;
  onWork: (update: (work: Work) => Work) => void;
}

/** Where each problem the error summary lists is on the page: the question on a step, the row on the review. */
export function linkTargets(
  step: Step | undefined,
  shown: ReadonlySet<string>,
  items: ReadonlyMap<string, Item>,
): Record<string, string> {
  const ids: Record<string, string> = {};
  if (step) {
    for (const item of step.items) ids[`answers.${item.key}`] = questionId(item.key);
    return ids;
  }
  for (const key of shown) {
    const item = items.get(key);
    if (item && ANSWERABLE(item)) ids[`answers.${key}`] = reviewItemId(key);
  }
  for (const field of DETAIL_FIELDS) ids[field] = reviewDetailId(field);
  return ids;
}

/** The runner's state: the steps asked now, where the worker is, moving between steps, and the save. */
export function useRunner({ inst, instrumentRef, youthId, setup, work, onWork }: RunnerInput) {
  const { t, i18n } = useTranslation();
  const lang = instrumentLanguage(i18n.language);
  const today = toLocalInput(new Date()).slice(0, 10);
  const items = useMemo(() => itemMap(inst), [inst]);
  const shown = useMemo(() => visibility(inst, work.answers), [inst, work.answers]);
  const steps = useMemo(() => buildSteps(inst, shown), [inst, shown]);
  const index = work.step.review ? steps.length : followStep(steps, work.step.key, work.step.index);
  const step: Step | undefined = work.step.review ? undefined : steps[index];
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const focusNext = useFocusOnStep(step?.key ?? 'review');
  const itemOf = (key: string) => items.get(key);
  const problemsOf = (list: readonly Step[]) =>
    list.flatMap((s) => checkStep(s, work.answers, work.raw, today));

  const go = (to: number, focus?: string) => {
    focusNext.current = focus ?? null;
    setErrors(null);
    const target = steps[to];
    onWork((w) => ({
      ...w,
      step: target ? { key: target.key, index: to, review: false } : { key: null, index: to, review: true },
      reviewed: w.reviewed || !target,
    }));
  };
  /** Onwards, once this step's answers can be accepted. */
  const leave = (to: number) => (event?: FormEvent) => {
    event?.preventDefault();
    const problems = step ? problemsOf([step]) : [];
    if (problems.length > 0) return setErrors(stepErrors(problems, itemOf, lang, t));
    go(to);
  };
  const answer = (key: string) => (value: AnswerValue | undefined, raw?: string) =>
    onWork((w) => {
      const nextRaw = { ...w.raw };
      if (raw === undefined) delete nextRaw[key];
      else nextRaw[key] = raw;
      return { ...w, answers: withAnswer(w.answers, key, value), raw: nextRaw };
    });

  const { pending, submit } = useSubmit({ inst, instrumentRef, youthId, setup, answers: work.answers });
  const send = () => {
    const problems = problemsOf(steps);
    if (problems.length > 0)
      return setErrors({
        ...stepErrors(problems, itemOf, lang, t),
        message: t('screenings.review.unanswered'),
      });
    setErrors(null);
    submit().catch((error: unknown) => setErrors(serverErrors(error, itemOf, lang, t)));
  };

  return {
    lang,
    today,
    steps,
    index,
    step,
    errors,
    go,
    leave,
    answer,
    send,
    pending,
    fieldIds: linkTargets(step, shown, items),
    dropped: pruneHidden(inst, work.answers).dropped,
    progress: progress(inst, work.answers, shown),
  };
}

/** On each new step, focus its heading (or the question asked for), so reading starts there. */
function useFocusOnStep(view: string) {
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const target = document.getElementById(focusNext.current ?? STEP_HEADING_ID);
    focusNext.current = null;
    target?.focus();
  }, [view]);
  return focusNext;
}

interface SubmitInput {
  inst: Instrument;
  instrumentRef: InstrumentRef;
  youthId: string;
  setup: SetupDraft;
  answers: Answers;
}

/** Saves the screening once (one idempotency key per body), then opens it. */
function useSubmit({ inst, instrumentRef, youthId, setup, answers }: SubmitInput) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [keeper] = useState(createIdempotencyKeeper);
  const mutation = useMutation({
    mutationFn: (body: ScreeningBody) => createScreening(body, keeper.keyFor(body)),
    onSuccess: (screening) => {
      keeper.reset();
      invalidateScreenings(queryClient);
      void navigate({ to: '/screenings/$screeningId', params: { screeningId: screening.id } });
    },
  });
  const submit = async () => {
    if (mutation.isPending) return;
    const kept = pruneHidden(inst, answers).answers;
    await mutation.mutateAsync(toScreeningBody(youthId, instrumentRef, setup, kept));
  };
  return { pending: mutation.isPending, submit };
}
