import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { jurisdictions } from './jurisdictions';

/** A retried create returns the first result: the key, who sent it, what they sent, and what we answered. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id').notNull(),
    key: text('key').notNull(),
    jurisdictionId: integer('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    fingerprint: text('fingerprint').notNull(),
    statusCode: integer('status_code'),
    response: jsonb('response'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

/**
 * Append-only audit log. A row is written in the same transaction as the change it records; the
 * application roles may INSERT and SELECT, never UPDATE or DELETE. tx_id is the writing transaction's id:
 * the sealer (lantern_audit_seal) chains rows once every transaction that could still add an earlier one
 * has finished, so writers never wait on each other. See docs/security.md.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    txId: bigint('tx_id', { mode: 'number' })
      .notNull()
      .default(sql`(pg_current_xact_id()::text::bigint)`),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorEmail: text('actor_email'),
    actorRole: text('actor_role'),
    jurisdictionId: integer('jurisdiction_id'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    meta: jsonb('meta'),
  },
  (t) => [
    index('audit_events_jurisdiction_seq_idx').on(t.jurisdictionId, t.seq),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_actor_idx').on(t.actorUserId),
    index('audit_events_tx_idx').on(t.txId),
  ],
);

/** The hash chain over audit_events, in sealing order: hash = sha256(prev_hash || row_hash). Insert-only. */
export const auditChain = pgTable('audit_chain', {
  position: bigint('position', { mode: 'number' }).primaryKey(),
  eventSeq: bigint('event_seq', { mode: 'number' })
    .notNull()
    .unique()
    .references(() => auditEvents.seq),
  rowHash: text('row_hash').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
  sealedAt: timestamp('sealed_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Where the chain ends, and the transaction horizon below which every audit row is sealed. */
export const auditChainHead = pgTable('audit_chain_head', {
  id: integer('id').primaryKey(),
  position: bigint('position', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  horizon: bigint('horizon', { mode: 'number' }).notNull(),
});
