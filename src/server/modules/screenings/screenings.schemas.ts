/**
 * Screenings on the record (routes in screenings.routes.ts):
 *   POST /screenings                    record a finalised screening (Idempotency-Key)   audit screening.create
 *   GET  /screenings/:id                one screening with its result and history        audit screening.read
 *   GET  /youth/:id/screenings          a youth's screenings, newest first               audit screening.list
 *   POST /screenings/:id/amend          correct the answers (version + reason)           audit screening.amend
 * Answers are checked against the exact instrument version (422 naming the item); the result is computed
 * by domain/identification/evaluate.ts and stored with the answers. Finalised screenings are never
 * rewritten: an amendment keeps the instrument version and adds a revision.
 */
import { z } from 'zod';
import { DETERMINATIONS } from '../../../domain/identification/determine';
import { answersSchema } from '../../../domain/identification/answers';
import { FORMS, LANGUAGES, SCREENING_CONTEXTS } from '../../../domain/identification/forms';
import { evaluationSchema } from '../../../domain/identification/result';
import { LIMITS } from '../../../domain/record/vocabulary';
import { revisionSchema } from '../reports/reports.schemas';
import { ORIGINS, instrumentRef } from '../instruments/instruments.schemas';

const note = z.string().trim().max(LIMITS.note, `Use at most ${LIMITS.note} characters.`);

export const screeningInput = z.strictObject({
  youthId: z.uuid({ message: 'Choose the youth.' }),
  instrument: instrumentRef,
  context: z.enum(SCREENING_CONTEXTS),
  contextNote: note.nullable().default(null),
  language: z.enum(LANGUAGES),
  /** When the screening took place (default now); never in the future. */
  screenedAt: z.iso
    .datetime({ offset: true, message: 'Use a date and time, e.g. 2026-03-01T14:30:00Z.' })
    .refine((d) => new Date(d).getTime() <= Date.now() + 60_000, {
      message: 'The time cannot be in the future.',
    })
    .refine((d) => new Date(d).getUTCFullYear() >= 1990, { message: 'The time is too far in the past.' })
    .optional(),
  answers: answersSchema,
});
export type ScreeningInput = z.infer<typeof screeningInput>;

export const amendScreeningBody = z.strictObject({
  version: z.number().int().min(1),
  reason: note.min(3, 'Say why the screening is being amended.'),
  answers: answersSchema,
});
export type AmendScreeningBody = z.infer<typeof amendScreeningBody>;

const person = z.object({ id: z.uuid(), displayName: z.string() }).nullable();
const instrumentView = z.object({
  key: z.string(),
  version: z.number().int(),
  origin: z.enum(ORIGINS),
  title: z.object({ en: z.string(), es: z.string() }),
});

/** One line of a list or the youth's timeline: what was found, without the answers. */
export const screeningSummary = z.object({
  id: z.uuid(),
  youthId: z.uuid(),
  instrument: instrumentView,
  context: z.enum(SCREENING_CONTEXTS),
  screenedAt: z.iso.datetime(),
  screenedBy: person,
  amended: z.boolean(),
  complete: z.boolean(),
  /** Indicators present per form. */
  forms: z.array(z.object({ form: z.enum(FORMS), present: z.number().int() })),
  /** Rules that came out true (e.g. at risk of CSE). */
  rulesTrue: z.array(z.string()),
  /** Determinations met or possible (never "none"). */
  determinations: z.array(z.object({ key: z.enum(DETERMINATIONS), status: z.enum(['met', 'possible']) })),
});
export type ScreeningSummary = z.infer<typeof screeningSummary>;

export const screeningSchema = screeningSummary.extend({
  youth: z.object({ id: z.uuid(), ref: z.string(), displayName: z.string() }),
  contextNote: z.string().nullable(),
  language: z.enum(LANGUAGES),
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
  result: evaluationSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type Screening = z.infer<typeof screeningSchema>;

export const screeningWithHistorySchema = screeningSchema.extend({ history: z.array(revisionSchema) });
export type ScreeningWithHistory = z.infer<typeof screeningWithHistorySchema>;

export const screeningList = z.object({ screenings: z.array(screeningSummary) });
export const screeningIdParams = z.strictObject({
  id: z.uuid({ message: 'That is not a valid screening id.' }),
});
