import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { jurisdictionId, signInAs, startTestApp, type TestApp } from '../../../../test/harness';
import { insertYouth, twoFormReport } from '../reports/reports.test-fixtures';
import { codeFromLabel, parseSettingsFile, SETTINGS_FILE } from './lookups.content';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const auditRows = async (entityId: string, action: string) =>
  (
    await t.services.database.db.execute(sql`
      select actor_user_id, jurisdiction_id, before, after from audit_events
      where entity_id = ${entityId} and action = ${action} order by seq`)
  ).rows;

/** A label no other test uses, in both languages. */
const labels = (word = 'Nail salons') => {
  const tag = randomUUID().slice(0, 6);
  return { labelEn: `${word} ${tag}`, labelEs: `Salones de uñas ${tag}` };
};

describe('GET /api/v1/lookups', () => {
  test('a worker sees every built-in value and the county’s own, active or not', async () => {
    const coordinator = await signInAs(t, 'coordinator');
    const created = (await coordinator.api.post('/api/v1/lookups/labor_setting', labels())).json();
    const { api } = await signInAs(t, 'social_worker');
    const res = await api.get('/api/v1/lookups');
    expect(res.statusCode).toBe(200);
    const { lists } = res.json();
    expect(Object.keys(lists).sort()).toEqual([
      'criminal_activity',
      'labor_setting',
      'sexual_exploitation_setting',
    ]);
    expect(lists.criminal_activity[0]).toMatchObject({
      id: null,
      builtIn: true,
      active: true,
      version: null,
    });
    expect(lists.labor_setting.map((v: { code: string }) => v.code)).toEqual(
      expect.arrayContaining(['construction', created.code]),
    );
    // Another county does not see it.
    const { api: marin } = await signInAs(t, 'social_worker', { county: 'CA-MARIN' });
    const theirs = (await marin.get('/api/v1/lookups')).json().lists.labor_setting;
    expect(theirs.map((v: { code: string }) => v.code)).not.toContain(created.code);
  });

  test('administrators may read the lists; an analyst or auditor may not (403); nobody signed in gets 401', async () => {
    expect((await (await signInAs(t, 'county_admin')).api.get('/api/v1/lookups')).statusCode).toBe(200);
    expect((await (await signInAs(t, 'county_analyst')).api.get('/api/v1/lookups')).statusCode).toBe(403);
    expect(
      (await (await signInAs(t, 'auditor', { county: 'CA' })).api.get('/api/v1/lookups')).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/lookups' })).statusCode).toBe(401);
  });
});

describe('POST /api/v1/lookups/:list', () => {
  test('a coordinator adds a value: the code comes from the English label; audited', async () => {
    const { api, user } = await signInAs(t, 'coordinator');
    const body = {
      labelEn: 'Car-wash crews — Señor’s',
      labelEs: `Equipos de lavado ${randomUUID().slice(0, 4)}`,
    };
    const res = await api.post('/api/v1/lookups/labor_setting', body);
    expect(res.statusCode).toBe(201);
    const value = res.json();
    expect(value).toMatchObject({
      code: 'car_wash_crews_senor_s',
      labelEn: body.labelEn,
      builtIn: false,
      active: true,
      version: 1,
    });
    const [audit] = await auditRows(value.id, 'lookup.create');
    expect(audit).toMatchObject({
      actor_user_id: user.id,
      jurisdiction_id: jurisdictionId(t.services, 'CA-ALAMEDA'),
    });
  });

  test('a label already in the list (built-in or the county’s, any case or accent) is 409', async () => {
    const { api } = await signInAs(t, 'coordinator', { county: 'CA-NAPA' });
    const first = labels('Vineyard work');
    expect((await api.post('/api/v1/lookups/labor_setting', first)).statusCode).toBe(201);
    const sameEn = await api.post('/api/v1/lookups/labor_setting', {
      ...labels(),
      labelEn: first.labelEn.toUpperCase(),
    });
    expect(sameEn.statusCode).toBe(409);
    expect(sameEn.json().error.details[0].path).toBe('labelEn');
    const sameEs = await api.post('/api/v1/lookups/labor_setting', { ...labels(), labelEs: first.labelEs });
    expect(sameEs.statusCode).toBe(409);
    expect(sameEs.json().error.details[0].path).toBe('labelEs');
    const builtIn = await api.post('/api/v1/lookups/labor_setting', {
      labelEn: 'Construction',
      labelEs: 'Obras nuevas',
    });
    expect(builtIn.statusCode).toBe(409);
    // The same label in another list is fine.
    expect((await api.post('/api/v1/lookups/criminal_activity', first)).statusCode).toBe(201);
  });

  test('a retried create replays; a worker cannot add values (403); a label without letters is 422', async () => {
    const { api } = await signInAs(t, 'coordinator');
    const key = randomUUID();
    const body = labels('Flower selling');
    const a = await api.post('/api/v1/lookups/labor_setting', body, { 'idempotency-key': key });
    const b = await api.post('/api/v1/lookups/labor_setting', body, { 'idempotency-key': key });
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(b.json().id).toBe(a.json().id);
    const worker = await signInAs(t, 'social_worker');
    expect((await worker.api.post('/api/v1/lookups/labor_setting', labels())).statusCode).toBe(403);
    const symbols = await api.post('/api/v1/lookups/labor_setting', { labelEn: '¿?!', labelEs: 'Símbolos' });
    expect(symbols.statusCode).toBe(422);
    expect(symbols.json().error.details[0].path).toBe('labelEn');
    const unknownList = await api.post('/api/v1/lookups/colours', labels());
    expect(unknownList.statusCode).toBe(422);
    const otherCounty = await api.post('/api/v1/lookups/labor_setting', {
      ...labels(),
      jurisdictionId: jurisdictionId(t.services, 'CA-MARIN'),
    });
    expect(otherCounty.statusCode).toBe(422);
    expect(otherCounty.json().error.details[0].path).toBe('jurisdictionId');
  });
});

describe('PATCH /api/v1/lookups/values/:id', () => {
  test('relabel and deactivate with the version; stale → 409; another county → 404; audited', async () => {
    const { api } = await signInAs(t, 'coordinator');
    const value = (await api.post('/api/v1/lookups/labor_setting', labels('Door-to-door sales'))).json();
    const relabelled = await api.patch(`/api/v1/lookups/values/${value.id}`, {
      version: 1,
      labelEn: `${value.labelEn} (crews)`,
      active: false,
    });
    expect(relabelled.statusCode).toBe(200);
    expect(relabelled.json()).toMatchObject({ code: value.code, active: false, version: 2 });
    const stale = await api.patch(`/api/v1/lookups/values/${value.id}`, { version: 1, active: true });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ version: 2, active: false });
    const [audit] = await auditRows(value.id, 'lookup.update');
    expect(audit).toMatchObject({ before: { active: true }, after: { active: false } });

    const { api: marin } = await signInAs(t, 'coordinator', { county: 'CA-MARIN' });
    const outside = await marin.patch(`/api/v1/lookups/values/${value.id}`, { version: 2, active: true });
    expect(outside.statusCode).toBe(404);
    const missing = await marin.patch(`/api/v1/lookups/values/${randomUUID()}`, { version: 2, active: true });
    expect(outside.json().error.message).toBe(missing.json().error.message);
  });
});

