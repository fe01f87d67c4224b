/**
 * Lookup lists a county can extend (routes in lookups.routes.ts):
 *   GET   /lookups?jurisdictionId=     built-in values (content/lookups) plus the county's own   (youth.read or lookups.manage)
 *   POST  /lookups/:list               add a county value (lookups.manage, Idempotency-Key)      audit lookup.create
 *   PATCH /lookups/values/:id          relabel or (de)activate a county value (version)          audit lookup.update
 * Built-in values cannot be changed; a county value that is deactivated stays valid on records that use it
 * but is no longer offered for new ones.
 */
import { z } from 'zod';
import { EXTENDABLE_LISTS } from '../../../domain/record/vocabulary';

const label = z.string().trim().min(2, 'Enter a label.').max(120, 'Use at most 120 characters.');

export const lookupValueSchema = z.object({
  /** Null for built-in values. */
  id: z.uuid().nullable(),
  code: z.string(),
  labelEn: z.string(),
  labelEs: z.string(),
  builtIn: z.boolean(),
  active: z.boolean(),
  version: z.number().int().nullable(),
});
export type LookupValue = z.infer<typeof lookupValueSchema>;

export const lookupsResponse = z.object({
  lists: z.object(
    Object.fromEntries(EXTENDABLE_LISTS.map((l) => [l, z.array(lookupValueSchema)])) as Record<
      (typeof EXTENDABLE_LISTS)[number],
      z.ZodArray<typeof lookupValueSchema>
    >,
  ),
});
export type Lookups = z.infer<typeof lookupsResponse>;

/** Whose county values to include: the reader's own jurisdiction unless another in their scope is named. */
export const lookupsQuery = z.strictObject({
  jurisdictionId: z.coerce.number().int().positive().optional(),
});
export const listParams = z.strictObject({ list: z.enum(EXTENDABLE_LISTS) });
export const createLookupBody = z.strictObject({
  jurisdictionId: z.number().int().positive().optional(),
  labelEn: label,
  labelEs: label,
});
export const updateLookupBody = z.strictObject({
  version: z.number().int().min(1),
  labelEn: label.optional(),
  labelEs: label.optional(),
  active: z.boolean().optional(),
});
export const lookupIdParams = z.strictObject({ id: z.uuid({ message: 'That is not a valid lookup id.' }) });
