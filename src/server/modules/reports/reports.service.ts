/**
 * Reports (referrals): list, record with their allegations, read, and update the screening decision,
 * assignment and narrative. A report is about youth: a reader who cannot see every youth of its
 * allegations (a partner without sharing, another county) gets 404, exactly as for a missing report.
 */
import { randomUUID } from 'node:crypto';
import { writeAudit } from '../../platform/audit';
import type { UseCaseContext } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError, notFound, type ErrorDetail } from '../../platform/errors';
import { idempotentCreate } from '../../platform/idempotency';
import { inScope } from '../../platform/scope';
import { maskPersons, readerOf, type Reader } from './access';
import { allegationsOfReport } from './allegations.repository';
import { recordAllegations } from './allegations.write';
import * as repo from './reports.repository';
import { assignedWorkerProblems, throwIfProblems } from './reports.references';
import type { CreateReportInput, Report, UpdateReportInput } from './reports.schemas';

export const reportNotFound = () => notFound('There is no such report, or it is outside your access.');

/** The report with its allegations as the reader may see them, or null when it is not theirs to see. */
export async function loadReport(tx: Tx, reader: Reader, id: string): Promise<Report | null> {
  const row = await repo.findReport(tx, id, reader.scopeIds, reader.visible);
  if (!row) return null;
  const allegations = await allegationsOfReport(tx, id, reader.scopeIds, reader);
  return { ...row, allegations };
}

export function listReports(
  ctx: UseCaseContext,
  q: {
    assigned: 'me' | 'anyone';
    decision?: string | undefined;
    youthId?: string | undefined;
    limit: number;
  },
) {
  const { auth, services, meta } = ctx;
  const reader = readerOf(ctx);
  return inScope(services.database.db, auth.scope, async (tx) => {
    const items = await repo.listReportSummaries(tx, {
      scopeIds: reader.scopeIds,
      visible: reader.visible,
      assignedTo: q.assigned === 'me' ? auth.user.id : undefined,
      decision: q.decision,
      youthId: q.youthId,
      limit: q.limit,
    });
    await writeAudit(tx, {
      action: 'report.list',
      actor: auth.actor,
      jurisdictionId: auth.user.jurisdictionId,
      entityType: 'report',
      meta: { requestId: meta.requestId, query: q, reportIds: items.map((r) => r.id) },
    });
    return items;
  });
}

/** The county a new report belongs to: the writer's own unless they name another county in their scope. */
function reportJurisdiction(ctx: UseCaseContext, requested: number | undefined): number {
  const id = requested ?? ctx.auth.user.jurisdictionId;
  if (!ctx.auth.scope.jurisdictionIds.includes(id) || ctx.services.tree.get(id)?.kind !== 'county')
    throw new AppError('validation_failed', 'Choose a county you work in.', {
      details: [{ path: 'jurisdictionId', message: 'Not a county you work in.' }],
    });
  return id;
}

/** A report with 1–20 allegations, in one transaction; a retried request replays the first answer. */
export async function createReport(ctx: UseCaseContext, input: CreateReportInput, key: string | undefined) {
  const { auth, services, meta } = ctx;
  const jurisdictionId = reportJurisdiction(ctx, input.jurisdictionId);
  const reader = readerOf(ctx);
  return inScope(services.database.db, auth.scope, (tx) =>
    idempotentCreate(
      tx,
      { key, userId: auth.user.id, jurisdictionId, request: ['POST /reports', input] },
      async () => {
        const workerProblems = await assignedWorkerProblems(tx, jurisdictionId, input.assignedWorkerId);
        const reportId = await repo.insertReport(tx, {
          jurisdictionId,
          receivedAt: input.receivedAt,
          reporterType: input.reporterType,
          reporterName: input.reporterName,
          narrative: input.narrative,
          screeningDecision: input.screeningDecision,
          responseTime: input.responseTime,
          evaluatedOutReason: input.evaluatedOutReason,
          evaluatedOutNote: input.evaluatedOutNote,
          assignedWorkerId: input.assignedWorkerId,
          createdBy: auth.user.id,
        });
        // Ascending ids keep the allegations in the order they were written (see insertAllegations).
        const ids = input.allegations.map(() => randomUUID()).sort();
        const allegations = await recordAllegations(tx, ctx, {
          jurisdictionId,
          reportId,
          items: input.allegations.map((a, i) => ({ path: `allegations.${i}`, input: a, id: ids[i]! })),
          otherProblems: workerProblems,
        });
        const row = (await repo.findReport(tx, reportId, reader.scopeIds, reader.visible))!;
        const report: Report = {
          ...row,
          allegations: allegations.map((a) => maskPersons(a, reader.canSeePersons)),
        };
        await writeAudit(tx, {
          action: 'report.create',
          actor: auth.actor,
          jurisdictionId,
          entityType: 'report',
          entityId: reportId,
          after: row,
          meta: { requestId: meta.requestId, allegationIds: allegations.map((a) => a.id) },
        });
        return report;
      },
    ),
  );
}

