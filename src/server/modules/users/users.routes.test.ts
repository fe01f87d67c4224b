import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  as,
  createAgency,
  createUser,
  jurisdictionId,
  signIn,
  signInAs,
  startTestApp,
  type TestApp,
} from '../../../../test/harness';

let t: TestApp;
let alameda: number;
beforeAll(async () => {
  t = await startTestApp();
  alameda = jurisdictionId(t.services, 'CA-ALAMEDA');
});
afterAll(() => t.close());

const STRONG = 'violet lantern harbour quietly';
const tag = () => randomUUID().slice(0, 8);
const newUser = (over: Record<string, unknown> = {}) => {
  const k = tag();
  return {
    email: `new.${k}@test.lantern.test`,
    displayName: `New Person ${k}`,
    role: 'social_worker',
    jurisdictionId: alameda,
    password: STRONG,
    ...over,
  };
};

const auditRows = async (entityId: string, action: string) =>
  (
    await t.services.database.db.execute(sql`
    select action, actor_user_id, jurisdiction_id, before, after, meta
    from audit_events where entity_id = ${entityId} and action = ${action} order by seq`)
  ).rows;

const countUsers = async (email: string) =>
  Number(
    (
      await t.services.database.db.execute(
        sql`select count(*)::int as n from users where lower(email) = lower(${email})`,
      )
    ).rows[0]!.n,
  );

/** Every key anywhere in a JSON value. */
const keysOf = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.flatMap(keysOf)
    : v && typeof v === 'object'
      ? Object.entries(v).flatMap(([k, x]) => [k, ...keysOf(x)])
      : [];

