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
const tag = () =>
  randomUUID()
    .slice(0, 6)
    .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!);

/** A youth body with a distinctive surname, so searches in a shared database find only this test's youth. */
const newYouth = (over: Record<string, unknown> = {}) => ({
  legalFirstName: 'Ana',
  legalLastName: `Prueba${tag()}`,
  dateOfBirth: '2011-04-05',
  ...over,
});

const auditRows = async (action: string, where = sql`true`) =>
  (
    await db().execute(sql`
      select actor_user_id, jurisdiction_id, entity_id, before, after, meta from audit_events
      where action = ${action} and ${where} order by seq`)
  ).rows;

const countYouth = async (lastName: string) =>
  Number(
    (await db().execute(sql`select count(*)::int as n from youth where legal_last_name = ${lastName}`))
      .rows[0]!.n,
  );

async function worker(
  role: 'social_worker' | 'supervisor' | 'coordinator' = 'social_worker',
  county?: string,
) {
  return signInAs(t, role, county ? { county } : {});
}

describe('POST /api/v1/youth', () => {
  test('a social worker creates a youth in their own county: 201, Y-ref, audited, names indexed', async () => {
    const { api, user } = await worker();
    const body = newYouth({
      legalFirstName: 'María',
      legalMiddleName: 'José',
      preferredName: 'Majo',
      otherNames: [
        { kind: 'aka', name: 'La Flaca' },
        { kind: 'moniker', name: 'Estrellita' },
      ],
      gender: 'female',
      languages: ['es', 'mam'],
      interpreterNeeded: true,
      sensitive: {
        identifiers: {
          phones: [{ number: '+1 (510) 555-0142', label: 'cell' }],
          handles: [{ platform: 'instagram', handle: '@Star.Dust ' }],
        },
      },
    });
    const res = await api.post('/api/v1/youth', body);
    expect(res.statusCode, res.body).toBe(201);
    const y = res.json();
    expect(y).toMatchObject({
      jurisdictionId: alameda,
      jurisdictionName: 'Alameda',
      legalFirstName: 'María',
      legalMiddleName: 'José',
      legalLastName: body.legalLastName,
      preferredName: 'Majo',
      dateOfBirth: '2011-04-05',
      dobEstimated: false,
      age: expect.any(Number),
      interpreterNeeded: true,
      version: 1,
      sensitive: {
        identifiers: { present: true, canReveal: true },
        immigration: { present: false, canReveal: true },
        sogie: { present: false, canReveal: false },
        tattoos: { present: false, canReveal: true },
      },
    });
    expect(y.ref).toMatch(/^Y-\d+$/);
    expect(res.body).not.toContain('555-0142');
    expect(res.body).not.toContain('Star.Dust');

    const row = (await db().execute(sql`select search_names, created_by from youth where id = ${y.id}`))
      .rows[0]!;
    expect(row.created_by).toBe(user.id);
    expect(row.search_names).toBe(
      `maria jose ${body.legalLastName.toLowerCase()} | majo | la flaca | estrellita`,
    );
    const idents = await db().execute(
      sql`select kind, value, jurisdiction_id from identifiers where subject_id = ${y.id} order by kind`,
    );
    expect(idents.rows).toEqual([
      { kind: 'handle', value: 'star.dust', jurisdiction_id: alameda },
      { kind: 'phone', value: '5105550142', jurisdiction_id: alameda },
    ]);
    const [audit] = await auditRows('youth.create', sql`entity_id = ${y.id}`);
    expect(audit).toMatchObject({
      actor_user_id: user.id,
      jurisdiction_id: alameda,
      after: { id: y.id, legalLastName: body.legalLastName },
    });
  });

  test('another county, or a region, is refused with 422 naming jurisdictionId; nothing is created', async () => {
    const { api } = await worker();
    for (const code of ['CA-TULARE', 'CA-R-BAY-AREA']) {
      const body = newYouth({ jurisdictionId: jurisdictionId(t.services, code) });
      const res = await api.post('/api/v1/youth', body);
      expect(res.statusCode).toBe(422);
      expect(res.json().error.details).toEqual([{ path: 'jurisdictionId', message: expect.any(String) }]);
      expect(await countYouth(body.legalLastName)).toBe(0);
    }
  });

  test('a sensitive group the role may not write is 403 and nothing is created', async () => {
    const { api } = await worker('social_worker');
    const body = newYouth({
      sensitive: {
        sogie: {
          genderIdentity: 'nonbinary',
          sexualOrientation: null,
          genderExpression: null,
          pronouns: null,
        },
      },
    });
    const res = await api.post('/api/v1/youth', body);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.details).toEqual([{ path: 'sensitive.sogie', message: expect.any(String) }]);
    expect(await countYouth(body.legalLastName)).toBe(0);
  });

  test('an Idempotency-Key replays the first create instead of making a second youth', async () => {
    const { api } = await worker();
    const key = randomUUID();
    const body = newYouth();
    const first = await api.post('/api/v1/youth', body, { 'idempotency-key': key });
    const second = await api.post('/api/v1/youth', body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    expect(await countYouth(body.legalLastName)).toBe(1);
  });

  test.each([
    ['an impossible date', { dateOfBirth: '2026-02-30' }, 'dateOfBirth'],
    ['a future date of birth', { dateOfBirth: '2027-01-01' }, 'dateOfBirth'],
    ['an oversized name', { legalFirstName: 'x'.repeat(101) }, 'legalFirstName'],
    ['an unknown gender', { gender: 'robot' }, 'gender'],
    ['an unknown placement status', { placementStatus: 'castle' }, 'placementStatus'],
    ['an unknown field', { favouriteColour: 'blue' }, 'favouriteColour'],
    [
      'a malformed phone',
      { sensitive: { identifiers: { phones: [{ number: 'call me' }], handles: [] } } },
      'sensitive.identifiers.phones.0.number',
    ],
  ])('%s is 422 naming the field, and nothing is created', async (_label, over, path) => {
    const { api } = await worker();
    const body = newYouth(over);
    const res = await api.post('/api/v1/youth', body);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(await countYouth(body.legalLastName)).toBe(0);
  });

  test('roles without youth.write may not create (403)', async () => {
    for (const role of ['county_analyst', 'county_admin', 'partner'] as const) {
      const opts = role === 'partner' ? { agencyId: await createAgency(t.services) } : {};
      const { api } = await signInAs(t, role, opts);
      const body = newYouth();
      expect((await api.post('/api/v1/youth', body)).statusCode).toBe(403);
      expect(await countYouth(body.legalLastName)).toBe(0);
    }
  });
});

