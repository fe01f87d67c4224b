/**
 * Roles and permissions: pure data, no I/O. Deny by default: a role has exactly the permissions
 * listed here and nothing else. The server computes a user's abilities from this table and sends
 * them to the UI, so the buttons a person sees match what the server will allow.
 */
export const ROLES = [
  'social_worker',
  'supervisor',
  'coordinator',
  'partner',
  'county_analyst',
  'state_analyst',
  'county_admin',
  'system_admin',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'jurisdictions.read',
  'agencies.read',
  'agencies.manage',
  'users.read',
  'users.manage',
  'audit.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  social_worker: ['jurisdictions.read', 'agencies.read'],
  supervisor: ['jurisdictions.read', 'agencies.read'],
  coordinator: ['jurisdictions.read', 'agencies.read'],
  partner: ['jurisdictions.read'],
  county_analyst: ['jurisdictions.read', 'agencies.read'],
  state_analyst: ['jurisdictions.read', 'agencies.read'],
  county_admin: ['jurisdictions.read', 'agencies.read', 'agencies.manage', 'users.read', 'users.manage'],
  system_admin: ['jurisdictions.read', 'agencies.read', 'agencies.manage', 'users.read', 'users.manage'],
  auditor: ['jurisdictions.read', 'audit.read'],
};

export function permissionsFor(role: Role): readonly Permission[] {
  return Object.hasOwn(ROLE_PERMISSIONS, role) ? ROLE_PERMISSIONS[role] : [];
}

export function can(role: Role, permission: Permission): boolean {
  return permissionsFor(role).includes(permission);
}

/** Roles whose holders work at state level (their jurisdiction is a state, not a county). */
export const STATE_LEVEL_ROLES: readonly Role[] = ['state_analyst', 'system_admin', 'auditor'];
/** Roles whose holders work for a county (or a region). */
export const COUNTY_LEVEL_ROLES: readonly Role[] = ROLES.filter(
  (r) => r !== 'state_analyst' && r !== 'system_admin',
);

/**
 * Which roles an administrator may grant. A county administrator can never create someone more powerful
 * than a county administrator, nor a state-level account, nor an auditor (who reviews administrators).
 */
export function grantableRoles(actor: Role): readonly Role[] {
  if (actor === 'system_admin') return ROLES;
  if (actor === 'county_admin')
    return ['social_worker', 'supervisor', 'coordinator', 'partner', 'county_analyst', 'county_admin'];
  return [];
}
