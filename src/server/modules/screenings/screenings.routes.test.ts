import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { evaluate } from '../../../domain/identification/evaluate';
import { parseInstrument } from '../../../domain/identification/instrument.validate';
import { createAgency, jurisdictionId, signInAs, startTestApp, type TestApp } from '../../../../test/harness';
import type { AuthContext } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { screeningsOnYouthPage } from './screenings.service';
import {
  AT_RISK_V1,
  COUNTY_DEFINITION,
  atRisk,
  auditRows,
  countScreenings,
  insertCountyInstrument,
  newYouth,
  screening,
} from './screenings.test-fixtures';

let t: TestApp;
let alameda: number;
beforeAll(async () => {
  t = await startTestApp();
  alameda = jurisdictionId(t.services, 'CA-ALAMEDA');
});
afterAll(() => t.close());

const db = () => t.services.database.db;

describe('POST /api/v1/screenings', () => {
  test('one of A–C makes the youth at risk; stored with revision 1 and audited without the answers', async () => {
    const { api, user } = await signInAs(t, 'social_worker');
    const y = await newYouth(api);
    const res = await api.post(
      '/api/v1/screenings',
      screening(y.id, atRisk({ controlled_or_groomed: 'yes' }), { contextNote: 'First visit' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    expect(s).toMatchObject({
      youthId: y.id,
      youth: { id: y.id, ref: y.ref },
      instrument: { ...AT_RISK_V1, title: { en: expect.stringContaining('At risk') } },
      context: 'intake',
      contextNote: 'First visit',
      language: 'en',
      screenedBy: { id: user.id },
      amended: false,
      complete: true,
      rulesTrue: ['at_risk_cse', 'increased_risk_labor'],
      determinations: [],
      version: 1,
    });
    expect(s.result.outcomes).toEqual(['at_risk_cse', 'increased_risk_labor']);
    expect(s.result.rules[0]).toMatchObject({
      key: 'at_risk_cse',
      value: true,
      because: ['controlled_or_groomed'],
    });
    const revisions = await db().execute(sql`
      select version, change, reason, actor_id, jurisdiction_id, data from record_revisions
      where entity_type = 'screening' and entity_id = ${s.id}`);
    expect(revisions.rows).toEqual([
      expect.objectContaining({
        version: 1,
        change: 'created',
        reason: null,
        actor_id: user.id,
        jurisdiction_id: alameda,
        data: expect.objectContaining({ answers: s.answers }),
      }),
    ]);
    const [audit] = await auditRows(db(), 'screening.create', s.id);
    expect(audit).toMatchObject({
      actor_user_id: user.id,
      jurisdiction_id: alameda,
      meta: { youthId: y.id, instrument: AT_RISK_V1, context: 'intake' },
    });
    expect(JSON.stringify(audit)).not.toContain('controlled_or_groomed');
  });

  test('D yes with E unknown leaves the rule open on E; the list and youth page show it newest first', async () => {
    const { api, user } = await signInAs(t, 'supervisor');
    const y = await newYouth(api);
    const older = (
      await api.post(
        '/api/v1/screenings',
        screening(y.id, atRisk(), { screenedAt: '2026-03-01T10:00:00Z', context: 'periodic' }),
      )
    ).json();
    const res = await api.post(
      '/api/v1/screenings',
      screening(
        y.id,
        atRisk({ runaway_or_unstable_housing: 'yes', law_enforcement_involvement: 'unknown' }),
        {
          screenedAt: '2026-09-01T10:00:00Z',
          context: 'return_from_runaway',
        },
      ),
    );
    expect(res.statusCode, res.body).toBe(201);
    const newer = res.json();
    const rule = newer.result.rules.find((r: { key: string }) => r.key === 'at_risk_cse');
    expect(rule).toEqual({
      key: 'at_risk_cse',
      value: null,
      because: [],
      open: ['law_enforcement_involvement'],
    });
    expect(newer.rulesTrue).toEqual([]);
    expect(older.rulesTrue).toEqual([]);

    const list = await api.get(`/api/v1/youth/${y.id}/screenings`);
    expect(list.statusCode).toBe(200);
    const summaries = list.json().screenings;
    expect(summaries.map((x: { id: string }) => x.id)).toEqual([newer.id, older.id]);
    expect(summaries[0]).not.toHaveProperty('answers');
    expect(summaries[0]).toMatchObject({
      context: 'return_from_runaway',
      screenedAt: '2026-09-01T10:00:00.000Z',
    });
    const [listAudit] = await auditRows(db(), 'screening.list', y.id);
    expect(listAudit).toMatchObject({ actor_user_id: user.id, entity_type: 'youth', meta: { count: 2 } });

    const page = (await api.get(`/api/v1/youth/${y.id}`)).json();
    expect(page.screenings).toEqual(summaries);

    const one = await api.get(`/api/v1/screenings/${older.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({
      ...older,
      history: [{ version: 1, change: 'created', reason: null, actor: expect.any(String) }],
    });
    expect(await auditRows(db(), 'screening.read', older.id)).toHaveLength(1);
  });

  test('the youth’s age at the time comes from the date of birth; a county version is named by its own title', async () => {
    const { api } = await signInAs(t, 'social_worker');
    const y = await newYouth(api, { dateOfBirth: '2011-06-15' });
    const key = `county-test-${randomUUID().slice(0, 6)}`;
    const countyId = await insertCountyInstrument(db(), alameda, key);
    const answers = { exchange: 'yes', what_value: ['shelter'] };
    const res = await api.post(
      '/api/v1/screenings',
      screening(y.id, answers, {
        instrument: { key, version: 1, origin: 'county' },
        screenedAt: '2026-06-14T12:00:00Z',
        language: 'es',
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    const inst = parseInstrument(COUNTY_DEFINITION(key));
    expect(inst.ok).toBe(true);
    if (inst.ok) expect(s.result).toEqual(evaluate(inst.instrument, answers, { age: 14 }));
    expect(s.result.facts.age).toBe(14);
    expect(s.instrument).toEqual({ key, version: 1, origin: 'county', title: COUNTY_DEFINITION(key).title });
    expect(s.forms).toEqual([{ form: 'sex_trafficking', present: 1 }]);
    expect(s.determinations).toContainEqual({ key: 'sex_trafficking', status: 'met' });
    expect(s.determinations.map((d: { key: string }) => d.key)).not.toContain('none');
    const row = await db().execute(sql`select county_instrument_id from screenings where id = ${s.id}`);
    expect(row.rows[0]!.county_instrument_id).toBe(countyId);

    const before = await api.post(
      '/api/v1/screenings',
      screening(y.id, answers, {
        instrument: { key, version: 1, origin: 'county' },
        screenedAt: '2011-06-14T12:00:00Z',
      }),
    );
    expect(before.statusCode).toBe(422);
    expect(before.json().error.details).toEqual([{ path: 'screenedAt', message: expect.any(String) }]);
  });

  test('an Idempotency-Key replays the first create', async () => {
    const { api } = await signInAs(t, 'social_worker');
    const y = await newYouth(api);
    const key = randomUUID();
    const body = screening(y.id, atRisk({ poverty: 'yes' }));
    const first = await api.post('/api/v1/screenings', body, { 'idempotency-key': key });
    const second = await api.post('/api/v1/screenings', body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    expect(await countScreenings(db(), y.id)).toBe(1);
  });
});

describe('answers that do not fit are 422 naming the item, and nothing is written', () => {
  const county = { key: 'county-shape', version: 1, origin: 'county' } as const;
  beforeAll(async () => {
    await insertCountyInstrument(db(), alameda, county.key);
  });

  test.each([
    ['an unknown item', screening('', atRisk({ made_up: 'yes' })), 'answers.made_up'],
    ['a wrong type', screening('', atRisk({ poverty: 3 })), 'answers.poverty'],
    ['a missing required item', screening('', { controlled_or_groomed: 'yes' }), 'answers.poverty'],
    [
      'an answer to an item not asked',
      screening('', { exchange: 'no', what_value: ['money'] }, { instrument: county }),
      'answers.what_value',
    ],
    [
      'a number out of range',
      screening('', { exchange: 'no', times: 51 }, { instrument: county }),
      'answers.times',
    ],
    ['a future time', screening('', atRisk(), { screenedAt: '2027-01-01T00:00:00Z' }), 'screenedAt'],
    [
      'an instrument version that does not exist',
      screening('', atRisk(), { instrument: { ...AT_RISK_V1, version: 99 } }),
      'instrument',
    ],
    ['an unknown context', screening('', atRisk(), { context: 'anywhere' }), 'context'],
  ])('%s', async (_label, body, path) => {
    const { api } = await signInAs(t, 'social_worker');
    const y = await newYouth(api);
    const res = await api.post('/api/v1/screenings', { ...body, youthId: y.id });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(await countScreenings(db(), y.id)).toBe(0);
  });
});

describe('who may screen and read', () => {
  test('another county’s youth or screening answers 404, exactly like one that does not exist', async () => {
    const tulare = await signInAs(t, 'social_worker', { county: 'CA-TULARE' });
    const theirs = await newYouth(tulare.api);
    const s = (await tulare.api.post('/api/v1/screenings', screening(theirs.id, atRisk()))).json();
    const { api } = await signInAs(t, 'coordinator');
    const missing = randomUUID();
    const create = await api.post('/api/v1/screenings', screening(theirs.id, atRisk()));
    const createMissing = await api.post('/api/v1/screenings', screening(missing, atRisk()));
    expect(create.statusCode).toBe(404);
    expect(create.json().error.message).toBe(createMissing.json().error.message);
    expect((await api.get(`/api/v1/screenings/${s.id}`)).statusCode).toBe(404);
    expect((await api.get(`/api/v1/youth/${theirs.id}/screenings`)).statusCode).toBe(404);
    const amend = await api.post(`/api/v1/screenings/${s.id}/amend`, {
      version: 1,
      reason: 'Not ours',
      answers: atRisk(),
    });
    expect(amend.statusCode).toBe(404);
    expect(await countScreenings(db(), theirs.id)).toBe(1);
    expect(await auditRows(db(), 'screening.read', s.id)).toEqual([]);
  });

  test('partners and analysts have no access to screenings (403), and nothing is written', async () => {
    const { api } = await signInAs(t, 'social_worker');
    const y = await newYouth(api);
    const s = (await api.post('/api/v1/screenings', screening(y.id, atRisk()))).json();
    const partner = await signInAs(t, 'partner', { agencyId: await createAgency(t.services) });
    const analyst = await signInAs(t, 'county_analyst');
    for (const other of [partner.api, analyst.api]) {
      expect((await other.post('/api/v1/screenings', screening(y.id, atRisk()))).statusCode).toBe(403);
      expect((await other.get(`/api/v1/screenings/${s.id}`)).statusCode).toBe(403);
      expect((await other.get(`/api/v1/youth/${y.id}/screenings`)).statusCode).toBe(403);
      const amend = await other.post(`/api/v1/screenings/${s.id}/amend`, {
        version: 1,
        reason: 'Trying',
        answers: atRisk(),
      });
      expect(amend.statusCode).toBe(403);
    }
    expect(await countScreenings(db(), y.id)).toBe(1);
    expect((await partner.api.get(`/api/v1/youth/${y.id}`)).statusCode).toBe(404);
  });

  test('the youth page lists no screenings for a reader without screenings.read, without querying', async () => {
    const noQueries = new Proxy(
      {},
      {
        get: () => {
          throw new Error('queried the database');
        },
      },
    ) as Tx;
    const partner = { user: { role: 'partner' } } as AuthContext;
    expect(await screeningsOnYouthPage(noQueries, partner, randomUUID())).toEqual([]);
  });
});
