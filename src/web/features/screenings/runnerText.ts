/**
 * The runner's words that depend on an item: a short name for a question in an error message, and why
 * its answer cannot be accepted yet. In the worker's language.
 */
import type { TFunction } from 'i18next';
import { say, type Language } from '@domain/identification/forms';
import type { Instrument, Item } from '@domain/identification/instrument';
import { toFormErrors, type FormErrors } from '@web/ui/formErrors';
import { itemLabel } from './answerText';
import type { InputProblem, Step, StepProblem } from './runner';
import type { SetupProblem } from './setup';

/** How long a question's words run in an error message before "…". */
const SHORT = 80;

export function shortQuestion(item: Item, lang: Language): string {
  const label = itemLabel(item, lang);
  return label.length > SHORT ? `${label.slice(0, SHORT - 1).trimEnd()}…` : label;
}

export function problemMessage(problem: InputProblem, item: Item, lang: Language, t: TFunction): string {
  const question = shortQuestion(item, lang);
  switch (problem.kind) {
    case 'required':
      return t('screenings.question.errors.required', { question });
    case 'number':
      return t('screenings.question.errors.number', { question });
    case 'range':
      return t('screenings.question.errors.range', { question, min: problem.min, max: problem.max });
    case 'date':
      return t('screenings.question.errors.date', { question });
    case 'future':
      return t('screenings.question.errors.future', { question });
    case 'tooLong':
      return t('screenings.question.errors.tooLong', { question, max: problem.max.toLocaleString(lang) });
  }
}

/** The problems of a step (or of every step) as the form's errors, one per question, by `answers.<key>`. */
export function stepErrors(
  problems: readonly StepProblem[],
  itemOf: (key: string) => Item | undefined,
  lang: Language,
  t: TFunction,
): FormErrors {
  return {
    message: t('errors.checkFields'),
    fields: problems.flatMap(({ key, problem }) => {
      const item = itemOf(key);
      return item ? [{ path: `answers.${key}`, message: problemMessage(problem, item, lang, t) }] : [];
    }),
  };
}

export function setupErrors(problems: readonly SetupProblem[], t: TFunction): FormErrors {
  return {
    message: t('errors.checkFields'),
    fields: problems.map((p) => {
      switch (p.field) {
        case 'instrument':
          return { path: p.field, message: t('screenings.setup.errors.instrument') };
        case 'context':
          return { path: p.field, message: t('screenings.setup.errors.context') };
        case 'contextNote':
          return { path: p.field, message: t('screenings.setup.errors.contextNote', { max: p.max }) };
        case 'screenedAt':
          return {
            path: p.field,
            message:
              p.kind === 'future'
                ? t('screenings.setup.errors.screenedAtFuture')
                : p.kind === 'tooOld'
                  ? t('screenings.setup.errors.screenedAtTooOld')
                  : t('screenings.setup.errors.screenedAtRequired'),
          };
      }
    }),
  };
}

/** A failed save as the form's errors; a problem with an answer is named by its question, not its key. */
export function serverErrors(
  error: unknown,
  itemOf: (key: string) => Item | undefined,
  lang: Language,
  t: TFunction,
): FormErrors {
  const errors = toFormErrors(error, t);
  return {
    ...errors,
    fields: errors.fields.map((field) => {
      const item = field.path.startsWith('answers.')
        ? itemOf(field.path.slice('answers.'.length))
        : undefined;
      if (!item) return field;
      const said = field.message.replace(/^answers\.[a-z0-9_]+:\s*/, '');
      return { ...field, message: `${shortQuestion(item, lang)} — ${said}` };
    }),
  };
}

/** A step's heading: its group's title, and which part when the group is split. */
export function stepTitle(inst: Instrument, step: Step, lang: Language, t: TFunction): string {
  const title = say(inst.groups[step.groupIndex]!.title, lang);
  return step.parts > 1
    ? t('screenings.runner.stepHeadingPart', { title, part: step.part, parts: step.parts })
    : t('screenings.runner.stepHeading', { title });
}
