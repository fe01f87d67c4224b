/**
 * Finding youth: trigram similarity on the folded names (youth_search_names_trgm_idx serves the `<%`
 * operator), exact date of birth (youth_jurisdiction_dob_idx) and exact phone or handle (identifiers_value_idx).
 * Every query is limited to the scope and the relationship rule, like any other read of the record.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../../domain/access/roles';
import type { Tx } from '../../platform/db';
import { withinScope } from '../../platform/scope';
import { youthVisible } from './youth.access';
import { DUPLICATE_NAME_FLOOR, requiredWords, WORD_SIMILARITY_THRESHOLD } from './youth.matching';

export interface MatchRow {
  id: string;
  ref: number;
  jurisdictionName: string;
  legalFirstName: string;
  legalMiddleName: string | null;
  legalLastName: string;
  preferredName: string | null;
  otherNames: { kind: 'aka' | 'moniker'; name: string }[];
  dateOfBirth: string | null;
  dobEstimated: boolean;
  gender: string | null;
  nameScore: number;
  /** The query's similarity to each indexed name, [folded name, score]. */
  segments: [string, number][];
  dob: boolean;
  phone: boolean;
  handle: boolean;
}

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

const toMatch = (r: Record<string, unknown>): MatchRow => ({
  id: String(r.id),
  ref: Number(r.ref),
  jurisdictionName: String(r.jurisdiction_name),
  legalFirstName: String(r.legal_first_name),
  legalMiddleName: (r.legal_middle_name as string | null) ?? null,
  legalLastName: String(r.legal_last_name),
  preferredName: (r.preferred_name as string | null) ?? null,
  otherNames: json(r.other_names),
  dateOfBirth: (r.date_of_birth as string | null) ?? null,
  dobEstimated: r.dob_estimated === true,
  gender: (r.gender as string | null) ?? null,
  nameScore: Number(r.name_score ?? 0),
  segments: (json<[string, number][] | null>(r.segments) ?? []).map(([n, s]) => [n, Number(s)]),
  dob: r.dob === true,
  phone: r.phone === true,
  handle: r.handle === true,
});

