/**
 * Import batches, and the bulk writes of an import. Each bulk write is one statement for a whole chunk of
 * lines: the rows travel as one JSON parameter (json_to_recordset works alike on both engines) and
 * `on conflict (jurisdiction_id, legacy_id) do nothing` makes a second import of the same file a no-op.
 * Every statement is limited to the scope in code as well as by row-level security.
 */
import { sql, type SQL } from 'drizzle-orm';
import { searchNames } from '../../../domain/record/normalise';
import type { Tx } from '../../platform/db';
import { withinScope } from '../../platform/scope';
import { uuidv7 } from './imports.ids';
import { exploitationDetailsSchema } from '../reports/reports.schemas';
import type { BatchStatus, ImportBatch, ImportCounts, ImportIssue } from './imports.schemas';
import type { AllegationRow, ReportEntry, YouthEntry } from './imports.validate';

/** Imported exploitation allegations: every detail "unknown" (what the schema gives an empty object). */
const UNKNOWN_DETAILS = JSON.stringify(exploitationDetailsSchema.parse({}));
/** An evaluated-out report must say why; a legacy extract does not. */
export const LEGACY_EVALUATED_OUT_NOTE = 'Evaluated out in the legacy system; the extract gives no reason.';

const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());
const zero: ImportCounts = { youth: 0, reports: 0, allegations: 0 };

/** The batch with its jurisdiction's and creator's names; the list leaves the problems out (`withErrors`). */
const select = (withErrors: boolean) => sql`
  select b.id, b.jurisdiction_id, b.file_name, b.file_sha256, b.status, b.accept_valid_only, b.total_rows,
         b.processed_rows, b.invalid_rows, b.created, b.created_by, b.created_at, b.finished_at,
         ${withErrors ? sql`b.errors` : sql`'[]'::jsonb`} as errors,
         j.name as jurisdiction_name, u.display_name as created_by_name
  from import_batches b join jurisdictions j on j.id = b.jurisdiction_id
  left join users u on u.id = b.created_by`;

function toBatch(r: Record<string, unknown>): ImportBatch {
  const created = (r.created ?? {}) as Partial<ImportCounts> & { alreadyPresent?: ImportCounts };
  return {
    id: String(r.id),
    jurisdictionId: Number(r.jurisdiction_id),
    jurisdictionName: String(r.jurisdiction_name),
    fileName: String(r.file_name),
    fileSha256: String(r.file_sha256),
    status: r.status as BatchStatus,
    acceptValidOnly: r.accept_valid_only === true,
    totalRows: Number(r.total_rows),
    processedRows: Number(r.processed_rows),
    invalidRows: Number(r.invalid_rows),
    created: {
      ...zero,
      youth: created.youth ?? 0,
      reports: created.reports ?? 0,
      allegations: created.allegations ?? 0,
    },
    alreadyPresent: { ...zero, ...created.alreadyPresent },
    createdBy: r.created_by
      ? { id: String(r.created_by), displayName: String(r.created_by_name ?? '') }
      : null,
    createdAt: iso(r.created_at)!,
    finishedAt: iso(r.finished_at),
    errors: (r.errors ?? []) as ImportIssue[],
  };
}

export async function insertBatch(
  tx: Tx,
  v: {
    jurisdictionId: number;
    fileName: string;
    fileSha256: string;
    acceptValidOnly: boolean;
    createdBy: string | null;
  },
): Promise<string> {
  const res = await tx.execute(sql`
    insert into import_batches (jurisdiction_id, kind, file_name, file_sha256, status, accept_valid_only, created_by)
    values (${v.jurisdictionId}, 'referrals', ${v.fileName}, ${v.fileSha256}, 'validating', ${v.acceptValidOnly}, ${v.createdBy})
    returning id`);
  return String(res.rows[0]!.id);
}

export interface BatchPatch {
  status?: BatchStatus;
  totalRows?: number;
  processedRows?: number;
  invalidRows?: number;
  created?: ImportCounts & { alreadyPresent: ImportCounts };
  errors?: readonly ImportIssue[];
  finished?: boolean;
}

