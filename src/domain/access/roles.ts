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
  // The record. Which youth a holder sees also depends on relationship: county staff see their county's
  // youth; partner agencies only what is shared with them (sharing arrives with teaming).
  'youth.read',
  'youth.write',
  // Sensitive field groups: each needs its own permission to reveal or change (reveals are audited).
  'youth.sensitive.immigration',
  'youth.sensitive.sogie',
  'youth.sensitive.tattoos',
  'youth.sensitive.identifiers',
  'reports.read',
  'reports.write',
  'allegations.review',
  'persons.read',
  'persons.write',
  'lookups.manage',
  'imports.run',
  // Identification: screenings are identified data (tenancy applies, reads and changes are audited).
  'screenings.read',
  'screenings.write',
  // Adapt a screening instrument for the county (each save is a new version).
  'instruments.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const CASEWORK: readonly Permission[] = [
  'youth.read',
  'youth.write',
  'reports.read',
  'reports.write',
  'persons.read',
  'persons.write',
  'screenings.read',
  'screenings.write',
];
const ALL_SENSITIVE: readonly Permission[] = [
  'youth.sensitive.immigration',
  'youth.sensitive.sogie',
  'youth.sensitive.tattoos',
  'youth.sensitive.identifiers',
];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // A worker needs identifiers and tattoos to investigate and immigration status for the federal
  // notification; sexual orientation and gender identity stay with the supervisor and coordinator.
  social_worker: [
    'jurisdictions.read',
    'agencies.read',
    ...CASEWORK,
    'youth.sensitive.immigration',
    'youth.sensitive.tattoos',
    'youth.sensitive.identifiers',
  ],
  supervisor: ['jurisdictions.read', 'agencies.read', ...CASEWORK, ...ALL_SENSITIVE, 'allegations.review'],
  coordinator: [
    'jurisdictions.read',
    'agencies.read',
    ...CASEWORK,
    ...ALL_SENSITIVE,
    'lookups.manage',
    'imports.run',
    'instruments.manage',
  ],
  // Partners read only records shared with their agency, and never persons of interest or sensitive groups.
  partner: ['jurisdictions.read', 'youth.read', 'reports.read'],
  county_analyst: ['jurisdictions.read', 'agencies.read'],
  state_analyst: ['jurisdictions.read', 'agencies.read'],
  county_admin: [
    'jurisdictions.read',
    'agencies.read',
    'agencies.manage',
    'users.read',
    'users.manage',
    'lookups.manage',
    'imports.run',
  ],
  system_admin: [
    'jurisdictions.read',
    'agencies.read',
    'agencies.manage',
    'users.read',
    'users.manage',
    'lookups.manage',
    'imports.run',
  ],
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
