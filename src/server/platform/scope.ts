import { sql, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { deferAudit, renderAuditInsert } from './audit';
import { pgPools, type Db, type Tx } from './db';

/**
 * What one transaction may see. Every request that acts for a person runs in `inScope`: the database
 * role becomes lantern_app and row-level security limits every tenant table to `jurisdictionIds`.
 * Repositories also filter by jurisdiction in code; the two must agree.
 */
export interface Scope {
  jurisdictionIds: readonly number[];
  /** State-level staff with no parent jurisdiction: may also see rows that belong to no county. */
  system: boolean;
}

function settings(scope: Scope | null, role: 'lantern_app' | 'lantern_auth') {
  const ids = scope ? `{${scope.jurisdictionIds.map((n) => Math.trunc(n)).join(',')}}` : '{}';
  // set_config(..., true) is transaction-local: nothing leaks to the next user of a pooled connection.
  return sql`select set_config('app.jurisdiction_ids', ${ids}, true),
                    set_config('app.system_scope', ${scope?.system ? 'on' : 'off'}, true),
                    set_config('role', ${role}, true)`;
}

/** The same settings as one literal statement (ids are integers, the rest fixed words): no parameters. */
function inlineSettings(scope: Scope | null, role: 'lantern_app' | 'lantern_auth'): string {
  const ids = scope ? scope.jurisdictionIds.map((n) => String(Math.trunc(n))).join(',') : '';
  return `select set_config('app.jurisdiction_ids', '{${ids}}', true), set_config('app.system_scope', '${scope?.system ? 'on' : 'off'}', true), set_config('role', '${role}', true)`;
}

/**
 * On PostgreSQL every round trip counts, so a scoped transaction takes three fewer: BEGIN travels with the
 * settings, and the transaction's audit rows travel with COMMIT. Same statements, same transaction.
 */
async function pgTransaction<T>(
  pool: import('pg').Pool,
  scope: Scope | null,
  role: 'lantern_app' | 'lantern_auth',
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(`begin; ${inlineSettings(scope, role)}`);
    const tx = drizzle(client) as unknown as Tx;
    const audit = deferAudit(tx);
    const result = await fn(tx);
    await client.query(`${renderAuditInsert(audit, (v) => client.escapeLiteral(v))} commit`);
    return result;
  } catch (err) {
    // A client whose rollback fails is not trusted again: release(error) closes it instead of pooling it.
    await client.query('rollback').catch((e: Error) => (broken = e));
    throw err;
  } finally {
    client.release(broken);
  }
}

function transaction<T>(
  db: Db,
  scope: Scope | null,
  role: 'lantern_app' | 'lantern_auth',
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  const pool = pgPools.get(db);
  if (pool) return pgTransaction(pool, scope, role, fn);
  return db.transaction(async (tx) => {
    await tx.execute(settings(scope, role));
    return fn(tx);
  });
}

/** A short transaction as lantern_app, limited to the scope's jurisdictions. */
export function inScope<T>(db: Db, scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return transaction(db, scope, 'lantern_app', fn);
}

/** A short transaction as lantern_auth: sign-in, sessions and throttling, before a scope is known. */
export function asAuth<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return transaction(db, null, 'lantern_auth', fn);
}

/**
 * The code half of tenancy: `<column> = any(<scope>)`, for repositories to add to every query (row-level
 * security is the other half). `column` is a trusted SQL fragment such as sql`u.jurisdiction_id`.
 */
export function withinScope(column: SQL, jurisdictionIds: readonly number[]): SQL {
  return sql`${column} = any(${`{${jurisdictionIds.map((n) => Math.trunc(n)).join(',')}}`}::int[])`;
}

/** Jurisdictions form a tree; a user's scope is their jurisdiction and everything under it. */
export interface JurisdictionNode {
  id: number;
  parentId: number | null;
  kind: 'state' | 'region' | 'county';
  code: string;
  name: string;
  fips: string | null;
}

export class JurisdictionTree {
  private readonly byId = new Map<number, JurisdictionNode>();
  private readonly children = new Map<number, number[]>();

  constructor(nodes: readonly JurisdictionNode[]) {
    for (const n of nodes) {
      this.byId.set(n.id, n);
      if (n.parentId !== null) {
        const list = this.children.get(n.parentId) ?? [];
        list.push(n.id);
        this.children.set(n.parentId, list);
      }
    }
  }

  get(id: number): JurisdictionNode | undefined {
    return this.byId.get(id);
  }

  all(): JurisdictionNode[] {
    return [...this.byId.values()];
  }

  /** The jurisdiction and all its descendants. */
  subtree(id: number): number[] {
    const out: number[] = [];
    const stack = [id];
    while (stack.length) {
      const cur = stack.pop()!;
      if (!this.byId.has(cur)) continue;
      out.push(cur);
      stack.push(...(this.children.get(cur) ?? []));
    }
    return out;
  }

  scopeFor(jurisdictionId: number): Scope {
    const node = this.byId.get(jurisdictionId);
    return { jurisdictionIds: this.subtree(jurisdictionId), system: !!node && node.parentId === null };
  }
}

export async function loadJurisdictionTree(db: Db): Promise<JurisdictionTree> {
  const res = await db.execute(
    sql`select id, parent_id, kind, code, name, fips from jurisdictions order by id`,
  );
  return new JurisdictionTree(
    res.rows.map((r) => ({
      id: Number(r.id),
      parentId: r.parent_id === null ? null : Number(r.parent_id),
      kind: r.kind as JurisdictionNode['kind'],
      code: String(r.code),
      name: String(r.name),
      fips: (r.fips as string | null) ?? null,
    })),
  );
}
