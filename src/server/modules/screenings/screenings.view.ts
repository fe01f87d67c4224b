/**
 * The public shapes of a stored screening: the summary (what was found, without the answers) for lists
 * and the youth page, and the whole screening for its own page.
 */
import type { Evaluation } from '../../../domain/identification/result';
import { builtin } from '../instruments/instruments.content';
import type { ScreeningRow } from './screenings.repository';
import type { Screening, ScreeningSummary } from './screenings.schemas';

/** The instrument's title: a county version's from its stored definition, a built-in one's from content. */
function title(row: ScreeningRow): { en: string; es: string } {
  if (row.countyTitle) return row.countyTitle;
  const inst = builtin(row.instrument.key, row.instrument.version);
  // A built-in version never disappears (content files are checked like migrations); the key is the
  // best that can be shown if a deployment ever lacks the file.
  return inst?.title ?? { en: row.instrument.key, es: row.instrument.key };
}

/** What the result came to, in the summary's terms. */
export function findings(
  result: Evaluation,
): Pick<ScreeningSummary, 'complete' | 'forms' | 'rulesTrue' | 'determinations'> {
  return {
    complete: result.complete,
    forms: result.forms.map((f) => ({ form: f.form, present: f.present.length })),
    rulesTrue: result.rules.filter((r) => r.value === true).map((r) => r.key),
    determinations: (result.determination?.determinations ?? []).flatMap((d) =>
      d.key !== 'none' && (d.status === 'met' || d.status === 'possible')
        ? [{ key: d.key, status: d.status }]
        : [],
    ),
  };
}

export function toSummary(row: ScreeningRow): ScreeningSummary {
  return {
    id: row.id,
    youthId: row.youth.id,
    instrument: { ...row.instrument, title: title(row) },
    context: row.context,
    screenedAt: row.screenedAt,
    screenedBy: row.screenedBy,
    amended: row.version > 1,
    ...findings(row.result),
  };
}

export function toScreening(row: ScreeningRow): Screening {
  return {
    ...toSummary(row),
    youth: row.youth,
    contextNote: row.contextNote,
    language: row.language,
    answers: row.answers,
    result: row.result,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
