import { z } from 'zod';

export const AGENCY_KINDS = [
  'county_child_welfare',
  'probation',
  'mental_health',
  'public_health',
  'law_enforcement',
  'juvenile_court',
  'education',
  'community_based_organization',
  'tribal',
  'state',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const agencyIdParams = z.strictObject({ id: z.uuid({ message: 'That is not a valid agency id.' }) });

export const agencySchema = z.object({
  id: z.uuid(),
  jurisdictionId: z.number().int(),
  jurisdictionName: z.string(),
  name: z.string(),
  kind: z.enum(AGENCY_KINDS),
  active: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type Agency = z.infer<typeof agencySchema>;

export const listAgenciesQuery = z.strictObject({
  jurisdictionId: z.coerce.number().int().positive().optional(),
  active: z.enum(['true', 'false']).optional(),
});
export const listAgenciesResponse = z.object({ items: z.array(agencySchema) });

const name = z.string().trim().min(2, 'Enter the agency name.').max(200);

export const createAgencyBody = z.strictObject({
  jurisdictionId: z.number().int().positive(),
  name,
  kind: z.enum(AGENCY_KINDS),
});

export const updateAgencyBody = z.strictObject({
  version: z.number().int().min(1),
  name: name.optional(),
  kind: z.enum(AGENCY_KINDS).optional(),
  active: z.boolean().optional(),
});
