import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Role } from '../src/domain/access/roles';
import { buildApp } from '../src/server/app';
import { loadConfig, type Config } from '../src/server/config';
import { bootstrap } from '../src/server/platform/bootstrap';
import type { Services } from '../src/server/platform/context';
import { hashPassword } from '../src/server/platform/passwords';
import { inScope } from '../src/server/platform/scope';
import { openTestDatabase } from './engine';

export const TEST_PASSWORD = 'correct horse battery staple lantern';
let passwordHash: Promise<string> | null = null;

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  close(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    LANTERN_SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
    LANTERN_DATA_DIR: mkdtempSync(join(tmpdir(), 'lantern-test-')),
    LOG_LEVEL: 'silent',
    ...env,
  });
  const database = await openTestDatabase();
  const services = await bootstrap(config, database);
  const app = await buildApp({ services, serveWeb: false, logger: false });
  await app.ready();
  return {
    app,
    services,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

const everywhere = (s: Services) => ({ jurisdictionIds: s.tree.all().map((j) => j.id), system: true });

export function jurisdictionId(s: Services, code: string): number {
  const j = s.tree.all().find((x) => x.code === code);
  if (!j) throw new Error(`no jurisdiction ${code}`);
  return j.id;
}

let counter = 0;
/** A fresh account; every test makes its own people, so tests never share state. */
export async function createUser(
  s: Services,
  opts: {
    role: Role;
    county?: string;
    agencyId?: string | null;
    email?: string;
    password?: string;
    active?: boolean;
  },
): Promise<{ id: string; email: string; password: string; jurisdictionId: number }> {
  const county = opts.county ?? (['state_analyst', 'system_admin'].includes(opts.role) ? 'CA' : 'CA-ALAMEDA');
  const email =
    opts.email ??
    `${opts.role}.${process.pid}.${++counter}.${Math.random().toString(36).slice(2, 7)}@test.lantern.test`;
  const password = opts.password ?? TEST_PASSWORD;
  const hash = opts.password
    ? await hashPassword(password)
    : await (passwordHash ??= hashPassword(TEST_PASSWORD));
  const jid = jurisdictionId(s, county);
  const id = await inScope(s.database.db, everywhere(s), async (tx) => {
    const res = await tx.execute(sql`
      insert into users (email, display_name, role, jurisdiction_id, agency_id, password_hash, active)
      values (${email}, ${`Test ${opts.role} ${counter}`}, ${opts.role}, ${jid}, ${opts.agencyId ?? null}, ${hash}, ${opts.active ?? true})
      returning id`);
    return String(res.rows[0]!.id);
  });
  return { id, email, password, jurisdictionId: jid };
}

export async function createAgency(
  s: Services,
  county = 'CA-ALAMEDA',
  kind = 'community_based_organization',
): Promise<string> {
  return inScope(s.database.db, everywhere(s), async (tx) => {
    const res = await tx.execute(sql`
      insert into agencies (jurisdiction_id, name, kind) values (${jurisdictionId(s, county)}, ${`Test agency ${++counter} ${Math.random().toString(36).slice(2, 7)}`}, ${kind})
      returning id`);
    return String(res.rows[0]!.id);
  });
}

export interface Session {
  cookie: string;
  csrf: string;
}

export function cookieFrom(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'lantern_session');
  if (!c) throw new Error(`no session cookie in ${res.statusCode} ${res.body}`);
  return `lantern_session=${c.value}`;
}

export async function signIn(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  return { cookie: cookieFrom(res), csrf: res.json().csrfToken };
}

/** Requests as a signed-in person: the cookie always, the CSRF header on writes. */
export function as(app: FastifyInstance, session: Session) {
  const send = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method,
      url,
      headers: {
        cookie: session.cookie,
        ...(method === 'GET' ? {} : { 'x-csrf-token': session.csrf }),
        ...headers,
      },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  return {
    get: (url: string, headers?: Record<string, string>) => send('GET', url, undefined, headers),
    post: (url: string, payload?: unknown, headers?: Record<string, string>) =>
      send('POST', url, payload, headers),
    patch: (url: string, payload?: unknown, headers?: Record<string, string>) =>
      send('PATCH', url, payload, headers),
  };
}

export async function signInAs(
  t: TestApp,
  role: Role,
  opts: Parameters<typeof createUser>[1] extends infer O ? Omit<O & object, 'role'> : never = {},
) {
  const user = await createUser(t.services, { role, ...opts });
  const session = await signIn(t.app, user.email, user.password);
  return { user, session, api: as(t.app, session) };
}
