import { integer, pgTable, serial, text, index, check, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/** State → regions → counties. Reference data: every signed-in user may read it; only owners write it. */
export const jurisdictions = pgTable(
  'jurisdictions',
  {
    id: serial('id').primaryKey(),
    parentId: integer('parent_id').references((): AnyPgColumn => jurisdictions.id),
    kind: text('kind', { enum: ['state', 'region', 'county'] }).notNull(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    fips: text('fips'),
  },
  (t) => [
    index('jurisdictions_parent_idx').on(t.parentId),
    check('jurisdictions_kind_check', sql`${t.kind} in ('state', 'region', 'county')`),
  ],
);
