/**
 * Queries for allegations and their revisions. Every function takes the transaction it runs in and the
 * reader's jurisdiction scope (row-level security is the other half).
 */
import { sql, type SQL } from 'drizzle-orm';
import { revisionsOf } from './revisions.repository';
import type { Tx } from '../../platform/db';
import { withinScope } from '../../platform/scope';
import {
  iso,
  isoOrNull,
  parseJson,
  personDisplayName,
  reportRef,
  strOrNull,
  userRef,
  YOUTH_NAME,
} from './rows';
import {
  exploitationDetailsSchema,
  type Allegation,
  type ExploitationDetails,
  type Revision,
} from './reports.schemas';

/** Every fact at its "not known" value: details written by an older version or an import may lack some. */
const EXPLOITATION_DEFAULTS: ExploitationDetails = exploitationDetailsSchema.parse({});

// Allegations ---------------------------------------------------------------------------------------------

function allegationSelect(canSeePersons: boolean): SQL {
  const person = canSeePersons
    ? sql`p.names as poi_names, p.ref as poi_ref`
    : sql`null::jsonb as poi_names, null::bigint as poi_ref`;
  const personJoin = canSeePersons
    ? sql`left join persons_of_interest p on p.id = a.person_of_interest_id and p.jurisdiction_id = a.jurisdiction_id`
    : sql``;
  return sql`
    select a.id, a.jurisdiction_id, a.report_id, r.ref as report_ref, r.received_at as report_received_at,
      a.youth_id, ${YOUTH_NAME} as youth_name, a.perpetrator_kind, a.perpetrator_name,
      a.person_of_interest_id, ${person}, a.category, a.subcategory, a.exploitation, a.disposition_state,
      a.disposition, a.disposition_date::text as disposition_date, a.disposition_rationale,
      a.proposed_by, pu.display_name as proposed_by_name, a.proposed_at,
      a.reviewed_by, ru.display_name as reviewed_by_name, a.reviewed_at, a.review_note,
      a.created_at, a.updated_at, a.version
    from allegations a
      join reports r on r.id = a.report_id and r.jurisdiction_id = a.jurisdiction_id
      join youth y on y.id = a.youth_id and y.jurisdiction_id = a.jurisdiction_id
      left join users pu on pu.id = a.proposed_by
      left join users ru on ru.id = a.reviewed_by
      ${personJoin}`;
}

export const toAllegation = (r: Record<string, unknown>): Allegation => ({
  id: String(r.id),
  jurisdictionId: Number(r.jurisdiction_id),
  reportId: String(r.report_id),
  reportRef: reportRef(r.report_ref),
  reportReceivedAt: iso(r.report_received_at),
  youthId: String(r.youth_id),
  youthName: String(r.youth_name),
  perpetratorKind: r.perpetrator_kind as Allegation['perpetratorKind'],
  perpetratorName: strOrNull(r.perpetrator_name),
  personOfInterest:
    r.person_of_interest_id && r.poi_ref !== null && r.poi_ref !== undefined
      ? {
          id: String(r.person_of_interest_id),
          displayName: personDisplayName(
            (parseJson(r.poi_names) as { kind?: string; name?: string }[] | null) ?? [],
            r.poi_ref,
          ),
        }
      : null,
  category: r.category as Allegation['category'],
  subcategory: (r.subcategory ?? null) as Allegation['subcategory'],
  exploitation:
    r.exploitation === null || r.exploitation === undefined
      ? null
      : { ...EXPLOITATION_DEFAULTS, ...(parseJson(r.exploitation) as Partial<ExploitationDetails>) },
  dispositionState: r.disposition_state as Allegation['dispositionState'],
  disposition: (r.disposition ?? null) as Allegation['disposition'],
  dispositionDate: strOrNull(r.disposition_date),
  dispositionRationale: strOrNull(r.disposition_rationale),
  proposedBy: userRef(r.proposed_by, r.proposed_by_name),
  proposedAt: isoOrNull(r.proposed_at),
  reviewedBy: userRef(r.reviewed_by, r.reviewed_by_name),
  reviewedAt: isoOrNull(r.reviewed_at),
  reviewNote: strOrNull(r.review_note),
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
  version: Number(r.version),
});

/** Allegations about the youth, newest first (person-of-interest fields only when canSeePersons). */
export async function allegationsForYouth(
  tx: Tx,
  youthId: string,
  scopeIds: readonly number[],
  opts: { canSeePersons: boolean },
): Promise<Allegation[]> {
  const res = await tx.execute(sql`
    ${allegationSelect(opts.canSeePersons)}
    where a.youth_id = ${youthId} and ${withinScope(sql`a.jurisdiction_id`, scopeIds)}
    order by a.created_at desc, a.id desc`);
  return res.rows.map(toAllegation);
}

export async function allegationsOfReport(
  tx: Tx,
  reportId: string,
  scopeIds: readonly number[],
  opts: { canSeePersons: boolean },
): Promise<Allegation[]> {
  const res = await tx.execute(sql`
    ${allegationSelect(opts.canSeePersons)}
    where a.report_id = ${reportId} and ${withinScope(sql`a.jurisdiction_id`, scopeIds)}
    order by a.created_at, a.id`);
  return res.rows.map(toAllegation);
}

