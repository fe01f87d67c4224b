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

const db = () => t.services.database.db;
type Api = Awaited<ReturnType<typeof signInAs>>['api'];

async function newYouth(api: Api) {
  const res = await api.post('/api/v1/youth', {
    legalFirstName: 'Jordan',
    legalLastName: `Contacto ${randomUUID().slice(0, 6)}`,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; jurisdictionId: number };
}

/** A report with one allegation about the youth, written directly (the reports API is another module's). */
async function reportAbout(youthId: string, jurisdiction: number) {
  const report = await db().execute(sql`
    insert into reports (jurisdiction_id, received_at, reporter_type) values (${jurisdiction}, now(), 'education')
    returning id`);
  const reportId = String(report.rows[0]!.id);
  await db().execute(sql`
    insert into allegations (jurisdiction_id, report_id, youth_id, perpetrator_kind, category)
    values (${jurisdiction}, ${reportId}, ${youthId}, 'unknown', 'general_neglect')`);
  return reportId;
}

const entry = (over: Record<string, unknown> = {}) => ({
  occurredAt: '2026-11-20T15:30:00Z',
  kind: 'face_to_face',
  participants: 'Youth; CSW',
  narrative: `Met at school. ${randomUUID()}`,
  ...over,
});

const auditRows = async (action: string, entityId: string) =>
  (
    await db().execute(sql`
      select actor_user_id, jurisdiction_id, before, after, meta from audit_events
      where action = ${action} and entity_id = ${entityId} order by seq`)
  ).rows;

const countContacts = async (narrative: string) =>
  Number(
    (await db().execute(sql`select count(*)::int as n from contacts where narrative = ${narrative}`)).rows[0]!
      .n,
  );

describe('POST /api/v1/youth/:id/contacts', () => {
  test('adds an entry with its author and revision 1, audited as contact.create', async () => {
    const { api, user } = await signInAs(t, 'social_worker');
    const y = await newYouth(api);
    const res = await api.post(`/api/v1/youth/${y.id}/contacts`, entry());
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({
      youthId: y.id,
      reportId: null,
      occurredAt: '2026-11-20T15:30:00.000Z',
      kind: 'face_to_face',
      participants: 'Youth; CSW',
      author: { id: user.id, displayName: expect.any(String) },
      amended: false,
      version: 1,
    });
    const revisions = await db().execute(sql`
      select version, change, reason, actor_id, jurisdiction_id, data from record_revisions
      where entity_type = 'contact' and entity_id = ${c.id}`);
    expect(revisions.rows).toEqual([
      {
        version: 1,
        change: 'created',
        reason: null,
        actor_id: user.id,
        jurisdiction_id: alameda,
        data: {
          occurredAt: c.occurredAt,
          kind: 'face_to_face',
          participants: 'Youth; CSW',
          narrative: c.narrative,
          reportId: null,
        },
      },
    ]);
    const [audit] = await auditRows('contact.create', c.id);
    expect(audit).toMatchObject({
      actor_user_id: user.id,
      jurisdiction_id: alameda,
      after: { id: c.id, narrative: c.narrative },
      meta: { youthId: y.id },
    });
  });

  test('links a report about the youth; any other report is 422 naming reportId', async () => {
    const { api } = await signInAs(t, 'social_worker');
    const y = await newYouth(api);
    const sibling = await newYouth(api);
    const about = await reportAbout(y.id, alameda);
    const ok = await api.post(`/api/v1/youth/${y.id}/contacts`, entry({ reportId: about }));
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().reportId).toBe(about);

    const tulare = jurisdictionId(t.services, 'CA-TULARE');
    const tulareYouth = (
      await db().execute(sql`
        insert into youth (jurisdiction_id, legal_first_name, legal_last_name) values (${tulare}, 'Other', 'County')
        returning id`)
    ).rows[0]!.id as string;
    for (const reportId of [
      await reportAbout(sibling.id, alameda),
      await reportAbout(tulareYouth, tulare),
      randomUUID(),
    ]) {
      const body = entry({ reportId });
      const res = await api.post(`/api/v1/youth/${y.id}/contacts`, body);
      expect(res.statusCode).toBe(422);
      expect(res.json().error.details).toEqual([{ path: 'reportId', message: expect.any(String) }]);
      expect(await countContacts(body.narrative)).toBe(0);
    }
  });

  test('an Idempotency-Key replays the first create', async () => {
    const { api } = await signInAs(t, 'social_worker');
    const y = await newYouth(api);
    const key = randomUUID();
    const body = entry();
    const first = await api.post(`/api/v1/youth/${y.id}/contacts`, body, { 'idempotency-key': key });
    const second = await api.post(`/api/v1/youth/${y.id}/contacts`, body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    expect(await countContacts(body.narrative)).toBe(1);
  });

  test.each([
    ['a future time', { occurredAt: '2027-01-01T00:00:00Z' }, 'occurredAt'],
    ['an impossible date', { occurredAt: '2026-02-30T10:00:00Z' }, 'occurredAt'],
    ['an oversized narrative', { narrative: 'x'.repeat(20_001) }, 'narrative'],
    ['an empty narrative', { narrative: '   ' }, 'narrative'],
    ['an unknown kind', { kind: 'telepathy' }, 'kind'],
    ['a malformed report id', { reportId: 'R-12' }, 'reportId'],
  ])('%s is 422 naming the field, and nothing is written', async (_label, over, path) => {
    const { api } = await signInAs(t, 'social_worker');
    const y = await newYouth(api);
    const body = entry(over);
    const res = await api.post(`/api/v1/youth/${y.id}/contacts`, body);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(
      Number(
        (await db().execute(sql`select count(*)::int as n from contacts where youth_id = ${y.id}`)).rows[0]!
          .n,
      ),
    ).toBe(0);
  });

  test('another county’s youth, or a partner, answers 404 and nothing is written', async () => {
    const tulare = await signInAs(t, 'social_worker', { county: 'CA-TULARE' });
    const other = await newYouth(tulare.api);
    const { api } = await signInAs(t, 'social_worker');
    const body = entry();
    expect((await api.post(`/api/v1/youth/${other.id}/contacts`, body)).statusCode).toBe(404);
    expect((await api.post(`/api/v1/youth/${randomUUID()}/contacts`, body)).statusCode).toBe(404);
    const mine = await newYouth(api);
    const partner = await signInAs(t, 'partner', { agencyId: await createAgency(t.services) });
    expect((await partner.api.post(`/api/v1/youth/${mine.id}/contacts`, body)).statusCode).toBe(403);
    expect(await countContacts(body.narrative)).toBe(0);
  });
});

describe('GET /api/v1/contacts/:id and the youth page', () => {
  test('reads the entry with its history (audited), and the youth page lists entries newest first', async () => {
    const { api, user } = await signInAs(t, 'supervisor');
    const y = await newYouth(api);
    const older = (
      await api.post(`/api/v1/youth/${y.id}/contacts`, entry({ occurredAt: '2026-10-01T09:00:00Z' }))
    ).json();
    const newer = (
      await api.post(
        `/api/v1/youth/${y.id}/contacts`,
        entry({ occurredAt: '2026-11-01T09:00:00Z', kind: 'phone' }),
      )
    ).json();
    const res = await api.get(`/api/v1/contacts/${older.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      ...older,
      history: [{ version: 1, change: 'created', reason: null, actor: expect.any(String) }],
    });
    const [audit] = await auditRows('contact.read', older.id);
    expect(audit).toMatchObject({ actor_user_id: user.id, jurisdiction_id: alameda });
    const page = (await api.get(`/api/v1/youth/${y.id}`)).json();
    expect(page.contacts).toEqual([newer, older]);
  });

  test('another county’s entry, and a partner, answer 404', async () => {
    const tulare = await signInAs(t, 'social_worker', { county: 'CA-TULARE' });
    const y = await newYouth(tulare.api);
    const c = (await tulare.api.post(`/api/v1/youth/${y.id}/contacts`, entry())).json();
    const { api } = await signInAs(t, 'coordinator');
    expect((await api.get(`/api/v1/contacts/${c.id}`)).statusCode).toBe(404);
    expect(
      (await api.post(`/api/v1/contacts/${c.id}/amend`, { version: 1, reason: 'Typo', contact: entry() }))
        .statusCode,
    ).toBe(404);
    const partner = await signInAs(t, 'partner', {
      county: 'CA-TULARE',
      agencyId: await createAgency(t.services, 'CA-TULARE'),
    });
    expect((await partner.api.get(`/api/v1/contacts/${c.id}`)).statusCode).toBe(404);
    expect(await auditRows('contact.read', c.id)).toEqual([]);
  });
});

describe('POST /api/v1/contacts/:id/amend', () => {
  test('amends with a reason: a new revision, amended=true, audited before and after', async () => {
    const { api, user } = await signInAs(t, 'social_worker');
    const y = await newYouth(api);
    const c = (await api.post(`/api/v1/youth/${y.id}/contacts`, entry())).json();
    const res = await api.post(`/api/v1/contacts/${c.id}/amend`, {
      version: 1,
      reason: 'Wrong place recorded',
      contact: entry({ narrative: 'Met at the library.', kind: 'observation' }),
    });
    expect(res.statusCode, res.body).toBe(200);
    const amended = res.json();
    expect(amended).toMatchObject({
      id: c.id,
      narrative: 'Met at the library.',
      kind: 'observation',
      amended: true,
      version: 2,
    });
    expect(amended.history.map((h: { version: number; change: string; reason: string | null }) => h)).toEqual(
      [
        expect.objectContaining({
          version: 1,
          change: 'created',
          reason: null,
          data: expect.objectContaining({ narrative: c.narrative }),
        }),
        expect.objectContaining({
          version: 2,
          change: 'amended',
          reason: 'Wrong place recorded',
          data: expect.objectContaining({ narrative: 'Met at the library.' }),
        }),
      ],
    );
    const [audit] = await auditRows('contact.amend', c.id);
    expect(audit).toMatchObject({
      actor_user_id: user.id,
      before: { version: 1, narrative: c.narrative },
      after: { version: 2, narrative: 'Met at the library.' },
      meta: { reason: 'Wrong place recorded' },
    });
    const page = (await api.get(`/api/v1/youth/${y.id}`)).json();
    expect(page.contacts[0]).toMatchObject({ id: c.id, amended: true, version: 2 });
  });

  test('a stale version is 409 with the current entry; a missing reason is 422', async () => {
    const { api } = await signInAs(t, 'social_worker');
    const y = await newYouth(api);
    const c = (await api.post(`/api/v1/youth/${y.id}/contacts`, entry())).json();
    const first = await api.post(`/api/v1/contacts/${c.id}/amend`, {
      version: 1,
      reason: 'Participants were missing',
      contact: entry({ participants: 'Youth; CSW; foster parent' }),
    });
    expect(first.statusCode).toBe(200);
    const stale = await api.post(`/api/v1/contacts/${c.id}/amend`, {
      version: 1,
      reason: 'Another change',
      contact: entry(),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(stale.json().error.current).toEqual(first.json());
    const noReason = await api.post(`/api/v1/contacts/${c.id}/amend`, {
      version: 2,
      reason: '',
      contact: entry(),
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.details[0].path).toBe('reason');
    const revisions = await db().execute(
      sql`select count(*)::int as n from record_revisions where entity_id = ${c.id}`,
    );
    expect(revisions.rows[0]!.n).toBe(2);
  });
});
