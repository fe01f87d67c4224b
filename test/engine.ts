import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { syncJurisdictions } from '../src/server/modules/jurisdictions/jurisdictions.seed';
import { openPglite, openPostgres, runMigrations, type Database } from '../src/server/platform/db';

/**
 * The test engine: PGlite unless DATABASE_URL names a PostgreSQL server. Either way, migrations run once
 * into a template (a dumped PGlite data directory, or a template database) and each test file starts
 * from a copy of it: no initdb and no migrations per test.
 */
export const TEST_PG_URL = process.env.DATABASE_URL;
export const engineName = TEST_PG_URL ? 'postgres' : 'pglite';

declare module 'vitest' {
  export interface ProvidedContext {
    lanternRunId: string;
  }
}

/** Every run names its own template and databases, so two runs on one server never touch each other's. */
const TEMPLATE_DIR = join(tmpdir(), 'lantern-test-templates');
const pgliteTemplate = (runId: string) => join(TEMPLATE_DIR, `pglite-${runId}.tar.gz`);
const pgTemplateDb = (runId: string) => `lantern_tpl_${runId}`;

function adminUrl(database: string): string {
  const u = new URL(TEST_PG_URL!);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Called once per test run (vitest globalSetup). */
export async function buildTemplate(runId: string): Promise<void> {
  if (TEST_PG_URL) {
    await withAdmin(async (c) => {
      await c.query(`drop database if exists ${pgTemplateDb(runId)} with (force)`);
      await c.query(`create database ${pgTemplateDb(runId)}`);
    });
    const db = await openPostgres(adminUrl(pgTemplateDb(runId)), 2);
    await runMigrations(db);
    await syncJurisdictions(db.db);
    await db.close();
    return;
  }
  const db = await openPglite();
  await runMigrations(db);
  await syncJurisdictions(db.db);
  const client = (db.db as unknown as { $client: { dumpDataDir(c: 'gzip'): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir('gzip');
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  writeFileSync(pgliteTemplate(runId), Buffer.from(await dump.arrayBuffer()));
  await db.close();
}

export async function dropTestDatabases(runId: string): Promise<void> {
  rmSync(pgliteTemplate(runId), { force: true });
  if (!TEST_PG_URL) return;
  await withAdmin(async (c) => {
    const res = await c.query(`select datname from pg_database where datname like $1`, [
      `lantern\\_t\\_${runId}\\_%`,
    ]);
    for (const row of res.rows) await c.query(`drop database if exists ${row.datname} with (force)`);
    await c.query(`drop database if exists ${pgTemplateDb(runId)} with (force)`);
  });
}

/** A fresh, migrated database for one test file. */
export async function openTestDatabase(): Promise<Database> {
  const runId = inject('lanternRunId');
  if (TEST_PG_URL) {
    const name = `lantern_t_${runId}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await withAdmin((c) => c.query(`create database ${name} template ${pgTemplateDb(runId)}`));
    const db = await openPostgres(adminUrl(name), 5);
    return {
      ...db,
      async close() {
        await db.close();
        await withAdmin((c) => c.query(`drop database if exists ${name} with (force)`));
      },
    };
  }
  const file = pgliteTemplate(runId);
  if (!existsSync(file))
    throw new Error(
      'The PGlite test template is missing: run the tests through vitest (globalSetup builds it).',
    );
  return openPglite({ loadDataDir: new Blob([readFileSync(file)]) });
}
