/**
 * Answers to an instrument, and whether they fit it. An answer is keyed by item key:
 * - yes/no items: "yes", "no", "unknown" or "declined";
 * - single choice: an option key; multiple choice: a list of option keys (an empty list is "none of these");
 * - number: a number within the item's bounds; date: "YYYY-MM-DD", not in the future; text: a string;
 * - any item: "unknown" (not known) or "declined" (the youth chose not to answer). Neither is ever "no".
 * A missing key means the item was not answered. Items whose condition is false are not asked, and an
 * answer to one does not fit the instrument.
 */
import { z } from 'zod';
import { ANSWERABLE, INSTRUMENT_LIMITS, items as allItems, type Instrument, type Item } from './instrument';
import type { Problem } from './instrument.validate';
import { visibility } from './visibility';

export const answerValueSchema = z.union([
  z.string().max(INSTRUMENT_LIMITS.text),
  z.number().finite(),
  z.array(z.string().max(64)).max(INSTRUMENT_LIMITS.options),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;
export const answersSchema = z
  .record(z.string().max(64), answerValueSchema)
  .refine((a) => Object.keys(a).length <= INSTRUMENT_LIMITS.items, {
    message: `At most ${INSTRUMENT_LIMITS.items} answers.`,
  });
export type Answers = Record<string, AnswerValue>;

export const isStatus = (v: AnswerValue | undefined): v is 'unknown' | 'declined' =>
  v === 'unknown' || v === 'declined';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function validDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Why an answer does not fit its item, or null when it does. */
function misfit(item: Item, v: AnswerValue, today: string): string | null {
  if (isStatus(v)) return null;
  const options = new Set((item.options ?? []).map((o) => o.key));
  switch (item.type) {
    case 'info':
      return 'this item takes no answer.';
    case 'yes_no':
      return v === 'yes' || v === 'no' ? null : 'answer "yes", "no", "unknown" or "declined".';
    case 'single':
      return typeof v === 'string' && options.has(v) ? null : `choose one of: ${[...options].join(', ')}.`;
    case 'multi':
      if (!Array.isArray(v)) return 'give a list of options.';
      if (new Set(v).size !== v.length) return 'an option is listed twice.';
      return v.every((o) => options.has(o)) ? null : `choose from: ${[...options].join(', ')}.`;
    case 'number':
      if (typeof v !== 'number') return 'give a number.';
      return v >= item.min! && v <= item.max! ? null : `give a number from ${item.min} to ${item.max}.`;
    case 'date':
      if (typeof v !== 'string' || !validDate(v)) return 'give a real date as YYYY-MM-DD.';
      return v <= today ? null : 'the date is in the future.';
    case 'text':
      if (typeof v !== 'string') return 'give text.';
      return v.trim().length > 0 ? null : 'the text is empty; leave the item out instead.';
  }
}

export interface CheckOptions {
  /** Today as YYYY-MM-DD, for dates. */
  today: string;
  /** Skip "required" (while a screening is still being taken). */
  partial?: boolean;
}

/** Every way the answers do not fit the instrument, each naming the item. */
export function checkAnswers(inst: Instrument, answers: Answers, opts: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map(allItems(inst).map((i) => [i.key, i]));
  const say = (key: string, message: string) =>
    problems.push({ path: `answers.${key}`, message: `answers.${key}: ${message}` });
  for (const [key, v] of Object.entries(answers)) {
    const item = byKey.get(key);
    if (!item) say(key, `there is no item "${key}" in ${inst.key} version ${inst.version}.`);
    else {
      const why = misfit(item, v, opts.today);
      if (why) say(key, why);
    }
  }
  if (problems.length) return problems;
  const shown = visibility(inst, answers);
  for (const item of allItems(inst)) {
    const has = Object.hasOwn(answers, item.key);
    if (has && !shown.has(item.key)) say(item.key, 'not asked, because its condition is not met.');
    if (!has && shown.has(item.key) && item.required && ANSWERABLE(item) && !opts.partial)
      say(item.key, 'answer this question, or mark it unknown or declined.');
  }
  return problems;
}
