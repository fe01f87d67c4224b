import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser, jurisdictionId, signInAs, startTestApp, type TestApp } from '../../../../test/harness';
import {
  auditRows,
  exploitationDetails,
  insertPerson,
  insertYouth,
  rows,
  twoFormReport,
} from './reports.test-fixtures';

let t: TestApp;
let alameda: number;
beforeAll(async () => {
  t = await startTestApp();
  alameda = jurisdictionId(t.services, 'CA-ALAMEDA');
});
afterAll(() => t.close());

const reportsBy = async (reporterName: string) =>
  Number(
    (await rows(t, sql`select count(*)::int as n from reports where reporter_name = ${reporterName}`))[0]!.n,
  );

type Detail = { path: string; message: string };
const paths = (res: { json(): { error: { details?: Detail[] } } }) =>
  (res.json().error.details ?? []).map((d) => d.path);

describe('POST /api/v1/reports', () => {
  test('a worker records a report with two forms of exploitation as two allegations, in one transaction', async () => {
    const youth = await insertYouth(t);
    const { api, user } = await signInAs(t, 'social_worker');
    const body = twoFormReport(youth.id);
    const res = await api.post('/api/v1/reports', body);
    expect(res.statusCode).toBe(201);
    const report = res.json();
    expect(report).toMatchObject({
      ref: expect.stringMatching(/^R-\d+$/),
      jurisdictionId: alameda,
      receivedAt: '2026-10-02T16:30:00.000Z',
      reporterType: 'law_enforcement',
      screeningDecision: 'screened_in',
      responseTime: 'immediate',
      allegationCount: 2,
      version: 1,
      createdBy: { id: user.id },
    });
    const [cse, criminal] = report.allegations;
    expect(cse).toMatchObject({
      reportId: report.id,
      reportRef: report.ref,
      youthId: youth.id,
      youthName: youth.name,
      category: 'exploitation',
      subcategory: 'commercial_sexual_exploitation',
      dispositionState: 'open',
      version: 1,
      exploitation: {
        settings: ['home_or_hotel', 'online_arranged'],
        means: ['debt_bondage'],
        exploiterRelationship: 'intimate_partner',
        startDate: '2026-06-01',
        ongoing: true,
        ageAtFirstOccurrence: 15,
        movedAcrossCountyLines: 'yes',
        recruitmentPlatform: 'instagram',
        careTiming: 'while_absent_from_placement',
        places: [
          { description: 'Motel on the frontage road', county: 'Alameda', state: 'CA', country: null },
        ],
      },
    });
    expect(criminal).toMatchObject({
      subcategory: 'involving_child_in_criminal_activity',
      exploitation: {
        settings: ['drug_or_arms_sales'],
        endDate: '2026-09-30',
        exploiterRelationship: 'gang_member',
      },
    });

    // Each allegation starts its history with revision 1 "created"; everything is audited.
    const revisions = await rows(
      t,
      sql`select entity_id, version, change from record_revisions
          where entity_type = 'allegation' and entity_id in (${cse.id}, ${criminal.id}) order by entity_id`,
    );
    expect(revisions).toHaveLength(2);
    expect(revisions.every((r) => r.version === 1 && r.change === 'created')).toBe(true);
    const [created] = await auditRows(t, report.id, 'report.create');
    expect(created).toMatchObject({ actor_user_id: user.id, jurisdiction_id: alameda });
    expect(await auditRows(t, cse.id, 'allegation.create')).toHaveLength(1);
    expect(await auditRows(t, criminal.id, 'allegation.create')).toHaveLength(1);

    const read = await api.get(`/api/v1/reports/${report.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().allegations.map((a: { id: string }) => a.id)).toEqual([cse.id, criminal.id]);
    expect(await auditRows(t, report.id, 'report.read')).toHaveLength(1);
  });

  test('a retried create with the same Idempotency-Key replays the first answer and creates nothing new', async () => {
    const youth = await insertYouth(t);
    const { api } = await signInAs(t, 'social_worker');
    const body = twoFormReport(youth.id);
    const key = randomUUID();
    const first = await api.post('/api/v1/reports', body, { 'idempotency-key': key });
    const again = await api.post('/api/v1/reports', body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    expect(await reportsBy(body.reporterName)).toBe(1);
    const reused = await api.post(
      '/api/v1/reports',
      { ...body, narrative: 'different' },
      { 'idempotency-key': key },
    );
    expect(reused.statusCode).toBe(422);
  });

  test('the jurisdiction defaults to the worker’s county; the youth’s preferred name is shown', async () => {
    const youth = await insertYouth(t, { first: 'Legalname', preferred: 'Sunny' });
    const { api } = await signInAs(t, 'social_worker', { county: 'CA-MARIN' });
    const marinYouth = await insertYouth(t, { county: 'CA-MARIN', preferred: 'Sky' });
    const res = await api.post('/api/v1/reports', twoFormReport(marinYouth.id));
    expect(res.statusCode).toBe(201);
    expect(res.json().jurisdictionId).toBe(jurisdictionId(t.services, 'CA-MARIN'));
    expect(res.json().allegations[0].youthName).toBe('Sky Examplee');
    expect(youth.name).toBe('Sunny Examplee');
  });

  test.each([
    ['an impossible date', { startDate: '2026-02-30' }, 'allegations.0.exploitation.startDate'],
    [
      'an end before the start',
      { startDate: '2026-06-01', endDate: '2026-05-01' },
      'allegations.0.exploitation.endDate',
    ],
    ['a date in the future', { startDate: '2099-01-01' }, 'allegations.0.exploitation.startDate'],
    ['an unknown means', { means: ['sorcery'] }, 'allegations.0.exploitation.means.0'],
  ])('%s is refused with 422 naming the field, and nothing is written', async (_label, details, path) => {
    const youth = await insertYouth(t);
    const { api } = await signInAs(t, 'social_worker');
    const body = twoFormReport(youth.id);
    body.allegations[0]!.exploitation = exploitationDetails(details);
    const res = await api.post('/api/v1/reports', body);
    expect(res.statusCode).toBe(422);
    expect(paths(res)).toContain(path);
    expect(await reportsBy(body.reporterName)).toBe(0);
  });

  test('an unknown setting code is refused with 422 naming its position', async () => {
    const youth = await insertYouth(t);
    const { api } = await signInAs(t, 'social_worker');
    const body = twoFormReport(youth.id);
    // A labor setting on a criminal-activity allegation: a real code, but of another list.
    body.allegations[1]!.exploitation = exploitationDetails({ settings: ['drug_smuggling', 'construction'] });
    const res = await api.post('/api/v1/reports', body);
    expect(res.statusCode).toBe(422);
    expect(paths(res)).toEqual(['allegations.1.exploitation.settings.1']);
    expect(await reportsBy(body.reporterName)).toBe(0);
  });

  test('other exploitation has no settings list: a setting code is refused', async () => {
    const youth = await insertYouth(t);
    const { api } = await signInAs(t, 'social_worker');
    const body = twoFormReport(youth.id);
    body.allegations[0]!.subcategory = 'other_exploitation';
    body.allegations[0]!.exploitation = exploitationDetails({ settings: ['street'] });
    const res = await api.post('/api/v1/reports', body);
    expect(res.statusCode).toBe(422);
    expect(paths(res)).toEqual(['allegations.0.exploitation.settings']);
  });

  test('an oversized narrative and a screened-in report without a response time are refused with 422', async () => {
    const youth = await insertYouth(t);
    const { api } = await signInAs(t, 'social_worker');
    const long = await api.post(
      '/api/v1/reports',
      twoFormReport(youth.id, { narrative: 'x'.repeat(20_001) }),
    );
    expect(long.statusCode).toBe(422);
    expect(paths(long)).toContain('narrative');
    const noTime = await api.post('/api/v1/reports', twoFormReport(youth.id, { responseTime: null }));
    expect(noTime.statusCode).toBe(422);
    expect(paths(noTime)).toContain('responseTime');
    const none = await api.post('/api/v1/reports', twoFormReport(youth.id, { allegations: [] }));
    expect(paths(none)).toContain('allegations');
  });

  test('a youth of another county reads exactly like one that does not exist, and nothing is written', async () => {
    const other = await insertYouth(t, { county: 'CA-CONTRA-COSTA' });
    const mine = await insertYouth(t);
    const { api } = await signInAs(t, 'social_worker');
    const otherCounty = twoFormReport(mine.id);
    otherCounty.allegations[1]!.youthId = other.id;
    const missing = twoFormReport(mine.id);
    missing.allegations[1]!.youthId = randomUUID();
    const a = await api.post('/api/v1/reports', otherCounty);
    const b = await api.post('/api/v1/reports', missing);
    expect(a.statusCode).toBe(422);
    expect(a.json().error.details).toEqual(b.json().error.details);
    expect(paths(a)).toEqual(['allegations.1.youthId']);
    expect(await reportsBy(otherCounty.reporterName)).toBe(0);
  });

  test('a person of interest and an assigned worker must belong to the county: 422 naming each', async () => {
    const youth = await insertYouth(t);
    const mine = await insertPerson(t);
    const theirs = await insertPerson(t, { county: 'CA-CONTRA-COSTA' });
    const elsewhere = await createUser(t.services, { role: 'social_worker', county: 'CA-CONTRA-COSTA' });
    const { api } = await signInAs(t, 'social_worker');
    const body = twoFormReport(youth.id, { assignedWorkerId: elsewhere.id });
    body.allegations[0] = {
      ...body.allegations[0]!,
      perpetratorKind: 'person_of_interest',
      personOfInterestId: theirs,
    } as never;
    const res = await api.post('/api/v1/reports', body);
    expect(res.statusCode).toBe(422);
    expect(paths(res).sort()).toEqual(['allegations.0.personOfInterestId', 'assignedWorkerId']);

    const colleague = await createUser(t.services, { role: 'social_worker' });
    const good = twoFormReport(youth.id, { assignedWorkerId: colleague.id });
    good.allegations[0] = {
      ...good.allegations[0]!,
      perpetratorKind: 'person_of_interest',
      personOfInterestId: mine,
    } as never;
    const ok = await api.post('/api/v1/reports', good);
    expect(ok.statusCode).toBe(201);
    expect(ok.json().assignedWorker).toMatchObject({ id: colleague.id });
    // A holder of persons.read sees who the person of interest is.
    expect(ok.json().allegations[0].personOfInterest).toMatchObject({ id: mine });
  });

  test('an analyst cannot record reports (403) and a partner cannot either', async () => {
    const youth = await insertYouth(t);
    for (const role of ['county_analyst', 'partner'] as const) {
      const { api } = await signInAs(t, role);
      expect((await api.post('/api/v1/reports', twoFormReport(youth.id))).statusCode).toBe(403);
    }
  });
});

describe('reading reports across counties and agencies', () => {
  test('another county’s worker and a partner get 404 for the report and an empty list', async () => {
    const youth = await insertYouth(t);
    const { api } = await signInAs(t, 'social_worker');
    const report = (await api.post('/api/v1/reports', twoFormReport(youth.id))).json();

    const { api: outsider } = await signInAs(t, 'social_worker', { county: 'CA-CONTRA-COSTA' });
    const { api: partner } = await signInAs(t, 'partner');
    for (const reader of [outsider, partner]) {
      const res = await reader.get(`/api/v1/reports/${report.id}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
      const list = await reader.get(`/api/v1/reports?youthId=${youth.id}`);
      expect(list.statusCode).toBe(200);
      expect(list.json().items).toEqual([]);
    }
    const missing = await outsider.get(`/api/v1/reports/${randomUUID()}`);
    expect(missing.json().error.message).toBe(
      (await outsider.get(`/api/v1/reports/${report.id}`)).json().error.message,
    );
    const patch = await outsider.patch(`/api/v1/reports/${report.id}`, {
      version: 1,
      narrative: 'overwritten',
    });
    expect(patch.statusCode).toBe(404);
    expect(
      (await rows(t, sql`select narrative, version from reports where id = ${report.id}`))[0],
    ).toMatchObject({
      version: 1,
    });
  });

  test('the list filters by assignment, decision and youth, newest received first, and is audited', async () => {
    const youth = await insertYouth(t);
    const { api, user } = await signInAs(t, 'social_worker');
    const older = (
      await api.post(
        '/api/v1/reports',
        twoFormReport(youth.id, { receivedAt: '2026-01-05T10:00:00Z', assignedWorkerId: user.id }),
      )
    ).json();
    const newer = (
      await api.post(
        '/api/v1/reports',
        twoFormReport(youth.id, {
          receivedAt: '2026-03-05T10:00:00Z',
          screeningDecision: 'pending',
          responseTime: null,
        }),
      )
    ).json();
    const ids = async (q: string) =>
      (await api.get(`/api/v1/reports?${q}`)).json().items.map((r: { id: string }) => r.id);
    expect(await ids(`youthId=${youth.id}`)).toEqual([newer.id, older.id]);
    expect(await ids(`youthId=${youth.id}&assigned=me`)).toEqual([older.id]);
    expect(await ids(`youthId=${youth.id}&decision=pending`)).toEqual([newer.id]);
    const listed = await rows(
      t,
      sql`select meta from audit_events where action = 'report.list' and actor_user_id = ${user.id}`,
    );
    expect(listed).toHaveLength(3);
  });
});

