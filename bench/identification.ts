// npm run bench:identification — identification speed. (a) In process: evaluating the red-flags instrument
// (every indicator, the fact-bound items and the determination) on 10,000 random valid answer sets, and the
// determination engine alone on 10,000 random fact sets; median and p95 per call. (b) On PostgreSQL, through
// the real HTTP app started as a separate process on a scratch database `lantern_bench_identification`:
// 20 signed-in social workers, each with a youth, each saving screenings (POST /api/v1/screenings with valid
// random answers) for --seconds, closed loop and then with a 0.5–1.5 s think time. Prints a table and writes
// bench/results/identification-<time>.json (not committed). Targets: median evaluation ≤ 1 ms, save p95 ≤ 50 ms.
//   --sets N      answer sets and fact sets (default 10000)
//   --seconds N   measured seconds per HTTP test (default 20), after a 3 s warm-up
//   --skip-http   only part (a)
// BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { checkAnswers, type Answers } from '../src/domain/identification/answers';
import { determine } from '../src/domain/identification/determine';
import { evaluate } from '../src/domain/identification/evaluate';
import { items as allItems } from '../src/domain/identification/instrument';
import { loadConfig } from '../src/server/config';
import { Rng } from '../src/server/demo/population-random';
import { builtin } from '../src/server/modules/instruments/instruments.content';
import { bootstrap } from '../src/server/platform/bootstrap';
import { openPostgres } from '../src/server/platform/db';
import { hashPassword } from '../src/server/platform/passwords';
import { inScope } from '../src/server/platform/scope';
import { randomAnswers, randomFacts } from './identification-data';
import { start, stop, waitFor } from './process';
import { percentile } from './record-data';

const { values: flags } = parseArgs({
  options: {
    sets: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '20' },
    'skip-http': { type: 'boolean', default: false },
  },
});
const SETS = Number(flags.sets);
const SECONDS = Number(flags.seconds);
const USERS = 20;
const PASSWORD = 'bench password for lantern identification';
const DB_NAME = 'lantern_bench_identification';
const PORT = 38131;
const root = new URL('..', import.meta.url).pathname;
const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbUrl = Object.assign(new URL(server), { pathname: `/${DB_NAME}` }).toString();
const log = (msg: string) => process.stdout.write(`[${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const round = (n: number, digits = 1) => +n.toFixed(digits);

const redFlags = builtin('red-flags');
const instrument = redFlags ?? builtin('at-risk')!;
const fallback = redFlags ? null : 'red-flags does not exist yet: measured at-risk instead';

function stats(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: round(percentile(sorted, 0.5), 4),
    p95: round(percentile(sorted, 0.95), 4),
    p99: round(percentile(sorted, 0.99), 4),
  };
}

function timeEach<T>(inputs: T[], fn: (x: T) => unknown) {
  for (const x of inputs.slice(0, 1000)) fn(x); // warm-up: JIT
  return stats(
    inputs.map((x) => {
      const t0 = performance.now();
      fn(x);
      return performance.now() - t0;
    }),
  );
}

function inProcess() {
  const r = new Rng('bench-identification-answers');
  const today = new Date().toISOString().slice(0, 10);
  const sets = Array.from({ length: SETS }, () => ({
    answers: randomAnswers(instrument, r),
    age: r.int(10, 20),
  }));
  const invalid = sets.filter((s) => checkAnswers(instrument, s.answers, { today }).length > 0).length;
  if (invalid) throw new Error(`${invalid} generated answer sets do not fit ${instrument.key}`);
  const facts = Array.from({ length: SETS }, () => randomFacts(r));
  return {
    instrument: `${instrument.key}@${instrument.version}`,
    fallback,
    items: allItems(instrument).length,
    evaluate: timeEach(sets, (s) => evaluate(instrument, s.answers, { age: s.age })),
    determine: timeEach(facts, (f) => determine(f)),
  };
}

async function admin(query: string) {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  try {
    return await c.query(query);
  } finally {
    await c.end();
  }
}

interface User {
  cookie: string;
  csrf: string;
  youthId: string;
}

async function prepare(base: string): Promise<User[]> {
  const users: User[] = [];
  for (let i = 1; i <= USERS; i++) {
    const res = await fetch(`${base}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `bench.screener.${i}@bench.lantern.test`, password: PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`sign-in ${i}: ${res.status} ${await res.text()}`);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
    const y = await fetch(`${base}/api/v1/youth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      body: JSON.stringify({
        legalFirstName: 'Bench',
        legalLastName: `Screened ${i}`,
        dateOfBirth: '2010-06-15',
      }),
    });
    if (y.status !== 201) throw new Error(`youth ${i}: ${y.status} ${await y.text()}`);
    users.push({ cookie, csrf, youthId: ((await y.json()) as { id: string }).id });
  }
  return users;
}

/** Every user saving screenings until `until`, pausing `think()` ms between saves; latencies in ms. */
async function saveLoop(base: string, users: User[], bodies: Answers[], ms: number, think: () => number) {
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  const until = performance.now() + ms;
  await Promise.all(
    users.map(async (u) => {
      while (performance.now() < until) {
        const answers = bodies[next++ % bodies.length]!;
        const t0 = performance.now();
        const res = await fetch(`${base}/api/v1/screenings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: u.cookie, 'x-csrf-token': u.csrf },
          body: JSON.stringify({
            youthId: u.youthId,
            instrument: { key: instrument.key, version: instrument.version, origin: 'builtin' },
            context: 'intake',
            language: 'en',
            answers,
          }),
        });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (res.status !== 201) failed++;
        const pause = think();
        if (pause) await new Promise((done) => setTimeout(done, pause));
      }
    }),
  );
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: sorted.length,
    rps: round(sorted.length / (ms / 1000)),
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    failed,
  };
}

