import { sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../../domain/access/roles';
import { normaliseHandle, normalisePhone } from '../../../domain/record/normalise';
import type { Tx } from '../../platform/db';
import { withinScope } from '../../platform/scope';
import { youthVisible } from './youth.access';
import type { SensitiveValues, Youth } from './youth.schemas';

/** Every field a youth has, sensitive groups included: for the service and the audit log, never a response. */
export type YouthRecord = Omit<Youth, 'ref' | 'age' | 'sensitive'> & {
  ref: number;
  sensitive: SensitiveValues;
};

/** The writable columns: profile fields and sensitive values by their API name. */
export interface YouthColumns {
  legalFirstName: string;
  legalMiddleName: string | null;
  legalLastName: string;
  preferredName: string | null;
  otherNames: Youth['otherNames'];
  dateOfBirth: string | null;
  dobEstimated: boolean;
  gender: Youth['gender'];
  raceEthnicity: Youth['raceEthnicity'];
  tribalAffiliation: string | null;
  languages: string[];
  interpreterNeeded: boolean;
  countryOfBirth: string | null;
  school: string | null;
  dependencyStatus: Youth['dependencyStatus'];
  probationStatus: Youth['probationStatus'];
  placementStatus: Youth['placementStatus'];
  citizenshipStatus: SensitiveValues['immigration']['citizenshipStatus'];
  immigrationNotes: string | null;
  genderIdentity: SensitiveValues['sogie']['genderIdentity'];
  sexualOrientation: SensitiveValues['sogie']['sexualOrientation'];
  genderExpression: SensitiveValues['sogie']['genderExpression'];
  pronouns: string | null;
  tattoos: SensitiveValues['tattoos']['tattoos'];
  phones: SensitiveValues['identifiers']['phones'];
  handles: SensitiveValues['identifiers']['handles'];
  searchNames: string;
}

/** API field → column, and whether the column is jsonb. */
const COLUMNS: Record<keyof YouthColumns, [string, boolean]> = {
  legalFirstName: ['legal_first_name', false],
  legalMiddleName: ['legal_middle_name', false],
  legalLastName: ['legal_last_name', false],
  preferredName: ['preferred_name', false],
  otherNames: ['other_names', true],
  dateOfBirth: ['date_of_birth', false],
  dobEstimated: ['dob_estimated', false],
  gender: ['gender', false],
  raceEthnicity: ['race_ethnicity', true],
  tribalAffiliation: ['tribal_affiliation', false],
  languages: ['languages', true],
  interpreterNeeded: ['interpreter_needed', false],
  countryOfBirth: ['country_of_birth', false],
  school: ['school', false],
  dependencyStatus: ['dependency_status', false],
  probationStatus: ['probation_status', false],
  placementStatus: ['placement_status', false],
  citizenshipStatus: ['citizenship_status', false],
  immigrationNotes: ['immigration_notes', false],
  genderIdentity: ['gender_identity', false],
  sexualOrientation: ['sexual_orientation', false],
  genderExpression: ['gender_expression', false],
  pronouns: ['pronouns', false],
  tattoos: ['tattoos', true],
  phones: ['phones', true],
  handles: ['handles', true],
  searchNames: ['search_names', false],
};

const value = (field: keyof YouthColumns, v: unknown): SQL => {
  const isJson = COLUMNS[field][1];
  if (field === 'dateOfBirth') return sql`${v}::date`;
  return isJson ? sql`${JSON.stringify(v)}::jsonb` : sql`${v}`;
};

const SELECT = sql`
  select y.id, y.ref, y.jurisdiction_id, j.name as jurisdiction_name, y.legal_first_name, y.legal_middle_name,
         y.legal_last_name, y.preferred_name, y.other_names, y.date_of_birth::text as date_of_birth, y.dob_estimated,
         y.gender, y.race_ethnicity, y.tribal_affiliation, y.languages, y.interpreter_needed, y.country_of_birth,
         y.school, y.dependency_status, y.probation_status, y.placement_status, y.citizenship_status,
         y.immigration_notes, y.gender_identity, y.sexual_orientation, y.gender_expression, y.pronouns, y.tattoos,
         y.phones, y.handles, y.created_at, y.updated_at, y.version
  from youth y join jurisdictions j on j.id = y.jurisdiction_id`;

const iso = (v: unknown) => new Date(v as string).toISOString();
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

export function toYouthRecord(r: Record<string, unknown>): YouthRecord {
  return {
    id: String(r.id),
    ref: Number(r.ref),
    jurisdictionId: Number(r.jurisdiction_id),
    jurisdictionName: String(r.jurisdiction_name),
    legalFirstName: String(r.legal_first_name),
    legalMiddleName: str(r.legal_middle_name),
    legalLastName: String(r.legal_last_name),
    preferredName: str(r.preferred_name),
    otherNames: json(r.other_names),
    dateOfBirth: str(r.date_of_birth),
    dobEstimated: r.dob_estimated === true,
    gender: str(r.gender) as YouthRecord['gender'],
    raceEthnicity: json(r.race_ethnicity),
    tribalAffiliation: str(r.tribal_affiliation),
    languages: json(r.languages),
    interpreterNeeded: r.interpreter_needed === true,
    countryOfBirth: str(r.country_of_birth),
    school: str(r.school),
    dependencyStatus: str(r.dependency_status) as YouthRecord['dependencyStatus'],
    probationStatus: str(r.probation_status) as YouthRecord['probationStatus'],
    placementStatus: str(r.placement_status) as YouthRecord['placementStatus'],
    sensitive: {
      immigration: {
        citizenshipStatus: str(r.citizenship_status) as SensitiveValues['immigration']['citizenshipStatus'],
        immigrationNotes: str(r.immigration_notes),
      },
      sogie: {
        genderIdentity: str(r.gender_identity) as SensitiveValues['sogie']['genderIdentity'],
        sexualOrientation: str(r.sexual_orientation) as SensitiveValues['sogie']['sexualOrientation'],
        genderExpression: str(r.gender_expression) as SensitiveValues['sogie']['genderExpression'],
        pronouns: str(r.pronouns),
      },
      tattoos: { tattoos: json(r.tattoos) },
      identifiers: { phones: json(r.phones), handles: json(r.handles) },
    },
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    version: Number(r.version),
  };
}

/** The youth with this id, when it is in scope and this role may see it (null otherwise: answer 404). */
export async function findYouth(
  tx: Tx,
  id: string,
  opts: { scopeIds: readonly number[]; role: Role },
): Promise<YouthRecord | null> {
  const res = await tx.execute(sql`${SELECT}
    where y.id = ${id} and ${withinScope(sql`y.jurisdiction_id`, opts.scopeIds)} and ${youthVisible(opts.role, sql`y.id`)}`);
  return res.rows[0] ? toYouthRecord(res.rows[0]) : null;
}

export async function insertYouth(
  tx: Tx,
  v: YouthColumns & { jurisdictionId: number; createdBy: string },
): Promise<string> {
  const fields = Object.keys(COLUMNS) as (keyof YouthColumns)[];
  const res = await tx.execute(sql`
    insert into youth (jurisdiction_id, created_by, ${sql.join(
      fields.map((f) => sql.identifier(COLUMNS[f][0])),
      sql`, `,
    )})
    values (${v.jurisdictionId}, ${v.createdBy}, ${sql.join(
      fields.map((f) => value(f, v[f])),
      sql`, `,
    )})
    returning id`);
  return String(res.rows[0]!.id);
}

/** Optimistic concurrency: changes only the version the caller saw; false when it has moved on. */
export async function updateYouth(
  tx: Tx,
  id: string,
  version: number,
  patch: Partial<YouthColumns>,
): Promise<boolean> {
  const sets: SQL[] = [sql`updated_at = now()`, sql`version = version + 1`];
  for (const f of Object.keys(patch) as (keyof YouthColumns)[])
    if (patch[f] !== undefined) sets.push(sql`${sql.identifier(COLUMNS[f][0])} = ${value(f, patch[f])}`);
  const res = await tx.execute(
    sql`update youth set ${sql.join(sets, sql`, `)} where id = ${id} and version = ${version} returning id`,
  );
  return res.rows.length === 1;
}

/** The youth's phones and handles in normal form, for search and the network view: replaced as a whole. */
export async function replaceIdentifiers(
  tx: Tx,
  v: {
    youthId: string;
    jurisdictionId: number;
    phones: readonly { number: string }[];
    handles: readonly { handle: string }[];
  },
): Promise<void> {
  await tx.execute(
    sql`delete from identifiers where subject_type = 'youth' and subject_id = ${v.youthId} and jurisdiction_id = ${v.jurisdictionId}`,
  );
  const rows = [
    ...new Set(v.phones.map((p) => `phone:${normalisePhone(p.number)}`)),
    ...new Set(v.handles.map((h) => `handle:${normaliseHandle(h.handle)}`)),
  ]
    .map((s) => [s.slice(0, s.indexOf(':')), s.slice(s.indexOf(':') + 1)] as const)
    .filter(([, val]) => val.length > 0);
  if (rows.length === 0) return;
  await tx.execute(sql`
    insert into identifiers (jurisdiction_id, subject_type, subject_id, kind, value)
    values ${sql.join(
      rows.map(([kind, val]) => sql`(${v.jurisdictionId}, 'youth', ${v.youthId}, ${kind}, ${val})`),
      sql`, `,
    )}`);
}