export async function updateBatch(tx: Tx, id: string, scopeIds: readonly number[], p: BatchPatch) {
  const sets: SQL[] = [];
  if (p.status !== undefined) sets.push(sql`status = ${p.status}`);
  if (p.totalRows !== undefined) sets.push(sql`total_rows = ${p.totalRows}`);
  if (p.processedRows !== undefined) sets.push(sql`processed_rows = ${p.processedRows}`);
  if (p.invalidRows !== undefined) sets.push(sql`invalid_rows = ${p.invalidRows}`);
  if (p.created !== undefined) sets.push(sql`created = ${JSON.stringify(p.created)}::jsonb`);
  if (p.errors !== undefined) sets.push(sql`errors = ${JSON.stringify(p.errors)}::jsonb`);
  if (p.finished) sets.push(sql`finished_at = now()`);
  if (sets.length === 0) return;
  await tx.execute(
    sql`update import_batches set ${sql.join(sets, sql`, `)} where id = ${id} and ${withinScope(sql`jurisdiction_id`, scopeIds)}`,
  );
}

/** Progress only, and only while the batch is still importing (never overwrites the final state). */
export async function updateProgress(tx: Tx, id: string, scopeIds: readonly number[], processedRows: number) {
  // Chunks may finish out of order: the bar never moves back.
  await tx.execute(sql`
    update import_batches set processed_rows = greatest(processed_rows, ${processedRows})
    where id = ${id} and status = 'importing' and ${withinScope(sql`jurisdiction_id`, scopeIds)}`);
}

export async function findBatch(
  tx: Tx,
  id: string,
  scopeIds: readonly number[],
): Promise<ImportBatch | null> {
  const res = await tx.execute(
    sql`${select(true)} where b.id = ${id} and ${withinScope(sql`b.jurisdiction_id`, scopeIds)}`,
  );
  return res.rows[0] ? toBatch(res.rows[0]) : null;
}

export async function listBatches(
  tx: Tx,
  scopeIds: readonly number[],
  limit: number,
): Promise<ImportBatch[]> {
  const res = await tx.execute(sql`
    ${select(false)} where ${withinScope(sql`b.jurisdiction_id`, scopeIds)} and b.kind = 'referrals'
    order by b.created_at desc, b.id limit ${limit}`);
  return res.rows.map(toBatch);
}

/** How many rows each statement created, per jurisdiction. */
export type CreatedByJurisdiction = Map<number, number>;

const scoped = (scopeIds: readonly number[]) => withinScope(sql`x.j`, scopeIds);

function tally(created: CreatedByJurisdiction, jurisdictionId: number) {
  created.set(jurisdictionId, (created.get(jurisdictionId) ?? 0) + 1);
}

/**
 * Write new youth or reports with ids made here (time-ordered: see imports.ids.ts). Those that an earlier
 * import already wrote are left as they are, and their ids are looked up so allegations can point at them.
 */
async function insertOrFind<E extends { id?: string; jurisdictionId: number; legacyId: string }>(
  tx: Tx,
  table: 'youth' | 'reports',
  entries: readonly E[],
  insert: (json: string) => SQL,
  row: (e: E) => Record<string, unknown>,
): Promise<CreatedByJurisdiction> {
  for (const e of entries) e.id = uuidv7();
  const res = await tx.execute(
    insert(
      JSON.stringify(entries.map((e) => ({ k: e.id, j: e.jurisdictionId, lid: e.legacyId, ...row(e) }))),
    ),
  );
  const inserted = new Set(res.rows.map((r) => String(r.id)));
  const created: CreatedByJurisdiction = new Map();
  const existing: E[] = [];
  for (const e of entries) {
    if (inserted.has(e.id!)) tally(created, e.jurisdictionId);
    else existing.push(e);
  }
  if (existing.length === 0) return created;
  const keys = JSON.stringify(existing.map((e, n) => ({ n, j: e.jurisdictionId, lid: e.legacyId })));
  const found = await tx.execute(sql`
    select x.n, t.id from json_to_recordset(${keys}::json) as x(n int, j int, lid text)
    cross join lateral (select id from ${sql.raw(table)} where jurisdiction_id = x.j and legacy_id = x.lid limit 1) t
    where ${scoped([...new Set(existing.map((e) => e.jurisdictionId))])}`);
  for (const r of found.rows) existing[Number(r.n)]!.id = String(r.id);
  if (found.rows.length !== existing.length)
    throw new Error(`import: ${table} rows were neither written nor found`);
  return created;
}