describe('GET /api/v1/youth/:id (the youth page)', () => {
  test('answers the profile with empty record lists, audited as one youth.read', async () => {
    const { api, user } = await worker();
    const y = (await api.post('/api/v1/youth', newYouth())).json();
    const res = await api.get(`/api/v1/youth/${y.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ youth: y, reports: [], allegations: [], contacts: [], screenings: [] });
    const reads = await auditRows('youth.read', sql`entity_id = ${y.id}`);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actor_user_id: user.id, jurisdiction_id: alameda });
  });

  test('another county answers exactly like a youth that does not exist, and nothing is audited', async () => {
    const tulare = await worker('social_worker', 'CA-TULARE');
    const y = (await tulare.api.post('/api/v1/youth', newYouth())).json();
    const { api } = await worker();
    const other = await api.get(`/api/v1/youth/${y.id}`);
    const unknown = await api.get(`/api/v1/youth/${randomUUID()}`);
    expect(other.statusCode).toBe(404);
    const shape = (r: typeof other) => {
      const { requestId: _r, ...rest } = r.json().error;
      return rest;
    };
    expect(shape(other)).toEqual(shape(unknown));
    expect(await auditRows('youth.read', sql`entity_id = ${y.id}`)).toEqual([]);
    const patch = await api.patch(`/api/v1/youth/${y.id}`, { version: 1, school: 'Taken over' });
    expect(patch.statusCode).toBe(404);
  });

  test('a partner gets 404 for any youth; analysts and administrators get 403', async () => {
    const { api } = await worker();
    const y = (await api.post('/api/v1/youth', newYouth())).json();
    const partner = await signInAs(t, 'partner', { agencyId: await createAgency(t.services) });
    expect((await partner.api.get(`/api/v1/youth/${y.id}`)).statusCode).toBe(404);
    expect((await partner.api.get(`/api/v1/youth/${y.id}/sensitive/identifiers`)).statusCode).toBe(404);
    for (const role of ['county_analyst', 'county_admin'] as const) {
      const other = await signInAs(t, role);
      expect((await other.api.get(`/api/v1/youth/${y.id}`)).statusCode).toBe(403);
      expect((await other.api.get(`/api/v1/youth?q=${encodeURIComponent(y.legalLastName)}`)).statusCode).toBe(
        403,
      );
    }
  });
});

describe('PATCH /api/v1/youth/:id', () => {
  test('changes the youth, re-indexes names and identifiers, and audits before and after', async () => {
    const { api, user } = await worker();
    const y = (
      await api.post(
        '/api/v1/youth',
        newYouth({
          sensitive: { identifiers: { phones: [{ number: '510-555-0100' }], handles: [] } },
        }),
      )
    ).json();
    const res = await api.patch(`/api/v1/youth/${y.id}`, {
      version: 1,
      preferredName: 'Anita',
      otherNames: [{ kind: 'moniker', name: 'Canela' }],
      school: 'Harbor Middle School',
      sensitive: { identifiers: { phones: [{ number: '(510) 555-0177' }], handles: [] } },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ preferredName: 'Anita', school: 'Harbor Middle School', version: 2 });
    const row = (await db().execute(sql`select search_names from youth where id = ${y.id}`)).rows[0]!;
    expect(row.search_names).toBe(`ana ${y.legalLastName.toLowerCase()} | anita | canela`);
    const idents = await db().execute(sql`select value from identifiers where subject_id = ${y.id}`);
    expect(idents.rows).toEqual([{ value: '5105550177' }]);
    const [audit] = await auditRows('youth.update', sql`entity_id = ${y.id}`);
    expect(audit).toMatchObject({
      actor_user_id: user.id,
      before: { version: 1, preferredName: null, school: null },
      after: { version: 2, preferredName: 'Anita', school: 'Harbor Middle School' },
    });
  });

  test('a stale version is 409 with the youth as it is now', async () => {
    const { api } = await worker();
    const y = (await api.post('/api/v1/youth', newYouth())).json();
    const first = await api.patch(`/api/v1/youth/${y.id}`, { version: 1, school: 'North High' });
    expect(first.statusCode).toBe(200);
    const stale = await api.patch(`/api/v1/youth/${y.id}`, { version: 1, school: 'South High' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(stale.json().error.current).toEqual(first.json());
  });

  test('a sensitive group the role may not write is 403 and changes nothing', async () => {
    const { api } = await worker('social_worker');
    const y = (await api.post('/api/v1/youth', newYouth())).json();
    const res = await api.patch(`/api/v1/youth/${y.id}`, {
      version: 1,
      school: 'Should not be saved',
      sensitive: {
        sogie: {
          genderIdentity: 'woman',
          sexualOrientation: null,
          genderExpression: null,
          pronouns: 'she/her',
        },
      },
    });
    expect(res.statusCode).toBe(403);
    const row = (await db().execute(sql`select school, pronouns, version from youth where id = ${y.id}`))
      .rows[0]!;
    expect(row).toEqual({ school: null, pronouns: null, version: 1 });
  });

  test('422 for an impossible date, naming the field', async () => {
    const { api } = await worker();
    const y = (await api.post('/api/v1/youth', newYouth())).json();
    const res = await api.patch(`/api/v1/youth/${y.id}`, { version: 1, dateOfBirth: '2012-13-01' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].path).toBe('dateOfBirth');
  });
});

describe('GET /api/v1/youth/:id/sensitive/:group', () => {
  test('immigration adds foreignNational; the reveal is audited with its group', async () => {
    const { api, user } = await worker('social_worker');
    const y = (
      await api.post(
        '/api/v1/youth',
        newYouth({ sensitive: { immigration: { citizenshipStatus: 'pending_application' } } }),
      )
    ).json();
    expect(y.sensitive.immigration).toEqual({ present: true, canReveal: true });
    const res = await api.get(`/api/v1/youth/${y.id}/sensitive/immigration`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      group: 'immigration',
      values: { citizenshipStatus: 'pending_application', immigrationNotes: null, foreignNational: true },
    });
    const [audit] = await auditRows('youth.sensitive_reveal', sql`entity_id = ${y.id}`);
    expect(audit).toMatchObject({ actor_user_id: user.id, meta: { group: 'immigration' } });
  });

  test('an unknown group is 422', async () => {
    const { api } = await worker();
    const y = (await api.post('/api/v1/youth', newYouth())).json();
    expect((await api.get(`/api/v1/youth/${y.id}/sensitive/passwords`)).statusCode).toBe(422);
  });
});

describe('GET /api/v1/youth (search)', () => {
  async function seedMaria() {
    const coordinator = await worker('coordinator');
    const surname = `López${tag()}`;
    const phone = `209555${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
    const y = (
      await coordinator.api.post(
        '/api/v1/youth',
        newYouth({
          legalFirstName: 'María',
          legalLastName: surname,
          dateOfBirth: '2010-07-19',
          otherNames: [
            { kind: 'moniker', name: `Cherry${tag()}` },
            { kind: 'aka', name: `Marisol Vega${tag()}` },
          ],
          sensitive: {
            identifiers: {
              phones: [{ number: `+1 (${phone.slice(0, 3)}) ${phone.slice(3, 6)}-${phone.slice(6)}` }],
              handles: [{ platform: 'snapchat', handle: `@cherry.${tag()}` }],
            },
          },
        }),
      )
    ).json();
    return { ...coordinator, y, surname, phone };
  }
  const ids = (res: { json(): { items: { id: string }[] } }) => res.json().items.map((i) => i.id);
  const search = (api: Awaited<ReturnType<typeof worker>>['api'], params: Record<string, string>) =>
    api.get(`/api/v1/youth?${new URLSearchParams(params).toString()}`);

  test('tolerates typos, missing accents and word order', async () => {
    const { api, y, surname } = await seedMaria();
    const plain = surname.normalize('NFKD').replace(/\p{M}/gu, '');
    const typo = plain.replace('Lopez', 'Lopes');
    for (const q of [
      `María ${surname}`,
      `Maria ${plain}`,
      `Marai ${typo}`,
      `${plain} Maria`,
      plain.toUpperCase(),
    ]) {
      const res = await search(api, { q });
      expect(res.statusCode).toBe(200);
      expect(ids(res), q).toContain(y.id);
      const hit = res.json().items.find((i: { id: string }) => i.id === y.id);
      expect(hit.matched, q).toEqual(['name']);
    }
  });

  test('ranks the closest name first and finds by AKA or moniker', async () => {
    const { api, y, surname } = await seedMaria();
    const res = await search(api, { q: y.otherNames[0].name });
    expect(ids(res)[0]).toBe(y.id);
    expect(res.json().items[0]).toMatchObject({
      matched: ['other_name'],
      legalName: `María ${surname}`,
      displayName: `María ${surname}`,
      otherNames: [y.otherNames[0].name, y.otherNames[1].name],
      ref: y.ref,
    });
    const aka = await search(api, { q: y.otherNames[1].name.replace('Marisol', 'Marisól') });
    expect(ids(aka)[0]).toBe(y.id);
    expect(aka.json().items[0].matched).toEqual(['other_name']);
    const other = (
      await api.post('/api/v1/youth', newYouth({ legalFirstName: 'Mariana', legalLastName: surname }))
    ).json();
    const ranked = ids(await search(api, { q: `Maria ${surname}` }));
    expect(ranked.slice(0, 2)).toEqual([y.id, other.id]);
  });

  test('finds by exact date of birth, and ranks name plus date first', async () => {
    const { api, y, surname } = await seedMaria();
    const byDob = await search(api, { dob: '2010-07-19' });
    expect(ids(byDob)).toContain(y.id);
    expect(byDob.json().items.find((i: { id: string }) => i.id === y.id).matched).toEqual(['date_of_birth']);
    const both = await search(api, { q: `Maria ${surname}`, dob: '2010-07-19' });
    expect(both.json().items[0]).toMatchObject({ id: y.id, matched: ['name', 'date_of_birth'] });
    expect(ids(await search(api, { dob: '2010-07-18' }))).not.toContain(y.id);
  });

  test('with a name and a date of birth, looks for the name among youth born on or near that date', async () => {
    const { api, y, surname } = await seedMaria();
    const dayAfter = (
      await api.post(
        '/api/v1/youth',
        newYouth({ legalFirstName: 'Maria', legalLastName: surname, dateOfBirth: '2010-07-20' }),
      )
    ).json();
    const yearsApart = (
      await api.post(
        '/api/v1/youth',
        newYouth({ legalFirstName: 'Maria', legalLastName: surname, dateOfBirth: '2004-01-01' }),
      )
    ).json();
    const found = ids(await search(api, { q: `Maria ${surname}`, dob: '2010-07-19' }));
    expect(found[0]).toBe(y.id);
    expect(found).toContain(dayAfter.id);
    expect(found).not.toContain(yearsApart.id);
    expect(ids(await search(api, { q: `Maria ${surname}` }))).toContain(yearsApart.id);
  });

  test('finds by phone or handle for holders of youth.sensitive.identifiers, in any format', async () => {
    const { api, y, phone } = await seedMaria();
    const [area, mid, last] = [phone.slice(0, 3), phone.slice(3, 6), phone.slice(6)];
    for (const q of [phone, `(${area}) ${mid}-${last}`, `+1 ${area} ${mid} ${last}`]) {
      const res = await search(api, { q });
      expect(ids(res), q).toEqual([y.id]);
      expect(res.json().items[0].matched).toEqual(['phone']);
      expect(res.body).not.toContain(`${mid}-${last}`);
      expect(res.body).not.toContain(phone);
    }
    const reveal = (await api.get(`/api/v1/youth/${y.id}/sensitive/identifiers`)).json();
    const handle = reveal.values.handles[0].handle as string;
    const res = await search(api, { q: handle.replace('@', '').toUpperCase() });
    expect(ids(res)).toContain(y.id);
    expect(res.json().items.find((i: { id: string }) => i.id === y.id).matched).toContain('handle');
  });

  test('is audited with the query, and a partner finds nobody', async () => {
    const { api, y, surname, user, phone } = await seedMaria();
    const res = await search(api, { q: `Maria ${surname}` });
    const rows = await auditRows('youth.search', sql`actor_user_id = ${user.id}`);
    expect(rows.at(-1)).toMatchObject({
      jurisdiction_id: alameda,
      meta: { q: `Maria ${surname}`, dob: null, results: ids(res).length, youthIds: ids(res) },
    });
    expect(ids(res)).toContain(y.id);
    const partner = await signInAs(t, 'partner', { agencyId: await createAgency(t.services) });
    for (const q of [`Maria ${surname}`, phone])
      expect((await search(partner.api, { q })).json().items).toEqual([]);
    expect((await search(partner.api, { dob: '2010-07-19' })).json().items).toEqual([]);
  });

  test('never crosses counties', async () => {
    const { y, surname, phone } = await seedMaria();
    const tulare = await worker('coordinator', 'CA-TULARE');
    expect(ids(await search(tulare.api, { q: `Maria ${surname}` }))).not.toContain(y.id);
    expect(ids(await search(tulare.api, { q: phone }))).not.toContain(y.id);
    expect(ids(await search(tulare.api, { dob: '2010-07-19' }))).not.toContain(y.id);
  });

  test('bad query parameters are 422 naming them', async () => {
    const { api } = await worker();
    for (const [params, path] of [
      [{ dob: '2026-02-30' }, 'dob'],
      [{ q: 'x'.repeat(101) }, 'q'],
      [{ limit: '1000' }, 'limit'],
    ] as const) {
      const res = await search(api, params);
      expect(res.statusCode).toBe(422);
      expect(res.json().error.details[0].path).toBe(path);
    }
  });
});

describe('POST /api/v1/youth/duplicate-check', () => {
  test('warns of the same youth typed differently, and is audited', async () => {
    const { api, user } = await worker();
    const surname = `Hernández${tag()}`;
    const plain = surname.normalize('NFKD').replace(/\p{M}/gu, '');
    const y = (
      await api.post(
        '/api/v1/youth',
        newYouth({ legalFirstName: 'Guadalupe', legalLastName: surname, dateOfBirth: '2009-03-14' }),
      )
    ).json();
    const check = (body: Record<string, unknown>) =>
      api.post('/api/v1/youth/duplicate-check', {
        legalFirstName: 'Guadalupe',
        legalLastName: plain,
        ...body,
      });
    const candidates = async (body: Record<string, unknown>) =>
      (await check(body)).json().candidates as { id: string; score: number; matched: string[] }[];

    const exact = (await candidates({ dateOfBirth: '2009-03-14' })).find((c) => c.id === y.id)!;
    expect(exact.matched).toEqual(['name', 'date_of_birth']);
    expect(exact.score).toBeGreaterThan(0.9);
    // swapped first and last name; a typo in the name and in the date of birth; day and month swapped
    for (const body of [
      { legalFirstName: plain, legalLastName: 'Guadalupe', dateOfBirth: '2009-03-14' },
      { legalFirstName: 'Guadalpue', dateOfBirth: '2009-03-15' },
      { dateOfBirth: '2009-08-14' },
      { dateOfBirth: null },
    ]) {
      const found = (await candidates(body)).find((c) => c.id === y.id);
      expect(found, JSON.stringify(body)).toBeDefined();
      expect(found!.score).toBeLessThanOrEqual(exact.score);
    }
    const near = (await candidates({ legalFirstName: 'Guadalpue', dateOfBirth: '2009-03-15' })).find(
      (c) => c.id === y.id,
    )!;
    expect(near.matched).toContain('date_of_birth');
    expect(
      (await candidates({ legalFirstName: 'Bartholomew', legalLastName: 'Quince' })).map((c) => c.id),
    ).not.toContain(y.id);
    const [audit] = (await auditRows('youth.duplicate_check', sql`actor_user_id = ${user.id}`)).slice(-1);
    expect(audit).toMatchObject({ jurisdiction_id: alameda, meta: { youthIds: [] } });
    const first = (await auditRows('youth.duplicate_check', sql`actor_user_id = ${user.id}`))[0]!;
    expect(first.meta).toMatchObject({ name: `Guadalupe ${plain}`, youthIds: [y.id] });
  });

  test('only looks in the county the youth would be created in', async () => {
    const tulare = await worker('social_worker', 'CA-TULARE');
    const surname = `Quintero${tag()}`;
    const y = (
      await tulare.api.post('/api/v1/youth', newYouth({ legalFirstName: 'Rosa', legalLastName: surname }))
    ).json();
    const { api } = await worker();
    const res = await api.post('/api/v1/youth/duplicate-check', {
      legalFirstName: 'Rosa',
      legalLastName: surname,
      dateOfBirth: y.dateOfBirth,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().candidates).toEqual([]);
  });
});