describe('county values on records', () => {
  test('an active county value is accepted on an allegation; once deactivated, it is refused for new ones', async () => {
    const coordinator = await signInAs(t, 'coordinator', { county: 'CA-MONTEREY' });
    const value = (
      await coordinator.api.post('/api/v1/lookups/criminal_activity', labels('Catalytic converter theft'))
    ).json();
    const youth = await insertYouth(t, { county: 'CA-MONTEREY' });
    const worker = await signInAs(t, 'social_worker', { county: 'CA-MONTEREY' });
    const body = () => {
      const b = twoFormReport(youth.id);
      (b.allegations[1]!.exploitation as { settings: string[] }).settings = [value.code];
      return b;
    };
    const accepted = await worker.api.post('/api/v1/reports', body());
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().allegations[1].exploitation.settings).toEqual([value.code]);

    await coordinator.api.patch(`/api/v1/lookups/values/${value.id}`, { version: 1, active: false });
    const refused = await worker.api.post('/api/v1/reports', body());
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details[0].path).toBe('allegations.1.exploitation.settings.0');

    // An amendment may keep a deactivated value the allegation already had.
    const allegation = accepted.json().allegations[1];
    const amend = await worker.api.post(`/api/v1/allegations/${allegation.id}/amend`, {
      version: 1,
      reason: 'Adding the end date.',
      allegation: {
        ...body().allegations[1],
        exploitation: { ...allegation.exploitation, endDate: '2026-09-30' },
      },
    });
    expect(amend.statusCode).toBe(200);
  });
});

describe('built-in content', () => {
  test('content/lookups/settings.json is valid, and a malformed file is refused', () => {
    const parsed = parseSettingsFile(readFileSync(SETTINGS_FILE, 'utf8'));
    expect(parsed.labor_setting.length).toBeGreaterThan(5);
    expect(() => parseSettingsFile(JSON.stringify({ labor_setting: [], criminal_activity: [] }))).toThrow();
    const duplicate = { code: 'street', en: 'Street', es: 'Calle' };
    expect(() =>
      parseSettingsFile(
        JSON.stringify({
          sexual_exploitation_setting: [duplicate, duplicate],
          labor_setting: [duplicate],
          criminal_activity: [duplicate],
        }),
      ),
    ).toThrow();
  });

  test('a generated code is always a valid stable code (snake case, at most 60 characters)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (label) => {
        const code = codeFromLabel(label);
        expect(code === '' || /^[a-z0-9](?:[a-z0-9_]{0,58}[a-z0-9])?$/.test(code)).toBe(true);
        expect(code).not.toMatch(/__/);
        expect(codeFromLabel(code)).toBe(code);
      }),
    );
  });
});
