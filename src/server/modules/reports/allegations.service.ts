/**
 * Allegations: added to a report, read with their history, amended (never rewritten), and disposed of — a
 * worker proposes a disposition, a supervisor other than the proposer approves it or returns it with a note.
 *
 * An amendment keeps the disposition and its state: it corrects the facts, and the history shows both the
 * amendment and the disposition it sits beside, so a reviewer sees what changed after a proposal.
 */
import { randomUUID } from 'node:crypto';
import { writeAudit, type AuditAction } from '../../platform/audit';
import type { UseCaseContext } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { idempotentCreate } from '../../platform/idempotency';
import { inScope } from '../../platform/scope';
import { maskPersons, maskSnapshot, readerOf, type Reader } from './access';
import * as repo from './allegations.repository';
import { proposalRefusal, reviewRefusal, type ProposalRefusal } from './allegations.policy';
import { allegationValues, appendRevision, recordAllegations, snapshot } from './allegations.write';
import { findReport } from './reports.repository';
import { allegationProblems, throwIfProblems } from './reports.references';
import type { Allegation, AllegationInput, Revision } from './reports.schemas';
import { reportNotFound } from './reports.service';

const PROPOSAL_REFUSED: Record<ProposalRefusal, string> = {
  awaiting_review: 'A disposition has already been proposed and is waiting for review.',
  already_approved: 'The disposition has already been approved. Amend the allegation instead.',
};

const allegationNotFound = () => notFound('There is no such allegation, or it is outside your access.');

/** The allegation as stored (persons included, for history and audit); 404 when it is not the reader's to see. */
async function findOrThrow(tx: Tx, reader: Reader, id: string): Promise<Allegation> {
  const found = await repo.findAllegation(tx, id, reader.scopeIds, { ...reader, canSeePersons: true });
  if (!found) throw allegationNotFound();
  return found;
}

/** 409 with the allegation as it stands now, for a stale version or a change its state does not allow. */
async function conflict(tx: Tx, reader: Reader, id: string, message?: string) {
  const current = maskPersons(await findOrThrow(tx, reader, id), reader.canSeePersons);
  return new AppError('version_conflict', message, { current });
}

async function audit(
  tx: Tx,
  ctx: UseCaseContext,
  action: AuditAction,
  before: Allegation | null,
  after: Allegation,
) {
  await writeAudit(tx, {
    action,
    actor: ctx.auth.actor,
    jurisdictionId: after.jurisdictionId,
    entityType: 'allegation',
    entityId: after.id,
    ...(before ? { before } : {}),
    after,
    meta: { requestId: ctx.meta.requestId },
  });
}

export function addAllegation(
  ctx: UseCaseContext,
  reportId: string,
  input: AllegationInput,
  key: string | undefined,
) {
  const { auth, services } = ctx;
  const reader = readerOf(ctx);
  return inScope(services.database.db, auth.scope, async (tx) => {
    const report = await findReport(tx, reportId, reader.scopeIds, reader.visible);
    if (!report) throw reportNotFound();
    return idempotentCreate(
      tx,
      {
        key,
        userId: auth.user.id,
        jurisdictionId: report.jurisdictionId,
        request: [`POST /reports/${reportId}/allegations`, input],
      },
      async () => {
        const [created] = await recordAllegations(tx, ctx, {
          jurisdictionId: report.jurisdictionId,
          reportId,
          items: [{ path: '', input, id: randomUUID() }],
        });
        return maskPersons(created!, reader.canSeePersons);
      },
    );
  });
}

/** The review queue (or allegations in any other disposition state), oldest proposal first. */
export function listAllegations(ctx: UseCaseContext, q: { state: string; limit: number }) {
  const { auth, services, meta } = ctx;
  const reader = readerOf(ctx);
  return inScope(services.database.db, auth.scope, async (tx) => {
    const items = await repo.listAllegationsByState(tx, { ...reader, state: q.state, limit: q.limit });
    await writeAudit(tx, {
      action: 'allegation.list',
      actor: auth.actor,
      jurisdictionId: auth.user.jurisdictionId,
      entityType: 'allegation',
      meta: { requestId: meta.requestId, query: q, allegationIds: items.map((a) => a.id) },
    });
    return items;
  });
}

