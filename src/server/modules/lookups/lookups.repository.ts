/** Queries for the county values of lookup lists; every function takes the transaction it runs in. */
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { withinScope } from '../../platform/scope';
import type { LookupValue } from './lookups.schemas';

export interface CountyValue extends LookupValue {
  id: string;
  version: number;
  jurisdictionId: number;
  list: string;
}

const SELECT = sql`select v.id, v.jurisdiction_id, v.list, v.code, v.label_en, v.label_es, v.active, v.version
  from lookup_values v`;

const toValue = (r: Record<string, unknown>): CountyValue => ({
  id: String(r.id),
  jurisdictionId: Number(r.jurisdiction_id),
  list: String(r.list),
  code: String(r.code),
  labelEn: String(r.label_en),
  labelEs: String(r.label_es),
  builtIn: false,
  active: r.active === true,
  version: Number(r.version),
});

/** Every county value of the jurisdiction (active or not), by list and label. */
export async function countyValues(
  tx: Tx,
  jurisdictionId: number,
  scopeIds: readonly number[],
  list?: string,
): Promise<CountyValue[]> {
  const where: SQL[] = [
    sql`v.jurisdiction_id = ${jurisdictionId}`,
    withinScope(sql`v.jurisdiction_id`, scopeIds),
  ];
  if (list !== undefined) where.push(sql`v.list = ${list}`);
  const res = await tx.execute(
    sql`${SELECT} where ${sql.join(where, sql` and `)} order by v.list, lower(v.label_en)`,
  );
  return res.rows.map(toValue);
}

export async function findValue(
  tx: Tx,
  id: string,
  scopeIds: readonly number[],
): Promise<CountyValue | null> {
  const res = await tx.execute(
    sql`${SELECT} where v.id = ${id} and ${withinScope(sql`v.jurisdiction_id`, scopeIds)}`,
  );
  return res.rows[0] ? toValue(res.rows[0]) : null;
}

/** The codes of the jurisdiction's county values in one list (only active ones unless asked). */
export async function countyCodes(
  tx: Tx,
  jurisdictionId: number,
  list: string,
  includeInactive: boolean,
): Promise<string[]> {
  const res = await tx.execute(sql`
    select v.code from lookup_values v
    where v.jurisdiction_id = ${jurisdictionId} and v.list = ${list} ${includeInactive ? sql`` : sql`and v.active`}`);
  return res.rows.map((r) => String(r.code));
}

export async function insertValue(
  tx: Tx,
  v: { jurisdictionId: number; list: string; code: string; labelEn: string; labelEs: string },
): Promise<string> {
  const res = await tx.execute(sql`
    insert into lookup_values (jurisdiction_id, list, code, label_en, label_es)
    values (${v.jurisdictionId}, ${v.list}, ${v.code}, ${v.labelEn}, ${v.labelEs}) returning id`);
  return String(res.rows[0]!.id);
}

export async function updateValue(
  tx: Tx,
  id: string,
  version: number,
  patch: { labelEn?: string | undefined; labelEs?: string | undefined; active?: boolean | undefined },
): Promise<boolean> {
  const sets: SQL[] = [sql`updated_at = now()`, sql`version = version + 1`];
  if (patch.labelEn !== undefined) sets.push(sql`label_en = ${patch.labelEn}`);
  if (patch.labelEs !== undefined) sets.push(sql`label_es = ${patch.labelEs}`);
  if (patch.active !== undefined) sets.push(sql`active = ${patch.active}`);
  const res = await tx.execute(
    sql`update lookup_values set ${sql.join(sets, sql`, `)} where id = ${id} and version = ${version} returning id`,
  );
  return res.rows.length === 1;
}
