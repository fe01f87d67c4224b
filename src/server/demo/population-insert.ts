/**
 * Bulk insert of the synthetic population: each table's rows go in as `insert … select * from unnest(…)`,
 * one array parameter per column and `batchSize` rows per statement, so thousands of rows cost one round
 * trip. Parents go first (youth and persons, then reports, then allegations, links and contacts, then
 * revisions), which is what the composite (id, jurisdiction_id) foreign keys need. Works in a scoped
 * transaction (row-level security applies: the rows must be in scope) or on a plain connection.
 */
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../platform/db';
import type { PopulationCounts } from './population';
import type {
  AllegationRow,
  ContactRow,
  IdentifierRow,
  LinkRow,
  PersonRow,
  PopulationChunk,
  ReportRow,
  RevisionRow,
  YouthRow,
} from './population-types';

type Column<T> = readonly [name: string, type: string, value: (row: T) => unknown];

/** One element of a PostgreSQL array literal: NULL, or a double-quoted, backslash-escaped string. */
function element(value: unknown, type: string): string {
  if (value === null || value === undefined) return 'NULL';
  const text =
    type === 'jsonb'
      ? JSON.stringify(value)
      : type === 'bool'
        ? value
          ? 't'
          : 'f'
        : String(value as string);
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const youthColumns: Column<YouthRow>[] = [
  ['id', 'uuid', (r) => r.id],
  ['jurisdiction_id', 'int4', (r) => r.jurisdictionId],
  ['legal_first_name', 'text', (r) => r.legalFirstName],
  ['legal_middle_name', 'text', (r) => r.legalMiddleName],
  ['legal_last_name', 'text', (r) => r.legalLastName],
  ['preferred_name', 'text', (r) => r.preferredName],
  ['other_names', 'jsonb', (r) => r.otherNames],
  ['date_of_birth', 'date', (r) => r.dateOfBirth],
  ['dob_estimated', 'bool', (r) => r.dobEstimated],
  ['gender', 'text', (r) => r.gender],
  ['race_ethnicity', 'jsonb', (r) => r.raceEthnicity],
  ['tribal_affiliation', 'text', (r) => r.tribalAffiliation],
  ['languages', 'jsonb', (r) => r.languages],
  ['interpreter_needed', 'bool', (r) => r.interpreterNeeded],
  ['country_of_birth', 'text', (r) => r.countryOfBirth],
  ['school', 'text', (r) => r.school],
  ['dependency_status', 'text', (r) => r.dependencyStatus],
  ['probation_status', 'text', (r) => r.probationStatus],
  ['placement_status', 'text', (r) => r.placementStatus],
  ['citizenship_status', 'text', (r) => r.citizenshipStatus],
  ['immigration_notes', 'text', (r) => r.immigrationNotes],
  ['gender_identity', 'text', (r) => r.genderIdentity],
  ['sexual_orientation', 'text', (r) => r.sexualOrientation],
  ['gender_expression', 'text', (r) => r.genderExpression],
  ['pronouns', 'text', (r) => r.pronouns],
  ['tattoos', 'jsonb', (r) => r.tattoos],
  ['phones', 'jsonb', (r) => r.phones],
  ['handles', 'jsonb', (r) => r.handles],
  ['search_names', 'text', (r) => r.searchNames],
  ['created_by', 'uuid', (r) => r.createdBy],
  ['created_at', 'timestamptz', (r) => r.createdAt],
  ['updated_at', 'timestamptz', (r) => r.updatedAt],
];

const personColumns: Column<PersonRow>[] = [
  ['id', 'uuid', (r) => r.id],
  ['jurisdiction_id', 'int4', (r) => r.jurisdictionId],
  ['names', 'jsonb', (r) => r.names],
  ['approximate_age', 'int4', (r) => r.approximateAge],
  ['phones', 'jsonb', (r) => r.phones],
  ['handles', 'jsonb', (r) => r.handles],
  ['addresses', 'jsonb', (r) => r.addresses],
  ['vehicles', 'jsonb', (r) => r.vehicles],
  ['notes', 'text', (r) => r.notes],
  ['search_names', 'text', (r) => r.searchNames],
  ['created_by', 'uuid', (r) => r.createdBy],
  ['created_at', 'timestamptz', (r) => r.createdAt],
  ['updated_at', 'timestamptz', (r) => r.updatedAt],
];

const identifierColumns: Column<IdentifierRow>[] = [
  ['jurisdiction_id', 'int4', (r) => r.jurisdictionId],
  ['subject_type', 'text', (r) => r.subjectType],
  ['subject_id', 'uuid', (r) => r.subjectId],
  ['kind', 'text', (r) => r.kind],
  ['value', 'text', (r) => r.value],
];

const reportColumns: Column<ReportRow>[] = [
  ['id', 'uuid', (r) => r.id],
  ['jurisdiction_id', 'int4', (r) => r.jurisdictionId],
  ['received_at', 'timestamptz', (r) => r.receivedAt],
  ['reporter_type', 'text', (r) => r.reporterType],
  ['reporter_name', 'text', (r) => r.reporterName],
  ['narrative', 'text', (r) => r.narrative],
  ['screening_decision', 'text', (r) => r.screeningDecision],
  ['response_time', 'text', (r) => r.responseTime],
  ['evaluated_out_reason', 'text', (r) => r.evaluatedOutReason],
  ['evaluated_out_note', 'text', (r) => r.evaluatedOutNote],
  ['assigned_worker_id', 'uuid', (r) => r.assignedWorkerId],
  ['created_by', 'uuid', (r) => r.createdBy],
  ['created_at', 'timestamptz', (r) => r.createdAt],
  ['updated_at', 'timestamptz', (r) => r.updatedAt],
];

const allegationColumns: Column<AllegationRow>[] = [
  ['id', 'uuid', (r) => r.id],
  ['jurisdiction_id', 'int4', (r) => r.jurisdictionId],
  ['report_id', 'uuid', (r) => r.reportId],
  ['youth_id', 'uuid', (r) => r.youthId],
  ['perpetrator_kind', 'text', (r) => r.perpetratorKind],
  ['perpetrator_name', 'text', (r) => r.perpetratorName],
  ['person_of_interest_id', 'uuid', (r) => r.personOfInterestId],
  ['category', 'text', (r) => r.category],
  ['subcategory', 'text', (r) => r.subcategory],
  ['exploitation', 'jsonb', (r) => r.exploitation],
  ['disposition_state', 'text', (r) => r.dispositionState],
  ['disposition', 'text', (r) => r.disposition],
  ['disposition_date', 'date', (r) => r.dispositionDate],
  ['disposition_rationale', 'text', (r) => r.dispositionRationale],
  ['proposed_by', 'uuid', (r) => r.proposedBy],
  ['proposed_at', 'timestamptz', (r) => r.proposedAt],
  ['reviewed_by', 'uuid', (r) => r.reviewedBy],
  ['reviewed_at', 'timestamptz', (r) => r.reviewedAt],
  ['review_note', 'text', (r) => r.reviewNote],
  ['created_by', 'uuid', (r) => r.createdBy],
  ['created_at', 'timestamptz', (r) => r.createdAt],
  ['updated_at', 'timestamptz', (r) => r.updatedAt],
  ['version', 'int4', (r) => r.version],
];

const linkColumns: Column<LinkRow>[] = [
  ['id', 'uuid', (r) => r.id],
  ['jurisdiction_id', 'int4', (r) => r.jurisdictionId],
  ['person_of_interest_id', 'uuid', (r) => r.personOfInterestId],
  ['youth_id', 'uuid', (r) => r.youthId],
  ['relationship', 'text', (r) => r.relationship],
  ['note', 'text', (r) => r.note],
  ['created_by', 'uuid', (r) => r.createdBy],
  ['created_at', 'timestamptz', (r) => r.createdAt],
];

const contactColumns: Column<ContactRow>[] = [
  ['id', 'uuid', (r) => r.id],
  ['jurisdiction_id', 'int4', (r) => r.jurisdictionId],
  ['youth_id', 'uuid', (r) => r.youthId],
  ['report_id', 'uuid', (r) => r.reportId],
  ['occurred_at', 'timestamptz', (r) => r.occurredAt],
  ['kind', 'text', (r) => r.kind],
  ['participants', 'text', (r) => r.participants],
  ['narrative', 'text', (r) => r.narrative],
  ['author_id', 'uuid', (r) => r.authorId],
  ['created_at', 'timestamptz', (r) => r.createdAt],
  ['updated_at', 'timestamptz', (r) => r.updatedAt],
];

const revisionColumns: Column<RevisionRow>[] = [
  ['jurisdiction_id', 'int4', (r) => r.jurisdictionId],
  ['entity_type', 'text', (r) => r.entityType],
  ['entity_id', 'uuid', (r) => r.entityId],
  ['version', 'int4', (r) => r.version],
  ['change', 'text', (r) => r.change],
  ['reason', 'text', (r) => r.reason],
  ['data', 'jsonb', (r) => r.data],
  ['actor_id', 'uuid', (r) => r.actorId],
  ['actor_name', 'text', (r) => r.actorName],
  ['created_at', 'timestamptz', (r) => r.createdAt],
];

/** Table by table, in foreign-key order. */
const PLAN: { key: keyof PopulationChunk; table: string; columns: Column<never>[] }[] = [
  { key: 'youth', table: 'youth', columns: youthColumns },
  { key: 'persons', table: 'persons_of_interest', columns: personColumns },
  { key: 'identifiers', table: 'identifiers', columns: identifierColumns },
  { key: 'reports', table: 'reports', columns: reportColumns },
  { key: 'allegations', table: 'allegations', columns: allegationColumns },
  { key: 'links', table: 'person_of_interest_links', columns: linkColumns },
  { key: 'contacts', table: 'contacts', columns: contactColumns },
  { key: 'revisions', table: 'record_revisions', columns: revisionColumns },
] as unknown as { key: keyof PopulationChunk; table: string; columns: Column<never>[] }[];

async function insertRows<T>(db: Db | Tx, table: string, columns: Column<T>[], rows: readonly T[]) {
  const arrays = columns.map(([, type, value]) => {
    const literal = `{${rows.map((row) => element(value(row), type)).join(',')}}`;
    return sql`${literal}::${sql.raw(type)}[]`;
  });
  await db.execute(sql`
    insert into ${sql.identifier(table)} (${sql.raw(columns.map(([name]) => name).join(', '))})
    select * from unnest(${sql.join(arrays, sql`, `)})`);
}

export interface InsertOptions {
  /** Rows per statement (default 2,000). */
  batchSize?: number;
  /**
   * Chunks written at once (default 1). Above 1 only on a pool (a Db, not a transaction): each chunk's
   * statements stay in order, and chunks share nothing, so they may interleave.
   */
  concurrency?: number;
  /** Called after each chunk is written, with the running totals. */
  onProgress?: (totals: PopulationCounts) => void;
}

async function insertChunk(db: Db | Tx, chunk: PopulationChunk, batchSize: number, totals: PopulationCounts) {
  for (const { key, table, columns } of PLAN) {
    const rows = chunk[key] as never[];
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize);
      await insertRows(db, table, columns, batch);
      totals[key] += batch.length;
    }
  }
}

const isChunk = (v: unknown): v is PopulationChunk =>
  typeof v === 'object' && v !== null && Array.isArray((v as PopulationChunk).youth);

/** Writes the rows (one chunk, or a stream of them) and returns how many of each were inserted. */
export async function insertPopulation(
  db: Db | Tx,
  rows: PopulationChunk | Iterable<PopulationChunk>,
  opts: InsertOptions = {},
): Promise<PopulationCounts> {
  const batchSize = Math.max(1, opts.batchSize ?? 2000);
  const concurrency = Math.max(1, opts.concurrency ?? 1);
  const totals = Object.fromEntries(PLAN.map((p) => [p.key, 0])) as PopulationCounts;
  const inFlight = new Set<Promise<void>>();
  const state: { failure: unknown } = { failure: null };
  for (const chunk of isChunk(rows) ? [rows] : rows) {
    if (state.failure) break;
    const job: Promise<void> = insertChunk(db, chunk, batchSize, totals).then(
      () => {
        inFlight.delete(job);
        opts.onProgress?.(totals);
      },
      (err: unknown) => {
        inFlight.delete(job);
        state.failure ??= err;
      },
    );
    inFlight.add(job);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (state.failure) throw state.failure;
  return totals;
}