export function getAllegation(ctx: UseCaseContext, id: string) {
  const { auth, services, meta } = ctx;
  const reader = readerOf(ctx);
  return inScope(services.database.db, auth.scope, async (tx) => {
    const allegation = await findOrThrow(tx, reader, id);
    const history: Revision[] = (await repo.allegationRevisions(tx, id, reader.scopeIds)).map((r) => ({
      ...r,
      data: maskSnapshot(r.data, reader.canSeePersons),
    }));
    await writeAudit(tx, {
      action: 'allegation.read',
      actor: auth.actor,
      jurisdictionId: allegation.jurisdictionId,
      entityType: 'allegation',
      entityId: id,
      meta: { requestId: meta.requestId },
    });
    return { ...maskPersons(allegation, reader.canSeePersons), history };
  });
}

export function amendAllegation(
  ctx: UseCaseContext,
  id: string,
  body: { version: number; reason: string; allegation: AllegationInput },
) {
  const { auth, services } = ctx;
  const reader = readerOf(ctx);
  return inScope(services.database.db, auth.scope, async (tx) => {
    const before = await findOrThrow(tx, reader, id);
    if (before.version !== body.version) throw await conflict(tx, reader, id);
    throwIfProblems(
      await allegationProblems(
        tx,
        { jurisdictionId: before.jurisdictionId, role: auth.user.role, visible: reader.visible },
        [
          {
            path: 'allegation',
            input: body.allegation,
            previousSettings: before.exploitation?.settings ?? [],
          },
        ],
      ),
    );
    if (!(await repo.amendAllegation(tx, id, body.version, allegationValues(body.allegation))))
      throw await conflict(tx, reader, id);
    const after = await snapshot(tx, ctx, id);
    await appendRevision(tx, ctx, after, 'amended', body.reason);
    await audit(tx, ctx, 'allegation.amend', before, after);
    return maskPersons(after, reader.canSeePersons);
  });
}

export function proposeDisposition(
  ctx: UseCaseContext,
  id: string,
  body: { version: number; disposition: string; dispositionDate: string; rationale: string },
) {
  const { auth, services } = ctx;
  const reader = readerOf(ctx);
  return inScope(services.database.db, auth.scope, async (tx) => {
    const before = await findOrThrow(tx, reader, id);
    if (before.version !== body.version) throw await conflict(tx, reader, id);
    const refusal = proposalRefusal(before);
    if (refusal) throw await conflict(tx, reader, id, PROPOSAL_REFUSED[refusal]);
    // A day of slack: the report's time is stored in UTC, the disposition date is the county's calendar day.
    const receivedDay = new Date(Date.parse(before.reportReceivedAt) - 86_400_000).toISOString().slice(0, 10);
    if (body.dispositionDate < receivedDay)
      throwIfProblems([
        { path: 'dispositionDate', message: 'The disposition date is before the report was received.' },
      ]);
    const ok = await repo.proposeDisposition(tx, id, body.version, {
      disposition: body.disposition,
      dispositionDate: body.dispositionDate,
      rationale: body.rationale,
      proposedBy: auth.user.id,
    });
    if (!ok) throw await conflict(tx, reader, id);
    const after = await snapshot(tx, ctx, id);
    await appendRevision(tx, ctx, after, 'disposition_proposed', null);
    await audit(tx, ctx, 'allegation.disposition_propose', before, after);
    return maskPersons(after, reader.canSeePersons);
  });
}

export function reviewDisposition(
  ctx: UseCaseContext,
  id: string,
  body: { version: number; decision: 'approve' | 'return'; note: string | null },
) {
  const { auth, services } = ctx;
  const reader = readerOf(ctx);
  return inScope(services.database.db, auth.scope, async (tx) => {
    const before = await findOrThrow(tx, reader, id);
    if (before.version !== body.version) throw await conflict(tx, reader, id);
    const refusal = reviewRefusal(auth.user.id, before);
    if (refusal === 'own_proposal')
      throw new AppError('forbidden', 'You proposed this disposition, so another supervisor must review it.');
    if (refusal) throw await conflict(tx, reader, id, 'There is no proposed disposition to review.');
    const state = body.decision === 'approve' ? 'approved' : 'returned';
    const ok = await repo.reviewDisposition(tx, id, body.version, {
      state,
      reviewedBy: auth.user.id,
      note: body.note,
    });
    if (!ok) throw await conflict(tx, reader, id);
    const after = await snapshot(tx, ctx, id);
    await appendRevision(tx, ctx, after, `disposition_${state}`, body.note);
    await audit(
      tx,
      ctx,
      state === 'approved' ? 'allegation.disposition_approve' : 'allegation.disposition_return',
      before,
      after,
    );
    return maskPersons(after, reader.canSeePersons);
  });
}
