/**
 * One legacy referral import from start to finish, for the API (in the background), the command line and
 * the benchmark alike:
 *
 *   1. validate: read every line and check it, without the database. If any line is wrong the file is
 *      rejected and nothing is written — unless only valid lines are accepted, when the wrong ones are
 *      skipped and listed.
 *   2. announce: one transaction marks the batch `importing` and writes one `import.referrals` audit event
 *      per county, naming the batch, the file's SHA-256 and how many lines will be written there — so every
 *      record written afterwards is already accounted for in the audit log.
 *   3. write: the youth, then the reports, then the allegations go in chunks, each chunk one short
 *      transaction: one multi-row statement and the batch's progress (imports.write.ts). Short transactions
 *      keep the rest of Lantern answering (the embedded database runs one transaction at a time) and let
 *      anyone polling the batch, from any server process, see the bar move.
 *   4. finish: the batch's counts and one more `import.referrals` event per county, with what was created.
 *
 * If the database fails part-way, the chunks already written stay, the batch is marked failed with what it
 * created, and importing the same file again completes it: every write is `on conflict do nothing`.
 */
import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Actor } from '../../platform/audit';
import { writeAudit } from '../../platform/audit';
import type { Db } from '../../platform/db';
import { inScope, type JurisdictionTree, type Scope } from '../../platform/scope';
import { readCsv } from './csv';
import { issue, IssueLog } from './imports.issues';
import * as repo from './imports.repository';
import { IMPORT_LIMITS, type BatchStatus, type ImportCounts, type ImportIssue } from './imports.schemas';
import { ReferralValidator } from './imports.validate';
import { auditEvent, progressOf, write, zero } from './imports.write';

export interface ImportOptions {
  tree: JurisdictionTree;
  fileName: string;
  acceptValidOnly: boolean;
  /** Who imports (null for the command line); their id is recorded as the creator of every record. */
  actor: Actor | null;
  /** The jurisdiction the batch belongs to (the importer's own). */
  batchJurisdictionId: number;
  /** The batch row to fill in (the API creates it first, to answer at once); created here when absent. */
  batchId?: string;
  requestId?: string;
  via: 'api' | 'cli' | 'bench';
  /** Records per chunk (one short transaction); by default 5,000 on PostgreSQL, 1,000 embedded. */
  chunkSize?: number;
}

export interface ImportProgress {
  batchId: string;
  status: BatchStatus;
  totalRows: number;
  processedRows: number;
}

export interface ImportOutcome extends ImportProgress {
  invalidRows: number;
  duplicateRows: number;
  created: ImportCounts;
  alreadyPresent: ImportCounts;
  /** The first problems (at most IMPORT_LIMITS.storedIssues) and how many there were in all. */
  errors: ImportIssue[];
  errorCount: number;
}

const YIELD_EVERY = 20_000;

export async function importReferrals(
  db: Db,
  scope: Scope,
  file: string | Buffer,
  opts: ImportOptions,
  onProgress: (p: ImportProgress) => void = () => {},
): Promise<ImportOutcome> {
  const bytes = typeof file === 'string' ? Buffer.from(file, 'utf8') : file;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const batchId =
    opts.batchId ??
    (await inScope(db, scope, (tx) =>
      repo.insertBatch(tx, {
        jurisdictionId: opts.batchJurisdictionId,
        fileName: opts.fileName,
        fileSha256: sha256,
        acceptValidOnly: opts.acceptValidOnly,
        createdBy: opts.actor?.userId ?? null,
      }),
    ));
  const outcome: ImportOutcome = {
    batchId,
    status: 'validating',
    totalRows: 0,
    processedRows: 0,
    invalidRows: 0,
    duplicateRows: 0,
    created: zero(),
    alreadyPresent: zero(),
    errors: [],
    errorCount: 0,
  };
  onProgress(progressOf(outcome));
  const log = new IssueLog();
  try {
    const validator = await validate(file, bytes.length, scope, opts, log);
    outcome.totalRows = validator?.dataRows ?? 0;
    outcome.invalidRows = validator?.invalidRows ?? 0;
    outcome.duplicateRows = validator?.duplicateRows ?? 0;
    outcome.errors = log.kept;
    outcome.errorCount = log.count;
    if (!validator || (log.count > 0 && !opts.acceptValidOnly)) {
      outcome.status = 'rejected';
      await finishRejected(db, scope, opts, outcome, sha256);
      onProgress(progressOf(outcome));
      return outcome;
    }
    await write(db, scope, opts, validator, outcome, sha256, onProgress);
    return outcome;
  } catch (err) {
    outcome.status = 'failed';
    outcome.errors = [
      ...outcome.errors.slice(0, IMPORT_LIMITS.storedIssues - 1),
      issue(0, null, 'import_failed'),
    ];
    outcome.errorCount += 1;
    await inScope(db, scope, async (tx) => {
      await repo.updateBatch(tx, batchId, scope.jurisdictionIds, {
        status: 'failed',
        totalRows: outcome.totalRows,
        invalidRows: outcome.invalidRows,
        created: { ...outcome.created, alreadyPresent: outcome.alreadyPresent },
        errors: outcome.errors,
        finished: true,
      });
      await writeAudit(tx, auditEvent(opts, outcome, sha256, opts.batchJurisdictionId, null));
    }).catch(() => {}); // the database itself may be what failed; the original error is what is rethrown
    onProgress(progressOf(outcome));
    throw err;
  }
}

/** Read and check the whole file; null when it cannot be read at all (the reasons are in `log`). */
async function validate(
  file: string | Buffer,
  size: number,
  scope: Scope,
  opts: ImportOptions,
  log: IssueLog,
): Promise<ReferralValidator | null> {
  if (size > IMPORT_LIMITS.fileBytes) {
    log.add(issue(0, null, 'file_too_large', { maxMb: IMPORT_LIMITS.fileBytes / 1024 / 1024 }));
    return null;
  }
  let text: string;
  try {
    text =
      typeof file === 'string'
        ? file
        : new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(file);
  } catch {
    log.add(issue(0, null, 'not_utf8'));
    return null;
  }
  const validator = new ReferralValidator(opts.tree, scope, log);
  const records = readCsv(text, { maxFieldLength: IMPORT_LIMITS.fieldLength });
  const head = records.next();
  if (head.done) {
    log.add(issue(0, null, 'file_empty'));
    return null;
  }
  if (!validator.header(head.value)) return null;
  for (const rec of records) {
    if (validator.dataRows >= IMPORT_LIMITS.rows) {
      log.add(issue(rec.line, null, 'too_many_rows', { max: IMPORT_LIMITS.rows }));
      return null;
    }
    validator.row(rec);
    if (validator.dataRows % YIELD_EVERY === 0) await nextTurn(); // let the server answer other requests
  }
  if (validator.dataRows === 0) {
    log.add(issue(0, null, 'file_empty'));
    return null;
  }
  return validator;
}

async function finishRejected(db: Db, scope: Scope, opts: ImportOptions, o: ImportOutcome, sha256: string) {
  await inScope(db, scope, async (tx) => {
    await repo.updateBatch(tx, o.batchId, scope.jurisdictionIds, {
      status: 'rejected',
      totalRows: o.totalRows,
      invalidRows: o.invalidRows,
      errors: o.errors,
      finished: true,
    });
    await writeAudit(tx, auditEvent(opts, o, sha256, opts.batchJurisdictionId, null));
  });
}
