import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAgency, jurisdictionId, signInAs, startTestApp, type TestApp } from '../../../../test/harness';

let t: TestApp;
let alameda: number;
beforeAll(async () => {
  t = await startTestApp();
  alameda = jurisdictionId(t.services, 'CA-ALAMEDA');
});
afterAll(() => t.close());

const newAgency = (over: Record<string, unknown> = {}) => ({
  jurisdictionId: alameda,
  name: `Harbor Youth Services ${randomUUID().slice(0, 8)}`,
  kind: 'community_based_organization',
  ...over,
});

const countAgencies = async (name: string) =>
  Number(
    (await t.services.database.db.execute(sql`select count(*)::int as n from agencies where name = ${name}`))
      .rows[0]!.n,
  );

const auditRows = async (entityId: string, action: string) =>
  (
    await t.services.database.db.execute(sql`
    select actor_user_id, jurisdiction_id, before, after from audit_events
    where entity_id = ${entityId} and action = ${action} order by seq`)
  ).rows;

describe('GET /api/v1/agencies', () => {
  test('a social worker may list the agencies of their county', async () => {
    const agency = await createAgency(t.services, 'CA-ALAMEDA');
    const { api } = await signInAs(t, 'social_worker');
    const res = await api.get('/api/v1/agencies');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((a: { id: string }) => a.id)).toContain(agency);
  });

  test('a partner lacks agencies.read: 403', async () => {
    const { api } = await signInAs(t, 'partner', { agencyId: await createAgency(t.services) });
    const res = await api.get('/api/v1/agencies');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  test('filters by active', async () => {
    const { api } = await signInAs(t, 'county_admin');
    const created = (await api.post('/api/v1/agencies', newAgency())).json();
    expect(
      (await api.patch(`/api/v1/agencies/${created.id}`, { version: 1, active: false })).statusCode,
    ).toBe(200);
    const ids = async (active: string) =>
      (await api.get(`/api/v1/agencies?active=${active}`)).json().items.map((a: { id: string }) => a.id);
    expect(await ids('false')).toContain(created.id);
    expect(await ids('true')).not.toContain(created.id);
  });
});

describe('POST /api/v1/agencies', () => {
  test('a county administrator creates an agency: 201, audited as agency.create', async () => {
    const { api, user } = await signInAs(t, 'county_admin');
    const body = newAgency({ kind: 'probation' });
    const res = await api.post('/api/v1/agencies', body);
    expect(res.statusCode).toBe(201);
    const agency = res.json();
    expect(agency).toMatchObject({
      name: body.name,
      kind: 'probation',
      jurisdictionId: alameda,
      jurisdictionName: 'Alameda',
      active: true,
      version: 1,
    });
    const [audit] = await auditRows(agency.id, 'agency.create');
    expect(audit).toMatchObject({
      actor_user_id: user.id,
      jurisdiction_id: alameda,
      after: { id: agency.id, name: body.name },
    });
  });

  test('a social worker may not create one: 403', async () => {
    const { api } = await signInAs(t, 'social_worker');
    const body = newAgency();
    expect((await api.post('/api/v1/agencies', body)).statusCode).toBe(403);
    expect(await countAgencies(body.name)).toBe(0);
  });

  test('a county administrator cannot create one in another county (422)', async () => {
    const { api } = await signInAs(t, 'county_admin');
    const body = newAgency({ jurisdictionId: jurisdictionId(t.services, 'CA-TULARE') });
    expect((await api.post('/api/v1/agencies', body)).statusCode).toBe(422);
    expect(await countAgencies(body.name)).toBe(0);
  });

  test('a duplicate name in the same county is 409; the same name in another county is fine', async () => {
    const { api } = await signInAs(t, 'system_admin', { county: 'CA' });
    const body = newAgency();
    expect((await api.post('/api/v1/agencies', body)).statusCode).toBe(201);
    const again = await api.post('/api/v1/agencies', { ...body, kind: 'education' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_exists');
    const elsewhere = await api.post('/api/v1/agencies', {
      ...body,
      jurisdictionId: jurisdictionId(t.services, 'CA-TULARE'),
    });
    expect(elsewhere.statusCode).toBe(201);
    expect(await countAgencies(body.name)).toBe(2);
  });

  test('an agency cannot be placed at a region (422)', async () => {
    const { api } = await signInAs(t, 'system_admin', { county: 'CA' });
    const res = await api.post(
      '/api/v1/agencies',
      newAgency({ jurisdictionId: jurisdictionId(t.services, 'CA-R-BAY-AREA') }),
    );
    expect(res.statusCode).toBe(422);
  });

  test('an Idempotency-Key replays the first create instead of making a second agency', async () => {
    const { api } = await signInAs(t, 'county_admin');
    const key = randomUUID();
    const body = newAgency();
    const first = await api.post('/api/v1/agencies', body, { 'idempotency-key': key });
    const second = await api.post('/api/v1/agencies', body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    expect(await countAgencies(body.name)).toBe(1);
    const reused = await api.post('/api/v1/agencies', newAgency(), { 'idempotency-key': key });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error.code).toBe('idempotency_key_reused');
  });
});

describe('PATCH /api/v1/agencies/:id', () => {
  test('a stale version is 409 with the agency as it is now', async () => {
    const { api } = await signInAs(t, 'county_admin');
    const created = (await api.post('/api/v1/agencies', newAgency())).json();
    const renamed = await api.patch(`/api/v1/agencies/${created.id}`, {
      version: 1,
      name: `${created.name} (East)`,
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().version).toBe(2);
    const stale = await api.patch(`/api/v1/agencies/${created.id}`, { version: 1, kind: 'education' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(stale.json().error.current).toEqual(renamed.json());
  });

  test('deactivating is audited as agency.update with before and after', async () => {
    const { api, user } = await signInAs(t, 'county_admin');
    const created = (await api.post('/api/v1/agencies', newAgency())).json();
    const res = await api.patch(`/api/v1/agencies/${created.id}`, { version: 1, active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ active: false, version: 2 });
    const [audit] = await auditRows(created.id, 'agency.update');
    expect(audit).toMatchObject({
      actor_user_id: user.id,
      before: { active: true, version: 1 },
      after: { active: false, version: 2 },
    });
  });

  test('renaming onto another agency of the same county is 409 already_exists', async () => {
    const { api } = await signInAs(t, 'county_admin');
    const a = (await api.post('/api/v1/agencies', newAgency())).json();
    const b = (await api.post('/api/v1/agencies', newAgency())).json();
    const res = await api.patch(`/api/v1/agencies/${b.id}`, { version: 1, name: a.name });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('already_exists');
  });

  test('a social worker may not change an agency (403)', async () => {
    const agency = await createAgency(t.services);
    const { api } = await signInAs(t, 'social_worker');
    expect((await api.patch(`/api/v1/agencies/${agency}`, { version: 1, active: false })).statusCode).toBe(
      403,
    );
  });
});
