/**
 * Queries for a county's adapted instrument versions (instrument_versions: insert-only). Every function
 * takes the transaction it runs in and filters by jurisdiction in code as well as by row-level security.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import type { Origin } from './instruments.schemas';

export interface CountyVersionRow {
  id: string;
  jurisdictionId: number;
  key: string;
  version: number;
  basedOn: { origin: Origin; version: number };
  definition: unknown;
  changeNote: string;
  createdAt: string;
  createdBy: { id: string; displayName: string } | null;
}

const SELECT = sql`select v.id, v.jurisdiction_id, v.key, v.version, v.based_on_origin, v.based_on_version,
    v.definition, v.change_note, v.created_at, v.created_by, u.display_name as created_by_name
  from instrument_versions v left join users u on u.id = v.created_by`;

const iso = (v: unknown) => (v instanceof Date ? v : new Date(String(v))).toISOString();

const toRow = (r: Record<string, unknown>): CountyVersionRow => ({
  id: String(r.id),
  jurisdictionId: Number(r.jurisdiction_id),
  key: String(r.key),
  version: Number(r.version),
  basedOn: { origin: r.based_on_origin as Origin, version: Number(r.based_on_version) },
  definition: typeof r.definition === 'string' ? JSON.parse(r.definition) : r.definition,
  changeNote: String(r.change_note),
  createdAt: iso(r.created_at),
  createdBy:
    r.created_by === null || r.created_by === undefined
      ? null
      : { id: String(r.created_by), displayName: String(r.created_by_name ?? '') },
});

/** The county's versions of one key (or of every key), newest first. */
export async function countyVersions(
  tx: Tx,
  jurisdictionId: number,
  key?: string,
): Promise<CountyVersionRow[]> {
  const where: SQL[] = [sql`v.jurisdiction_id = ${jurisdictionId}`];
  if (key !== undefined) where.push(sql`v.key = ${key}`);
  const res = await tx.execute(
    sql`${SELECT} where ${sql.join(where, sql` and `)} order by v.key, v.version desc`,
  );
  return res.rows.map(toRow);
}

/** The county's latest version of each key it has adapted. */
export async function latestCountyVersions(tx: Tx, jurisdictionId: number): Promise<CountyVersionRow[]> {
  const res = await tx.execute(sql`${SELECT}
    where v.jurisdiction_id = ${jurisdictionId}
      and v.version = (select max(w.version) from instrument_versions w
                       where w.jurisdiction_id = v.jurisdiction_id and w.key = v.key)
    order by v.key`);
  return res.rows.map(toRow);
}

/** The county's latest version of one key, or null when it never adapted it. */
export async function latestCountyVersion(
  tx: Tx,
  jurisdictionId: number,
  key: string,
): Promise<CountyVersionRow | null> {
  const res = await tx.execute(sql`${SELECT}
    where v.jurisdiction_id = ${jurisdictionId} and v.key = ${key} order by v.version desc limit 1`);
  return res.rows[0] ? toRow(res.rows[0]) : null;
}

export async function countyVersion(
  tx: Tx,
  jurisdictionId: number,
  key: string,
  version: number,
): Promise<CountyVersionRow | null> {
  const res = await tx.execute(sql`${SELECT}
    where v.jurisdiction_id = ${jurisdictionId} and v.key = ${key} and v.version = ${version}`);
  return res.rows[0] ? toRow(res.rows[0]) : null;
}

export async function insertVersion(
  tx: Tx,
  v: {
    jurisdictionId: number;
    key: string;
    version: number;
    basedOn: { origin: Origin; version: number };
    definition: unknown;
    changeNote: string;
    createdBy: string;
  },
): Promise<string> {
  const res = await tx.execute(sql`
    insert into instrument_versions
      (jurisdiction_id, key, version, based_on_origin, based_on_version, definition, change_note, created_by)
    values (${v.jurisdictionId}, ${v.key}, ${v.version}, ${v.basedOn.origin}, ${v.basedOn.version},
            ${JSON.stringify(v.definition)}::jsonb, ${v.changeNote}, ${v.createdBy})
    returning id`);
  return String(res.rows[0]!.id);
}
