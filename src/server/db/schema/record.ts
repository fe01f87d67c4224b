/**
 * The record: youth, reports (referrals), allegations with their exploitation details, contacts and
 * observations, persons of interest, county lookup values and legacy import batches. Every table carries
 * jurisdiction_id and is under forced row-level security (drizzle/0005_record_security.sql); links between
 * records are composite foreign keys on (id, jurisdiction_id), so a row can never point into another county.
 * Allegations and contacts are amended, never rewritten: each change adds a row to record_revisions.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
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
import { users } from './users';

const jurisdiction = () =>
  integer('jurisdiction_id')
    .notNull()
    .references(() => jurisdictions.id);
const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updated = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const version = () => integer('version').notNull().default(1);

export const youth = pgTable(
  'youth',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: jurisdiction(),
    /** A short human reference shown on print-outs, e.g. Y-123 (one sequence for all of Lantern). */
    ref: bigserial('ref', { mode: 'number' }).notNull(),
    legalFirstName: text('legal_first_name').notNull(),
    legalMiddleName: text('legal_middle_name'),
    legalLastName: text('legal_last_name').notNull(),
    preferredName: text('preferred_name'),
    /** [{ kind: 'aka' | 'moniker', name }] */
    otherNames: jsonb('other_names')
      .notNull()
      .default(sql`'[]'::jsonb`),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    dobEstimated: boolean('dob_estimated').notNull().default(false),
    gender: text('gender'),
    raceEthnicity: jsonb('race_ethnicity')
      .notNull()
      .default(sql`'[]'::jsonb`),
    tribalAffiliation: text('tribal_affiliation'),
    languages: jsonb('languages')
      .notNull()
      .default(sql`'[]'::jsonb`),
    interpreterNeeded: boolean('interpreter_needed').notNull().default(false),
    countryOfBirth: text('country_of_birth'),
    school: text('school'),
    dependencyStatus: text('dependency_status'),
    probationStatus: text('probation_status'),
    placementStatus: text('placement_status'),
    // Sensitive group "immigration"
    citizenshipStatus: text('citizenship_status'),
    immigrationNotes: text('immigration_notes'),
    // Sensitive group "sogie"
    genderIdentity: text('gender_identity'),
    sexualOrientation: text('sexual_orientation'),
    genderExpression: text('gender_expression'),
    pronouns: text('pronouns'),
    // Sensitive group "tattoos": [{ description, bodyLocation, origin, whereObtained }]
    tattoos: jsonb('tattoos')
      .notNull()
      .default(sql`'[]'::jsonb`),
    // Sensitive group "identifiers": [{ number, label }] and [{ platform, handle }]
    phones: jsonb('phones')
      .notNull()
      .default(sql`'[]'::jsonb`),
    handles: jsonb('handles')
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Names, AKAs and monikers folded (lower case, no accents) for trigram search; maintained by the code. */
    searchNames: text('search_names').notNull().default(''),
    /** The legacy system's child id, when the youth came from an import (re-imports find the same youth). */
    legacyId: text('legacy_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
    updatedAt: updated(),
    version: version(),
  },
  (t) => [
    unique('youth_id_jurisdiction_key').on(t.id, t.jurisdictionId),
    unique('youth_legacy_key').on(t.jurisdictionId, t.legacyId),
    index('youth_jurisdiction_dob_idx').on(t.jurisdictionId, t.dateOfBirth),
    index('youth_search_names_trgm_idx').using('gin', sql`${t.searchNames} gin_trgm_ops`),
  ],
);

/** Phone numbers and handles of youth and persons of interest, normalised: search and the network view. */
export const identifiers = pgTable(
  'identifiers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    jurisdictionId: jurisdiction(),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    kind: text('kind').notNull(),
    /** Digits only for phones; lower case without a leading @ for handles. */
    value: text('value').notNull(),
  },
  (t) => [
    index('identifiers_value_idx').on(t.jurisdictionId, t.kind, t.value),
    index('identifiers_subject_idx').on(t.subjectId),
    check('identifiers_subject_type_check', sql`${t.subjectType} in ('youth','person_of_interest')`),
    check('identifiers_kind_check', sql`${t.kind} in ('phone','handle')`),
  ],
);

