/**
 * The runner's setup: which instrument, what prompted the screening, the youth's language for the words
 * read to them, and when it took place. Pure: the draft, its checks and the body it becomes.
 */
import type { Answers } from '@domain/identification/answers';
import { SCREENING_CONTEXTS, type Language, type ScreeningContext } from '@domain/identification/forms';
import { INSTRUMENT_KINDS } from '@domain/identification/instrument';
import { LIMITS } from '@domain/record/vocabulary';
import type { InstrumentRef, InstrumentSummary, ScreeningBody } from './api';

export interface SetupDraft {
  /** The chosen instrument's key ('' until one is chosen). */
  instrument: string;
  context: ScreeningContext | '';
  contextNote: string;
  language: Language;
  /** A datetime-local value: local time, to the minute. */
  screenedAt: string;
}

export type SetupField = 'instrument' | 'context' | 'contextNote' | 'screenedAt';
export type SetupProblem =
  | { field: 'instrument' | 'context'; kind: 'required' }
  | { field: 'contextNote'; kind: 'tooLong'; max: number }
  | { field: 'screenedAt'; kind: 'required' | 'future' | 'tooOld' };

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as a datetime-local input shows it (local time, to the minute). */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value as an ISO instant, or null when it is empty or not a time. */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function isContext(value: unknown): value is ScreeningContext {
  return SCREENING_CONTEXTS.some((c) => c === value);
}

/** The setup to start from: what the address asked for, when it names something that exists. */
export function initialSetup(
  now: Date,
  language: Language,
  preselect: { instrument?: string | undefined; context?: ScreeningContext | undefined },
  instruments: readonly Pick<InstrumentSummary, 'key'>[],
): SetupDraft {
  const known = instruments.some((i) => i.key === preselect.instrument);
  return {
    instrument: known && preselect.instrument ? preselect.instrument : '',
    context: preselect.context ?? '',
    contextNote: '',
    language,
    screenedAt: toLocalInput(now),
  };
}

export function checkSetup(draft: SetupDraft, now: Date): SetupProblem[] {
  const problems: SetupProblem[] = [];
  if (!draft.instrument) problems.push({ field: 'instrument', kind: 'required' });
  if (!draft.context) problems.push({ field: 'context', kind: 'required' });
  if (draft.contextNote.trim().length > LIMITS.note)
    problems.push({ field: 'contextNote', kind: 'tooLong', max: LIMITS.note });
  const at = localInputToIso(draft.screenedAt);
  if (!at) problems.push({ field: 'screenedAt', kind: 'required' });
  else if (new Date(at).getTime() > now.getTime() + 60_000)
    problems.push({ field: 'screenedAt', kind: 'future' });
  else if (new Date(at).getUTCFullYear() < 1990) problems.push({ field: 'screenedAt', kind: 'tooOld' });
  return problems;
}

/** The instruments by kind (screenings, then checklists, then guides), each kind in title order. */
export function byKind<T extends Pick<InstrumentSummary, 'kind' | 'title'>>(
  instruments: readonly T[],
  language: Language,
): Array<{ kind: T['kind']; instruments: T[] }> {
  return INSTRUMENT_KINDS.map((kind) => ({
    kind,
    instruments: instruments
      .filter((i) => i.kind === kind)
      .sort((a, b) => a.title[language].localeCompare(b.title[language], language)),
  })).filter((group) => group.instruments.length > 0);
}

/** The request that records the screening (from a setup that passed checkSetup). */
export function toScreeningBody(
  youthId: string,
  ref: InstrumentRef,
  draft: SetupDraft,
  answers: Answers,
): ScreeningBody {
  if (draft.context === '') throw new Error('The setup is checked before the screening is sent.');
  const note = draft.contextNote.trim();
  return {
    youthId,
    instrument: ref,
    context: draft.context,
    contextNote: note === '' ? null : note,
    language: draft.language,
    screenedAt: localInputToIso(draft.screenedAt) ?? undefined,
    answers,
  };
}
