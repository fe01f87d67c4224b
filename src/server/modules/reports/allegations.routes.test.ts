import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { signInAs, startTestApp, type TestApp } from '../../../../test/harness';
import { maskPersons, maskSnapshot } from './access';
import {
  auditRows,
  exploitationDetails,
  insertPerson,
  insertYouth,
  rows,
  twoFormReport,
} from './reports.test-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Api = Awaited<ReturnType<typeof signInAs>>['api'];

/** A worker's report with two allegations; returns the worker, the report and its first allegation. */
async function reportWithAllegations(county = 'CA-ALAMEDA') {
  const youth = await insertYouth(t, { county });
  const worker = await signInAs(t, 'social_worker', { county });
  const res = await worker.api.post('/api/v1/reports', twoFormReport(youth.id));
  expect(res.statusCode).toBe(201);
  const report = res.json();
  return { worker, youth, report, allegation: report.allegations[0] as { id: string; version: number } };
}

const propose = (api: Api, id: string, version: number, over: Record<string, unknown> = {}) =>
  api.post(`/api/v1/allegations/${id}/disposition`, {
    version,
    disposition: 'substantiated',
    dispositionDate: '2026-11-02',
    rationale:
      'Prima facie evidence from the motel records; the youth’s denial does not prevent substantiation.',
    ...over,
  });
const review = (api: Api, id: string, version: number, decision: 'approve' | 'return', note?: string) =>
  api.post(`/api/v1/allegations/${id}/review`, { version, decision, ...(note ? { note } : {}) });

const stored = async (id: string) =>
  (await rows(t, sql`select disposition_state, disposition, version from allegations where id = ${id}`))[0];

describe('disposition: proposed by a worker, approved or returned by a supervisor', () => {
  test('worker proposes, supervisor approves; each step is a revision and an audit row', async () => {
    const { worker, allegation } = await reportWithAllegations();
    const proposed = await propose(worker.api, allegation.id, 1);
    expect(proposed.statusCode).toBe(200);
    expect(proposed.json()).toMatchObject({
      dispositionState: 'proposed',
      disposition: 'substantiated',
      dispositionDate: '2026-11-02',
      proposedBy: { id: worker.user.id },
      version: 2,
    });

    // The worker cannot review: 403.
    expect((await review(worker.api, allegation.id, 2, 'approve')).statusCode).toBe(403);

    const supervisor = await signInAs(t, 'supervisor');
    const queue = await supervisor.api.get('/api/v1/allegations?state=proposed');
    expect(queue.statusCode).toBe(200);
    expect(queue.json().items.map((a: { id: string }) => a.id)).toContain(allegation.id);
    expect((await worker.api.get('/api/v1/allegations?state=proposed')).statusCode).toBe(403);

    const approved = await review(supervisor.api, allegation.id, 2, 'approve');
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      dispositionState: 'approved',
      reviewedBy: { id: supervisor.user.id },
      version: 3,
    });
    expect(await auditRows(t, allegation.id, 'allegation.disposition_propose')).toHaveLength(1);
    const [approval] = await auditRows(t, allegation.id, 'allegation.disposition_approve');
    expect(approval).toMatchObject({
      actor_user_id: supervisor.user.id,
      before: { dispositionState: 'proposed' },
      after: { dispositionState: 'approved' },
    });

    // An approved disposition cannot be proposed again: 409 with the current allegation.
    const again = await propose(worker.api, allegation.id, 3);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.current).toMatchObject({ dispositionState: 'approved', version: 3 });
  });

  test('returned with a note, re-proposed, then approved; the history shows every revision', async () => {
    const { worker, allegation } = await reportWithAllegations();
    const supervisor = await signInAs(t, 'supervisor');
    await propose(worker.api, allegation.id, 1, { disposition: 'inconclusive' });
    expect((await review(supervisor.api, allegation.id, 2, 'return')).statusCode).toBe(422); // a note is required
    const returned = await review(
      supervisor.api,
      allegation.id,
      2,
      'return',
      'The motel records support more.',
    );
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({
      dispositionState: 'returned',
      reviewNote: 'The motel records support more.',
    });
    expect(await auditRows(t, allegation.id, 'allegation.disposition_return')).toHaveLength(1);

    const reproposed = await propose(worker.api, allegation.id, 3);
    expect(reproposed.json()).toMatchObject({
      dispositionState: 'proposed',
      disposition: 'substantiated',
      reviewNote: null,
    });
    expect((await review(supervisor.api, allegation.id, 4, 'approve')).statusCode).toBe(200);

    const read = await worker.api.get(`/api/v1/allegations/${allegation.id}`);
    expect(read.statusCode).toBe(200);
    const history = read.json().history as {
      version: number;
      change: string;
      reason: string | null;
      actor: string;
      data: Record<string, unknown>;
    }[];
    expect(history.map((h) => [h.version, h.change])).toEqual([
      [1, 'created'],
      [2, 'disposition_proposed'],
      [3, 'disposition_returned'],
      [4, 'disposition_proposed'],
      [5, 'disposition_approved'],
    ]);
    expect(history[2]).toMatchObject({
      reason: 'The motel records support more.',
      data: { dispositionState: 'returned', disposition: 'inconclusive' },
    });
    expect(history[4]!.data).toMatchObject({
      dispositionState: 'approved',
      disposition: 'substantiated',
      version: 5,
    });
    expect(await auditRows(t, allegation.id, 'allegation.read')).toHaveLength(1);
  });

  test('a supervisor may not approve their own proposal', async () => {
    const { allegation } = await reportWithAllegations();
    const supervisor = await signInAs(t, 'supervisor');
    expect((await propose(supervisor.api, allegation.id, 1)).statusCode).toBe(200);
    const own = await review(supervisor.api, allegation.id, 2, 'approve');
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toMatch(/another supervisor/);
    expect(await stored(allegation.id)).toMatchObject({ disposition_state: 'proposed', version: 2 });
  });

  test('stale versions and wrong states get 409 with the current allegation and change nothing', async () => {
    const { worker, allegation } = await reportWithAllegations();
    const supervisor = await signInAs(t, 'supervisor');
    expect((await review(supervisor.api, allegation.id, 1, 'approve')).statusCode).toBe(409); // nothing proposed
    await propose(worker.api, allegation.id, 1);
    const stalePropose = await propose(worker.api, allegation.id, 1);
    expect(stalePropose.statusCode).toBe(409);
    expect(stalePropose.json().error.current).toMatchObject({ id: allegation.id, version: 2 });
    const twice = await propose(worker.api, allegation.id, 2);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toMatch(/waiting for review/);
    const staleReview = await review(supervisor.api, allegation.id, 1, 'approve');
    expect(staleReview.statusCode).toBe(409);
    expect(await stored(allegation.id)).toMatchObject({ disposition_state: 'proposed', version: 2 });
  });

  test('a disposition date before the report was received, or in the future, is 422 naming it', async () => {
    const { worker, allegation } = await reportWithAllegations();
    const early = await propose(worker.api, allegation.id, 1, { dispositionDate: '2025-01-01' });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.details).toEqual([{ path: 'dispositionDate', message: expect.any(String) }]);
    const future = await propose(worker.api, allegation.id, 1, { dispositionDate: '2099-01-01' });
    expect(future.json().error.details[0].path).toBe('dispositionDate');
    expect(await stored(allegation.id)).toMatchObject({ disposition_state: 'open', version: 1 });
  });
});