describe('PATCH /api/v1/reports/:id', () => {
  const create = async () => {
    const youth = await insertYouth(t);
    const session = await signInAs(t, 'social_worker');
    const report = (await session.api.post('/api/v1/reports', twoFormReport(youth.id))).json();
    return { ...session, report };
  };

  test('evaluating a report out replaces the response time; fields not sent stay as they were; audited', async () => {
    const { api, report, user } = await create();
    const res = await api.patch(`/api/v1/reports/${report.id}`, {
      version: 1,
      screeningDecision: 'evaluated_out',
      evaluatedOutReason: 'duplicate_report',
      evaluatedOutNote: 'Same incident as an earlier report.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      version: 2,
      screeningDecision: 'evaluated_out',
      responseTime: null,
      evaluatedOutReason: 'duplicate_report',
      evaluatedOutNote: 'Same incident as an earlier report.',
      reporterName: report.reporterName,
      narrative: report.narrative,
    });
    const [audit] = await auditRows(t, report.id, 'report.update');
    expect(audit).toMatchObject({
      actor_user_id: user.id,
      before: { screeningDecision: 'screened_in', version: 1 },
      after: { screeningDecision: 'evaluated_out', version: 2 },
    });
  });

  test('a stale version gets 409 with the current report and changes nothing', async () => {
    const { api, report } = await create();
    expect(
      (await api.patch(`/api/v1/reports/${report.id}`, { version: 1, narrative: 'First edit.' })).statusCode,
    ).toBe(200);
    const stale = await api.patch(`/api/v1/reports/${report.id}`, { version: 1, narrative: 'Second edit.' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ id: report.id, version: 2, narrative: 'First edit.' });
  });

  test('a response time on a pending report, or a decision without its reason, is 422 naming the field', async () => {
    const { api, report } = await create();
    const pending = await api.patch(`/api/v1/reports/${report.id}`, {
      version: 1,
      screeningDecision: 'pending',
    });
    expect(pending.statusCode).toBe(200);
    const time = await api.patch(`/api/v1/reports/${report.id}`, { version: 2, responseTime: 'days_3' });
    expect(time.statusCode).toBe(422);
    expect(paths(time)).toEqual(['responseTime']);
    const out = await api.patch(`/api/v1/reports/${report.id}`, {
      version: 2,
      screeningDecision: 'evaluated_out',
    });
    expect(paths(out)).toEqual(['evaluatedOutReason']);
    const worker = await createUser(t.services, { role: 'auditor', county: 'CA-ALAMEDA' });
    const assign = await api.patch(`/api/v1/reports/${report.id}`, {
      version: 2,
      assignedWorkerId: worker.id,
    });
    expect(paths(assign)).toEqual(['assignedWorkerId']);
    expect((await rows(t, sql`select version from reports where id = ${report.id}`))[0]!.version).toBe(2);
  });
});
