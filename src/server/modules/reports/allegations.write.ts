/** Writing allegations: shared by a new report, an allegation added to a report, and amendments. */
import type { UseCaseContext } from '../../platform/context';
import type { Tx } from '../../platform/db';
import type { ErrorDetail } from '../../platform/errors';
import { writeAudit } from '../../platform/audit';
import { readerOf } from './access';
import * as repo from './allegations.repository';
import { allegationProblems, throwIfProblems } from './reports.references';
import type { Allegation, AllegationInput, Revision } from './reports.schemas';

export const allegationValues = (a: AllegationInput): repo.AllegationValues => ({
  youthId: a.youthId,
  perpetratorKind: a.perpetratorKind,
  perpetratorName: a.perpetratorName,
  personOfInterestId: a.personOfInterestId,
  category: a.category,
  subcategory: a.subcategory,
  exploitation: a.exploitation,
});

/** The allegation as stored, person of interest included: what a revision keeps and the audit log records. */
export async function snapshot(tx: Tx, ctx: UseCaseContext, id: string): Promise<Allegation> {
  const reader = readerOf(ctx);
  return (await repo.findAllegation(tx, id, reader.scopeIds, { ...reader, canSeePersons: true }))!;
}

export async function appendRevision(
  tx: Tx,
  ctx: UseCaseContext,
  after: Allegation,
  change: Revision['change'],
  reason: string | null,
) {
  await repo.insertRevisions(tx, [
    {
      jurisdictionId: after.jurisdictionId,
      entityId: after.id,
      version: after.version,
      change,
      reason,
      data: after,
      actorId: ctx.auth.user.id,
      actorName: ctx.auth.user.displayName,
    },
  ]);
}

/**
 * Checks every reference (422 naming each bad field), inserts the allegations, writes revision 1 of each
 * and audits allegation.create. Returns them unmasked (the caller masks for its reader).
 */
export async function recordAllegations(
  tx: Tx,
  ctx: UseCaseContext,
  v: {
    jurisdictionId: number;
    reportId: string;
    items: readonly { path: string; input: AllegationInput; id: string }[];
    /** Problems the caller found elsewhere in the same request, reported in the same 422. */
    otherProblems?: readonly ErrorDetail[];
  },
): Promise<Allegation[]> {
  const { auth, meta } = ctx;
  const reader = readerOf(ctx);
  throwIfProblems([
    ...(v.otherProblems ?? []),
    ...(await allegationProblems(
      tx,
      { jurisdictionId: v.jurisdictionId, role: auth.user.role, visible: reader.visible },
      v.items,
    )),
  ]);
  await repo.insertAllegations(
    tx,
    v.items.map((it) => ({
      id: it.id,
      jurisdictionId: v.jurisdictionId,
      reportId: v.reportId,
      createdBy: auth.user.id,
      ...allegationValues(it.input),
    })),
  );
  const wanted = new Set(v.items.map((it) => it.id));
  const created = (
    await repo.allegationsOfReport(tx, v.reportId, reader.scopeIds, { canSeePersons: true })
  ).filter((a) => wanted.has(a.id));
  await repo.insertRevisions(
    tx,
    created.map((a) => ({
      jurisdictionId: a.jurisdictionId,
      entityId: a.id,
      version: a.version,
      change: 'created' as const,
      reason: null,
      data: a,
      actorId: auth.user.id,
      actorName: auth.user.displayName,
    })),
  );
  for (const a of created)
    await writeAudit(tx, {
      action: 'allegation.create',
      actor: auth.actor,
      jurisdictionId: a.jurisdictionId,
      entityType: 'allegation',
      entityId: a.id,
      after: a,
      meta: { requestId: meta.requestId, reportId: v.reportId },
    });
  return created;
}
