// npm run bench:record — the record at scale, on PostgreSQL. Generates a synthetic population (default
// 500,000 youth, about 1,000,000 allegations, half of them in Alameda so one county's searches cover a quarter
// of a million youth) into a scratch database `lantern_bench_record`, then measures through the real HTTP app at
// 20 concurrent signed-in workers: youth search (a mix of typos, accents, swapped names and dates of birth) and
// the youth page (GET /youth/:id); then the legacy import of a generated extract (rows/s, first import and
// re-import). Prints a table and writes bench/results/record-<time>.json (not committed).
//   --youth N         youth to generate (default 500000; e.g. 20000 for a smoke run)
//   --import-rows N   lines in the import file (default 200000)
//   --seconds N       measured seconds per HTTP test (default 30), after a 5 s warm-up
//   --reuse           keep the database of an earlier run (--keep) instead of generating again
//   --keep            leave the database in place afterwards
// BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server.
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { loadConfig } from '../src/server/config';
import { generatePopulation, insertPopulation, type StaffRef } from '../src/server/demo/population';
import { Rng } from '../src/server/demo/population-random';
import { seedDemo } from '../src/server/demo/seed-demo';
import { importReferrals } from '../src/server/modules/imports/imports.run';
import { bootstrap } from '../src/server/platform/bootstrap';
import type { Services } from '../src/server/platform/context';
import { openPostgres } from '../src/server/platform/db';
import { hashPassword } from '../src/server/platform/passwords';
import { inScope } from '../src/server/platform/scope';
import { start, stop, waitFor } from './process';
import { legacyCsv, percentile, searchFor, searchPath, type SampledYouth } from './record-data';