export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: jurisdiction(),
    ref: bigserial('ref', { mode: 'number' }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    reporterType: text('reporter_type').notNull(),
    reporterName: text('reporter_name'),
    narrative: text('narrative').notNull().default(''),
    screeningDecision: text('screening_decision').notNull().default('pending'),
    responseTime: text('response_time'),
    evaluatedOutReason: text('evaluated_out_reason'),
    evaluatedOutNote: text('evaluated_out_note'),
    assignedWorkerId: uuid('assigned_worker_id').references(() => users.id),
    legacyId: text('legacy_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
    updatedAt: updated(),
    version: version(),
  },
  (t) => [
    unique('reports_id_jurisdiction_key').on(t.id, t.jurisdictionId),
    unique('reports_legacy_key').on(t.jurisdictionId, t.legacyId),
    index('reports_jurisdiction_received_idx').on(t.jurisdictionId, t.receivedAt),
    index('reports_assigned_idx').on(t.assignedWorkerId),
    check(
      'reports_screening_check',
      sql`(${t.screeningDecision} = 'screened_in' and ${t.responseTime} is not null and ${t.evaluatedOutReason} is null)
        or (${t.screeningDecision} = 'evaluated_out' and ${t.evaluatedOutReason} is not null and ${t.responseTime} is null)
        or (${t.screeningDecision} = 'pending' and ${t.responseTime} is null and ${t.evaluatedOutReason} is null)`,
    ),
  ],
);

export const personsOfInterest = pgTable(
  'persons_of_interest',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: jurisdiction(),
    ref: bigserial('ref', { mode: 'number' }).notNull(),
    /** [{ kind: 'name' | 'moniker', name }] */
    names: jsonb('names')
      .notNull()
      .default(sql`'[]'::jsonb`),
    approximateAge: integer('approximate_age'),
    phones: jsonb('phones')
      .notNull()
      .default(sql`'[]'::jsonb`),
    handles: jsonb('handles')
      .notNull()
      .default(sql`'[]'::jsonb`),
    addresses: jsonb('addresses')
      .notNull()
      .default(sql`'[]'::jsonb`),
    vehicles: jsonb('vehicles')
      .notNull()
      .default(sql`'[]'::jsonb`),
    notes: text('notes').notNull().default(''),
    searchNames: text('search_names').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
    updatedAt: updated(),
    version: version(),
  },
  (t) => [
    unique('persons_of_interest_id_jurisdiction_key').on(t.id, t.jurisdictionId),
    index('persons_of_interest_search_trgm_idx').using('gin', sql`${t.searchNames} gin_trgm_ops`),
  ],
);

