import { z } from 'zod';

export const jurisdictionSchema = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  kind: z.enum(['state', 'region', 'county']),
  code: z.string(),
  name: z.string(),
  fips: z.string().nullable(),
});
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;
export const listJurisdictionsResponse = z.object({ items: z.array(jurisdictionSchema) });
