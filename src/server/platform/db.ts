import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema';

/** The common result shape of both drivers, so `execute()` returns `{ rows }` on either engine. */
export interface RowsHKT extends PgQueryResultHKT {
  type: { rows: Record<string, unknown>[] };
}
export type Db = PgDatabase<RowsHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../drizzle');

export class DataDirLockedError extends Error {}

/** The pg pool behind a PostgreSQL Db, for transactions that save round trips (see scope.ts). */
export const pgPools = new WeakMap<Db, import('pg').Pool>();

/**
 * PGlite does not stop two processes from opening one data directory, and two writers corrupt it.
 * We take an exclusive lock file (O_EXCL) holding our pid; a lock left by a dead process is replaced.
 */
function lockDataDir(dir: string): () => void {
  const file = join(dir, 'lantern.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new DataDirLockedError(
          `The data directory ${dir} is in use by another Lantern process (pid ${pid}). ` +
            'Stop that process, or set LANTERN_DATA_DIR to another directory.',
        );
      }
      rmSync(file, { force: true }); // stale lock from a process that no longer runs
    }
  }
  throw new DataDirLockedError(`Could not lock the data directory ${dir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface PgliteOptions {
  /** Persist here; omit for an in-memory database. */
  dataDir?: string;
  /** Start from a dumped data directory (the migrated test template). */
  loadDataDir?: Blob | File;
}

export async function openPglite(opts: PgliteOptions = {}): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  let unlock = () => {};
  let dir: string | undefined;
  if (opts.dataDir) {
    mkdirSync(opts.dataDir, { recursive: true }); // PGlite's own mkdir is not recursive
    unlock = lockDataDir(opts.dataDir);
    dir = join(opts.dataDir, 'pglite');
  }
  try {
    const client = await PGlite.create({
      extensions: { pg_trgm }, // typo-tolerant search (drizzle/0003_pg_trgm.sql)
      ...(dir ? { dataDir: dir } : {}),
      ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    });
    const db = drizzle(client, { schema }) as unknown as Db;
    let closed = false;
    return {
      db,
      engine: 'pglite',
      async close() {
        if (closed) return;
        closed = true;
        await client.close();
        unlock();
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}

export async function openPostgres(url: string, poolMax = 10): Promise<Database> {
  const pg = (await import('pg')).default;
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new pg.Pool({ connectionString: url, max: poolMax, idleTimeoutMillis: 30_000 });
  pool.on('error', () => {}); // an idle client lost its connection; the pool replaces it
  const db = drizzle(pool, { schema }) as unknown as Db;
  pgPools.set(db, pool);
  return { db, engine: 'postgres', close: () => pool.end() };
}

export async function openDatabase(cfg: {
  databaseUrl?: string | undefined;
  dataDir: string;
  dbPoolMax?: number;
}): Promise<Database> {
  return cfg.databaseUrl
    ? openPostgres(cfg.databaseUrl, cfg.dbPoolMax)
    : openPglite({ dataDir: cfg.dataDir });
}

export async function runMigrations(database: Database): Promise<void> {
  if (database.engine === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  } else {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    await migrate(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  }
}

export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
