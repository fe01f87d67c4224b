/**
 * Contacts and observations on a youth's record (routes in contacts.routes.ts):
 *   POST /youth/:id/contacts     add a dated entry (Idempotency-Key)           audit contact.create
 *   GET  /contacts/:id           the entry with its history                    audit contact.read
 *   POST /contacts/:id/amend     amend (version + reason) → new revision       audit contact.amend
 * Entries are amended, never silently edited: each change adds a record_revisions row.
 */
import { z } from 'zod';
import { CONTACT_KINDS, LIMITS } from '../../../domain/record/vocabulary';
import { revisionSchema } from '../reports/reports.schemas';

const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);

export const contactInput = z.strictObject({
  occurredAt: z.iso
    .datetime({ offset: true, message: 'Use a date and time, e.g. 2026-03-01T14:30:00Z.' })
    .refine((d) => new Date(d).getTime() <= Date.now() + 60_000, {
      message: 'The time cannot be in the future.',
    })
    .refine((d) => new Date(d).getUTCFullYear() >= 1990, { message: 'The time is too far in the past.' }),
  kind: z.enum(CONTACT_KINDS),
  participants: text(LIMITS.shortText * 2).default(''),
  narrative: text(LIMITS.narrative).min(1, 'Write what happened.'),
  reportId: z.uuid().nullable().default(null),
});
export type ContactInput = z.infer<typeof contactInput>;

export const amendContactBody = z.strictObject({
  version: z.number().int().min(1),
  reason: text(LIMITS.note).min(3, 'Say why the entry is being amended.'),
  contact: contactInput,
});

export const contactSchema = z.object({
  id: z.uuid(),
  youthId: z.uuid(),
  reportId: z.uuid().nullable(),
  occurredAt: z.iso.datetime(),
  kind: z.enum(CONTACT_KINDS),
  participants: z.string(),
  narrative: z.string(),
  author: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  /** True once the entry has been amended at least once. */
  amended: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type Contact = z.infer<typeof contactSchema>;

export const contactWithHistorySchema = contactSchema.extend({ history: z.array(revisionSchema) });

export const contactIdParams = z.strictObject({ id: z.uuid({ message: 'That is not a valid contact id.' }) });