/** Youth without a name in the extract are named so that a search for their legacy id finds them. */
export function youthNames(y: YouthEntry): { first: string; last: string } {
  return { first: y.firstName ?? 'Unknown', last: y.lastName ?? `Legacy ${y.legacyId}` };
}

export function insertYouth(
  tx: Tx,
  youth: readonly YouthEntry[],
  createdBy: string | null,
  scopeIds: readonly number[],
) {
  return insertOrFind(
    tx,
    'youth',
    youth,
    (json) => sql`
      insert into youth (id, jurisdiction_id, legal_first_name, legal_last_name, date_of_birth, gender, search_names, legacy_id, created_by)
      select x.k, x.j, x.f, x.l, x.d, x.g, x.s, x.lid, ${createdBy}::uuid
      from json_to_recordset(${json}::json) as x(k uuid, j int, lid text, f text, l text, d date, g text, s text)
      where ${scoped(scopeIds)}
      on conflict (jurisdiction_id, legacy_id) do nothing
      returning id`,
    (y) => {
      const { first, last } = youthNames(y);
      return { f: first, l: last, d: y.dateOfBirth, g: y.gender, s: searchNames([`${first} ${last}`]) };
    },
  );
}

export function insertReports(
  tx: Tx,
  reports: readonly ReportEntry[],
  createdBy: string | null,
  scopeIds: readonly number[],
) {
  return insertOrFind(
    tx,
    'reports',
    reports,
    (json) => sql`
      insert into reports (id, jurisdiction_id, received_at, reporter_type, screening_decision, response_time,
                           evaluated_out_reason, evaluated_out_note, legacy_id, created_by)
      select x.k, x.j, x.at, x.rt, x.sd, x.resp,
             case when x.sd = 'evaluated_out' then 'other' end,
             case when x.sd = 'evaluated_out' then ${LEGACY_EVALUATED_OUT_NOTE} end,
             x.lid, ${createdBy}::uuid
      from json_to_recordset(${json}::json) as x(k uuid, j int, lid text, at timestamptz, rt text, sd text, resp text)
      where ${scoped(scopeIds)}
      on conflict (jurisdiction_id, legacy_id) do nothing
      returning id`,
    (r) => ({ at: r.receivedAt, rt: r.reporterType, sd: r.screening, resp: r.responseTime }),
  );
}

/**
 * One allegation per line, pointing at the youth and report written (or found) for it. A legacy
 * disposition is final: it is stored as approved.
 */
export async function insertAllegations(
  tx: Tx,
  lines: readonly AllegationRow[],
  createdBy: string | null,
  scopeIds: readonly number[],
): Promise<CreatedByJurisdiction> {
  const rows = lines.map((a) => ({
    k: uuidv7(),
    j: a.jurisdictionId,
    r: a.report.id,
    y: a.youth.id,
    c: a.category,
    sc: a.subcategory,
    d: a.disposition,
    dd: a.dispositionDate,
    lid: a.legacyId,
  }));
  const res = await tx.execute(sql`
    with ins as (
      insert into allegations (id, jurisdiction_id, report_id, youth_id, perpetrator_kind, category, subcategory,
                               exploitation, disposition_state, disposition, disposition_date, legacy_id, created_by)
      select x.k, x.j, x.r, x.y, 'unknown', x.c, x.sc,
             case when x.c = 'exploitation' then ${UNKNOWN_DETAILS}::jsonb end,
             case when x.d is null then 'open' else 'approved' end, x.d, x.dd, x.lid, ${createdBy}::uuid
      from json_to_recordset(${JSON.stringify(rows)}::json)
        as x(k uuid, j int, r uuid, y uuid, c text, sc text, d text, dd date, lid text)
      where ${scoped(scopeIds)}
      on conflict (jurisdiction_id, legacy_id) do nothing
      returning jurisdiction_id)
    select jurisdiction_id, count(*)::int as n from ins group by 1`);
  return new Map(res.rows.map((r) => [Number(r.jurisdiction_id), Number(r.n)]));
}
