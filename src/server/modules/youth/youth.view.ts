import type { Role } from '../../../domain/access/roles';
import { sql } from 'drizzle-orm';
import { searchNames } from '../../../domain/record/normalise';
import { youthDisplayName, youthRef } from '../../../domain/record/references';
import { sensitiveState } from './youth.policy';
import type { YouthRecord } from './youth.repository';
import type { Youth } from './youth.schemas';

export { youthRef };

/** Whole years from a YYYY-MM-DD date of birth to `today` (UTC); null when unknown. */
export function ageOn(dateOfBirth: string | null, today = new Date()): number | null {
  if (!dateOfBirth) return null;
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const ty = today.getUTCFullYear();
  const tm = today.getUTCMonth() + 1;
  const td = today.getUTCDate();
  const age = ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
  return age < 0 ? 0 : age;
}

export const legalName = (y: {
  legalFirstName: string;
  legalMiddleName: string | null;
  legalLastName: string;
}) => [y.legalFirstName, y.legalMiddleName, y.legalLastName].filter(Boolean).join(' ');

/** What the youth is called: the preferred name (or legal first name) and the legal last name. */
export const displayName = youthDisplayName;

/** The same name in SQL, for queries that join youth as `y` (reports, allegations, persons, the network). */
export const YOUTH_NAME = sql`coalesce(nullif(trim(y.preferred_name), ''), y.legal_first_name) || ' ' || y.legal_last_name`;

/** The folded text the trigram index holds: legal name, preferred name, then every AKA and moniker. */
export const youthSearchNames = (y: {
  legalFirstName: string;
  legalMiddleName: string | null;
  legalLastName: string;
  preferredName: string | null;
  otherNames: readonly { name: string }[];
}) => searchNames([legalName(y), y.preferredName ?? '', ...y.otherNames.map((n) => n.name)]);

/** The profile a reader sees: every sensitive group reduced to whether it holds anything and may be revealed. */
export function toYouth(r: YouthRecord, role: Role): Youth {
  const { sensitive, ref, ...rest } = r;
  return {
    ...rest,
    ref: youthRef(ref),
    age: ageOn(r.dateOfBirth),
    sensitive: sensitiveState(role, sensitive),
  };
}

/** The youth as the (restricted) audit log records it before and after a change: sensitive values included. */
export const auditSnapshot = (r: YouthRecord) => ({ ...r, ref: youthRef(r.ref) });
