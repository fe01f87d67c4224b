/**
 * The amend form's state: one entry per answerable item, as plain strings while someone edits, and back
 * to answers. Pure.
 *
 * - yes/no and single-choice items: `choice` is the answer itself ("yes", an option key, "unknown",
 *   "declined"), or "" for not answered ("unknown" and "declined" are reserved: no option uses them).
 * - other items: `choice` is "answer", "unknown", "declined" or ""; the answer is in `input` (number,
 *   date, text) or `picks` (multiple choice; none picked is "none of these").
 * Only items asked under the edited answers are sent: changing an answer can ask or skip other items.
 */
import type { TFunction } from 'i18next';
import { isStatus, type AnswerValue, type Answers } from '@domain/identification/answers';
import { ANSWERABLE, items as allItems, type Instrument, type Item } from '@domain/identification/instrument';
import { visibility } from '@domain/identification/visibility';
import type { Language } from '@domain/identification/forms';
import type { FieldError } from '@web/ui/formErrors';
import { itemLabel } from './answerText';

export interface AmendEntry {
  choice: string;
  input: string;
  picks: string[];
}
export type AmendDraft = Record<string, AmendEntry>;

/** Items answered with one radio group: their options are the answers. */
export const choosesDirectly = (item: Item) => item.type === 'yes_no' || item.type === 'single';

function entryFrom(item: Item, value: AnswerValue | undefined): AmendEntry {
  const entry: AmendEntry = { choice: '', input: '', picks: [] };
  if (value === undefined) return entry;
  if (isStatus(value)) return { ...entry, choice: value };
  if (choosesDirectly(item)) return { ...entry, choice: String(value) };
  if (item.type === 'multi') return { ...entry, choice: 'answer', picks: Array.isArray(value) ? value : [] };
  return { ...entry, choice: 'answer', input: Array.isArray(value) ? value.join(', ') : String(value) };
}

export function draftFromAnswers(inst: Instrument, answers: Answers): AmendDraft {
  return Object.fromEntries(
    allItems(inst)
      .filter(ANSWERABLE)
      .map((item) => [item.key, entryFrom(item, answers[item.key])]),
  );
}

/** One entry as an answer; numbers as typed ("abc" stays text here and is caught by validation). */
function valueOf(item: Item, entry: AmendEntry): AnswerValue | undefined {
  if (!entry.choice) return undefined;
  if (isStatus(entry.choice)) return entry.choice;
  if (choosesDirectly(item)) return entry.choice;
  if (item.type === 'multi') return [...entry.picks];
  if (item.type === 'number') {
    const n = Number(entry.input.trim());
    return entry.input.trim() !== '' && Number.isFinite(n) ? n : entry.input;
  }
  return item.type === 'text' ? entry.input : entry.input.trim();
}

/** Every entry as an answer, asked or not (to decide what is asked). */
function everyAnswer(inst: Instrument, draft: AmendDraft): Answers {
  const answers: Answers = {};
  for (const item of allItems(inst)) {
    const entry = draft[item.key];
    const value = entry && ANSWERABLE(item) ? valueOf(item, entry) : undefined;
    if (value !== undefined) answers[item.key] = value;
  }
  return answers;
}

/** The items asked given the draft's answers, in the instrument's order. */
export function askedItems(inst: Instrument, draft: AmendDraft): Item[] {
  const shown = visibility(inst, everyAnswer(inst, draft));
  return allItems(inst).filter((item) => ANSWERABLE(item) && shown.has(item.key));
}

/** The answers to send: those of the items asked. */
export function answersFromDraft(inst: Instrument, draft: AmendDraft): Answers {
  const all = everyAnswer(inst, draft);
  return Object.fromEntries(
    askedItems(inst, draft).flatMap((item) => (item.key in all ? [[item.key, all[item.key]!]] : [])),
  );
}

/** The checks the browser can make before sending, on the paths the API's 422 uses (answers.<key>). */
export function validateAmendment(
  inst: Instrument,
  draft: AmendDraft,
  reason: string,
  today: string,
  lang: Language,
  t: TFunction,
): FieldError[] {
  const problems: FieldError[] = [];
  const answers = answersFromDraft(inst, draft);
  for (const item of askedItems(inst, draft)) {
    const at = (message: string) =>
      problems.push({ path: `answers.${item.key}`, message: `${itemLabel(item, lang)}: ${message}` });
    const value = answers[item.key];
    if (value === undefined) {
      if (item.required) at(t('screeningResult.amend.required'));
      continue;
    }
    if (isStatus(value)) continue;
    if (item.type === 'number') {
      const inRange =
        typeof value === 'number' && value >= (item.min ?? -Infinity) && value <= (item.max ?? Infinity);
      if (!inRange) at(t('screeningResult.amend.number', { min: item.min, max: item.max }));
    }
    if (item.type === 'date') {
      const valid = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
      if (!valid) at(t('screeningResult.amend.date'));
      else if (value > today) at(t('screeningResult.amend.future'));
    }
    if (item.type === 'text' && typeof value === 'string' && value.trim() === '')
      at(t('screeningResult.amend.text'));
  }
  if (reason.trim().length < 3)
    problems.push({ path: 'reason', message: t('screeningResult.amend.reasonNeeded') });
  return problems;
}

const same = (a: AnswerValue | undefined, b: AnswerValue | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/** The items whose answers differ between two sets of answers, in the instrument's order. */
export function changedItems(inst: Instrument, before: Answers, after: Answers): Item[] {
  return allItems(inst).filter((item) => !same(before[item.key], after[item.key]));
}
