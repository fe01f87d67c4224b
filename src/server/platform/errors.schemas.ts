import { z } from 'zod';

/** The one error body every 4xx/5xx answer carries. */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    /** For 409 version conflicts: the record as it is now. */
    current: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;
