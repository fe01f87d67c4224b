import { COUNTY_LEVEL_ROLES, STATE_LEVEL_ROLES, type Role } from '@domain/access/roles';
import type { JurisdictionKind } from '@web/features/jurisdictions/api';

const ALL: readonly JurisdictionKind[] = ['county', 'region', 'state'];

/**
 * Where someone in a role can work: county-level roles in a county or region, state-level roles in the
 * state, and roles that are both (an auditor) anywhere. With no role chosen yet, anything goes.
 */
export function jurisdictionKindsForRole(role: Role | ''): readonly JurisdictionKind[] {
  if (role === '') return ALL;
  const stateLevel = STATE_LEVEL_ROLES.includes(role);
  const countyLevel = COUNTY_LEVEL_ROLES.includes(role);
  if (stateLevel && countyLevel) return ALL;
  return stateLevel ? ['state'] : ['county', 'region'];
}
