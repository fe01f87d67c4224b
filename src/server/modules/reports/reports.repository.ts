/**
 * Queries for reports and allegations. Every function takes the transaction it runs in and the reader's
 * jurisdiction scope (row-level security is the other half). Reads that concern a youth take the
 * relationship condition from youth.access.ts through the `visible` fragment the service passes in.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { withinScope } from '../../platform/scope';
import { iso, reportRef, strOrNull, userRef } from './rows';
import type { Report, ReportSummary } from './reports.schemas';

export { allegationsForYouth } from './allegations.repository';

// Reports -------------------------------------------------------------------------------------------------

const REPORT_SUMMARY_COLUMNS = sql`
  r.id, r.ref, r.jurisdiction_id, r.received_at, r.reporter_type, r.screening_decision, r.response_time,
  r.assigned_worker_id, aw.display_name as assigned_worker_name, r.version,
  (select count(*) from allegations c where c.report_id = r.id) as allegation_count`;

const REPORT_SUMMARY_FROM = sql`from reports r left join users aw on aw.id = r.assigned_worker_id`;

export const toReportSummary = (r: Record<string, unknown>): ReportSummary => ({
  id: String(r.id),
  ref: reportRef(r.ref),
  jurisdictionId: Number(r.jurisdiction_id),
  receivedAt: iso(r.received_at),
  reporterType: r.reporter_type as ReportSummary['reporterType'],
  screeningDecision: r.screening_decision as ReportSummary['screeningDecision'],
  responseTime: (r.response_time ?? null) as ReportSummary['responseTime'],
  assignedWorker: userRef(r.assigned_worker_id, r.assigned_worker_name),
  allegationCount: Number(r.allegation_count),
  version: Number(r.version),
});

/** Reports with at least one allegation about the youth, newest received first. */
export async function reportSummariesForYouth(
  tx: Tx,
  youthId: string,
  scopeIds: readonly number[],
): Promise<ReportSummary[]> {
  const res = await tx.execute(sql`
    select ${REPORT_SUMMARY_COLUMNS} ${REPORT_SUMMARY_FROM}
    where r.id in (select a.report_id from allegations a
                   where a.youth_id = ${youthId} and ${withinScope(sql`a.jurisdiction_id`, scopeIds)})
      and ${withinScope(sql`r.jurisdiction_id`, scopeIds)}
    order by r.received_at desc, r.ref desc`);
  return res.rows.map(toReportSummary);
}

export interface ReportFilter {
  scopeIds: readonly number[];
  /** The relationship rule for the youth of the report's allegations (youthVisible from youth.access). */
  visible: (youthColumn: SQL) => SQL;
  assignedTo?: string | undefined;
  decision?: string | undefined;
  youthId?: string | undefined;
  limit: number;
}

/**
 * Reports the reader may see: in scope, and every allegation's youth visible to them (a report with no
 * visible youth is not theirs to know about). Newest received first.
 */
export async function listReportSummaries(tx: Tx, f: ReportFilter): Promise<ReportSummary[]> {
  const where: SQL[] = [withinScope(sql`r.jurisdiction_id`, f.scopeIds), reportVisible(f.visible)];
  if (f.assignedTo !== undefined) where.push(sql`r.assigned_worker_id = ${f.assignedTo}`);
  if (f.decision !== undefined) where.push(sql`r.screening_decision = ${f.decision}`);
  if (f.youthId !== undefined)
    where.push(sql`r.id in (select ya.report_id from allegations ya where ya.youth_id = ${f.youthId})`);
  const res = await tx.execute(sql`
    select ${REPORT_SUMMARY_COLUMNS} ${REPORT_SUMMARY_FROM}
    where ${sql.join(where, sql` and `)}
    order by r.received_at desc, r.ref desc limit ${f.limit}`);
  return res.rows.map(toReportSummary);
}

/**
 * A report is visible when the reader may see the youth of its allegations: at least one, and none that
 * they may not see (a report always has an allegation; one without any is not shown to anyone).
 */
function reportVisible(visible: (youthColumn: SQL) => SQL): SQL {
  return sql`exists (select 1 from allegations va where va.report_id = r.id and ${visible(sql`va.youth_id`)})
    and not exists (select 1 from allegations vn where vn.report_id = r.id and not (${visible(sql`vn.youth_id`)}))`;
}

/** A report without its allegations. */
export type ReportRow = Omit<Report, 'allegations'>;

