// npm run bench: an authenticated, tenancy-scoped, audited read (GET /api/v1/users/:id, which writes a
// user.read audit row in the same transaction) at 50 connections, on PGlite and on PostgreSQL, against a
// bare Fastify + driver route on the same database. Prints a table and writes bench/results/<time>.json.
// Set BENCH_ENGINES=pglite or postgres to run one; BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
// names the server in which a scratch database lantern_bench is created and dropped.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { start, stop, waitFor } from './process';
import pg from 'pg';

const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const PASSWORD = 'bench password for lantern demo';
const root = new URL('..', import.meta.url).pathname;

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  requests: number;
}

async function load(url: string, headers: Record<string, string>): Promise<Measure> {
  await autocannon({ url, connections: 10, duration: 3, headers }); // warm-up
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    requests: r.requests.total,
  };
}

async function benchEngine(engine: 'pglite' | 'postgres') {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-bench-'));
  let databaseUrl = '';
  if (engine === 'postgres') {
    const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query('drop database if exists lantern_bench with (force)');
    await admin.query('create database lantern_bench');
    await admin.end();
    const u = new URL(server);
    u.pathname = '/lantern_bench';
    databaseUrl = u.toString();
  }
  const env = {
    DATABASE_URL: databaseUrl,
    LANTERN_DATA_DIR: dataDir,
    NODE_ENV: 'development',
    LANTERN_DEMO_PASSWORD: PASSWORD,
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: '38111',
  };
  const lantern = start('src/server/main.ts', env);
  const base = 'http://127.0.0.1:38111';
  await waitFor(`${base}/readyz`, lantern);
  const signIn = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.lantern.test', password: PASSWORD }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const users = (await (
    await fetch(`${base}/api/v1/users?q=worker.alameda`, { headers: { cookie } })
  ).json()) as { items: { id: string }[] };
  const id = users.items[0]!.id;
  const lanternResult = await load(`${base}/api/v1/users/${id}`, { cookie });
  await stop(lantern);

  const bare = start('bench/bare-server.ts', { ...env, PORT: '38112' });
  await waitFor(`http://127.0.0.1:38112/bare/users/${id}`, bare);
  const bareResult = await load(`http://127.0.0.1:38112/bare/users/${id}`, {});
  await stop(bare);
  rmSync(dataDir, { recursive: true, force: true });
  if (engine === 'postgres') {
    const admin = new pg.Client({
      connectionString: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    });
    await admin.connect();
    await admin.query('drop database if exists lantern_bench with (force)');
    await admin.end();
  }
  return {
    engine,
    lantern: lanternResult,
    bare: bareResult,
    ratio: +(lanternResult.rps / bareResult.rps).toFixed(2),
  };
}

const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
const results = [];
for (const e of engines) results.push(await benchEngine(e));
console.log(
  `\nGET /api/v1/users/:id (signed in, scoped, audited), ${CONNECTIONS} connections, ${DURATION} s, node ${process.version}\n`,
);
console.log('engine    route     req/s    p50 ms  p99 ms  non-2xx  errors');
for (const r of results) {
  for (const [name, m] of [
    ['lantern', r.lantern],
    ['bare', r.bare],
  ] as const)
    console.log(
      `${r.engine.padEnd(9)} ${name.padEnd(8)} ${String(m.rps).padStart(6)}  ${String(m.p50).padStart(7)} ${String(m.p99).padStart(7)} ${String(m.non2xx).padStart(8)} ${String(m.errors).padStart(7)}`,
    );
  console.log(`${r.engine.padEnd(9)} lantern/bare throughput ratio: ${r.ratio}`);
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
const file = join(root, 'bench/results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  JSON.stringify(
    {
      at: new Date().toISOString(),
      node: process.version,
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      results,
    },
    null,
    2,
  ),
);
console.log(`\nSaved ${file}`);
