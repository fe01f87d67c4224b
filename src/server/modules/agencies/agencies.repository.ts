import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { withinScope } from '../../platform/scope';
import type { Agency } from './agencies.schemas';

const SELECT = sql`
  select a.id, a.jurisdiction_id, j.name as jurisdiction_name, a.name, a.kind, a.active, a.created_at, a.updated_at, a.version
  from agencies a join jurisdictions j on j.id = a.jurisdiction_id`;

const toAgency = (r: Record<string, unknown>): Agency => ({
  id: String(r.id),
  jurisdictionId: Number(r.jurisdiction_id),
  jurisdictionName: String(r.jurisdiction_name),
  name: String(r.name),
  kind: r.kind as Agency['kind'],
  active: r.active === true,
  createdAt: new Date(r.created_at as string).toISOString(),
  updatedAt: new Date(r.updated_at as string).toISOString(),
  version: Number(r.version),
});

const inScope = (ids: readonly number[]) => withinScope(sql`a.jurisdiction_id`, ids);

export async function findAgency(tx: Tx, id: string, scopeIds: readonly number[]): Promise<Agency | null> {
  const res = await tx.execute(sql`${SELECT} where a.id = ${id} and ${inScope(scopeIds)}`);
  return res.rows[0] ? toAgency(res.rows[0]) : null;
}

export async function listAgencies(
  tx: Tx,
  opts: { scopeIds: readonly number[]; jurisdictionId?: number | undefined; active?: boolean | undefined },
) {
  const where: SQL[] = [inScope(opts.scopeIds)];
  if (opts.jurisdictionId !== undefined) where.push(sql`a.jurisdiction_id = ${opts.jurisdictionId}`);
  if (opts.active !== undefined) where.push(sql`a.active = ${opts.active}`);
  const res = await tx.execute(
    sql`${SELECT} where ${sql.join(where, sql` and `)} order by j.name, lower(a.name) limit 2000`,
  );
  return res.rows.map(toAgency);
}

export async function insertAgency(
  tx: Tx,
  v: { jurisdictionId: number; name: string; kind: string },
): Promise<string> {
  const res = await tx.execute(
    sql`insert into agencies (jurisdiction_id, name, kind) values (${v.jurisdictionId}, ${v.name}, ${v.kind}) returning id`,
  );
  return String(res.rows[0]!.id);
}

export async function updateAgency(
  tx: Tx,
  id: string,
  version: number,
  patch: { name?: string | undefined; kind?: string | undefined; active?: boolean | undefined },
) {
  const sets: SQL[] = [sql`updated_at = now()`, sql`version = version + 1`];
  if (patch.name !== undefined) sets.push(sql`name = ${patch.name}`);
  if (patch.kind !== undefined) sets.push(sql`kind = ${patch.kind}`);
  if (patch.active !== undefined) sets.push(sql`active = ${patch.active}`);
  const res = await tx.execute(
    sql`update agencies set ${sql.join(sets, sql`, `)} where id = ${id} and version = ${version} returning id`,
  );
  return res.rows.length === 1;
}