describe('POST /api/v1/users', () => {
  test('a county administrator creates a user: 201, fields echoed, no password anywhere, audited without it', async () => {
    const { api, user: admin } = await signInAs(t, 'county_admin');
    const body = newUser({ locale: 'es' });
    const res = await api.post('/api/v1/users', body);
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      email: body.email,
      displayName: body.displayName,
      role: 'social_worker',
      jurisdictionId: alameda,
      jurisdictionName: 'Alameda',
      agencyId: null,
      active: true,
      locale: 'es',
      mfaEnrolled: false,
      version: 1,
    });
    expect(res.body).not.toMatch(/password|argon2|totp|recovery/i);
    expect(res.body).not.toContain(STRONG);

    const [audit, ...more] = await auditRows(created.id, 'user.create');
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ actor_user_id: admin.id, jurisdiction_id: alameda, before: null });
    expect(audit!.after).toMatchObject({
      email: body.email,
      role: 'social_worker',
      jurisdictionId: alameda,
      active: true,
    });
    const allKeys = [...keysOf(audit!.after), ...keysOf(audit!.meta)];
    expect(allKeys.filter((k) => /password|hash|totp|recovery/i.test(k))).toEqual([]);
    expect(JSON.stringify(audit)).not.toMatch(/argon2|\[redacted\]/);
    expect(JSON.stringify(audit)).not.toContain(STRONG);
  });

  test('a social worker may neither list nor create users', async () => {
    const { api } = await signInAs(t, 'social_worker');
    expect((await api.get('/api/v1/users')).statusCode).toBe(403);
    const body = newUser();
    const res = await api.post('/api/v1/users', body);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    expect(await countUsers(body.email)).toBe(0);
  });

  test.each(['system_admin', 'state_analyst'])(
    'a county administrator cannot grant %s (403)',
    async (role) => {
      const { api } = await signInAs(t, 'county_admin');
      const state = jurisdictionId(t.services, 'CA');
      for (const j of [state, alameda]) {
        const body = newUser({ role, jurisdictionId: j });
        const res = await api.post('/api/v1/users', body);
        expect(res.statusCode).toBe(403);
        expect(await countUsers(body.email)).toBe(0);
      }
    },
  );

  test('a county role placed at the state or a region is refused (422)', async () => {
    const { api } = await signInAs(t, 'system_admin', { county: 'CA' });
    for (const code of ['CA', 'CA-R-BAY-AREA']) {
      const res = await api.post(
        '/api/v1/users',
        newUser({ role: 'social_worker', jurisdictionId: jurisdictionId(t.services, code) }),
      );
      expect(res.statusCode).toBe(422);
      expect(res.json().error.details).toEqual([expect.objectContaining({ path: 'jurisdictionId' })]);
    }
  });

  test('a partner needs an agency (422)', async () => {
    const { api } = await signInAs(t, 'county_admin');
    const res = await api.post('/api/v1/users', newUser({ role: 'partner' }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toEqual([expect.objectContaining({ path: 'agencyId' })]);
  });

  test('an agency of another county is refused with 422, not 500, for county and state administrators', async () => {
    const tulareAgency = await createAgency(t.services, 'CA-TULARE');
    for (const actor of [
      await signInAs(t, 'county_admin'),
      await signInAs(t, 'system_admin', { county: 'CA' }),
    ]) {
      const body = newUser({ role: 'partner', agencyId: tulareAgency });
      const res = await actor.api.post('/api/v1/users', body);
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({
        code: 'validation_failed',
        details: [expect.objectContaining({ path: 'agencyId' })],
      });
      expect(await countUsers(body.email)).toBe(0);
    }
  });

  test.each(['password', 'password12345678', 'short pass'])(
    'a weak password (%s) is refused: 422 password_rejected',
    async (password) => {
      const { api } = await signInAs(t, 'county_admin');
      const body = newUser({ password });
      const res = await api.post('/api/v1/users', body);
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({
        code: 'password_rejected',
        details: [expect.objectContaining({ path: 'password' })],
      });
      expect(await countUsers(body.email)).toBe(0);
    },
  );

  test('a password containing the email local part is refused', async () => {
    const { api } = await signInAs(t, 'county_admin');
    const body = newUser({ email: `marisol.${tag()}@test.lantern.test` });
    const res = await api.post('/api/v1/users', {
      ...body,
      password: `${body.email.split('@')[0]} likes long walks`,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('password_rejected');
  });

  test('a duplicate email is 409 already_exists, also when the other account is in Tulare or differs in case', async () => {
    const { api } = await signInAs(t, 'county_admin');
    const here = await createUser(t.services, { role: 'social_worker', county: 'CA-ALAMEDA' });
    const there = await createUser(t.services, { role: 'social_worker', county: 'CA-TULARE' });
    for (const email of [here.email, there.email, there.email.toUpperCase()]) {
      const res = await api.post('/api/v1/users', newUser({ email }));
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('already_exists');
      expect(await countUsers(email)).toBe(1);
    }
  });
});

describe('Idempotency-Key on POST /api/v1/users', () => {
  test('the same key and body twice create one user and replay the first answer', async () => {
    const { api } = await signInAs(t, 'county_admin');
    const key = randomUUID();
    const body = newUser();
    const first = await api.post('/api/v1/users', body, { 'idempotency-key': key });
    const second = await api.post('/api/v1/users', body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    expect(await countUsers(body.email)).toBe(1);
    expect(await auditRows(first.json().id, 'user.create')).toHaveLength(1);
  });

  test('the same key with a different body is 422 idempotency_key_reused and creates nothing', async () => {
    const { api } = await signInAs(t, 'county_admin');
    const key = randomUUID();
    expect((await api.post('/api/v1/users', newUser(), { 'idempotency-key': key })).statusCode).toBe(201);
    const other = newUser();
    const res = await api.post('/api/v1/users', other, { 'idempotency-key': key });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('idempotency_key_reused');
    expect(await countUsers(other.email)).toBe(0);
  });

  test.each(['short', 'has spaces in it', 'x'.repeat(101), 'bad/slash!key'])(
    'a malformed key (%s) is 422',
    async (key) => {
      const { api } = await signInAs(t, 'county_admin');
      const body = newUser();
      const res = await api.post('/api/v1/users', body, { 'idempotency-key': key });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('validation_failed');
      expect(await countUsers(body.email)).toBe(0);
    },
  );
});

describe('PATCH /api/v1/users/:id', () => {
  test('a role change is audited as user.role_change with before and after', async () => {
    const { api, user: admin } = await signInAs(t, 'county_admin');
    const target = await createUser(t.services, { role: 'social_worker' });
    const res = await api.patch(`/api/v1/users/${target.id}`, { version: 1, role: 'supervisor' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'supervisor', version: 2 });
    const [audit] = await auditRows(target.id, 'user.role_change');
    expect(audit).toMatchObject({
      actor_user_id: admin.id,
      before: { role: 'social_worker', version: 1 },
      after: { role: 'supervisor', version: 2 },
    });
  });

  test('deactivating a user ends their existing session and is audited as user.deactivate', async () => {
    const { api } = await signInAs(t, 'county_admin');
    const target = await createUser(t.services, { role: 'social_worker' });
    const theirs = as(t.app, await signIn(t.app, target.email));
    expect((await theirs.get('/api/v1/me')).statusCode).toBe(200);
    const res = await api.patch(`/api/v1/users/${target.id}`, { version: 1, active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json().active).toBe(false);
    expect((await theirs.get('/api/v1/me')).statusCode).toBe(401);
    const [audit] = await auditRows(target.id, 'user.deactivate');
    expect(audit).toMatchObject({ before: { active: true }, after: { active: false } });
    await expect(signIn(t.app, target.email)).rejects.toThrow(/401/);
  });

  test('a stale version is 409 version_conflict carrying the user as it is now', async () => {
    const { api } = await signInAs(t, 'county_admin');
    const target = await createUser(t.services, { role: 'social_worker' });
    expect(
      (await api.patch(`/api/v1/users/${target.id}`, { version: 1, displayName: 'First Edit' })).statusCode,
    ).toBe(200);
    const res = await api.patch(`/api/v1/users/${target.id}`, { version: 1, displayName: 'Second Edit' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('version_conflict');
    const current = await api.get(`/api/v1/users/${target.id}`);
    expect(res.json().error.current).toEqual(current.json());
    expect(current.json()).toMatchObject({ displayName: 'First Edit', version: 2 });
  });

  test('an administrator cannot deactivate themself or change their own role (403)', async () => {
    const { api, user: me } = await signInAs(t, 'county_admin');
    for (const patch of [{ active: false }, { role: 'social_worker' }]) {
      const res = await api.patch(`/api/v1/users/${me.id}`, { version: 1, ...patch });
      expect(res.statusCode).toBe(403);
    }
    expect((await api.get(`/api/v1/users/${me.id}`)).json()).toMatchObject({
      role: 'county_admin',
      active: true,
      version: 1,
    });
  });

  test('a partner cannot be left without an agency by a later change (422)', async () => {
    const { api } = await signInAs(t, 'county_admin');
    const agency = await createAgency(t.services);
    const worker = await createUser(t.services, { role: 'social_worker' });
    const toPartner = await api.patch(`/api/v1/users/${worker.id}`, { version: 1, role: 'partner' });
    expect(toPartner.statusCode).toBe(422);
    const partner = await createUser(t.services, { role: 'partner', agencyId: agency });
    const dropAgency = await api.patch(`/api/v1/users/${partner.id}`, { version: 1, agencyId: null });
    expect(dropAgency.statusCode).toBe(422);
  });
});

describe('GET /api/v1/users', () => {
  test('reading one user writes a user.read audit row', async () => {
    const { api, user: admin } = await signInAs(t, 'county_admin');
    const target = await createUser(t.services, { role: 'supervisor' });
    const res = await api.get(`/api/v1/users/${target.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: target.id, email: target.email, role: 'supervisor' });
    const rows = await auditRows(target.id, 'user.read');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_user_id: admin.id,
      jurisdiction_id: alameda,
      meta: { requestId: expect.any(String) },
    });
  });

  test('the list filters by q, role and active, and total counts every match regardless of limit', async () => {
    const { api } = await signInAs(t, 'county_admin');
    const k = tag();
    const mk = (role: 'social_worker' | 'supervisor', active = true, name = 'person') =>
      createUser(t.services, { role, active, email: `${name}.${k}.${tag()}@test.lantern.test` });
    const a = await mk('social_worker');
    const b = await mk('social_worker', false);
    const c = await mk('supervisor');
    await mk('supervisor', true, 'other'); // matches q by email, too
    const ids = async (query: string) => {
      const res = await api.get(`/api/v1/users?q=${k}${query}`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      return { ids: body.items.map((u: { id: string }) => u.id).sort(), total: body.total };
    };
    expect((await ids('')).total).toBe(4);
    expect(await ids('&role=social_worker')).toEqual({ ids: [a.id, b.id].sort(), total: 2 });
    expect(await ids('&active=false')).toEqual({ ids: [b.id], total: 1 });
    expect(await ids('&role=supervisor&active=true')).toMatchObject({ total: 2 });
    expect((await ids('&role=supervisor')).ids).toContain(c.id);
    const page = await ids('&limit=1');
    expect(page.ids).toHaveLength(1);
    expect(page.total).toBe(4);
    expect((await api.get(`/api/v1/users?q=${k}%25`)).json().total).toBe(0); // % is matched literally
  });
});
