/**
 * Queries for persons of interest (links and allegations are in persons.links.repository.ts). Every function
 * takes the transaction it runs in and the reader's jurisdiction scope (row-level security is the other
 * half); anything about a youth also takes the relationship rule (`visible`, from youth.access.ts).
 */
import { sql, type SQL } from 'drizzle-orm';
import { normaliseHandle, normalisePhone, searchNames } from '../../../domain/record/normalise';
import type { Tx } from '../../platform/db';
import { withinScope } from '../../platform/scope';
import type { CreatePersonInput, Person, PersonSummary, UpdatePersonInput } from './persons.schemas';

/** The relationship rule for a youth column, e.g. visible(sql`l.youth_id`). */
export type Visible = (youthIdColumn: SQL) => SQL;

const iso = (v: unknown): string => new Date(v as string).toISOString();
const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

import { personDisplayName, personRef } from '../../../domain/record/references';

export { personDisplayName, personRef };
export { reportRef, youthRef } from '../../../domain/record/references';
export { YOUTH_NAME } from '../youth/youth.view';

type Names = Person['names'];

/** Which of a person's names is shown first: the first recorded name, else the first moniker (-1: none). */
function primaryIndex(names: Names): number {
  const named = names.findIndex((n) => n.kind === 'name' && n.name);
  return named >= 0 ? named : names.findIndex((n) => n.name);
}

const PERSON_SELECT = sql`
  select p.id, p.ref, p.jurisdiction_id, j.name as jurisdiction_name, p.names, p.approximate_age, p.phones,
    p.handles, p.addresses, p.vehicles, p.notes, p.created_at, p.updated_at, p.version
  from persons_of_interest p join jurisdictions j on j.id = p.jurisdiction_id`;

const toPerson = (r: Record<string, unknown>): Person => {
  const names = json<Names>(r.names);
  return {
    id: String(r.id),
    ref: personRef(r.ref),
    jurisdictionId: Number(r.jurisdiction_id),
    jurisdictionName: String(r.jurisdiction_name),
    displayName: personDisplayName(names, r.ref),
    names,
    approximateAge: r.approximate_age === null ? null : Number(r.approximate_age),
    phones: json<Person['phones']>(r.phones),
    handles: json<Person['handles']>(r.handles),
    addresses: json<Person['addresses']>(r.addresses),
    vehicles: json<Person['vehicles']>(r.vehicles),
    notes: String(r.notes),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    version: Number(r.version),
  };
};

export async function findPerson(tx: Tx, id: string, scopeIds: readonly number[]): Promise<Person | null> {
  const res = await tx.execute(
    sql`${PERSON_SELECT} where p.id = ${id} and ${withinScope(sql`p.jurisdiction_id`, scopeIds)}`,
  );
  return res.rows[0] ? toPerson(res.rows[0]) : null;
}

/** What a search looks for: folded name text, and a phone or handle when the query could be one. */
export interface PersonSearch {
  name: string | null;
  phone: string | null;
  handle: string | null;
}

/** Word similarity a name must reach to match (pg_trgm): tolerates a typo or two in a short name. */
const NAME_THRESHOLD = 0.4;

export async function searchPersons(
  tx: Tx,
  scopeIds: readonly number[],
  s: PersonSearch,
  limit: number,
): Promise<PersonSummary[]> {
  const byPhone = s.phone
    ? sql`exists (select 1 from identifiers i where i.subject_id = p.id and i.subject_type = 'person_of_interest'
        and i.kind = 'phone' and i.value = ${s.phone} and ${withinScope(sql`i.jurisdiction_id`, scopeIds)})`
    : sql`false`;
  const byHandle = s.handle
    ? sql`exists (select 1 from identifiers i where i.subject_id = p.id and i.subject_type = 'person_of_interest'
        and i.kind = 'handle' and i.value = ${s.handle} and ${withinScope(sql`i.jurisdiction_id`, scopeIds)})`
    : sql`false`;
  const byName = s.name
    ? sql`(${s.name} <% p.search_names or strpos(p.search_names, ${s.name}) > 0)`
    : sql`false`;
  const score = s.name ? sql`word_similarity(${s.name}, p.search_names)` : sql`0`;
  const anything = s.name || s.phone || s.handle;
  if (s.name)
    await tx.execute(
      sql`select set_config('pg_trgm.word_similarity_threshold', ${String(NAME_THRESHOLD)}, true)`,
    );
  const res = await tx.execute(sql`
    select * from (
      select p.id, p.ref, j.name as jurisdiction_name, p.names, p.approximate_age, p.updated_at,
        (select count(*) from person_of_interest_links l where l.person_of_interest_id = p.id) as linked,
        ${byName} as by_name, ${byPhone} as by_phone, ${byHandle} as by_handle, ${score} as score
      from persons_of_interest p join jurisdictions j on j.id = p.jurisdiction_id
      where ${withinScope(sql`p.jurisdiction_id`, scopeIds)}) hits
    where ${anything ? sql`by_name or by_phone or by_handle` : sql`true`}
    order by (by_phone or by_handle) desc, score desc, updated_at desc, ref desc
    limit ${limit}`);
  return res.rows.map((r) => {
    const names = json<Names>(r.names);
    const primary = primaryIndex(names);
    const matched: PersonSummary['matched'] = [];
    if (r.by_name === true) matched.push('name');
    if (r.by_phone === true) matched.push('phone');
    if (r.by_handle === true) matched.push('handle');
    return {
      id: String(r.id),
      ref: personRef(r.ref),
      jurisdictionName: String(r.jurisdiction_name),
      displayName: personDisplayName(names, r.ref),
      otherNames: names.filter((_, i) => i !== primary).map((n) => n.name),
      approximateAge: r.approximate_age === null ? null : Number(r.approximate_age),
      linkedYouthCount: Number(r.linked),
      matched,
      updatedAt: iso(r.updated_at),
    };
  });
}