describe('amending an allegation', () => {
  test('an amendment is a new revision with its reason; an approved disposition is kept', async () => {
    const { worker, youth, allegation } = await reportWithAllegations();
    const supervisor = await signInAs(t, 'supervisor');
    await propose(worker.api, allegation.id, 1);
    await review(supervisor.api, allegation.id, 2, 'approve');
    const person = await insertPerson(t);
    const amended = await worker.api.post(`/api/v1/allegations/${allegation.id}/amend`, {
      version: 3,
      reason: 'The exploiter was identified from the ad.',
      allegation: {
        youthId: youth.id,
        perpetratorKind: 'person_of_interest',
        personOfInterestId: person,
        category: 'exploitation',
        subcategory: 'commercial_sexual_exploitation',
        exploitation: exploitationDetails({
          settings: ['advertising'],
          startDate: '2026-05-20',
          ongoing: true,
        }),
      },
    });
    expect(amended.statusCode).toBe(200);
    expect(amended.json()).toMatchObject({
      version: 4,
      perpetratorKind: 'person_of_interest',
      personOfInterest: { id: person },
      exploitation: { settings: ['advertising'], startDate: '2026-05-20' },
      dispositionState: 'approved',
      disposition: 'substantiated',
    });
    const history = (await worker.api.get(`/api/v1/allegations/${allegation.id}`)).json().history;
    expect(history.at(-1)).toMatchObject({
      version: 4,
      change: 'amended',
      reason: 'The exploiter was identified from the ad.',
      data: { exploitation: { settings: ['advertising'] } },
    });
    expect(history[0].data.exploitation.settings).toEqual(['home_or_hotel', 'online_arranged']);
    const [audit] = await auditRows(t, allegation.id, 'allegation.amend');
    expect(audit).toMatchObject({ before: { version: 3 }, after: { version: 4 } });
  });

  test('stale version → 409; no reason or an unknown setting → 422 naming the field; nothing changes', async () => {
    const { worker, youth, allegation } = await reportWithAllegations();
    const body = (over: Record<string, unknown>) => ({
      version: 1,
      reason: 'Correcting the setting.',
      allegation: {
        youthId: youth.id,
        perpetratorKind: 'unknown',
        category: 'exploitation',
        subcategory: 'commercial_sexual_exploitation',
        exploitation: exploitationDetails({ settings: ['street'] }),
      },
      ...over,
    });
    const url = `/api/v1/allegations/${allegation.id}/amend`;
    const noReason = await worker.api.post(url, body({ reason: '' }));
    expect(noReason.json().error.details[0].path).toBe('reason');
    const badSetting = await worker.api.post(
      url,
      body({
        allegation: {
          ...body({}).allegation,
          exploitation: exploitationDetails({ settings: ['street', 'construction'] }),
        },
      }),
    );
    expect(badSetting.statusCode).toBe(422);
    expect(badSetting.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'allegation.exploitation.settings.1',
    ]);
    const elsewhere = await insertYouth(t, { county: 'CA-CONTRA-COSTA' });
    const otherYouth = await worker.api.post(
      url,
      body({ allegation: { ...body({}).allegation, youthId: elsewhere.id } }),
    );
    expect(otherYouth.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'allegation.youthId',
    ]);
    expect((await worker.api.post(url, body({}))).statusCode).toBe(200);
    const stale = await worker.api.post(url, body({ reason: 'A second correction.' }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ version: 2 });
    const revisions = await rows(
      t,
      sql`select count(*)::int as n from record_revisions where entity_type = 'allegation' and entity_id = ${allegation.id}`,
    );
    expect(revisions[0]!.n).toBe(2);
  });

  test('an allegation can be added to an existing report, idempotently', async () => {
    const { worker, youth, report } = await reportWithAllegations();
    const key = randomUUID();
    const input = {
      youthId: youth.id,
      perpetratorKind: 'other_person',
      perpetratorName: 'Crew supervisor',
      category: 'exploitation',
      subcategory: 'exploiting_childs_labor',
      exploitation: exploitationDetails({ settings: ['traveling_sales_crews'], means: ['withheld_pay'] }),
    };
    const first = await worker.api.post(`/api/v1/reports/${report.id}/allegations`, input, {
      'idempotency-key': key,
    });
    const again = await worker.api.post(`/api/v1/reports/${report.id}/allegations`, input, {
      'idempotency-key': key,
    });
    expect(first.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    expect(first.json()).toMatchObject({
      reportId: report.id,
      subcategory: 'exploiting_childs_labor',
      version: 1,
    });
    const read = (await worker.api.get(`/api/v1/reports/${report.id}`)).json();
    expect(read.allegationCount).toBe(3);
    expect(read.allegations.at(-1).id).toBe(first.json().id);
  });
});