export const allegations = pgTable(
  'allegations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: jurisdiction(),
    reportId: uuid('report_id').notNull(),
    youthId: uuid('youth_id').notNull(),
    perpetratorKind: text('perpetrator_kind').notNull(),
    perpetratorName: text('perpetrator_name'),
    personOfInterestId: uuid('person_of_interest_id'),
    category: text('category').notNull(),
    subcategory: text('subcategory'),
    /** Exploitation details (validated by the API schema); null for other categories. */
    exploitation: jsonb('exploitation'),
    dispositionState: text('disposition_state').notNull().default('open'),
    disposition: text('disposition'),
    dispositionDate: date('disposition_date', { mode: 'string' }),
    dispositionRationale: text('disposition_rationale'),
    proposedBy: uuid('proposed_by').references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
    legacyId: text('legacy_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
    updatedAt: updated(),
    version: version(),
  },
  (t) => [
    foreignKey({
      columns: [t.reportId, t.jurisdictionId],
      foreignColumns: [reports.id, reports.jurisdictionId],
    }),
    foreignKey({ columns: [t.youthId, t.jurisdictionId], foreignColumns: [youth.id, youth.jurisdictionId] }),
    foreignKey({
      columns: [t.personOfInterestId, t.jurisdictionId],
      foreignColumns: [personsOfInterest.id, personsOfInterest.jurisdictionId],
    }),
    unique('allegations_id_jurisdiction_key').on(t.id, t.jurisdictionId),
    unique('allegations_legacy_key').on(t.jurisdictionId, t.legacyId),
    index('allegations_youth_idx').on(t.youthId),
    index('allegations_report_idx').on(t.reportId),
    index('allegations_poi_idx').on(t.personOfInterestId),
    index('allegations_jurisdiction_state_idx').on(t.jurisdictionId, t.dispositionState),
    check(
      'allegations_exploitation_check',
      sql`(${t.category} = 'exploitation') = (${t.subcategory} is not null)`,
    ),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: jurisdiction(),
    youthId: uuid('youth_id').notNull(),
    reportId: uuid('report_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    kind: text('kind').notNull(),
    participants: text('participants').notNull().default(''),
    narrative: text('narrative').notNull(),
    authorId: uuid('author_id').references(() => users.id),
    createdAt: created(),
    updatedAt: updated(),
    version: version(),
  },
  (t) => [
    foreignKey({ columns: [t.youthId, t.jurisdictionId], foreignColumns: [youth.id, youth.jurisdictionId] }),
    foreignKey({
      columns: [t.reportId, t.jurisdictionId],
      foreignColumns: [reports.id, reports.jurisdictionId],
    }),
    index('contacts_youth_idx').on(t.youthId, t.occurredAt),
  ],
);

/** Links between a person of interest and a youth, with the relationship. */
export const personOfInterestLinks = pgTable(
  'person_of_interest_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: jurisdiction(),
    personOfInterestId: uuid('person_of_interest_id').notNull(),
    youthId: uuid('youth_id').notNull(),
    relationship: text('relationship').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [
    foreignKey({
      columns: [t.personOfInterestId, t.jurisdictionId],
      foreignColumns: [personsOfInterest.id, personsOfInterest.jurisdictionId],
    }),
    foreignKey({ columns: [t.youthId, t.jurisdictionId], foreignColumns: [youth.id, youth.jurisdictionId] }),
    unique('person_of_interest_links_pair_key').on(t.personOfInterestId, t.youthId),
    index('person_of_interest_links_youth_idx').on(t.youthId),
  ],
);

/**
 * Every version of an amendable record (allegations, contacts): what it said, who changed it, when and why.
 * Insert-only for the application (no UPDATE or DELETE grant).
 */
export const recordRevisions = pgTable(
  'record_revisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    jurisdictionId: jurisdiction(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    version: integer('version').notNull(),
    change: text('change').notNull(),
    reason: text('reason'),
    data: jsonb('data').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name'),
    createdAt: created(),
  },
  (t) => [unique('record_revisions_entity_version_key').on(t.entityType, t.entityId, t.version)],
);

/** Values a county adds to an extendable lookup list (built-ins are in content/lookups). */
export const lookupValues = pgTable(
  'lookup_values',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: jurisdiction(),
    list: text('list').notNull(),
    code: text('code').notNull(),
    labelEn: text('label_en').notNull(),
    labelEs: text('label_es').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: created(),
    updatedAt: updated(),
    version: version(),
  },
  (t) => [unique('lookup_values_key').on(t.jurisdictionId, t.list, t.code)],
);

/** One legacy CSV import: what was sent, by whom, and what it did. */
export const importBatches = pgTable(
  'import_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: jurisdiction(),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    status: text('status').notNull(),
    acceptValidOnly: boolean('accept_valid_only').notNull().default(false),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    invalidRows: integer('invalid_rows').notNull().default(0),
    /** { youth, reports, allegations } created by this batch (a re-import creates nothing new). */
    created: jsonb('created')
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** The first errors, [{ line, column, message }] (bounded). */
    errors: jsonb('errors')
      .notNull()
      .default(sql`'[]'::jsonb`),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('import_batches_jurisdiction_idx').on(t.jurisdictionId, t.createdAt)],
);
