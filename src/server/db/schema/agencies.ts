import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { jurisdictions } from './jurisdictions';

export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: integer('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('agencies_jurisdiction_idx').on(t.jurisdictionId),
    unique('agencies_id_jurisdiction_key').on(t.id, t.jurisdictionId),
    unique('agencies_jurisdiction_name_key').on(t.jurisdictionId, t.name),
    check(
      'agencies_kind_check',
      sql`${t.kind} in ('county_child_welfare','probation','mental_health','public_health','law_enforcement','juvenile_court','education','community_based_organization','tribal','state')`,
    ),
  ],
);
