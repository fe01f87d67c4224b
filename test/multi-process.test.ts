import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/**
 * Two real Lantern processes on one PostgreSQL database, as behind a load balancer: a session made on one
 * is honoured (and ended) on the other, and the sign-in throttle is shared. PostgreSQL only: PGlite is
 * embedded in a single process.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEMO_PASSWORD = 'demo password for the multi process test';
const READY_TIMEOUT_MS = 60_000;

interface Instance {
  name: string;
  proc: ChildProcess;
  url: string;
  dataDir: string;
  output: string[];
}

function databaseUrl(database: string): string {
  const u = new URL(process.env.DATABASE_URL!);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

async function start(name: string, dbUrl: string, secret: string): Promise<Instance> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), `lantern-mp-${name}-`));
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      LANTERN_SESSION_SECRET: secret,
      LANTERN_SEED_DEMO: 'true',
      LANTERN_DEMO_PASSWORD: DEMO_PASSWORD,
      LANTERN_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  proc.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
  proc.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  const instance = { name, proc, url: `http://127.0.0.1:${port}`, dataDir, output };
  await waitUntilReady(instance);
  return instance;
}

async function waitUntilReady(instance: Instance): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (instance.proc.exitCode !== null || instance.proc.signalCode !== null)
      throw new Error(`Lantern ${instance.name} exited before it was ready:\n${instance.output.join('')}`);
    try {
      const res = await fetch(`${instance.url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(
    `Lantern ${instance.name} was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${instance.output.join('')}`,
  );
}

async function stop(instance: Instance | undefined): Promise<void> {
  if (!instance) return;
  const { proc } = instance;
  if (proc.exitCode === null && proc.signalCode === null) {
    const exited = new Promise<void>((r) => proc.once('exit', () => r()));
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(instance.dataDir, { recursive: true, force: true });
}

function signIn(instance: Instance, email: string, password: string) {
  return fetch(`${instance.url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
}

function sessionCookie(res: Response): string {
  const c = res.headers.getSetCookie().find((x) => x.startsWith('lantern_session='));
  if (!c) throw new Error(`no session cookie (${res.status})`);
  return c.split(';')[0]!;
}

describe.skipIf(!process.env.DATABASE_URL)('two Lantern processes on one PostgreSQL database', () => {
  const database = `lantern_mp_${process.pid}_${randomBytes(4).toString('hex')}`;
  const secret = randomBytes(30).toString('base64url'); // 40 characters, shared by both processes
  let a: Instance | undefined;
  let b: Instance | undefined;

  beforeAll(
    async () => {
      expect(secret).toHaveLength(40);
      await withAdmin((c) => c.query(`create database ${database}`));
      const url = databaseUrl(database);
      a = await start('A', url, secret); // migrates and seeds first
      b = await start('B', url, secret);
    },
    2 * READY_TIMEOUT_MS + 30_000,
  );

  afterAll(async () => {
    await Promise.all([stop(a), stop(b)]);
    await withAdmin((c) => c.query(`drop database if exists ${database} with (force)`));
  }, 30_000);

  test('a session made on one process works on the other, and signing out on one ends it on both', async () => {
    const res = await signIn(a!, 'worker.alameda@demo.lantern.test', DEMO_PASSWORD);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { step: string; csrfToken: string };
    expect(body.step).toBe('done');
    const cookie = sessionCookie(res);

    const onB = await fetch(`${b!.url}/api/v1/me`, { headers: { cookie } });
    expect(onB.status).toBe(200);
    expect(((await onB.json()) as { user: { email: string } }).user.email).toBe(
      'worker.alameda@demo.lantern.test',
    );

    const out = await fetch(`${a!.url}/api/v1/auth/sign-out`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': body.csrfToken },
    });
    expect(out.status).toBe(204);

    const afterB = await fetch(`${b!.url}/api/v1/me`, { headers: { cookie } });
    expect(afterB.status).toBe(401);
    expect(((await afterB.json()) as { error: { code: string } }).error.code).toBe('session_expired');
    expect((await fetch(`${a!.url}/api/v1/me`, { headers: { cookie } })).status).toBe(401);
  });

  test('failed sign-ins spread across both processes lock the account on both', async () => {
    const email = 'supervisor.alameda@demo.lantern.test';
    const attempts = [a!, b!, a!, b!, a!];
    for (const [i, instance] of attempts.entries()) {
      const res = await signIn(instance, email, `wrong password number ${i}`);
      expect(res.status, `attempt ${i + 1} on ${instance.name}`).toBe(401);
    }
    const sixth = await signIn(b!, email, 'wrong password number 6');
    expect(sixth.status).toBe(429);
    expect(((await sixth.json()) as { error: { code: string } }).error.code).toBe('too_many_attempts');
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);

    // Locked on both, even with the right password.
    for (const instance of [a!, b!]) {
      const res = await signIn(instance, email, DEMO_PASSWORD);
      expect(res.status, `right password on ${instance.name}`).toBe(429);
    }
  });
});
