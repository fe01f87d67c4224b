import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Expr } from '../../../domain/identification/instrument';
import { signInAs, startTestApp, type TestApp } from '../../../../test/harness';
import { builtin } from '../instruments/instruments.content';
import { AT_RISK_V1, atRisk, auditRows, newYouth, screening } from './screenings.test-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const db = () => t.services.database.db;

describe('POST /api/v1/screenings/:id/amend', () => {
  test('amends with a reason: version 2, history created → amended, result recomputed, audited', async () => {
    const { api, user } = await signInAs(t, 'social_worker');
    const y = await newYouth(api);
    const s = (await api.post('/api/v1/screenings', screening(y.id, atRisk()))).json();
    expect(s.rulesTrue).toEqual([]);
    const res = await api.post(`/api/v1/screenings/${s.id}/amend`, {
      version: 1,
      reason: 'The youth described being groomed online',
      answers: atRisk({ atypical_online_behavior: 'yes' }),
    });
    expect(res.statusCode, res.body).toBe(200);
    const amended = res.json();
    expect(amended).toMatchObject({
      id: s.id,
      instrument: s.instrument,
      context: s.context,
      screenedAt: s.screenedAt,
      amended: true,
      version: 2,
      rulesTrue: ['at_risk_cse', 'increased_risk_labor'],
      answers: atRisk({ atypical_online_behavior: 'yes' }),
    });
    expect(amended.result.outcomes).toEqual(['at_risk_cse', 'increased_risk_labor']);
    expect(amended.history).toEqual([
      expect.objectContaining({
        version: 1,
        change: 'created',
        reason: null,
        data: expect.objectContaining({ rulesTrue: [] }),
      }),
      expect.objectContaining({
        version: 2,
        change: 'amended',
        reason: 'The youth described being groomed online',
        actor: expect.any(String),
        data: expect.objectContaining({ rulesTrue: ['at_risk_cse', 'increased_risk_labor'] }),
      }),
    ]);
    const [audit] = await auditRows(db(), 'screening.amend', s.id);
    expect(audit).toMatchObject({
      actor_user_id: user.id,
      before: { amended: false, rulesTrue: [] },
      after: { amended: true, rulesTrue: ['at_risk_cse', 'increased_risk_labor'] },
      meta: {
        youthId: y.id,
        reason: 'The youth described being groomed online',
        fromVersion: 1,
        toVersion: 2,
      },
    });
    const page = (await api.get(`/api/v1/youth/${y.id}`)).json();
    expect(page.screenings[0]).toMatchObject({
      id: s.id,
      amended: true,
      rulesTrue: ['at_risk_cse', 'increased_risk_labor'],
    });
  });

  test('an amendment that changes no answer is 422, whatever the order of keys, and writes nothing', async () => {
    const { api } = await signInAs(t, 'social_worker');
    const y = await newYouth(api);
    const answers = atRisk({ controlled_or_groomed: 'yes' });
    const s = (await api.post('/api/v1/screenings', screening(y.id, answers))).json();
    const reversed = Object.fromEntries(Object.entries(answers).reverse());
    const res = await api.post(`/api/v1/screenings/${s.id}/amend`, {
      version: 1,
      reason: 'Checking the answers again',
      answers: reversed,
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.details).toEqual([expect.objectContaining({ path: 'answers' })]);
    const now = (await api.get(`/api/v1/screenings/${s.id}`)).json();
    expect(now.version).toBe(1);
    expect(now.history).toHaveLength(1);
  });

  test('a stale version is 409 with the current screening; no reason or unfit answers are 422', async () => {
    const { api } = await signInAs(t, 'supervisor');
    const y = await newYouth(api);
    const s = (await api.post('/api/v1/screenings', screening(y.id, atRisk()))).json();
    const first = await api.post(`/api/v1/screenings/${s.id}/amend`, {
      version: 1,
      reason: 'Poverty was recorded wrongly',
      answers: atRisk({ poverty: 'yes' }),
    });
    expect(first.statusCode).toBe(200);
    const stale = await api.post(`/api/v1/screenings/${s.id}/amend`, {
      version: 1,
      reason: 'Another change',
      answers: atRisk(),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(stale.json().error.current).toEqual(first.json());
    const noReason = await api.post(`/api/v1/screenings/${s.id}/amend`, {
      version: 2,
      reason: ' ',
      answers: atRisk(),
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.details[0].path).toBe('reason');
    const unfit = await api.post(`/api/v1/screenings/${s.id}/amend`, {
      version: 2,
      reason: 'Typo',
      answers: atRisk({ poverty: 'maybe' }),
    });
    expect(unfit.statusCode).toBe(422);
    expect(unfit.json().error.details).toEqual([{ path: 'answers.poverty', message: expect.any(String) }]);
    const revisions = await db().execute(
      sql`select count(*)::int as n from record_revisions where entity_id = ${s.id}`,
    );
    expect(revisions.rows[0]!.n).toBe(2);
    expect((await api.get(`/api/v1/screenings/${s.id}`)).json()).toMatchObject({
      version: 2,
      answers: atRisk({ poverty: 'yes' }),
    });
  });
});

/** at-risk v1 without the disability item, needing three labor vulnerabilities instead of two. */
function adaptedAtRisk() {
  const def = structuredClone(builtin('at-risk', 1)!);
  for (const g of def.groups) g.items = g.items.filter((i) => i.key !== 'disability');
  const rule = def.rules.find((r) => r.key === 'labor_vulnerable')!;
  const when = rule.when as Extract<Expr, { atLeast: number }>;
  rule.when = { atLeast: 3, of: when.of.filter((e) => !('item' in e && e.item === 'disability')) };
  return def;
}

describe('a county adaptation does not change screenings taken before it', () => {
  test('the old screening keeps version 1 and its result, and amending it is checked against version 1', async () => {
    const worker = await signInAs(t, 'social_worker');
    const y = await newYouth(worker.api);
    const v1Answers = atRisk({ poverty: 'yes', disability: 'yes' });
    const before = (await worker.api.post('/api/v1/screenings', screening(y.id, v1Answers))).json();
    expect(before.rulesTrue).toEqual(['labor_vulnerable', 'increased_risk_labor']);

    const coordinator = await signInAs(t, 'coordinator');
    const current = (await coordinator.api.get('/api/v1/instruments/at-risk')).json();
    const adapt = await coordinator.api.post('/api/v1/instruments/at-risk/versions', {
      basedOn: { origin: current.origin, version: current.version },
      definition: adaptedAtRisk(),
      changeNote: 'Disability is assessed elsewhere; three vulnerabilities are needed',
    });
    expect(adapt.statusCode, adapt.body).toBe(201);
    const v2 = { key: 'at-risk', version: adapt.json().version, origin: 'county' } as const;

    const read = (await worker.api.get(`/api/v1/screenings/${before.id}`)).json();
    expect(read.instrument).toMatchObject(AT_RISK_V1);
    expect(read.result).toEqual(before.result);

    // Amending is checked and evaluated against version 1: "disability" is still an item there.
    const missing = await worker.api.post(`/api/v1/screenings/${before.id}/amend`, {
      version: 1,
      reason: 'Removing an answer',
      answers: Object.fromEntries(Object.entries(v1Answers).filter(([k]) => k !== 'disability')),
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.details).toEqual([
      { path: 'answers.disability', message: expect.any(String) },
    ]);
    const amended = await worker.api.post(`/api/v1/screenings/${before.id}/amend`, {
      version: 1,
      reason: 'Unstable family was left out',
      answers: { ...v1Answers, poverty: 'no', unstable_family: 'yes' },
    });
    expect(amended.statusCode, amended.body).toBe(200);
    expect(amended.json()).toMatchObject({
      instrument: AT_RISK_V1,
      version: 2,
      rulesTrue: ['labor_vulnerable', 'increased_risk_labor'],
    });

    // A screening started on version 1 before the change can still be saved; the new version has no "disability".
    expect((await worker.api.post('/api/v1/screenings', screening(y.id, v1Answers))).statusCode).toBe(201);
    const onV2 = await worker.api.post('/api/v1/screenings', screening(y.id, v1Answers, { instrument: v2 }));
    expect(onV2.statusCode).toBe(422);
    expect(onV2.json().error.details).toEqual([{ path: 'answers.disability', message: expect.any(String) }]);
    const { disability: _d, ...v2Answers } = v1Answers;
    const saved = await worker.api.post('/api/v1/screenings', screening(y.id, v2Answers, { instrument: v2 }));
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json()).toMatchObject({
      instrument: { ...v2, title: read.instrument.title },
      rulesTrue: [],
    });
  });
});
