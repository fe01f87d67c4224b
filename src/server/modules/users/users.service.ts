import type { Role } from '../../../domain/access/roles';
import { writeAudit } from '../../platform/audit';
import type { UseCaseContext } from '../../platform/context';
import { AppError, notFound, pgErrorCode } from '../../platform/errors';
import { idempotentCreate } from '../../platform/idempotency';
import { assertAcceptablePassword, hashPassword } from '../../platform/passwords';
import { inScope } from '../../platform/scope';
import * as repo from './users.repository';
import { assertMayGrant, assertNotSelfLockout, assertRoleFitsJurisdiction } from './users.policy';
import type { User } from './users.schemas';

const audited = (u: User) => ({
  email: u.email,
  displayName: u.displayName,
  role: u.role,
  jurisdictionId: u.jurisdictionId,
  agencyId: u.agencyId,
  active: u.active,
  version: u.version,
});

export function listUsers(
  ctx: UseCaseContext,
  q: {
    q?: string | undefined;
    role?: Role | undefined;
    active?: 'true' | 'false' | undefined;
    limit: number;
    offset: number;
  },
) {
  const { auth, services } = ctx;
  return inScope(services.database.db, auth.scope, (tx) =>
    repo.listUsers(tx, {
      scopeIds: auth.scope.jurisdictionIds,
      q: q.q,
      role: q.role,
      active: q.active === undefined ? undefined : q.active === 'true',
      limit: q.limit,
      offset: q.offset,
    }),
  );
}

/** Reading a person's record is audited in the same transaction as the read. */
export function getUser(ctx: UseCaseContext, id: string): Promise<User> {
  const { auth, services, meta } = ctx;
  return inScope(services.database.db, auth.scope, async (tx) => {
    const user = await repo.findUser(tx, id, auth.scope.jurisdictionIds);
    if (!user) throw notFound('There is no such user, or it is outside your jurisdiction.');
    await writeAudit(tx, {
      action: 'user.read',
      actor: auth.actor,
      jurisdictionId: user.jurisdictionId,
      entityType: 'user',
      entityId: id,
      meta: { requestId: meta.requestId },
    });
    return user;
  });
}

export async function createUser(
  ctx: UseCaseContext,
  input: {
    email: string;
    displayName: string;
    role: Role;
    jurisdictionId: number;
    agencyId?: string | null | undefined;
    password: string;
    locale: 'en' | 'es';
  },
  idempotencyKey: string | undefined,
) {
  const { auth, services, meta } = ctx;
  assertMayGrant(auth, input.role);
  if (!auth.scope.jurisdictionIds.includes(input.jurisdictionId))
    throw new AppError('validation_failed', 'Choose a jurisdiction you administer.', {
      details: [{ path: 'jurisdictionId', message: 'Not a jurisdiction you administer.' }],
    });
  const jurisdiction = services.tree.get(input.jurisdictionId)!;
  assertRoleFitsJurisdiction(input.role, jurisdiction);
  if (input.role === 'partner' && !input.agencyId)
    throw new AppError('validation_failed', 'Partner staff belong to an agency: choose one.', {
      details: [{ path: 'agencyId', message: 'Choose the partner agency.' }],
    });
  assertAcceptablePassword(input.password, {
    email: input.email,
    displayName: input.displayName,
    blocklist: services.blocklist,
  });
  const passwordHash = await hashPassword(input.password);
  const { password: _pw, ...fingerprinted } = input;
  try {
    return await inScope(services.database.db, auth.scope, (tx) =>
      idempotentCreate(
        tx,
        {
          key: idempotencyKey,
          userId: auth.user.id,
          jurisdictionId: auth.user.jurisdictionId,
          request: ['POST /users', fingerprinted],
        },
        async () => {
          const id = await repo.insertUser(tx, { ...input, agencyId: input.agencyId ?? null, passwordHash });
          const user = (await repo.findUser(tx, id, auth.scope.jurisdictionIds))!;
          await writeAudit(tx, {
            action: 'user.create',
            actor: auth.actor,
            jurisdictionId: user.jurisdictionId,
            entityType: 'user',
            entityId: id,
            after: audited(user),
            meta: { requestId: meta.requestId },
          });
          return user;
        },
      ),
    );
  } catch (err) {
    const code = pgErrorCode(err);
    if (code === '23505')
      throw new AppError('already_exists', 'An account with that email already exists.', {
        details: [{ path: 'email', message: 'This email is already in use.' }],
      });
    if (code === '23503')
      throw new AppError('validation_failed', 'Choose an agency of the same county.', {
        details: [{ path: 'agencyId', message: 'Not an agency of this county.' }],
      });
    throw err;
  }
}

export async function updateUser(
  ctx: UseCaseContext,
  id: string,
  patch: {
    version: number;
    displayName?: string | undefined;
    role?: Role | undefined;
    agencyId?: string | null | undefined;
    active?: boolean | undefined;
  },
): Promise<User> {
  const { auth, services, meta } = ctx;
  assertNotSelfLockout(auth, id, patch);
  if (patch.role !== undefined) assertMayGrant(auth, patch.role);
  try {
    return await inScope(services.database.db, auth.scope, async (tx) => {
      const before = await repo.findUser(tx, id, auth.scope.jurisdictionIds);
      if (!before) throw notFound('There is no such user, or it is outside your jurisdiction.');
      assertMayGrant(auth, before.role); // nobody edits an account more powerful than they may create
      if (patch.role !== undefined)
        assertRoleFitsJurisdiction(patch.role, services.tree.get(before.jurisdictionId)!);
      if (before.version !== patch.version)
        throw new AppError('version_conflict', undefined, { current: before });
      const role = patch.role ?? before.role;
      const agencyId = patch.agencyId !== undefined ? patch.agencyId : before.agencyId;
      if (role === 'partner' && !agencyId)
        throw new AppError('validation_failed', 'Partner staff belong to an agency: choose one.', {
          details: [{ path: 'agencyId', message: 'Choose the partner agency.' }],
        });
      const changed = await repo.updateUser(tx, id, patch.version, patch);
      if (!changed)
        throw new AppError('version_conflict', undefined, {
          current: (await repo.findUser(tx, id, auth.scope.jurisdictionIds))!,
        });
      const after = (await repo.findUser(tx, id, auth.scope.jurisdictionIds))!;
      if (patch.active === false || (patch.role !== undefined && patch.role !== before.role))
        await repo.endSessionsOf(tx, id);
      const action =
        patch.active === false && before.active
          ? 'user.deactivate'
          : patch.active === true && !before.active
            ? 'user.reactivate'
            : patch.role !== undefined && patch.role !== before.role
              ? 'user.role_change'
              : 'user.update';
      await writeAudit(tx, {
        action,
        actor: auth.actor,
        jurisdictionId: after.jurisdictionId,
        entityType: 'user',
        entityId: id,
        before: audited(before),
        after: audited(after),
        meta: { requestId: meta.requestId },
      });
      return after;
    });
  } catch (err) {
    if (pgErrorCode(err) === '23503')
      throw new AppError('validation_failed', 'Choose an agency of the same county.', {
        details: [{ path: 'agencyId', message: 'Not an agency of this county.' }],
      });
    throw err;
  }
}
