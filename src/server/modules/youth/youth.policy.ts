import { can, type Permission, type Role } from '../../../domain/access/roles';
import { AppError } from '../../platform/errors';
import { SENSITIVE_GROUPS, type SensitiveGroup, type SensitiveValues } from './youth.schemas';

/** The permission that reveals or changes one sensitive group. */
export const sensitivePermission = (group: SensitiveGroup): Permission => `youth.sensitive.${group}`;

export function mayRevealGroup(role: Role, group: SensitiveGroup): boolean {
  return can(role, sensitivePermission(group));
}

/**
 * Writing a sensitive group needs that group's permission: 403 before anything changes, naming the group
 * (never its value).
 */
export function assertMayWriteSensitive(
  role: Role,
  sensitive: Partial<Record<SensitiveGroup, unknown>> | undefined,
): void {
  const denied = SENSITIVE_GROUPS.filter((g) => sensitive?.[g] !== undefined && !mayRevealGroup(role, g));
  if (denied.length)
    throw new AppError('forbidden', 'You do not have access to change some of the sensitive information.', {
      details: denied.map((g) => ({
        path: `sensitive.${g}`,
        message: 'Your role may not change this group.',
      })),
    });
}

/** Revealing a group needs its permission (403); the caller has already found the youth (404 otherwise). */
export function assertMayReveal(role: Role, group: SensitiveGroup): void {
  if (!mayRevealGroup(role, group))
    throw new AppError('forbidden', 'Your role may not see this sensitive information.');
}

/** Whether a group holds anything at all (the profile shows that much to everyone who may read the youth). */
export function groupPresent(values: SensitiveValues, group: SensitiveGroup): boolean {
  switch (group) {
    case 'immigration':
      return values.immigration.citizenshipStatus !== null || values.immigration.immigrationNotes !== null;
    case 'sogie': {
      const s = values.sogie;
      return (
        s.genderIdentity !== null ||
        s.sexualOrientation !== null ||
        s.genderExpression !== null ||
        s.pronouns !== null
      );
    }
    case 'tattoos':
      return values.tattoos.tattoos.length > 0;
    case 'identifiers':
      return values.identifiers.phones.length > 0 || values.identifiers.handles.length > 0;
  }
}

export function sensitiveState(role: Role, values: SensitiveValues) {
  const state = (g: SensitiveGroup) => ({
    present: groupPresent(values, g),
    canReveal: mayRevealGroup(role, g),
  });
  return {
    immigration: state('immigration'),
    sogie: state('sogie'),
    tattoos: state('tattoos'),
    identifiers: state('identifiers'),
  };
}