type Fields = Omit<CreatePersonInput, 'jurisdictionId'>;

export async function insertPerson(
  tx: Tx,
  v: Fields & { jurisdictionId: number; createdBy: string },
): Promise<string> {
  const res = await tx.execute(sql`
    insert into persons_of_interest
      (jurisdiction_id, names, approximate_age, phones, handles, addresses, vehicles, notes, search_names, created_by)
    values (${v.jurisdictionId}, ${JSON.stringify(v.names)}::jsonb, ${v.approximateAge},
      ${JSON.stringify(v.phones)}::jsonb, ${JSON.stringify(v.handles)}::jsonb, ${JSON.stringify(v.addresses)}::jsonb,
      ${JSON.stringify(v.vehicles)}::jsonb, ${v.notes}, ${searchNames(v.names.map((n) => n.name))}, ${v.createdBy})
    returning id`);
  return String(res.rows[0]!.id);
}

/** Applies the changed fields if the version still matches; false when someone else saved first. */
export async function updatePerson(
  tx: Tx,
  id: string,
  patch: Omit<UpdatePersonInput, 'version'> & { version: number },
): Promise<boolean> {
  const sets: SQL[] = [sql`updated_at = now()`, sql`version = version + 1`];
  const jsonCol = (col: string, v: unknown) => sql`${sql.identifier(col)} = ${JSON.stringify(v)}::jsonb`;
  if (patch.names !== undefined) {
    sets.push(jsonCol('names', patch.names));
    sets.push(sql`search_names = ${searchNames(patch.names.map((n) => n.name))}`);
  }
  if (patch.approximateAge !== undefined) sets.push(sql`approximate_age = ${patch.approximateAge}`);
  if (patch.phones !== undefined) sets.push(jsonCol('phones', patch.phones));
  if (patch.handles !== undefined) sets.push(jsonCol('handles', patch.handles));
  if (patch.addresses !== undefined) sets.push(jsonCol('addresses', patch.addresses));
  if (patch.vehicles !== undefined) sets.push(jsonCol('vehicles', patch.vehicles));
  if (patch.notes !== undefined) sets.push(sql`notes = ${patch.notes}`);
  const res = await tx.execute(
    sql`update persons_of_interest set ${sql.join(sets, sql`, `)}
        where id = ${id} and version = ${patch.version} returning id`,
  );
  return res.rows.length === 1;
}

/** Rewrites the person's rows in `identifiers` (normalised phones and handles) from the record. */
export async function replaceIdentifiers(tx: Tx, person: Person): Promise<void> {
  await tx.execute(
    sql`delete from identifiers where subject_type = 'person_of_interest' and subject_id = ${person.id}`,
  );
  const rows = new Set<string>();
  for (const p of person.phones) rows.add(`phone\u0000${normalisePhone(p.number)}`);
  for (const h of person.handles) rows.add(`handle\u0000${normaliseHandle(h.handle)}`);
  const values = [...rows]
    .map((r) => r.split('\u0000') as [string, string])
    .filter(([, value]) => value.length > 0)
    .map(
      ([kind, value]) =>
        sql`(${person.jurisdictionId}, 'person_of_interest', ${person.id}, ${kind}, ${value})`,
    );
  if (values.length === 0) return;
  await tx.execute(sql`
    insert into identifiers (jurisdiction_id, subject_type, subject_id, kind, value)
    values ${sql.join(values, sql`, `)}`);
}
