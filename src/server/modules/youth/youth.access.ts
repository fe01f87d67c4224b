import { sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../../domain/access/roles';

/**
 * Relationship-based access to the record, on top of role permissions and jurisdiction scope. County staff
 * (workers, supervisors, coordinators) see every youth in their county. Partner agencies see only youth whose
 * record has been shared with their agency; sharing (MDT consent and releases) is not built yet, so partners
 * see none, and a youth they cannot see answers 404 exactly like one that does not exist.
 */
const COUNTY_WIDE: readonly Role[] = ['social_worker', 'supervisor', 'coordinator'];

export function seesWholeCounty(role: Role): boolean {
  return COUNTY_WIDE.includes(role);
}

/**
 * The SQL condition a repository adds for the youth column it filters on (e.g. sql`y.id`, sql`a.youth_id`):
 * true for county staff, false otherwise until sharing exists.
 */
export function youthVisible(role: Role, _youthIdColumn: SQL): SQL {
  return seesWholeCounty(role) ? sql`true` : sql`false`;
}
