import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { normalisePhone } from '../../../domain/record/normalise';
import {
  createAgency,
  jurisdictionId,
  signInAs,
  startTestApp,
  type Session,
  type TestApp,
} from '../../../../test/harness';
import { insertAllegation, insertYouth, uniqueHandle, uniquePhone } from './persons.test-fixtures';

let t: TestApp;
let alameda: number;
beforeAll(async () => {
  t = await startTestApp();
  alameda = jurisdictionId(t.services, 'CA-ALAMEDA');
});
afterAll(() => t.close());

const newPerson = (over: Record<string, unknown> = {}) => ({
  names: [
    { kind: 'name', name: `Dario Quintanilla ${randomUUID().slice(0, 6)}` },
    { kind: 'moniker', name: 'Smoke' },
  ],
  approximateAge: 31,
  phones: [{ number: uniquePhone(), label: 'cell' }],
  handles: [{ platform: 'instagram', handle: uniqueHandle() }],
  addresses: [{ line: '100 Harbor Way', city: 'Oakland', state: 'CA', note: null }],
  vehicles: [{ description: 'Grey sedan', plate: '8ABC123' }],
  notes: 'Seen near the transit centre.',
  ...over,
});

const del = (session: Session, url: string) =>
  t.app.inject({ method: 'DELETE', url, headers: { cookie: session.cookie, 'x-csrf-token': session.csrf } });

const db = () => t.services.database.db;
const auditRows = async (action: string, entityId?: string) =>
  (
    await db().execute(sql`
      select actor_user_id, jurisdiction_id, entity_type, entity_id, before, after, meta from audit_events
      where action = ${action} and (${entityId ?? null}::text is null or entity_id = ${entityId ?? null})
      order by seq`)
  ).rows;
const identifierRows = async (personId: string) =>
  (
    await db().execute(sql`
      select kind, value from identifiers where subject_type = 'person_of_interest' and subject_id = ${personId}
      order by kind, value`)
  ).rows;

async function worker(
  role: 'social_worker' | 'coordinator' | 'supervisor' = 'social_worker',
  county?: string,
) {
  return signInAs(t, role, county ? { county } : {});
}

async function createPersonAs(api: Awaited<ReturnType<typeof worker>>['api'], over = {}) {
  const res = await api.post('/api/v1/persons', newPerson(over));
  expect(res.statusCode).toBe(201);
  return res.json();
}

