/**
 * Screening instruments (routes in instruments.routes.ts):
 *   GET  /instruments                                   the county's current version of each instrument
 *   GET  /instruments/:key                              the current version, whole
 *   GET  /instruments/:key/versions                     every version: built-in and the county's
 *   GET  /instruments/:key/versions/:origin/:version    one version, whole
 *   POST /instruments/:key/versions                     adapt: save a new county version   audit instrument.adapt
 * Built-in versions come from content/instruments; a county's versions are never changed once saved.
 */
import { z } from 'zod';
import { FORMS } from '../../../domain/identification/forms';
import {
  AUDIENCES,
  INSTRUMENT_KEY_PATTERN,
  INSTRUMENT_KINDS,
} from '../../../domain/identification/instrument';
import { LIMITS } from '../../../domain/record/vocabulary';

export const ORIGINS = ['builtin', 'county'] as const;
export type Origin = (typeof ORIGINS)[number];
const textView = z.object({ en: z.string(), es: z.string() });

export const instrumentRef = z.strictObject({
  key: z.string().regex(INSTRUMENT_KEY_PATTERN, 'That is not an instrument key.'),
  version: z.number().int().min(1).max(100_000),
  origin: z.enum(ORIGINS),
});
export type InstrumentRef = z.infer<typeof instrumentRef>;

export const instrumentSummary = z.object({
  key: z.string(),
  version: z.number().int(),
  origin: z.enum(ORIGINS),
  kind: z.enum(INSTRUMENT_KINDS),
  audience: z.enum(AUDIENCES),
  title: textView,
  description: textView,
  forms: z.array(z.enum(FORMS)),
  itemCount: z.number().int(),
  /** True for the version a new screening uses. */
  current: z.boolean(),
  basedOn: z.object({ origin: z.enum(ORIGINS), version: z.number().int() }).nullable(),
  changeNote: z.string().nullable(),
  createdAt: z.iso.datetime().nullable(),
  createdBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
});
export type InstrumentSummary = z.infer<typeof instrumentSummary>;

export const instrumentDetail = instrumentSummary.extend({
  /** The whole definition (docs/instruments.md; validated by domain/identification/instrument.ts). */
  definition: z.record(z.string(), z.unknown()),
});
export type InstrumentDetail = z.infer<typeof instrumentDetail>;

export const instrumentList = z.object({ instruments: z.array(instrumentSummary) });
export const versionList = z.object({ versions: z.array(instrumentSummary) });

export const instrumentKeyParams = z.strictObject({
  key: z.string().regex(INSTRUMENT_KEY_PATTERN, 'That is not an instrument key.'),
});
export const instrumentVersionParams = instrumentKeyParams.extend({
  origin: z.enum(ORIGINS),
  version: z.coerce.number().int().min(1).max(100_000),
});

export const adaptBody = z.strictObject({
  /** The version this adaptation starts from; it must still be the current one (else 409). */
  basedOn: z.strictObject({ origin: z.enum(ORIGINS), version: z.number().int().min(1).max(100_000) }),
  /** The new definition; its key must match, and its version is assigned on save. */
  definition: z.record(z.string(), z.unknown()),
  changeNote: z.string().trim().min(3, 'Say what changed and why.').max(LIMITS.note),
});
export type AdaptBody = z.infer<typeof adaptBody>;
