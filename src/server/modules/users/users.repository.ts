import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { withinScope } from '../../platform/scope';
import type { User } from './users.schemas';

const SELECT = sql`
  select u.id, u.email, u.display_name, u.role, u.jurisdiction_id, j.name as jurisdiction_name, u.agency_id,
         a.name as agency_name, u.active, u.locale, (u.totp_enrolled_at is not null) as mfa_enrolled,
         u.last_sign_in_at, u.created_at, u.updated_at, u.version
  from users u join jurisdictions j on j.id = u.jurisdiction_id left join agencies a on a.id = u.agency_id`;

const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());

export function toUser(r: Record<string, unknown>): User {
  return {
    id: String(r.id),
    email: String(r.email),
    displayName: String(r.display_name),
    role: r.role as User['role'],
    jurisdictionId: Number(r.jurisdiction_id),
    jurisdictionName: String(r.jurisdiction_name),
    agencyId: (r.agency_id as string | null) ?? null,
    agencyName: (r.agency_name as string | null) ?? null,
    active: r.active === true,
    locale: r.locale === 'es' ? 'es' : 'en',
    mfaEnrolled: r.mfa_enrolled === true,
    lastSignInAt: iso(r.last_sign_in_at),
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
    version: Number(r.version),
  };
}

const inScope = (ids: readonly number[]) => withinScope(sql`u.jurisdiction_id`, ids);

/** Scoped in code as well as by row-level security: both must let a row through. */
export async function findUser(tx: Tx, id: string, scopeIds: readonly number[]): Promise<User | null> {
  const res = await tx.execute(sql`${SELECT} where u.id = ${id} and ${inScope(scopeIds)}`);
  return res.rows[0] ? toUser(res.rows[0]) : null;
}

export async function listUsers(
  tx: Tx,
  opts: {
    scopeIds: readonly number[];
    q?: string | undefined;
    role?: string | undefined;
    active?: boolean | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ items: User[]; total: number }> {
  const where: SQL[] = [inScope(opts.scopeIds)];
  if (opts.q) {
    const like = `%${opts.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`(u.email ilike ${like} or u.display_name ilike ${like})`);
  }
  if (opts.role) where.push(sql`u.role = ${opts.role}`);
  if (opts.active !== undefined) where.push(sql`u.active = ${opts.active}`);
  const cond = sql.join(where, sql` and `);
  const [rows, count] = await Promise.all([
    tx.execute(
      sql`${SELECT} where ${cond} order by lower(u.display_name), u.id limit ${opts.limit} offset ${opts.offset}`,
    ),
    tx.execute(sql`select count(*)::int as n from users u where ${cond}`),
  ]);
  return { items: rows.rows.map(toUser), total: Number(count.rows[0]?.n ?? 0) };
}

export async function insertUser(
  tx: Tx,
  v: {
    email: string;
    displayName: string;
    role: string;
    jurisdictionId: number;
    agencyId: string | null;
    passwordHash: string;
    locale: string;
  },
): Promise<string> {
  const res = await tx.execute(sql`
    insert into users (email, display_name, role, jurisdiction_id, agency_id, password_hash, password_changed_at, locale)
    values (${v.email}, ${v.displayName}, ${v.role}, ${v.jurisdictionId}, ${v.agencyId}, ${v.passwordHash}, now(), ${v.locale})
    returning id`);
  return String(res.rows[0]!.id);
}

/** Optimistic concurrency: changes only the version the caller saw; returns false when it moved on. */
export async function updateUser(
  tx: Tx,
  id: string,
  version: number,
  patch: {
    displayName?: string | undefined;
    role?: string | undefined;
    agencyId?: string | null | undefined;
    active?: boolean | undefined;
  },
): Promise<boolean> {
  const sets: SQL[] = [sql`updated_at = now()`, sql`version = version + 1`];
  if (patch.displayName !== undefined) sets.push(sql`display_name = ${patch.displayName}`);
  if (patch.role !== undefined) sets.push(sql`role = ${patch.role}`);
  if (patch.agencyId !== undefined) sets.push(sql`agency_id = ${patch.agencyId}`);
  if (patch.active !== undefined) sets.push(sql`active = ${patch.active}`);
  const res = await tx.execute(
    sql`update users set ${sql.join(sets, sql`, `)} where id = ${id} and version = ${version} returning id`,
  );
  return res.rows.length === 1;
}

export async function endSessionsOf(tx: Tx, userId: string): Promise<void> {
  await tx.execute(sql`delete from sessions where user_id = ${userId}`);
}