export function getReport(ctx: UseCaseContext, id: string) {
  const { auth, services, meta } = ctx;
  const reader = readerOf(ctx);
  return inScope(services.database.db, auth.scope, async (tx) => {
    const report = await loadReport(tx, reader, id);
    if (!report) throw reportNotFound();
    await writeAudit(tx, {
      action: 'report.read',
      actor: auth.actor,
      jurisdictionId: report.jurisdictionId,
      entityType: 'report',
      entityId: id,
      meta: { requestId: meta.requestId, allegationIds: report.allegations.map((a) => a.id) },
    });
    return report;
  });
}

type Screening = Pick<
  Report,
  'screeningDecision' | 'responseTime' | 'evaluatedOutReason' | 'evaluatedOutNote'
>;

/**
 * The screening fields after a patch. A new decision replaces the response time and reason (what is not
 * sent is cleared); without one, a response time or reason is checked against the current decision.
 */
function nextScreening(
  before: Screening,
  p: UpdateReportInput,
): { next: Screening; problems: ErrorDetail[] } {
  const next: Screening =
    p.screeningDecision !== undefined
      ? {
          screeningDecision: p.screeningDecision,
          responseTime: p.responseTime ?? null,
          evaluatedOutReason: p.evaluatedOutReason ?? null,
          evaluatedOutNote:
            p.evaluatedOutNote !== undefined
              ? p.evaluatedOutNote
              : p.screeningDecision === 'evaluated_out'
                ? before.evaluatedOutNote
                : null,
        }
      : {
          screeningDecision: before.screeningDecision,
          responseTime: p.responseTime !== undefined ? p.responseTime : before.responseTime,
          evaluatedOutReason:
            p.evaluatedOutReason !== undefined ? p.evaluatedOutReason : before.evaluatedOutReason,
          evaluatedOutNote: p.evaluatedOutNote !== undefined ? p.evaluatedOutNote : before.evaluatedOutNote,
        };
  const problems: ErrorDetail[] = [];
  const d = next.screeningDecision;
  if ((d === 'screened_in') !== (next.responseTime !== null))
    problems.push({
      path: 'responseTime',
      message:
        d === 'screened_in' ? 'Choose the response time.' : 'Only a screened-in report has a response time.',
    });
  if ((d === 'evaluated_out') !== (next.evaluatedOutReason !== null))
    problems.push({
      path: 'evaluatedOutReason',
      message:
        d === 'evaluated_out'
          ? 'Say why the report was evaluated out.'
          : 'Only an evaluated-out report has a reason for it.',
    });
  return { next, problems };
}

export function updateReport(ctx: UseCaseContext, id: string, patch: UpdateReportInput) {
  const { auth, services, meta } = ctx;
  const reader = readerOf(ctx);
  return inScope(services.database.db, auth.scope, async (tx) => {
    const before = await repo.findReport(tx, id, reader.scopeIds, reader.visible);
    if (!before) throw reportNotFound();
    const conflict = async () =>
      new AppError('version_conflict', undefined, { current: await loadReport(tx, reader, id) });
    if (before.version !== patch.version) throw await conflict();
    const { next, problems } = nextScreening(before, patch);
    throwIfProblems([
      ...problems,
      ...(await assignedWorkerProblems(tx, before.jurisdictionId, patch.assignedWorkerId)),
    ]);
    const updated = await repo.updateReport(tx, id, patch.version, {
      receivedAt: patch.receivedAt,
      reporterType: patch.reporterType,
      reporterName: patch.reporterName,
      narrative: patch.narrative,
      assignedWorkerId: patch.assignedWorkerId,
      ...next,
    });
    if (!updated) throw await conflict();
    const after = (await loadReport(tx, reader, id))!;
    const { allegations: _allegations, ...afterRow } = after;
    await writeAudit(tx, {
      action: 'report.update',
      actor: auth.actor,
      jurisdictionId: after.jurisdictionId,
      entityType: 'report',
      entityId: id,
      before,
      after: afterRow,
      meta: { requestId: meta.requestId },
    });
    return after;
  });
}
