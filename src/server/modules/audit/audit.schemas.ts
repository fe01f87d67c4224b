import { z } from 'zod';

export const auditEventSchema = z.object({
  seq: z.number().int(),
  occurredAt: z.iso.datetime(),
  actorUserId: z.uuid().nullable(),
  actorEmail: z.string().nullable(),
  actorRole: z.string().nullable(),
  jurisdictionId: z.number().int().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  meta: z.unknown().nullable(),
});
export type AuditEventRow = z.infer<typeof auditEventSchema>;

export const listAuditQuery = z.strictObject({
  action: z.string().trim().max(80).optional(),
  actorEmail: z.string().trim().max(254).optional(),
  entityType: z.string().trim().max(80).optional(),
  entityId: z.string().trim().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** Keyset pagination: return events with seq lower than this. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const listAuditResponse = z.object({
  items: z.array(auditEventSchema),
  nextBefore: z.number().int().nullable(),
});
