import { z } from 'zod';
import { ROLES } from '../../../domain/access/roles';
import { emailSchema, localeSchema } from '../auth/auth.schemas';

export const userIdParams = z.strictObject({ id: z.uuid({ message: 'That is not a valid user id.' }) });

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  jurisdictionId: z.number().int(),
  jurisdictionName: z.string(),
  agencyId: z.uuid().nullable(),
  agencyName: z.string().nullable(),
  active: z.boolean(),
  locale: localeSchema,
  mfaEnrolled: z.boolean(),
  lastSignInAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

export const listUsersQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
  active: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const listUsersResponse = z.object({ items: z.array(userSchema), total: z.number().int() });

const displayName = z.string().trim().min(1, 'Enter a name.').max(120);

export const createUserBody = z.strictObject({
  email: emailSchema,
  displayName,
  role: z.enum(ROLES),
  jurisdictionId: z.number().int().positive(),
  agencyId: z.uuid().nullable().optional(),
  password: z.string().max(256),
  locale: localeSchema.default('en'),
});

export const updateUserBody = z.strictObject({
  version: z.number().int().min(1),
  displayName: displayName.optional(),
  role: z.enum(ROLES).optional(),
  agencyId: z.uuid().nullable().optional(),
  active: z.boolean().optional(),
});