export async function findReport(
  tx: Tx,
  id: string,
  scopeIds: readonly number[],
  visible: (youthColumn: SQL) => SQL,
): Promise<ReportRow | null> {
  const res = await tx.execute(sql`
    select ${REPORT_SUMMARY_COLUMNS}, r.reporter_name, r.narrative, r.evaluated_out_reason,
           r.evaluated_out_note, r.created_by, cu.display_name as created_by_name, r.created_at, r.updated_at
    ${REPORT_SUMMARY_FROM} left join users cu on cu.id = r.created_by
    where r.id = ${id} and ${withinScope(sql`r.jurisdiction_id`, scopeIds)} and ${reportVisible(visible)}`);
  const r = res.rows[0];
  if (!r) return null;
  return {
    ...toReportSummary(r),
    reporterName: strOrNull(r.reporter_name),
    narrative: String(r.narrative ?? ''),
    evaluatedOutReason: strOrNull(r.evaluated_out_reason) as Report['evaluatedOutReason'],
    evaluatedOutNote: strOrNull(r.evaluated_out_note),
    createdBy: userRef(r.created_by, r.created_by_name),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export interface ReportValues {
  jurisdictionId: number;
  receivedAt: string;
  reporterType: string;
  reporterName: string | null;
  narrative: string;
  screeningDecision: string;
  responseTime: string | null;
  evaluatedOutReason: string | null;
  evaluatedOutNote: string | null;
  assignedWorkerId: string | null;
  createdBy: string;
}

export async function insertReport(tx: Tx, v: ReportValues): Promise<string> {
  const res = await tx.execute(sql`
    insert into reports (jurisdiction_id, received_at, reporter_type, reporter_name, narrative,
      screening_decision, response_time, evaluated_out_reason, evaluated_out_note, assigned_worker_id, created_by)
    values (${v.jurisdictionId}, ${v.receivedAt}, ${v.reporterType}, ${v.reporterName}, ${v.narrative},
      ${v.screeningDecision}, ${v.responseTime}, ${v.evaluatedOutReason}, ${v.evaluatedOutNote},
      ${v.assignedWorkerId}, ${v.createdBy})
    returning id`);
  return String(res.rows[0]!.id);
}

export type ReportPatch = Partial<Omit<ReportValues, 'jurisdictionId' | 'createdBy'>>;

const REPORT_COLUMNS: Record<keyof ReportPatch, string> = {
  receivedAt: 'received_at',
  reporterType: 'reporter_type',
  reporterName: 'reporter_name',
  narrative: 'narrative',
  screeningDecision: 'screening_decision',
  responseTime: 'response_time',
  evaluatedOutReason: 'evaluated_out_reason',
  evaluatedOutNote: 'evaluated_out_note',
  assignedWorkerId: 'assigned_worker_id',
};

/** Applies the patch when the version still matches; false when someone else changed it first. */
export async function updateReport(tx: Tx, id: string, version: number, patch: ReportPatch) {
  const sets: SQL[] = [sql`updated_at = now()`, sql`version = version + 1`];
  for (const [key, column] of Object.entries(REPORT_COLUMNS) as [keyof ReportPatch, string][])
    if (patch[key] !== undefined) sets.push(sql`${sql.identifier(column)} = ${patch[key]}`);
  const res = await tx.execute(
    sql`update reports set ${sql.join(sets, sql`, `)} where id = ${id} and version = ${version} returning id`,
  );
  return res.rows.length === 1;
}

// References a report or allegation points to ----------------------------------------------------------

const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** Of the given ids, the youth of the jurisdiction that the reader may see (others look nonexistent). */
export async function visibleYouthIds(
  tx: Tx,
  ids: readonly string[],
  jurisdictionId: number,
  visible: (youthColumn: SQL) => SQL,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const res = await tx.execute(sql`
    select y.id from youth y
    where y.id = any(${uuidArray(ids)}) and y.jurisdiction_id = ${jurisdictionId} and ${visible(sql`y.id`)}`);
  return new Set(res.rows.map((r) => String(r.id)));
}

/** Of the given ids, the persons of interest recorded in the jurisdiction. */
export async function personIdsIn(
  tx: Tx,
  ids: readonly string[],
  jurisdictionId: number,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const res = await tx.execute(sql`
    select p.id from persons_of_interest p
    where p.id = any(${uuidArray(ids)}) and p.jurisdiction_id = ${jurisdictionId}`);
  return new Set(res.rows.map((r) => String(r.id)));
}

/** The role of an active user of the jurisdiction, or null. */
export async function activeUserRole(tx: Tx, userId: string, jurisdictionId: number): Promise<string | null> {
  const res = await tx.execute(sql`
    select u.role from users u where u.id = ${userId} and u.jurisdiction_id = ${jurisdictionId} and u.active`);
  return res.rows[0] ? String(res.rows[0].role) : null;
}
