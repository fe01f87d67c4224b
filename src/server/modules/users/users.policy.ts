import { grantableRoles, type Role } from '../../../domain/access/roles';
import type { AuthContext } from '../../platform/context';
import type { JurisdictionNode } from '../../platform/scope';
import { AppError } from '../../platform/errors';

/** Where each role may be placed: state-level roles at a state, county roles at a county. */
export function assertRoleFitsJurisdiction(role: Role, j: JurisdictionNode): void {
  const stateOnly = role === 'state_analyst' || role === 'system_admin';
  const anyLevel = role === 'auditor';
  if (stateOnly && j.kind !== 'state')
    throw new AppError(
      'validation_failed',
      'This role works at state level: choose the state as its jurisdiction.',
      {
        details: [{ path: 'jurisdictionId', message: 'Choose the state for this role.' }],
      },
    );
  if (!stateOnly && !anyLevel && j.kind !== 'county')
    throw new AppError(
      'validation_failed',
      'This role works for a county: choose a county as its jurisdiction.',
      {
        details: [{ path: 'jurisdictionId', message: 'Choose a county for this role.' }],
      },
    );
}

export function assertMayGrant(actor: AuthContext, role: Role): void {
  if (!grantableRoles(actor.user.role).includes(role))
    throw new AppError('forbidden', 'You cannot give someone that role.');
}

/** Administrators cannot lock themselves out: no self-deactivation and no change to their own role. */
export function assertNotSelfLockout(
  actor: AuthContext,
  targetId: string,
  patch: { role?: Role | undefined; active?: boolean | undefined },
): void {
  if (actor.user.id !== targetId) return;
  if (patch.active === false) throw new AppError('forbidden', 'You cannot deactivate your own account.');
  if (patch.role !== undefined && patch.role !== actor.user.role)
    throw new AppError('forbidden', 'You cannot change your own role.');
}
