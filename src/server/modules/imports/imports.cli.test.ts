import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { progressPrinter } from './imports.cli';

/** `lantern import referrals`, run as an operator would: a real process against a real database. */
const server = process.env.DATABASE_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'lantern-import-cli-'));
const dbName = `lantern_import_cli_${process.pid}_${Math.random().toString(36).slice(2, 7)}`;
let databaseUrl = '';
const fixture = (name: string) => `test/fixtures/imports/${name}`;

function lantern(...args: string[]) {
  const res = spawnSync(process.execPath, ['bin/lantern.mjs', ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LANTERN_DATA_DIR: dataDir, NODE_ENV: 'development' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

async function admin(statement: string) {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  await c.query(statement);
  await c.end();
}

beforeAll(async () => {
  if (!server) return;
  await admin(`create database ${dbName}`);
  const u = new URL(server);
  u.pathname = `/${dbName}`;
  databaseUrl = u.toString();
});

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  if (server) await admin(`drop database if exists ${dbName} with (force)`);
});

describe('lantern import referrals', () => {
  test('rejects a bad file line by line (exit 1), imports a good one, and a second run adds nothing', () => {
    const bad = lantern('import', 'referrals', fixture('referrals-bad.csv'));
    expect(bad.code, bad.err).toBe(1);
    expect(bad.err).toContain('Rejected: nothing was imported. 5 of 6 lines have problems');
    expect(bad.err).toContain('line 3, county: "Atlantis" is not a county Lantern knows');
    expect(bad.err).toContain('line 7: The quote opened on line 7 is never closed.');

    const good = lantern('import', 'referrals', fixture('referrals-example.csv'));
    expect(good.code, good.err).toBe(0);
    expect(good.out).toContain('Created: 3 youth, 4 referrals, 6 allegations.');
    // Not a terminal: one progress line per tenth, ending at 100%.
    expect(good.err).toContain('Checking every line');
    expect(good.err).toMatch(/100% \(6 of 6 lines\)\n/);
    expect(good.err).not.toContain('\r');

    const again = lantern('import', 'referrals', fixture('referrals-example.csv'));
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain('Created: 0 youth, 0 referrals, 0 allegations.');
    expect(again.out).toContain(
      'Already in Lantern, left as they were: 3 youth, 4 referrals, 6 allegations.',
    );
  }, 240_000);

  test('--accept-valid-only imports the valid lines and lists the others; --jurisdiction limits the counties', () => {
    const partial = lantern('import', 'referrals', fixture('referrals-bad.csv'), '--accept-valid-only');
    expect(partial.code, partial.err).toBe(0);
    expect(partial.out).toContain('Created: 1 youth, 1 referrals, 1 allegations.');
    expect(partial.out).toContain('Skipped 5 invalid lines');
    expect(partial.err).toContain('line 5, disposition: "Maybe" is not a known disposition value.');

    const elsewhere = lantern(
      'import',
      'referrals',
      fixture('referrals-example.csv'),
      '--jurisdiction',
      'CA-TULARE',
    );
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.err).toContain(
      'line 2, county: Alameda is outside the jurisdiction you may import into.',
    );
  }, 240_000);

  test('a wrong command or a missing file exits 2', () => {
    expect(lantern('import', 'referrals').code).toBe(2);
    expect(lantern('import', 'referrals', 'no-such-file.csv').code).toBe(2);
    expect(
      lantern('import', 'referrals', fixture('referrals-example.csv'), '--jurisdiction', 'XX').code,
    ).toBe(2);
  }, 240_000);
});

describe('the progress bar', () => {
  const stream = (isTTY: boolean) => {
    const chunks: string[] = [];
    return { chunks, err: { isTTY, write: (s: string) => chunks.push(s) > 0 } as never };
  };
  const importing = (processedRows: number) => ({
    batchId: 'b',
    status: 'importing' as const,
    totalRows: 1000,
    processedRows,
  });

  test('on a terminal it is redrawn in place', () => {
    const { chunks, err } = stream(true);
    const bar = progressPrinter(err);
    bar.update(importing(0));
    bar.update(importing(500));
    bar.done();
    expect(chunks[1]).toBe(`\r[${'#'.repeat(15)}${'-'.repeat(15)}]  50%  500 of 1,000 lines`);
    expect(chunks.at(-1)).toBe('\n');
  });

  test('elsewhere it writes one line per tenth', () => {
    const { chunks, err } = stream(false);
    const bar = progressPrinter(err);
    for (let done = 0; done <= 1000; done += 50) bar.update(importing(done));
    expect(chunks).toHaveLength(11);
    expect(chunks[5]).toBe('50% (500 of 1,000 lines)\n');
  });
});