export async function findAllegation(
  tx: Tx,
  id: string,
  scopeIds: readonly number[],
  opts: { canSeePersons: boolean; visible: (youthColumn: SQL) => SQL },
): Promise<Allegation | null> {
  const res = await tx.execute(sql`
    ${allegationSelect(opts.canSeePersons)}
    where a.id = ${id} and ${withinScope(sql`a.jurisdiction_id`, scopeIds)} and ${opts.visible(sql`a.youth_id`)}`);
  return res.rows[0] ? toAllegation(res.rows[0]) : null;
}

/** The review queue (or any state): oldest proposal first so nothing waits forever. */
export async function listAllegationsByState(
  tx: Tx,
  f: {
    scopeIds: readonly number[];
    state: string;
    limit: number;
    canSeePersons: boolean;
    visible: (youthColumn: SQL) => SQL;
  },
): Promise<Allegation[]> {
  const res = await tx.execute(sql`
    ${allegationSelect(f.canSeePersons)}
    where a.disposition_state = ${f.state} and ${withinScope(sql`a.jurisdiction_id`, f.scopeIds)}
      and ${f.visible(sql`a.youth_id`)}
    order by coalesce(a.proposed_at, a.updated_at), a.id limit ${f.limit}`);
  return res.rows.map(toAllegation);
}

export interface AllegationValues {
  youthId: string;
  perpetratorKind: string;
  perpetratorName: string | null;
  personOfInterestId: string | null;
  category: string;
  subcategory: string | null;
  exploitation: ExploitationDetails | null;
}

/**
 * Inserts allegations with ids chosen by the caller, in one statement for the whole report. Rows of one
 * transaction share created_at, so the caller passes ascending ids: (created_at, id) keeps the order given.
 */
export async function insertAllegations(
  tx: Tx,
  rows: readonly (AllegationValues & {
    id: string;
    jurisdictionId: number;
    reportId: string;
    createdBy: string;
  })[],
) {
  if (rows.length === 0) return;
  const values = rows.map(
    (v) => sql`(${v.id}, ${v.jurisdictionId}, ${v.reportId}, ${v.youthId}, ${v.perpetratorKind},
      ${v.perpetratorName}, ${v.personOfInterestId}, ${v.category}, ${v.subcategory},
      ${v.exploitation === null ? null : JSON.stringify(v.exploitation)}::jsonb, ${v.createdBy})`,
  );
  await tx.execute(sql`
    insert into allegations (id, jurisdiction_id, report_id, youth_id, perpetrator_kind, perpetrator_name,
      person_of_interest_id, category, subcategory, exploitation, created_by)
    values ${sql.join(values, sql`, `)}`);
}

/** Replaces the allegation's facts (an amendment); false when the version is stale. */
export async function amendAllegation(tx: Tx, id: string, version: number, v: AllegationValues) {
  const res = await tx.execute(sql`
    update allegations set youth_id = ${v.youthId}, perpetrator_kind = ${v.perpetratorKind},
      perpetrator_name = ${v.perpetratorName}, person_of_interest_id = ${v.personOfInterestId},
      category = ${v.category}, subcategory = ${v.subcategory},
      exploitation = ${v.exploitation === null ? null : JSON.stringify(v.exploitation)}::jsonb,
      updated_at = now(), version = version + 1
    where id = ${id} and version = ${version} returning id`);
  return res.rows.length === 1;
}

export async function proposeDisposition(
  tx: Tx,
  id: string,
  version: number,
  v: { disposition: string; dispositionDate: string; rationale: string; proposedBy: string },
) {
  const res = await tx.execute(sql`
    update allegations set disposition_state = 'proposed', disposition = ${v.disposition},
      disposition_date = ${v.dispositionDate}, disposition_rationale = ${v.rationale},
      proposed_by = ${v.proposedBy}, proposed_at = now(), reviewed_by = null, reviewed_at = null, review_note = null,
      updated_at = now(), version = version + 1
    where id = ${id} and version = ${version} and disposition_state in ('open', 'returned') returning id`);
  return res.rows.length === 1;
}

export async function reviewDisposition(
  tx: Tx,
  id: string,
  version: number,
  v: { state: 'approved' | 'returned'; reviewedBy: string; note: string | null },
) {
  const res = await tx.execute(sql`
    update allegations set disposition_state = ${v.state}, reviewed_by = ${v.reviewedBy}, reviewed_at = now(),
      review_note = ${v.note}, updated_at = now(), version = version + 1
    where id = ${id} and version = ${version} and disposition_state = 'proposed' returning id`);
  return res.rows.length === 1;
}

// Revisions -----------------------------------------------------------------------------------------------

export interface RevisionValues {
  jurisdictionId: number;
  entityId: string;
  version: number;
  change: Revision['change'];
  reason: string | null;
  /** The allegation as it stood after the change. */
  data: unknown;
  actorId: string;
  actorName: string;
}

/** Appends revisions (record_revisions is insert-only for the application). */
export async function insertRevisions(tx: Tx, rows: readonly RevisionValues[]) {
  if (rows.length === 0) return;
  const values = rows.map(
    (v) => sql`(${v.jurisdictionId}, 'allegation', ${v.entityId}, ${v.version}, ${v.change}, ${v.reason},
      ${JSON.stringify(v.data)}::jsonb, ${v.actorId}, ${v.actorName})`,
  );
  await tx.execute(sql`
    insert into record_revisions (jurisdiction_id, entity_type, entity_id, version, change, reason, data,
      actor_id, actor_name)
    values ${sql.join(values, sql`, `)}`);
}

/** Every revision of the allegation, oldest first. */
export const allegationRevisions = (tx: Tx, id: string, scopeIds: readonly number[]) =>
  revisionsOf(tx, 'allegation', id, scopeIds);