describe('allegations are the county’s and the assigned relationship’s only', () => {
  test('another county: 404 for read, amend, disposition and review, and nothing changes', async () => {
    const { allegation, youth } = await reportWithAllegations('CA-CONTRA-COSTA');
    const worker = await signInAs(t, 'social_worker');
    const supervisor = await signInAs(t, 'supervisor');
    const id = allegation.id;
    const responses = [
      await worker.api.get(`/api/v1/allegations/${id}`),
      await propose(worker.api, id, 1),
      await review(supervisor.api, id, 1, 'approve'),
      await worker.api.post(`/api/v1/allegations/${id}/amend`, {
        version: 1,
        reason: 'Trying to change it.',
        allegation: { youthId: youth.id, perpetratorKind: 'unknown', category: 'physical_abuse' },
      }),
    ];
    expect(responses.map((r) => r.statusCode)).toEqual([404, 404, 404, 404]);
    const missing = await worker.api.get(`/api/v1/allegations/${randomUUID()}`);
    expect(responses[0]!.json().error.message).toBe(missing.json().error.message);
    expect(await stored(id)).toMatchObject({ disposition_state: 'open', version: 1 });
    expect(
      (await supervisor.api.get('/api/v1/allegations?state=open&limit=200'))
        .json()
        .items.map((a: { id: string }) => a.id),
    ).not.toContain(id);
  });

  test('a partner with no sharing gets 404 for allegations and their reports', async () => {
    const { allegation, report } = await reportWithAllegations();
    const partner = await signInAs(t, 'partner');
    expect((await partner.api.get(`/api/v1/allegations/${allegation.id}`)).statusCode).toBe(404);
    expect((await partner.api.get(`/api/v1/reports/${report.id}`)).statusCode).toBe(404);
    expect((await partner.api.get('/api/v1/reports')).json().items).toEqual([]);
  });

  test('person-of-interest fields are withheld from readers without persons.read', () => {
    const a = {
      id: 'x',
      personOfInterest: { id: 'p', displayName: 'Dex' },
      perpetratorKind: 'person_of_interest',
    };
    expect(maskPersons(a, false)).toEqual({ ...a, personOfInterest: null });
    expect(maskPersons(a, true)).toBe(a);
    expect(maskSnapshot(a, false).personOfInterest).toBeNull();
  });
});
