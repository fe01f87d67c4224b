/** Steps 2 to 4 of an import (see imports.run.ts): announce, write in chunks, finish. */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import { pgPools, type Db, type Tx } from '../../platform/db';
import { inScope, type Scope } from '../../platform/scope';
import * as repo from './imports.repository';
import type { ImportOptions, ImportOutcome, ImportProgress } from './imports.run';
import type { ImportCounts } from './imports.schemas';
import type { ReferralValidator } from './imports.validate';

export const zero = (): ImportCounts => ({ youth: 0, reports: 0, allegations: 0 });

export const progressOf = (o: ImportOutcome): ImportProgress => ({
  batchId: o.batchId,
  status: o.status,
  totalRows: o.totalRows,
  processedRows: o.processedRows,
});

/**
 * After a table grows by thousands of rows, give the planner its new size (ANALYZE). Plans are kept per
 * connection — the foreign-key checks' above all — and one made when `youth` held a few hundred rows reads
 * the whole table for every check: the embedded database, which has no autovacuum and one connection for
 * its whole life, slowed from seconds to minutes on the allegations of a 30,000-line file. ANALYZE reads
 * no rows for anyone (it samples for statistics), needs the table owner, and so runs outside the scoped
 * transactions.
 */
async function refreshStatistics(db: Db, table: 'youth' | 'reports' | 'allegations', grewBy: number) {
  if (grewBy >= 1_000) await db.execute(sql.raw(`analyze ${table}`));
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Run `fn` on every item, at most `workers` at a time; the first failure stops new work and is thrown. */
async function inParallel<T>(items: readonly T[], workers: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++]!;
      try {
        await fn(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, items.length) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
}

interface CountyShare {
  rows: number;
  created: ImportCounts;
}

/**
 * Everything after validation. Youth go first, then reports, then allegations (which point at both);
 * chunks of one kind do not depend on one another, so on PostgreSQL two connections write them side by
 * side (two cores, nearly twice the throughput). The progress is in records written, spread over the
 * lines of the file.
 */
export async function write(
  db: Db,
  scope: Scope,
  opts: ImportOptions,
  v: ReferralValidator,
  o: ImportOutcome,
  sha256: string,
  onProgress: (p: ImportProgress) => void,
) {
  const server = pgPools.has(db);
  const size = opts.chunkSize ?? (server ? 5_000 : 1_000);
  const workers = server ? 2 : 1;
  const createdBy = opts.actor?.userId ?? null;
  const ids = scope.jurisdictionIds;
  const counties = new Map<number, CountyShare>();
  for (const row of v.rows) {
    const c = counties.get(row.jurisdictionId) ?? { rows: 0, created: zero() };
    c.rows++;
    counties.set(row.jurisdictionId, c);
  }
  const add = (kind: keyof ImportCounts, created: repo.CreatedByJurisdiction) => {
    for (const [j, n] of created) {
      counties.get(j)!.created[kind] += n;
      o.created[kind] += n;
    }
  };
  /** One audit event per county (or, with no valid line at all, one for the batch's own jurisdiction). */
  const auditEach = async (tx: Tx) => {
    if (counties.size === 0)
      await writeAudit(tx, auditEvent(opts, o, sha256, opts.batchJurisdictionId, null));
    for (const [j, c] of counties) await writeAudit(tx, auditEvent(opts, o, sha256, j, c));
  };

  o.status = 'importing';
  o.processedRows = o.invalidRows;
  await inScope(db, scope, async (tx) => {
    await repo.updateBatch(tx, o.batchId, ids, {
      status: 'importing',
      totalRows: o.totalRows,
      invalidRows: o.invalidRows,
      processedRows: o.processedRows,
      errors: o.errors,
    });
    await auditEach(tx);
  });
  onProgress(progressOf(o));

  const youth = v.rows.filter((r) => r.firstOfYouth).map((r) => r.youth);
  const reports = v.rows.filter((r) => r.firstOfReport).map((r) => r.report);
  const units = youth.length + reports.length + v.rows.length;
  const skipped = o.invalidRows + v.duplicateRows;
  let unitsDone = 0;
  const step = <T>(
    kind: keyof ImportCounts,
    items: readonly T[],
    insert: (tx: Tx, chunk: T[]) => Promise<repo.CreatedByJurisdiction>,
  ) =>
    inParallel(chunks(items, size), workers, async (chunk) => {
      await inScope(db, scope, async (tx) => {
        add(kind, await insert(tx, chunk));
        unitsDone += chunk.length;
        o.processedRows = Math.min(
          o.totalRows,
          skipped + Math.floor(((o.totalRows - skipped) * unitsDone) / units),
        );
        await repo.updateProgress(tx, o.batchId, ids, o.processedRows);
      });
      onProgress(progressOf(o));
      // The embedded database answers in microtasks: without this the chunks would follow one another
      // without ever letting the server read another request (a person polling this very import).
      await nextTurn();
    });
  await step('youth', youth, (tx, chunk) => repo.insertYouth(tx, chunk, createdBy, ids));
  await refreshStatistics(db, 'youth', o.created.youth);
  await step('reports', reports, (tx, chunk) => repo.insertReports(tx, chunk, createdBy, ids));
  await refreshStatistics(db, 'reports', o.created.reports);
  await step('allegations', v.rows, (tx, chunk) => repo.insertAllegations(tx, chunk, createdBy, ids));
  await refreshStatistics(db, 'allegations', o.created.allegations);

  const distinct = v.distinct;
  o.alreadyPresent = {
    youth: distinct.youth - o.created.youth,
    reports: distinct.reports - o.created.reports,
    allegations: distinct.allegations - o.created.allegations,
  };
  o.status = 'completed';
  o.processedRows = o.totalRows;
  await inScope(db, scope, async (tx) => {
    await repo.updateBatch(tx, o.batchId, ids, {
      status: 'completed',
      processedRows: o.totalRows,
      created: { ...o.created, alreadyPresent: o.alreadyPresent },
      finished: true,
    });
    await auditEach(tx);
  });
  onProgress(progressOf(o));
}

/**
 * The audit event of one county for one step of a batch: the batch and its counts, never a copy of the
 * lines (a million rows would bury the log; the batch id, file hash and counts say what happened).
 */
export function auditEvent(
  opts: ImportOptions,
  o: ImportOutcome,
  sha256: string,
  jurisdictionId: number,
  county: CountyShare | null,
) {
  return {
    action: 'import.referrals' as const,
    actor: opts.actor,
    jurisdictionId,
    entityType: 'import_batch',
    entityId: o.batchId,
    after: {
      status: o.status,
      fileName: opts.fileName,
      fileSha256: sha256,
      acceptValidOnly: opts.acceptValidOnly,
      totalRows: o.totalRows,
      invalidRows: o.invalidRows,
      ...(county ? { rows: county.rows } : {}),
      ...(county && o.status !== 'importing' ? { created: { ...county.created } } : {}),
    },
    meta: { via: opts.via, ...(opts.requestId ? { requestId: opts.requestId } : {}) },
  };
}
