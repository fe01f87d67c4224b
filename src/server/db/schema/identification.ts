/**
 * Identification: county adaptations of screening instruments, and screenings on the record.
 *
 * Built-in instruments live in content/instruments (one file per version, never changed once landed);
 * a county's adaptation is a row here, one per saved version, never updated. A screening keeps the
 * instrument version it was taken with (built-in key@version, or the county version's row) and is never
 * rewritten: a correction is an amendment that adds a record_revisions row (entity_type 'screening').
 */
import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { jurisdictions } from './jurisdictions';
import { youth } from './record';
import { users } from './users';

const jurisdiction = () =>
  integer('jurisdiction_id')
    .notNull()
    .references(() => jurisdictions.id);
const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const instrumentVersions = pgTable(
  'instrument_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: jurisdiction(),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    /** The version this one was adapted from: 'builtin' or 'county', and its number. */
    basedOnOrigin: text('based_on_origin').notNull(),
    basedOnVersion: integer('based_on_version').notNull(),
    /** The whole validated definition (instrument.ts), so earlier screenings keep theirs. */
    definition: jsonb('definition').notNull(),
    changeNote: text('change_note').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [
    unique('instrument_versions_key_version_key').on(t.jurisdictionId, t.key, t.version),
    unique('instrument_versions_id_jurisdiction_key').on(t.id, t.jurisdictionId),
    check('instrument_versions_origin_check', sql`${t.basedOnOrigin} in ('builtin', 'county')`),
  ],
);

export const screenings = pgTable(
  'screenings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: jurisdiction(),
    youthId: uuid('youth_id').notNull(),
    instrumentKey: text('instrument_key').notNull(),
    instrumentVersion: integer('instrument_version').notNull(),
    /** 'builtin' (content/instruments) or 'county' (instrument_versions row below). */
    instrumentOrigin: text('instrument_origin').notNull(),
    countyInstrumentId: uuid('county_instrument_id'),
    context: text('context').notNull(),
    contextNote: text('context_note'),
    /** The language the youth was screened in. */
    language: text('language').notNull(),
    screenedAt: timestamp('screened_at', { withTimezone: true }).notNull(),
    answers: jsonb('answers').notNull(),
    /** The evaluation (domain/identification/result.ts) of these answers against that version. */
    result: jsonb('result').notNull(),
    screenedBy: uuid('screened_by').references(() => users.id),
    createdAt: created(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    foreignKey({
      name: 'screenings_youth_fk',
      columns: [t.youthId, t.jurisdictionId],
      foreignColumns: [youth.id, youth.jurisdictionId],
    }),
    foreignKey({
      name: 'screenings_county_instrument_fk',
      columns: [t.countyInstrumentId, t.jurisdictionId],
      foreignColumns: [instrumentVersions.id, instrumentVersions.jurisdictionId],
    }),
    unique('screenings_id_jurisdiction_key').on(t.id, t.jurisdictionId),
    index('screenings_youth_idx').on(t.youthId, t.screenedAt),
    check(
      'screenings_origin_check',
      sql`(${t.instrumentOrigin} = 'builtin' and ${t.countyInstrumentId} is null) or (${t.instrumentOrigin} = 'county' and ${t.countyInstrumentId} is not null)`,
    ),
    check(
      'screenings_context_check',
      sql`${t.context} in ('intake', 'return_from_runaway', 'placement_change', 'periodic', 'other')`,
    ),
    check('screenings_language_check', sql`${t.language} in ('en', 'es')`),
  ],
);