describe('POST /api/v1/persons', () => {
  test('a worker records a person: 201, identifiers and search names kept, audited as person.create', async () => {
    const { api, user } = await worker();
    const body = newPerson();
    const res = await api.post('/api/v1/persons', body);
    expect(res.statusCode).toBe(201);
    const person = res.json();
    expect(person).toMatchObject({
      jurisdictionId: alameda,
      jurisdictionName: 'Alameda',
      displayName: body.names[0]!.name,
      approximateAge: 31,
      vehicles: [{ description: 'Grey sedan', plate: '8ABC123' }],
      version: 1,
    });
    expect(person.ref).toMatch(/^P-\d+$/);
    expect(await identifierRows(person.id)).toEqual([
      { kind: 'handle', value: body.handles[0]!.handle.slice(1).toLowerCase() },
      { kind: 'phone', value: normalisePhone(body.phones[0]!.number) },
    ]);
    const [audit] = await auditRows('person.create', person.id);
    expect(audit).toMatchObject({
      actor_user_id: user.id,
      jurisdiction_id: alameda,
      after: { id: person.id },
    });
  });

  test('an Idempotency-Key replays the first create instead of recording the person twice', async () => {
    const { api } = await worker();
    const body = newPerson();
    const key = randomUUID();
    const first = await api.post('/api/v1/persons', body, { 'idempotency-key': key });
    const second = await api.post('/api/v1/persons', body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    const count = await db().execute(
      sql`select count(*)::int as n from persons_of_interest where names->0->>'name' = ${body.names[0]!.name}`,
    );
    expect(count.rows[0]!.n).toBe(1);
  });

  test.each([
    ['names', { names: [] }],
    ['approximateAge', { approximateAge: 121 }],
    ['notes', { notes: 'x'.repeat(2001) }],
    ['phones.0.number', { phones: [{ number: 'call me', label: null }] }],
    ['handles.0.platform', { handles: [{ platform: 'myspace', handle: 'x' }] }],
    ['jurisdictionId', { jurisdictionId: 0 }],
  ])('bad input is 422 naming %s, and records nothing', async (path, over) => {
    const { api } = await worker();
    const body = newPerson(over);
    const res = await api.post('/api/v1/persons', body);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  test('a person cannot be recorded in another county (422 naming jurisdictionId)', async () => {
    const { api } = await worker();
    const res = await api.post(
      '/api/v1/persons',
      newPerson({ jurisdictionId: jurisdictionId(t.services, 'CA-TULARE') }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].path).toBe('jurisdictionId');
  });
});

describe('who may see persons of interest', () => {
  test.each(['partner', 'county_analyst', 'state_analyst', 'county_admin'] as const)(
    '%s gets 403 for every route',
    async (role) => {
      const { api: owner } = await worker();
      const person = await createPersonAs(owner);
      const { api, session } = await signInAs(
        t,
        role,
        role === 'partner' ? { agencyId: await createAgency(t.services) } : {},
      );
      for (const res of [
        await api.get('/api/v1/persons'),
        await api.get(`/api/v1/persons/${person.id}`),
        await api.get(`/api/v1/network?personId=${person.id}`),
        await api.post('/api/v1/persons', newPerson()),
        await api.patch(`/api/v1/persons/${person.id}`, { version: 1, notes: 'x' }),
        await del(session, `/api/v1/persons/${person.id}/links/${randomUUID()}`),
      ])
        expect(res.statusCode).toBe(403);
    },
  );

  test("another county's person is 404 everywhere, exactly like a missing one", async () => {
    const { api: tulare } = await worker('social_worker', 'CA-TULARE');
    const theirs = await createPersonAs(tulare);
    const { api, session } = await worker();
    const youth = await insertYouth(t);
    const missing = (await api.get(`/api/v1/persons/${randomUUID()}`)).json();
    for (const res of [
      await api.get(`/api/v1/persons/${theirs.id}`),
      await api.patch(`/api/v1/persons/${theirs.id}`, { version: 1, notes: 'mine now' }),
      await api.post(`/api/v1/persons/${theirs.id}/links`, { youthId: youth.id, relationship: 'unknown' }),
      await del(session, `/api/v1/persons/${theirs.id}/links/${youth.id}`),
      await api.get(`/api/v1/network?personId=${theirs.id}`),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe(missing.error.code);
    }
    const search = await api.get(`/api/v1/persons?q=${encodeURIComponent(theirs.names[0].name)}`);
    expect(search.json().items.map((p: { id: string }) => p.id)).not.toContain(theirs.id);
  });
});

describe('GET /api/v1/persons', () => {
  test('finds a person by a misspelt name, a moniker, a phone written differently and a handle; audited', async () => {
    const { api, user } = await worker();
    const moniker = `Ghost${randomUUID().slice(0, 5)}`;
    const body = newPerson({
      names: [
        { kind: 'name', name: 'Teodoro Vasquez-Llamas' },
        { kind: 'moniker', name: moniker },
      ],
    });
    const person = await createPersonAs(api, body);
    const ids = async (q: string) => {
      const res = await api.get(`/api/v1/persons?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      return res.json().items as { id: string; matched: string[]; otherNames: string[] }[];
    };
    expect((await ids('teodoro vasques')).map((p) => p.id)).toContain(person.id);
    expect((await ids('Llamas Teodoro')).map((p) => p.id)).toContain(person.id);
    const byMoniker = (await ids(moniker.toUpperCase())).find((p) => p.id === person.id);
    expect(byMoniker).toMatchObject({ matched: ['name'], otherNames: [moniker] });
    const digits = normalisePhone(body.phones[0]!.number);
    const byPhone = await ids(`${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6)}`);
    expect(byPhone.map((p) => p.id)).toEqual([person.id]);
    expect(byPhone[0]!.matched).toEqual(['phone']);
    const byHandle = await ids(body.handles[0]!.handle.toUpperCase());
    expect(byHandle.find((p) => p.id === person.id)?.matched).toContain('handle');
    expect((await ids('zzqxv nobody')).map((p) => p.id)).not.toContain(person.id);
    const audits = (await auditRows('person.search')).filter((a) => a.actor_user_id === user.id);
    expect(audits.length).toBeGreaterThanOrEqual(6);
    expect(audits[0]).toMatchObject({ jurisdiction_id: alameda, meta: { query: 'teodoro vasques' } });
  });
});

describe('GET /api/v1/persons/:id', () => {
  test('shows linked youth and the allegations naming the person; audited as person.read', async () => {
    const { api, user } = await worker();
    const person = await createPersonAs(api);
    const linked = await insertYouth(t, { first: 'Rowan', last: 'Example' });
    const named = await insertYouth(t, { first: 'Skye', last: 'Sample' });
    expect(
      (
        await api.post(`/api/v1/persons/${person.id}/links`, {
          youthId: linked.id,
          relationship: 'intimate_partner',
          note: 'Met online.',
        })
      ).statusCode,
    ).toBe(201);
    const allegation = await insertAllegation(t, { youthId: named.id, personId: person.id });
    const res = await api.get(`/api/v1/persons/${person.id}`);
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.person.id).toBe(person.id);
    expect(page.links).toEqual([
      expect.objectContaining({
        youthId: linked.id,
        youthName: 'Rowan Example',
        relationship: 'intimate_partner',
        note: 'Met online.',
        createdBy: { id: user.id, displayName: expect.any(String) },
      }),
    ]);
    expect(page.links[0].youthRef).toMatch(/^Y-\d+$/);
    expect(page.allegations).toEqual([
      expect.objectContaining({
        id: allegation,
        youthId: named.id,
        youthName: 'Skye Sample',
        category: 'exploitation',
        subcategory: 'commercial_sexual_exploitation',
        dispositionState: 'open',
        reportRef: expect.stringMatching(/^R-\d+$/),
      }),
    ]);
    const [audit] = await auditRows('person.read', person.id);
    expect(audit).toMatchObject({ actor_user_id: user.id, jurisdiction_id: alameda });
  });
});

describe('PATCH /api/v1/persons/:id', () => {
  test('changes fields, rewrites identifiers, audits before and after; a stale version is 409 with current', async () => {
    const { api, user } = await worker();
    const person = await createPersonAs(api);
    const phone = uniquePhone();
    const res = await api.patch(`/api/v1/persons/${person.id}`, {
      version: 1,
      phones: [{ number: phone, label: null }],
      handles: [],
      names: [{ kind: 'moniker', name: 'Razor' }],
    });
    expect(res.statusCode).toBe(200);
    const after = res.json();
    expect(after).toMatchObject({ version: 2, displayName: 'Razor', notes: person.notes });
    expect(await identifierRows(person.id)).toEqual([{ kind: 'phone', value: normalisePhone(phone) }]);
    const [audit] = await auditRows('person.update', person.id);
    expect(audit).toMatchObject({
      actor_user_id: user.id,
      before: { version: 1, names: person.names },
      after: { version: 2, names: [{ kind: 'moniker', name: 'Razor' }] },
    });
    const stale = await api.patch(`/api/v1/persons/${person.id}`, { version: 1, notes: 'Old copy' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(stale.json().error.current).toEqual(after);
  });

  test('bad input is 422 naming the field and changes nothing', async () => {
    const { api } = await worker();
    const person = await createPersonAs(api);
    const res = await api.patch(`/api/v1/persons/${person.id}`, { version: 1, approximateAge: -1 });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].path).toBe('approximateAge');
    expect((await api.get(`/api/v1/persons/${person.id}`)).json().person.version).toBe(1);
  });
});

describe('links between a person and youth', () => {
  test('link (201, audited), link again (409), unlink (204, audited), unlink again (404)', async () => {
    const { api, session, user } = await worker();
    const person = await createPersonAs(api);
    const youth = await insertYouth(t);
    const url = `/api/v1/persons/${person.id}/links`;
    const linked = await api.post(url, { youthId: youth.id, relationship: 'employer_or_recruiter' });
    expect(linked.statusCode).toBe(201);
    expect(linked.json()).toMatchObject({ personId: person.id, youthId: youth.id, note: null });
    const again = await api.post(url, { youthId: youth.id, relationship: 'peer' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_exists');
    const [linkAudit] = await auditRows('person.link', person.id);
    expect(linkAudit).toMatchObject({
      actor_user_id: user.id,
      after: { youthId: youth.id, relationship: 'employer_or_recruiter' },
    });
    expect((await del(session, `${url}/${youth.id}`)).statusCode).toBe(204);
    const [unlinkAudit] = await auditRows('person.unlink', person.id);
    expect(unlinkAudit).toMatchObject({
      before: { youthId: youth.id, relationship: 'employer_or_recruiter' },
    });
    expect((await del(session, `${url}/${youth.id}`)).statusCode).toBe(404);
    expect((await api.get(`/api/v1/persons/${person.id}`)).json().links).toEqual([]);
  });

  test('a youth of another county, or one that does not exist, is 422 naming youthId', async () => {
    const { api } = await worker('coordinator', 'CA-R-BAY-AREA');
    const person = await createPersonAs(api, { jurisdictionId: alameda });
    const neighbour = await insertYouth(t, { county: 'CA-CONTRA-COSTA' });
    const outside = await insertYouth(t, { county: 'CA-TULARE' });
    for (const youthId of [neighbour.id, outside.id, randomUUID()]) {
      const res = await api.post(`/api/v1/persons/${person.id}/links`, { youthId, relationship: 'unknown' });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.details[0].path).toBe('youthId');
    }
    const bad = await api.post(`/api/v1/persons/${person.id}/links`, {
      youthId: neighbour.id,
      relationship: 'boss',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details[0].path).toBe('relationship');
  });
});

describe('GET /api/v1/network', () => {
  test('finds two youth connected through a shared phone, and shows the value to a holder of identifiers', async () => {
    const { api, user } = await worker();
    const phone = uniquePhone();
    const a = await insertYouth(t, { phones: [phone] });
    const b = await insertYouth(t, { phones: [normalisePhone(phone)] });
    const elsewhere = await insertYouth(t, { county: 'CA-TULARE', phones: [phone] });
    const res = await api.get(`/api/v1/network?youthId=${a.id}&depth=1`);
    expect(res.statusCode).toBe(200);
    const net = res.json();
    expect(net.root).toBe(`youth:${a.id}`);
    expect(net.valuesShown).toBe(true);
    expect(net.nodes.map((n: { key: string }) => n.key).sort()).toEqual(
      [`youth:${a.id}`, `youth:${b.id}`].sort(),
    );
    expect(net.nodes.find((n: { id: string }) => n.id === b.id)).toMatchObject({
      label: b.name,
      distance: 1,
    });
    expect(JSON.stringify(net)).not.toContain(elsewhere.id);
    expect(net.edges).toEqual([
      expect.objectContaining({
        kind: 'shared_identifier',
        identifierKind: 'phone',
        source: `youth:${a.id}`,
        target: `youth:${b.id}`,
        values: [normalisePhone(phone)],
      }),
    ]);
    const [audit] = await auditRows('person.network_read', a.id);
    expect(audit).toMatchObject({
      actor_user_id: user.id,
      entity_type: 'youth',
      meta: { depth: 1, youthIds: expect.arrayContaining([a.id, b.id]) },
    });
  });

  test('finds two youth connected through a shared person (a link and an allegation), within the depth', async () => {
    const { api } = await worker('coordinator');
    const handle = uniqueHandle();
    const person = await createPersonAs(api, { handles: [{ platform: 'tiktok', handle }] });
    const c = await insertYouth(t);
    const d = await insertYouth(t);
    const e = await insertYouth(t, { handles: [handle.toUpperCase()] });
    await api.post(`/api/v1/persons/${person.id}/links`, { youthId: c.id, relationship: 'gang_member' });
    await insertAllegation(t, { youthId: d.id, personId: person.id });
    await insertAllegation(t, { youthId: d.id, personId: person.id });

    const near = (await api.get(`/api/v1/network?youthId=${c.id}&depth=1`)).json();
    expect(near.nodes.map((n: { key: string }) => n.key).sort()).toEqual(
      [`youth:${c.id}`, `person:${person.id}`].sort(),
    );

    const net = (await api.get(`/api/v1/network?youthId=${c.id}`)).json();
    expect(net.depth).toBe(2);
    const keys = net.nodes.map((n: { key: string }) => n.key);
    expect(keys).toEqual(expect.arrayContaining([`youth:${d.id}`, `youth:${e.id}`]));
    expect(net.nodes.find((n: { type: string }) => n.type === 'person')).toMatchObject({
      id: person.id,
      ref: person.ref,
      label: person.displayName,
      distance: 1,
    });
    const edge = (kind: string, target: string) =>
      net.edges.find((x: { kind: string; target: string }) => x.kind === kind && x.target === target);
    expect(edge('link', `youth:${c.id}`)).toMatchObject({
      source: `person:${person.id}`,
      relationship: 'gang_member',
    });
    expect(edge('allegation', `youth:${d.id}`)).toMatchObject({
      source: `person:${person.id}`,
      allegationCount: 2,
    });
    expect(edge('shared_identifier', `youth:${e.id}`)).toMatchObject({
      source: `person:${person.id}`,
      identifierKind: 'handle',
    });

    const fromPerson = (await api.get(`/api/v1/network?personId=${person.id}&depth=1`)).json();
    expect(fromPerson.nodes).toHaveLength(4);
  });

  test('asks for exactly one starting record and a depth of 1 to 3 (422); an unknown youth is 404', async () => {
    const { api } = await worker();
    const youth = await insertYouth(t);
    expect((await api.get('/api/v1/network')).statusCode).toBe(422);
    expect((await api.get(`/api/v1/network?youthId=${youth.id}&personId=${randomUUID()}`)).statusCode).toBe(
      422,
    );
    const deep = await api.get(`/api/v1/network?youthId=${youth.id}&depth=4`);
    expect(deep.statusCode).toBe(422);
    expect(deep.json().error.details[0].path).toBe('depth');
    expect((await api.get(`/api/v1/network?youthId=${randomUUID()}`)).statusCode).toBe(404);
    const other = await insertYouth(t, { county: 'CA-TULARE' });
    expect((await api.get(`/api/v1/network?youthId=${other.id}`)).statusCode).toBe(404);
  });
});
