import { grantableRoles, permissionsFor } from '../../../domain/access/roles';
import type { AuthContext, Services } from '../../platform/context';
import type { Me } from './auth.schemas';

export function buildMe(services: Services, auth: AuthContext): Me {
  const j = services.tree.get(auth.user.jurisdictionId);
  return {
    user: {
      id: auth.user.id,
      email: auth.user.email,
      displayName: auth.user.displayName,
      role: auth.user.role,
      locale: auth.user.locale,
    },
    jurisdiction: {
      id: auth.user.jurisdictionId,
      code: j?.code ?? '',
      name: j?.name ?? '',
      kind: j?.kind ?? 'county',
    },
    agency: auth.user.agencyId ? { id: auth.user.agencyId, name: auth.user.agencyName ?? '' } : null,
    abilities: [...permissionsFor(auth.user.role)],
    grantableRoles: [...grantableRolesIn(services, auth)],
    csrfToken: auth.csrfToken,
    mfa: { enrolled: auth.user.mfaEnrolled, required: services.config.mfaRequiredRoles.has(auth.user.role) },
    session: {
      idleTimeoutSeconds: services.config.idleTimeoutSeconds,
      expiresAt: auth.expiresAt.toISOString(),
    },
  };
}

function grantableRolesIn(_services: Services, auth: AuthContext) {
  return permissionsFor(auth.user.role).includes('users.manage') ? grantableRoles(auth.user.role) : [];
}