async function http() {
  await admin(`drop database if exists ${DB_NAME} with (force)`);
  await admin(`create database ${DB_NAME}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-bench-identification-'));
  const config = loadConfig({
    NODE_ENV: 'development',
    DATABASE_URL: dbUrl,
    LANTERN_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  });
  const services = await bootstrap(config, await openPostgres(dbUrl, 2));
  let app: ReturnType<typeof start> | null = null;
  try {
    const alameda = services.tree.all().find((j) => j.code === 'CA-ALAMEDA')!.id;
    const hash = await hashPassword(PASSWORD);
    const everywhere = { jurisdictionIds: services.tree.all().map((j) => j.id), system: true };
    await inScope(services.database.db, everywhere, async (tx) => {
      for (let i = 1; i <= USERS; i++)
        await tx.execute(sql`
          insert into users (email, display_name, role, jurisdiction_id, password_hash, password_changed_at)
          values (${`bench.screener.${i}@bench.lantern.test`}, ${`Bench Screener ${i}`}, 'social_worker', ${alameda}, ${hash}, now())`);
    });
    app = start('src/server/main.ts', {
      DATABASE_URL: dbUrl,
      LANTERN_DATA_DIR: dataDir,
      NODE_ENV: 'development',
      LANTERN_SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(PORT),
    });
    const base = `http://127.0.0.1:${PORT}`;
    await waitFor(`${base}/readyz`, app);
    const users = await prepare(base);
    const r = new Rng('bench-identification-http');
    const bodies = Array.from({ length: 2000 }, () => randomAnswers(instrument, r));
    log(`saving ${instrument.key} screenings for ${SECONDS} s at ${USERS} users (closed loop)…`);
    await saveLoop(base, users, bodies, 3000, () => 0); // warm-up
    const closed = await saveLoop(base, users, bodies, SECONDS * 1000, () => 0);
    log(`… one user at a time (the service time without queueing)…`);
    const alone = await saveLoop(base, users.slice(0, 1), bodies, Math.min(SECONDS, 10) * 1000, () => 0);
    log(`… and with a 0.5–1.5 s think time…`);
    const think = new Rng('bench-identification-think');
    const paced = await saveLoop(base, users, bodies, SECONDS * 1000, () => 500 + think.next() * 1000);
    const saved = await services.database.db.execute(sql`select count(*)::int as n from screenings`);
    return { closed, alone, paced, screeningsSaved: Number(saved.rows[0]!.n) };
  } finally {
    if (app) await stop(app, 10_000);
    await services.database.close();
    rmSync(dataDir, { recursive: true, force: true });
    await admin(`drop database if exists ${DB_NAME} with (force)`);
  }
}

async function main() {
  log(`evaluating ${SETS.toLocaleString()} random answer sets…`);
  const local = inProcess();
  const web = flags['skip-http'] ? null : await http();
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`\nIdentification — node ${process.version}${fallback ? ` (${fallback})` : ''}`);
  console.log(
    `evaluate ${local.instrument} (${local.items} items), ${local.evaluate.n} answer sets: median ${local.evaluate.median} ms, p95 ${local.evaluate.p95} ms, p99 ${local.evaluate.p99} ms — median ≤ 1 ms: ${verdict(local.evaluate.median <= 1)}`,
  );
  console.log(
    `determine alone, ${local.determine.n} fact sets: median ${local.determine.median} ms, p95 ${local.determine.p95} ms, p99 ${local.determine.p99} ms`,
  );
  if (web) {
    for (const [name, m] of [
      [`${USERS} users, closed loop`, web.closed],
      ['1 user, closed loop', web.alone],
      [`${USERS} users, 0.5–1.5 s think time`, web.paced],
    ] as const)
      console.log(
        `save POST /screenings, ${name}: ${m.requests} requests, ${m.rps} req/s, p50 ${m.p50} ms, p95 ${m.p95} ms, p99 ${m.p99} ms, failed ${m.failed} — p95 ≤ 50 ms: ${verdict(m.p95 <= 50)}`,
      );
  }
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  const file = join(
    root,
    'bench/results',
    `identification-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  );
  writeFileSync(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        node: process.version,
        users: USERS,
        seconds: SECONDS,
        ...local,
        http: web,
      },
      null,
      2,
    ),
  );
  console.log(`\nSaved ${file}`);
}

await main();
