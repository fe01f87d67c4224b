import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openPglite } from '../src/server/platform/db';

/** The operators' command, run as a person would: a real process against a real database. */
const server = process.env.DATABASE_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'lantern-cli-'));
const dbName = `lantern_cli_${process.pid}_${Math.random().toString(36).slice(2, 7)}`;
let databaseUrl = '';

function admin(): pg.Client {
  return new pg.Client({ connectionString: server });
}

function lantern(...args: string[]) {
  const res = spawnSync(process.execPath, ['bin/lantern.mjs', ...args], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      LANTERN_DATA_DIR: dataDir,
      NODE_ENV: 'development',
      LANTERN_DEMO_PASSWORD: 'a demo password for the cli test',
      LANTERN_NEW_PASSWORD: 'quiet lantern river crossing 42',
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

/** Change one stored audit row as a database superuser would, bypassing triggers. */
async function tamper(statement: string) {
  if (server) {
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    await c.query('begin');
    await c.query('set local session_replication_role = replica');
    await c.query(statement);
    await c.query('commit');
    await c.end();
  } else {
    const db = await openPglite({ dataDir });
    const client = (db.db as unknown as { $client: { exec(q: string): Promise<unknown> } }).$client;
    await client.exec(`begin; set local session_replication_role = replica; ${statement}; commit;`);
    await db.close();
  }
}

describe('lantern CLI', () => {
  beforeAll(async () => {
    if (server) {
      const c = admin();
      await c.connect();
      await c.query(`create database ${dbName}`);
      await c.end();
      const u = new URL(server);
      u.pathname = `/${dbName}`;
      databaseUrl = u.toString();
    }
  });

  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (server) {
      const c = admin();
      await c.connect();
      await c.query(`drop database if exists ${dbName} with (force)`);
      await c.end();
    }
  });

  test('--help lists every command', () => {
    const r = lantern('--help');
    expect(r.code).toBe(0);
    for (const cmd of ['migrate', 'create-user', 'seed-demo', 'audit verify']) expect(r.out).toContain(cmd);
  });

  test('migrate, seed-demo (twice: idempotent), create-user, then audit verify passes', () => {
    expect(lantern('migrate').code).toBe(0);
    const first = lantern('seed-demo');
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('10 created');
    const again = lantern('seed-demo');
    expect(again.out).toContain('0 created, 0 password(s) reset');
    const created = lantern(
      'create-user',
      '--email',
      'ops.tulare@example.test',
      '--name',
      'Ops Tulare',
      '--role',
      'county_admin',
      '--jurisdiction',
      'CA-TULARE',
    );
    expect(created.code, created.err).toBe(0);
    const dup = lantern(
      'create-user',
      '--email',
      'ops.tulare@example.test',
      '--name',
      'Ops Tulare',
      '--role',
      'county_admin',
      '--jurisdiction',
      'CA-TULARE',
    );
    expect(dup.code).not.toBe(0);
    expect(
      lantern(
        'create-user',
        '--email',
        'x@example.test',
        '--name',
        'X',
        '--role',
        'wizard',
        '--jurisdiction',
        'CA',
      ).code,
    ).toBe(2);
    const verify = lantern('audit', 'verify');
    expect(verify.code, verify.err).toBe(0);
    expect(verify.out).toMatch(/Audit chain intact: \d+ rows verified/);
  }, 180_000); // six real processes, each opening the database

  test('audit verify fails, naming the row, after a stored audit row is altered', async () => {
    await tamper(
      `update audit_events set action = 'user.read' where seq = (select min(seq) from audit_events)`,
    );
    const r = lantern('audit', 'verify');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/BROKEN at row 1: audit row 1 was altered/);
  }, 60_000);
});
