import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { jurisdictionId, signInAs, startTestApp, type TestApp } from '../../../../test/harness';
import type { ImportBatch } from './imports.schemas';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../test/fixtures/imports/${name}`, import.meta.url), 'utf8');
/** The example file with ids of its own, so tests never share records. */
const example = () => {
  const prefix = `${randomUUID().slice(0, 8)}-`;
  return fixture('referrals-example.csv').replace(/\b(R-20\d\d-|C-9)/g, (m) => `${prefix}${m}`);
};
const CSV = { 'content-type': 'text/csv; charset=utf-8' };
type Api = Awaited<ReturnType<typeof signInAs>>['api'];

/** Poll as the page does until the batch is finished (bounded; never a timing assertion). */
async function finished(api: Api, id: string): Promise<ImportBatch> {
  for (let i = 0; i < 600; i++) {
    const res = await api.get(`/api/v1/imports/${id}`);
    expect(res.statusCode).toBe(200);
    const batch = res.json() as ImportBatch;
    if (batch.status !== 'validating' && batch.status !== 'importing') return batch;
    await sleep(50);
  }
  throw new Error('the import did not finish');
}

describe('POST /api/v1/imports/referrals', () => {
  test('a coordinator uploads a good file: 202, then the batch completes with its counts', async () => {
    const { api, user } = await signInAs(t, 'coordinator');
    const res = await api.post('/api/v1/imports/referrals?fileName=march.csv', example(), CSV);
    expect(res.statusCode).toBe(202);
    const started = res.json() as ImportBatch;
    expect(started).toMatchObject({
      status: 'validating',
      fileName: 'march.csv',
      acceptValidOnly: false,
      jurisdictionId: jurisdictionId(t.services, 'CA-ALAMEDA'),
      createdBy: { id: user.id },
    });
    const done = await finished(api, started.id);
    expect(done).toMatchObject({
      status: 'completed',
      totalRows: 6,
      processedRows: 6,
      invalidRows: 0,
      created: { youth: 3, reports: 4, allegations: 6 },
      errors: [],
    });
    expect(done.finishedAt).not.toBeNull();
    const list = (await api.get('/api/v1/imports')).json().items as ImportBatch[];
    expect(list.find((b) => b.id === started.id)).toMatchObject({ status: 'completed' });
    expect(list[0]).not.toHaveProperty('errors');
    const audit = await t.services.database.db.execute(
      sql`select actor_user_id, jurisdiction_id, after, meta from audit_events
          where action = 'import.referrals' and entity_id = ${started.id} order by seq`,
    );
    const alameda = jurisdictionId(t.services, 'CA-ALAMEDA');
    const event = {
      actor_user_id: user.id,
      jurisdiction_id: alameda,
      meta: { via: 'api', requestId: expect.any(String) },
    };
    expect(audit.rows).toEqual([
      expect.objectContaining({ ...event, after: expect.objectContaining({ status: 'importing', rows: 6 }) }),
      expect.objectContaining({
        ...event,
        after: expect.objectContaining({
          status: 'completed',
          created: { youth: 3, reports: 4, allegations: 6 },
        }),
      }),
    ]);
  });

  test('the same file twice: the second batch creates nothing', async () => {
    const { api } = await signInAs(t, 'county_admin');
    const file = example();
    const first = await finished(api, (await api.post('/api/v1/imports/referrals', file, CSV)).json().id);
    const second = await finished(api, (await api.post('/api/v1/imports/referrals', file, CSV)).json().id);
    expect(first.created).toEqual({ youth: 3, reports: 4, allegations: 6 });
    expect(second).toMatchObject({
      status: 'completed',
      created: { youth: 0, reports: 0, allegations: 0 },
      alreadyPresent: { youth: 3, reports: 4, allegations: 6 },
    });
  });

  test('a bad file is rejected with line-level problems; accepting only valid lines imports the rest', async () => {
    const { api } = await signInAs(t, 'coordinator');
    const bad = fixture('referrals-bad.csv').replace(
      /R-(BAD|GOOD)-/g,
      (m) => `${m}${randomUUID().slice(0, 6)}-`,
    );
    const rejected = await finished(api, (await api.post('/api/v1/imports/referrals', bad, CSV)).json().id);
    expect(rejected).toMatchObject({ status: 'rejected', invalidRows: 5, created: { allegations: 0 } });
    expect(rejected.errors[0]).toMatchObject({
      line: 2,
      column: 'received_date',
      code: 'invalid_date',
      params: { value: '2023-02-30' },
    });
    const res = await api.post('/api/v1/imports/referrals?acceptValidOnly=true', bad, CSV);
    const partial = await finished(api, res.json().id);
    expect(partial).toMatchObject({ status: 'completed', acceptValidOnly: true, invalidRows: 5 });
    expect(partial.created).toEqual({ youth: 1, reports: 1, allegations: 1 });
    expect(partial.errors).toHaveLength(5);
  });

  test('an Idempotency-Key answers with the same batch and imports once', async () => {
    const { api } = await signInAs(t, 'coordinator');
    const key = randomUUID();
    const file = example();
    const first = await api.post('/api/v1/imports/referrals', file, { ...CSV, 'idempotency-key': key });
    const again = await api.post('/api/v1/imports/referrals', file, { ...CSV, 'idempotency-key': key });
    expect(again.statusCode).toBe(202);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    expect((await finished(api, first.json().id)).created.allegations).toBe(6);
  });

  test('without imports.run: 403, and nothing is recorded', async () => {
    const { api } = await signInAs(t, 'social_worker');
    const res = await api.post('/api/v1/imports/referrals?fileName=nope.csv', example(), CSV);
    expect(res.statusCode).toBe(403);
    expect((await api.get('/api/v1/imports')).statusCode).toBe(403);
    const n = await t.services.database.db.execute(
      sql`select count(*)::int as n from import_batches where file_name = 'nope.csv'`,
    );
    expect(n.rows[0]!.n).toBe(0);
  });

  test('not signed in: 401', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports/referrals',
      headers: CSV,
      payload: 'referral_id\n',
    });
    expect(res.statusCode).toBe(401);
  });

  test('a body that is not CSV: 415', async () => {
    const { api } = await signInAs(t, 'coordinator');
    const res = await api.post('/api/v1/imports/referrals', { csv: 'referral_id' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error).toMatchObject({
      code: 'unsupported_media_type',
      message: expect.stringContaining('text/csv'),
    });
  });

  test('a file that is not UTF-8 text: 422 naming the body', async () => {
    const { api } = await signInAs(t, 'coordinator');
    const res = await api.post(
      '/api/v1/imports/referrals',
      Buffer.from('referral_id\nR-\xe9\n', 'latin1'),
      CSV,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toEqual([{ path: 'body', message: expect.stringContaining('UTF-8') }]);
  });

  test('a file over the upload limit: 413', async () => {
    const { api } = await signInAs(t, 'coordinator');
    const res = await api.post('/api/v1/imports/referrals', 'x'.repeat(50 * 1024 * 1024 + 1), CSV);
    expect(res.statusCode).toBe(413);
  });

  test('a write without the CSRF token is refused', async () => {
    const { session } = await signInAs(t, 'coordinator');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports/referrals',
      headers: { ...CSV, cookie: session.cookie },
      payload: example(),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
  });
});

describe('GET /api/v1/imports/:id', () => {
  test("another county's batch is 404, like one that does not exist, and is not listed", async () => {
    const { api } = await signInAs(t, 'coordinator');
    const id = (await api.post('/api/v1/imports/referrals', example(), CSV)).json().id as string;
    await finished(api, id);
    const { api: other } = await signInAs(t, 'coordinator', { county: 'CA-TULARE' });
    const res = await other.get(`/api/v1/imports/${id}`);
    expect(res.statusCode).toBe(404);
    expect((await other.get(`/api/v1/imports/${randomUUID()}`)).json().error.code).toBe(
      res.json().error.code,
    );
    const listed = (await other.get('/api/v1/imports')).json().items as ImportBatch[];
    expect(listed.map((b) => b.id)).not.toContain(id);
  });

  test('a malformed id is 422', async () => {
    const { api } = await signInAs(t, 'coordinator');
    expect((await api.get('/api/v1/imports/not-an-id')).statusCode).toBe(422);
  });
});