/** The trigram operators read their thresholds from settings: transaction-local, like the scope. */
async function setThreshold(tx: Tx) {
  await tx.execute(
    sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`,
  );
}

const SUMMARY_COLUMNS = sql`
  y.id, y.ref, j.name as jurisdiction_name, y.legal_first_name, y.legal_middle_name, y.legal_last_name,
  y.preferred_name, y.other_names, y.date_of_birth::text as date_of_birth, y.dob_estimated, y.gender`;

/**
 * The name condition the trigram index serves: every required word `<%` the names, alternatives OR-ed; false
 * when the text has no words. lantern_youth_name_match (drizzle/0006) runs the index scan as the table owner
 * within the caller's scope: under row-level security PostgreSQL would not use the index for the
 * non-LEAKPROOF `<%` operator and would read the whole county row by row.
 */
function namesMatch(texts: readonly string[], viaIndex = true): SQL {
  const sets = [
    ...new Map(
      texts
        .map(requiredWords)
        .filter((words) => words.length > 0)
        .map((words) => [[...words].sort().join(' '), words] as const),
    ).values(),
  ];
  if (sets.length === 0) return sql`false`;
  return sql.join(
    sets.map((words) =>
      viaIndex
        ? sql`y.id in (select lantern_youth_name_match(array[${sql.join(
            words.map((w) => sql`${w}`),
            sql`, `,
          )}]::text[]))`
        : sql`(${sql.join(
            words.map((w) => sql`${w} <% y.search_names`),
            sql` and `,
          )})`,
    ),
    sql` or `,
  );
}

const segments = (q: string) => sql`(
  select json_agg(json_build_array(s, word_similarity(${q}, s)))
  from unnest(string_to_array(y.search_names, ' | ')) as s)`;

export interface SearchCriteria {
  scopeIds: readonly number[];
  role: Role;
  /** Folded name text (foldName), or null for no name search. */
  name: string | null;
  dob: string | null;
  /**
   * With a name AND a date of birth, the name is looked for among youth born on or near that date (the date,
   * a day either side, day and month swapped): a few hundred rows at most, where a common given name alone
   * matches thousands. Youth born on exactly that date are found by the date alone as well.
   */
  nearDobs: string[];
  /** Normalised phone / handle, only for holders of youth.sensitive.identifiers. */
  phone: string | null;
  handle: string | null;
  limit: number;
}

/** Youth matching any criterion, best first: name similarity, plus a date of birth, plus a phone or handle. */
export async function searchYouth(tx: Tx, c: SearchCriteria): Promise<MatchRow[]> {
  const youthIn = (alias: SQL, idColumn: SQL) =>
    sql`${withinScope(alias, c.scopeIds)} and ${youthVisible(c.role, idColumn)}`;
  const branches: SQL[] = [];
  if (c.name) {
    await setThreshold(tx);
    const where = c.nearDobs.length
      ? sql`y.date_of_birth = any(${`{${c.nearDobs.join(',')}}`}::date[]) and (${namesMatch([c.name], false)})`
      : namesMatch([c.name]);
    branches.push(sql`
      select y.id, word_similarity(${c.name}, y.search_names) as name_score, false as dob, false as phone, false as handle
      from youth y where (${where}) and ${youthIn(sql`y.jurisdiction_id`, sql`y.id`)}`);
  }
  if (c.dob)
    branches.push(sql`
      select y.id, 0::real, true, false, false
      from youth y where y.date_of_birth = ${c.dob}::date and ${youthIn(sql`y.jurisdiction_id`, sql`y.id`)}`);
  const idents: SQL[] = [];
  if (c.phone) idents.push(sql`(i.kind = 'phone' and i.value = ${c.phone})`);
  if (c.handle) idents.push(sql`(i.kind = 'handle' and i.value = ${c.handle})`);
  if (idents.length)
    branches.push(sql`
      select i.subject_id, 0::real, false, i.kind = 'phone', i.kind = 'handle'
      from identifiers i
      where i.subject_type = 'youth' and (${sql.join(idents, sql` or `)})
        and ${youthIn(sql`i.jurisdiction_id`, sql`i.subject_id`)}`);
  if (branches.length === 0) return [];
  const res = await tx.execute(sql`
    with hits (id, name_score, dob, phone, handle) as (${sql.join(branches, sql` union all `)}),
    best as (
      select h.id, max(h.name_score) as name_score, bool_or(h.dob) as dob, bool_or(h.phone) as phone,
             bool_or(h.handle) as handle,
             max(h.name_score) + case when bool_or(h.dob) then 0.5 else 0 end
               + case when bool_or(h.phone) or bool_or(h.handle) then 1 else 0 end as score
      from hits h group by h.id
    ),
    top as (
      select b.*, y.legal_last_name, y.legal_first_name from best b
        join youth y on y.id = b.id and ${youthIn(sql`y.jurisdiction_id`, sql`y.id`)}
      order by b.score desc, y.legal_last_name, y.legal_first_name, b.id
      limit ${c.limit}
    )
    select ${SUMMARY_COLUMNS}, t.name_score, t.dob, t.phone, t.handle,
           ${c.name ? segments(c.name) : sql`null`} as segments
    from top t join youth y on y.id = t.id join jurisdictions j on j.id = y.jurisdiction_id
    order by t.score desc, t.legal_last_name, t.legal_first_name, t.id`);
  return res.rows.map(toMatch);
}

export interface DuplicateCriteria {
  scopeIds: readonly number[];
  role: Role;
  jurisdictionId: number;
  /** Folded names to compare: the legal name both ways round, and any AKAs or monikers. */
  names: string[];
  /** The date of birth and the dates it may have been mistyped from. */
  dobs: string[];
  limit: number;
}

/** Youth of the county whose names are alike, or whose date of birth is near and names at least loosely alike. */
export async function duplicateCandidates(tx: Tx, c: DuplicateCriteria): Promise<MatchRow[]> {
  await setThreshold(tx);
  const score = sql`greatest(${sql.join(
    c.names.map((n) => sql`word_similarity(${n}, y.search_names)`),
    sql`, `,
  )})`;
  const byName = namesMatch(c.names);
  const dobs = `{${c.dobs.join(',')}}`;
  const byDob = c.dobs.length
    ? sql`or (y.date_of_birth = any(${dobs}::date[]) and ${score} >= ${DUPLICATE_NAME_FLOOR})`
    : sql``;
  const res = await tx.execute(sql`
    select ${SUMMARY_COLUMNS}, ${score} as name_score, ${segments(c.names[0]!)} as segments,
           ${c.dobs.length ? sql`y.date_of_birth = any(${dobs}::date[])` : sql`false`} as dob,
           false as phone, false as handle
    from youth y join jurisdictions j on j.id = y.jurisdiction_id
    where y.jurisdiction_id = ${c.jurisdictionId}
      and ${withinScope(sql`y.jurisdiction_id`, c.scopeIds)} and ${youthVisible(c.role, sql`y.id`)}
      and ((${byName}) ${byDob})
    order by name_score desc, y.id
    limit ${c.limit}`);
  return res.rows.map(toMatch);
}
