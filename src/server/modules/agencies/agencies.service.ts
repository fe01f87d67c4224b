import { writeAudit } from '../../platform/audit';
import type { UseCaseContext } from '../../platform/context';
import { AppError, notFound, pgErrorCode } from '../../platform/errors';
import { idempotentCreate } from '../../platform/idempotency';
import { inScope } from '../../platform/scope';
import * as repo from './agencies.repository';
import type { AgencyKind } from './agencies.schemas';

const duplicateName = () =>
  new AppError('already_exists', 'This jurisdiction already has an agency with that name.', {
    details: [{ path: 'name', message: 'Use a different name.' }],
  });

export function listAgencies(
  ctx: UseCaseContext,
  q: { jurisdictionId?: number | undefined; active?: 'true' | 'false' | undefined },
) {
  const { auth, services } = ctx;
  return inScope(services.database.db, auth.scope, (tx) =>
    repo.listAgencies(tx, {
      scopeIds: auth.scope.jurisdictionIds,
      jurisdictionId: q.jurisdictionId,
      active: q.active === undefined ? undefined : q.active === 'true',
    }),
  );
}

export async function createAgency(
  ctx: UseCaseContext,
  input: { jurisdictionId: number; name: string; kind: AgencyKind },
  key: string | undefined,
) {
  const { auth, services, meta } = ctx;
  if (
    !auth.scope.jurisdictionIds.includes(input.jurisdictionId) ||
    services.tree.get(input.jurisdictionId)?.kind === 'region'
  )
    throw new AppError('validation_failed', 'Choose a county (or the state) that you administer.', {
      details: [{ path: 'jurisdictionId', message: 'Not a jurisdiction you administer.' }],
    });
  try {
    return await inScope(services.database.db, auth.scope, (tx) =>
      idempotentCreate(
        tx,
        {
          key,
          userId: auth.user.id,
          jurisdictionId: auth.user.jurisdictionId,
          request: ['POST /agencies', input],
        },
        async () => {
          const id = await repo.insertAgency(tx, input);
          const agency = (await repo.findAgency(tx, id, auth.scope.jurisdictionIds))!;
          await writeAudit(tx, {
            action: 'agency.create',
            actor: auth.actor,
            jurisdictionId: agency.jurisdictionId,
            entityType: 'agency',
            entityId: id,
            after: agency,
            meta: { requestId: meta.requestId },
          });
          return agency;
        },
      ),
    );
  } catch (err) {
    if (pgErrorCode(err) === '23505') throw duplicateName();
    throw err;
  }
}

export async function updateAgency(
  ctx: UseCaseContext,
  id: string,
  patch: {
    version: number;
    name?: string | undefined;
    kind?: AgencyKind | undefined;
    active?: boolean | undefined;
  },
) {
  const { auth, services, meta } = ctx;
  try {
    return await inScope(services.database.db, auth.scope, async (tx) => {
      const before = await repo.findAgency(tx, id, auth.scope.jurisdictionIds);
      if (!before) throw notFound('There is no such agency, or it is outside your jurisdiction.');
      if (before.version !== patch.version || !(await repo.updateAgency(tx, id, patch.version, patch)))
        throw new AppError('version_conflict', undefined, {
          current: (await repo.findAgency(tx, id, auth.scope.jurisdictionIds))!,
        });
      const after = (await repo.findAgency(tx, id, auth.scope.jurisdictionIds))!;
      await writeAudit(tx, {
        action: 'agency.update',
        actor: auth.actor,
        jurisdictionId: after.jurisdictionId,
        entityType: 'agency',
        entityId: id,
        before,
        after,
        meta: { requestId: meta.requestId },
      });
      return after;
    });
  } catch (err) {
    if (pgErrorCode(err) === '23505') throw duplicateName();
    throw err;
  }
}