const { values: flags } = parseArgs({
  options: {
    youth: { type: 'string', default: '500000' },
    'import-rows': { type: 'string', default: '200000' },
    seconds: { type: 'string', default: '30' },
    reuse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const YOUTH = Number(flags.youth);
const IMPORT_ROWS = Number(flags['import-rows']);
const SECONDS = Number(flags.seconds);
const USERS = 20;
const PASSWORD = 'bench password for lantern record';
const DB_NAME = 'lantern_bench_record';
const PORT = 38121;
const root = new URL('..', import.meta.url).pathname;
const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbUrl = (() => {
  const u = new URL(server);
  u.pathname = `/${DB_NAME}`;
  return u.toString();
})();
const log = (msg: string) => process.stdout.write(`[${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

async function admin(query: string): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  try {
    return await c.query(query);
  } finally {
    await c.end();
  }
}

const benchEmail = (i: number) => `bench.worker.${i}@bench.lantern.test`;

/** The bench's signed-in workers: 20 social workers in Alameda (the demo seed makes the rest). */
async function createWorkers(s: Services, alameda: number): Promise<StaffRef[]> {
  const hash = await hashPassword(PASSWORD);
  const everywhere = { jurisdictionIds: s.tree.all().map((j) => j.id), system: true };
  return inScope(s.database.db, everywhere, async (tx) => {
    const out: StaffRef[] = [];
    for (let i = 1; i <= USERS; i++) {
      const res = await tx.execute(sql`
        insert into users (email, display_name, role, jurisdiction_id, password_hash, password_changed_at)
        values (${benchEmail(i)}, ${`Bench Worker ${i}`}, 'social_worker', ${alameda}, ${hash}, now())
        returning id, display_name`);
      out.push({ id: String(res.rows[0]!.id), name: String(res.rows[0]!.display_name) });
    }
    return out;
  });
}

async function staffByEmail(s: Services, emails: string[]): Promise<StaffRef[]> {
  const res = await s.database.db.execute(
    sql`select id, display_name from users where email = any(${`{${emails.join(',')}}`}::text[]) order by email`,
  );
  return res.rows.map((r) => ({ id: String(r.id), name: String(r.display_name) }));
}

/** Generates and inserts the population; returns the counts and the rates. */
async function generate(s: Services) {
  const counties = s.tree.all().filter((j) => j.kind === 'county');
  const alameda = counties.find((c) => c.code === 'CA-ALAMEDA')!;
  const workers = [
    ...(await createWorkers(s, alameda.id)),
    ...(await staffByEmail(s, ['worker.alameda@demo.lantern.test'])),
  ];
  const supervisors = await staffByEmail(s, ['supervisor.alameda@demo.lantern.test']);
  const tulare = await staffByEmail(s, ['worker.tulare@demo.lantern.test']);
  const jurisdictions = counties.map((c) => ({
    id: c.id,
    code: c.code,
    name: c.name,
    weight: c.id === alameda.id ? counties.length - 1 : 1,
    ...(c.id === alameda.id ? { workers, supervisors } : c.code === 'CA-TULARE' ? { workers: tulare } : {}),
  }));
  const started = performance.now();
  let shown = 0;
  const totals = await insertPopulation(
    s.database.db,
    generatePopulation({ seed: 'lantern-bench-1', youth: YOUTH, jurisdictions, chunkYouth: 2000 }),
    {
      batchSize: 5000,
      concurrency: 2,
      onProgress: (t) => {
        if (t.youth - shown < YOUTH / 10) return;
        shown = t.youth;
        log(`  ${t.youth.toLocaleString()} youth, ${t.allegations.toLocaleString()} allegations`);
      },
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const rows = Object.values(totals).reduce((a, b) => a + b, 0);
  const analyzeStart = performance.now();
  await s.database.db.execute(sql`vacuum analyze`);
  return {
    counts: totals,
    rows,
    seconds: +seconds.toFixed(1),
    rowsPerSecond: Math.round(rows / seconds),
    youthPerSecond: Math.round(totals.youth / seconds),
    vacuumAnalyzeSeconds: +((performance.now() - analyzeStart) / 1000).toFixed(1),
  };
}

function startApp(dataDir: string): ChildProcess {
  return start('src/server/main.ts', {
    DATABASE_URL: dbUrl,
    LANTERN_DATA_DIR: dataDir,
    NODE_ENV: 'development',
    LANTERN_DEMO_PASSWORD: PASSWORD,
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(PORT),
  });
}

async function signIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in ${email}: ${res.status} ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** Closed-loop load at USERS connections, each request the next path and the next user's cookie. */
async function load(base: string, paths: string[], cookies: string[], seconds: number): Promise<LoadResult> {
  let next = 0;
  const latencies: number[] = [];
  const run = (duration: number, record: boolean) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: base,
          connections: USERS,
          duration,
          timeout: 60, // a slow answer is measured, not dropped as an error
          requests: [
            {
              setupRequest: (req) => {
                const i = next++;
                return {
                  ...req,
                  path: paths[i % paths.length]!,
                  headers: { cookie: cookies[i % cookies.length]! },
                };
              },
            },
          ],
        },
        (err, result) => (err ? reject(err as Error) : resolve(result)),
      );
      if (record) instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
    });
  await run(5, false); // warm-up: connections, plans, caches
  const r = await run(seconds, true);
  latencies.sort((a, b) => a - b);
  const round = (n: number) => +n.toFixed(1);
  return {
    requests: r.requests.total,
    rps: Math.round(r.requests.average),
    p50: round(percentile(latencies, 0.5)),
    p95: round(percentile(latencies, 0.95)),
    p99: round(percentile(latencies, 0.99)),
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

/** The same requests one at a time: the service time without queueing behind the other users. */
async function alone(base: string, paths: string[], cookie: string, n = 300) {
  const latencies: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const res = await fetch(base + paths[i % paths.length]!, { headers: { cookie } });
    await res.arrayBuffer();
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  return { p50: +percentile(latencies, 0.5).toFixed(1), p95: +percentile(latencies, 0.95).toFixed(1) };
}

/**
 * USERS people working at once: each sends a request, reads the answer, pauses (a think time of 0.5–1.5 s,
 * about what a person clicking through the record takes) and sends the next. The closed-loop `load` above is
 * the stress case (no pauses at all); this is the "20 concurrent users" of the issue read as people.
 */
type Paced = Awaited<ReturnType<typeof paced>>;

async function paced(base: string, paths: string[], cookies: string[], seconds: number) {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  let next = 0;
  const r = new Rng('bench-think-time');
  await Promise.all(
    cookies.slice(0, USERS).map(async (cookie) => {
      while (performance.now() < until) {
        const started = performance.now();
        const res = await fetch(base + paths[next++ % paths.length]!, { headers: { cookie } });
        await res.arrayBuffer();
        latencies.push(performance.now() - started);
        await new Promise((done) => setTimeout(done, 500 + r.next() * 1000));
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const round = (n: number) => +n.toFixed(1);
  return {
    requests: latencies.length,
    p50: round(percentile(latencies, 0.5)),
    p95: round(percentile(latencies, 0.95)),
    p99: round(percentile(latencies, 0.99)),
  };
}

async function sampleYouth(s: Services, alameda: number, n: number): Promise<SampledYouth[]> {
  const res = await s.database.db.execute(sql`
    select id, legal_first_name, legal_middle_name, legal_last_name, other_names, date_of_birth::text as dob
    from youth where jurisdiction_id = ${alameda} order by random() limit ${n}`);
  return res.rows.map((r) => ({
    id: String(r.id),
    first: String(r.legal_first_name),
    middle: (r.legal_middle_name as string | null) ?? null,
    last: String(r.legal_last_name),
    otherNames: (
      (typeof r.other_names === 'string' ? JSON.parse(r.other_names) : r.other_names) as { name: string }[]
    ).map((o) => o.name),
    dob: (r.dob as string | null) ?? null,
  }));
}

async function http(s: Services) {
  const alameda = s.tree.all().find((j) => j.code === 'CA-ALAMEDA')!.id;
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-bench-record-'));
  const app = startApp(dataDir);
  const base = `http://127.0.0.1:${PORT}`;
  try {
    await waitFor(`${base}/readyz`, app, 300_000);
    const cookies = [];
    for (let i = 1; i <= USERS; i++) cookies.push(await signIn(base, benchEmail(i)));
    const sample = await sampleYouth(s, alameda, 5000);
    const r = new Rng('bench-queries');
    const searches = sample.slice(0, 3000).map((y) => searchFor(r, y));
    const kinds: Record<string, number> = {};
    for (const q of searches) kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
    // The searches find who they look for (checked on a few, so the load is known to be real work).
    let found = 0;
    for (const [i, q] of searches.slice(0, 100).entries()) {
      const res = await fetch(base + searchPath(q), { headers: { cookie: cookies[0]! } });
      if (res.status !== 200) throw new Error(`search ${searchPath(q)}: ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { items: { id: string }[] };
      if (body.items.some((it) => it.id === sample[i]!.id)) found++;
    }
    const page = await fetch(`${base}/api/v1/youth/${sample[0]!.id}`, { headers: { cookie: cookies[0]! } });
    if (page.status !== 200) throw new Error(`youth page: ${page.status} ${await page.text()}`);
    log(`search: ${found}/100 sampled searches return the youth searched for; mix ${JSON.stringify(kinds)}`);
    log(`measuring youth search for ${SECONDS} s at ${USERS} users…`);
    const searchPaths = searches.map(searchPath);
    const search = await load(base, searchPaths, cookies, SECONDS);
    const searchAlone = await alone(base, searchPaths.slice(1000), cookies[0]!);
    const searchPaced = await paced(base, searchPaths.slice(2000), cookies, SECONDS);
    log(`measuring the youth page for ${SECONDS} s at ${USERS} users…`);
    const pagePaths = sample.map((y) => `/api/v1/youth/${y.id}`);
    const youthPage = await load(base, pagePaths, cookies, SECONDS);
    const pageAlone = await alone(base, pagePaths.slice(1000), cookies[0]!);
    const pagePaced = await paced(base, pagePaths.slice(2000), cookies, SECONDS);
    return {
      search: { ...search, oneUser: searchAlone, paced: searchPaced, mix: kinds, foundInTop25Of100: found },
      youthPage: { ...youthPage, oneUser: pageAlone, paced: pagePaced },
    };
  } finally {
    await stop(app, 10_000);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function importBench(s: Services) {
  const state = s.tree.all().find((j) => j.kind === 'state')!;
  const counties = s.tree.all().filter((j) => j.kind === 'county');
  const tag = Date.now().toString(36);
  const csv = legacyCsv(IMPORT_ROWS, counties, tag);
  const rows = csv.split('\n').length - 2;
  const run = async () => {
    const started = performance.now();
    const out = await importReferrals(s.database.db, s.tree.scopeFor(state.id), csv, {
      tree: s.tree,
      fileName: `bench-${tag}.csv`,
      acceptValidOnly: false,
      actor: null,
      batchJurisdictionId: state.id,
      via: 'bench',
    });
    const seconds = (performance.now() - started) / 1000;
    if (out.status !== 'completed')
      throw new Error(`import ${out.status}: ${JSON.stringify(out.errors.slice(0, 5))}`);
    return { seconds: +seconds.toFixed(1), rowsPerSecond: Math.round(rows / seconds), created: out.created };
  };
  log(`importing ${rows.toLocaleString()} lines…`);
  const first = await run();
  log('importing the same file again…');
  const again = await run();
  return { rows, bytes: Buffer.byteLength(csv), first, again };
}

async function main() {
  const exists = (await admin(`select 1 from pg_database where datname = '${DB_NAME}'`)).rowCount === 1;
  const reuse = flags.reuse && exists;
  if (!reuse) {
    await admin(`drop database if exists ${DB_NAME} with (force)`);
    await admin(`create database ${DB_NAME}`);
  }
  const config = loadConfig({
    NODE_ENV: 'development',
    DATABASE_URL: dbUrl,
    LANTERN_DATA_DIR: mkdtempSync(join(tmpdir(), 'lantern-bench-record-seed-')),
    LOG_LEVEL: 'warn',
  });
  const services = await bootstrap(config, await openPostgres(dbUrl, 4));
  let generation = null;
  try {
    if (!reuse) {
      await seedDemo(services, PASSWORD);
      log(`generating ${YOUTH.toLocaleString()} youth…`);
      generation = await generate(services);
      log(`generated ${generation.rows.toLocaleString()} rows in ${generation.seconds} s`);
    }
    const counts = (
      await services.database.db.execute(sql`
        select (select count(*) from youth)::int as youth, (select count(*) from allegations)::int as allegations,
               (select count(*) from reports)::int as reports, (select count(*) from contacts)::int as contacts,
               (select count(*) from persons_of_interest)::int as persons`)
    ).rows[0]!;
    const web = await http(services);
    const imports = await importBench(services);
    report({ counts, generation, ...web, imports });
  } finally {
    await services.database.close();
    if (!flags.keep) await admin(`drop database if exists ${DB_NAME} with (force)`);
  }
}

function report(r: {
  counts: Record<string, unknown>;
  generation: Awaited<ReturnType<typeof generate>> | null;
  search: LoadResult & { oneUser: { p50: number; p95: number }; paced: Paced };
  youthPage: LoadResult & { oneUser: { p50: number; p95: number }; paced: Paced };
  imports: Awaited<ReturnType<typeof importBench>>;
}) {
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(
    `\nThe record at scale — PostgreSQL, ${USERS} users, ${SECONDS} s per test, node ${process.version}`,
  );
  console.log(`Database: ${JSON.stringify(r.counts)}`);
  if (r.generation)
    console.log(
      `Generation + insert: ${r.generation.rows.toLocaleString()} rows in ${r.generation.seconds} s = ${r.generation.rowsPerSecond.toLocaleString()} rows/s (${r.generation.youthPerSecond.toLocaleString()} youth/s); vacuum analyze ${r.generation.vacuumAnalyzeSeconds} s`,
    );
  console.log(
    '\ntest                      req/s   p50 ms  p95 ms  p99 ms  non-2xx  errors  1 user p50/p95 ms  target',
  );
  for (const [name, m, target] of [
    ['youth search', r.search, `p95 ≤ 100 ms: ${verdict(r.search.p95 <= 100)}`],
    ['youth page GET /youth/:id', r.youthPage, `p95 ≤ 25 ms: ${verdict(r.youthPage.p95 <= 25)}`],
  ] as const)
    console.log(
      `${name.padEnd(25)} ${String(m.rps).padStart(5)} ${String(m.p50).padStart(8)} ${String(m.p95).padStart(7)} ${String(m.p99).padStart(7)} ${String(m.non2xx).padStart(8)} ${String(m.errors).padStart(7)}  ${`${m.oneUser.p50} / ${m.oneUser.p95}`.padStart(17)}  ${target}`,
    );
  console.log(`\n${USERS} users with a 0.5–1.5 s think time (people working at once):`);
  for (const [name, m, limit] of [
    ['youth search', r.search.paced, 100],
    ['youth page GET /youth/:id', r.youthPage.paced, 25],
  ] as const)
    console.log(
      `${name.padEnd(25)} ${String(m.requests).padStart(6)} requests  p50 ${m.p50} ms  p95 ${m.p95} ms  p99 ${m.p99} ms  — p95 ≤ ${limit} ms: ${verdict(m.p95 <= limit)}`,
    );
  const i = r.imports;
  console.log(
    `\nimport ${i.rows.toLocaleString()} lines: ${i.first.rowsPerSecond.toLocaleString()} rows/s (${i.first.seconds} s, created ${JSON.stringify(i.first.created)}) — ≥ 20,000 rows/s: ${verdict(i.first.rowsPerSecond >= 20_000)}`,
  );
  console.log(
    `re-import of the same file: ${i.again.rowsPerSecond.toLocaleString()} rows/s (${i.again.seconds} s, created ${JSON.stringify(i.again.created)})`,
  );
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  const file = join(root, 'bench/results', `record-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        node: process.version,
        users: USERS,
        seconds: SECONDS,
        youthFlag: YOUTH,
        ...r,
      },
      null,
      2,
    ),
  );
  console.log(`\nSaved ${file}`);
}

await main();
