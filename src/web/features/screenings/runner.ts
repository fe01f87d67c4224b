/**
 * The screening runner's pure parts: which questions are asked, how they are paged into short steps, what
 * an input's text means as an answer, what is still missing before Next, and which answers are dropped
 * because their questions are no longer asked. No React, no I/O: tested in runner.test.ts.
 */
import { isStatus, type Answers, type AnswerValue } from '@domain/identification/answers';
import { ANSWERABLE, INSTRUMENT_LIMITS, type Instrument, type Item } from '@domain/identification/instrument';
import { visibility } from '@domain/identification/visibility';

/** At most this many questions on one step: a long group is split into parts. */
export const PAGE_SIZE = 5;

export interface Step {
  /** Stable while answers change: the group's key and the part's number. */
  key: string;
  groupIndex: number;
  /** 1-based part of the group, and how many parts the group has now. */
  part: number;
  parts: number;
  /** The asked items of this part, guidance included, in the instrument's order. */
  items: Item[];
}

/** The group's asked items cut into parts of at most PAGE_SIZE questions; guidance goes with what follows it. */
function chunk(asked: Item[]): Item[][] {
  const parts: Item[][] = [];
  let current: Item[] = [];
  let questions = 0;
  for (const item of asked) {
    if (questions === PAGE_SIZE) {
      parts.push(current);
      current = [];
      questions = 0;
    }
    current.push(item);
    if (ANSWERABLE(item)) questions += 1;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** The steps for the items asked now. A group with nothing asked has no step. */
export function buildSteps(inst: Instrument, shown: ReadonlySet<string>): Step[] {
  return inst.groups.flatMap((group, groupIndex) => {
    const parts = chunk(group.items.filter((item) => shown.has(item.key)));
    return parts.map((items, i) => ({
      key: `${group.key}:${i + 1}`,
      groupIndex,
      part: i + 1,
      parts: parts.length,
      items,
    }));
  });
}

/**
 * Where the runner is after the steps changed under it: the same step if it still exists, otherwise the
 * nearest one at or before the old position.
 */
export function followStep(steps: readonly Step[], key: string | null, previousIndex: number): number {
  const same = key === null ? -1 : steps.findIndex((s) => s.key === key);
  if (same >= 0) return same;
  return Math.max(0, Math.min(previousIndex, steps.length - 1));
}

/** The step that asks an item, or -1 when it is not asked. */
export function stepOfItem(steps: readonly Step[], itemKey: string): number {
  return steps.findIndex((s) => s.items.some((i) => i.key === itemKey));
}

/**
 * The answers to send: only those to questions still asked. Hiding one question can hide its own
 * follow-ups, so this repeats until nothing more is dropped.
 */
export function pruneHidden(inst: Instrument, answers: Answers): { answers: Answers; dropped: string[] } {
  const answerable = new Set(inst.groups.flatMap((g) => g.items.filter(ANSWERABLE).map((i) => i.key)));
  let kept: Answers = Object.fromEntries(Object.entries(answers).filter(([k]) => answerable.has(k)));
  for (let round = 0; round <= answerable.size; round++) {
    const shown = visibility(inst, kept);
    const next = Object.fromEntries(Object.entries(kept).filter(([k]) => shown.has(k)));
    if (Object.keys(next).length === Object.keys(kept).length) break;
    kept = next;
  }
  const dropped = Object.keys(answers).filter((k) => !Object.hasOwn(kept, k));
  return { answers: kept, dropped };
}

export interface Progress {
  /** Questions asked now (guidance is not a question). */
  asked: number;
  /** Of those, how many have an answer ("not known" and "declined" count). */
  answered: number;
}

export function progress(inst: Instrument, answers: Answers, shown: ReadonlySet<string>): Progress {
  let asked = 0;
  let answered = 0;
  for (const item of inst.groups.flatMap((g) => g.items)) {
    if (!ANSWERABLE(item) || !shown.has(item.key)) continue;
    asked += 1;
    if (Object.hasOwn(answers, item.key)) answered += 1;
  }
  return { asked, answered };
}

/** Whole percent of the asked questions answered (0 when nothing is asked). */
export function percent({ asked, answered }: Progress): number {
  return asked === 0 ? 0 : Math.round((answered / asked) * 100);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function realDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** What the typed text of a number, date or text question means as an answer (undefined: no answer yet). */
export function typedAnswer(item: Item, raw: string): AnswerValue | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  if (item.type === 'number') {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  if (item.type === 'date') return realDate(value) ? value : undefined;
  return raw;
}

export type InputProblem =
  | { kind: 'required' }
  | { kind: 'number' }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'date' }
  | { kind: 'future' }
  | { kind: 'tooLong'; max: number };

export interface StepProblem {
  key: string;
  problem: InputProblem;
}

/** Why one item's answer (or typed text) cannot be accepted yet, or null. */
export function itemProblem(
  item: Item,
  answer: AnswerValue | undefined,
  raw: string | undefined,
  today: string,
): InputProblem | null {
  if (!ANSWERABLE(item)) return null;
  const typed = raw !== undefined && raw.trim() !== '' && !isStatus(answer);
  if (typed && item.type === 'number') {
    const n = typedAnswer(item, raw);
    if (typeof n !== 'number') return { kind: 'number' };
    if (item.min !== undefined && item.max !== undefined && (n < item.min || n > item.max))
      return { kind: 'range', min: item.min, max: item.max };
  }
  if (typed && item.type === 'date') {
    const d = typedAnswer(item, raw);
    if (typeof d !== 'string') return { kind: 'date' };
    if (d > today) return { kind: 'future' };
  }
  if (typed && item.type === 'text' && raw.length > INSTRUMENT_LIMITS.text)
    return { kind: 'tooLong', max: INSTRUMENT_LIMITS.text };
  if (item.required && answer === undefined) return { kind: 'required' };
  return null;
}

/** Everything on a step that stops Next: required questions without an answer, and typed text that is not one. */
export function checkStep(
  step: Step,
  answers: Answers,
  raw: Readonly<Record<string, string>>,
  today: string,
): StepProblem[] {
  return step.items.flatMap((item) => {
    const problem = itemProblem(item, answers[item.key], raw[item.key], today);
    return problem ? [{ key: item.key, problem }] : [];
  });
}

/** A new set of answers with one item's answer set, or removed when `value` is undefined. */
export function withAnswer(answers: Answers, key: string, value: AnswerValue | undefined): Answers {
  const next = { ...answers };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Recognises a youth's recorded language as English or Spanish ("es", "es-MX", "Spanish", "español"…). */
export function recordedLanguage(languages: readonly string[]): 'en' | 'es' | null {
  for (const raw of languages) {
    const l = raw
      .trim()
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
    if (l === 'es' || l.startsWith('es-') || l === 'spanish' || l === 'espanol') return 'es';
    if (l === 'en' || l.startsWith('en-') || l === 'english' || l === 'ingles') return 'en';
  }
  return null;
}
