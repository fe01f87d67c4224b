import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { jurisdictionId, signInAs, startTestApp, type TestApp } from '../../../../test/harness';
import { inScope } from '../../platform/scope';
import { currentInstrument, resolveInstrument } from './instruments.resolve';
import { ADAPT_BODY_LIMIT } from './instruments.routes';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Api = Awaited<ReturnType<typeof signInAs>>['api'];
type Def = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const URL = '/api/v1/instruments/at-risk';

/** The definition a client would start from: the current version, as the API gives it. */
async function currentDefinition(api: Api): Promise<Def> {
  const res = await api.get(URL);
  expect(res.statusCode, res.body).toBe(200);
  return structuredClone(res.json().definition) as Def;
}
const item = (def: Def, key: string) =>
  def.groups.flatMap((g: Def) => g.items).find((i: Def) => i.key === key) as Def;
const rule = (def: Def, key: string) => def.rules.find((r: Def) => r.key === key) as Def;

/** Two of D–H becomes three; one item reworded; one labor vulnerability removed (and from its rule). */
function adapted(def: Def): Def {
  rule(def, 'at_risk_cse').when.any[1].atLeast = 3;
  item(def, 'frequently_truant').text = {
    en: 'Often misses school without an excuse (county wording).',
    es: 'Falta a menudo a la escuela sin justificación (redacción del condado).',
  };
  for (const g of def.groups) g.items = g.items.filter((i: Def) => i.key !== 'marginalization');
  const labor = rule(def, 'labor_vulnerable').when;
  labor.of = labor.of.filter((e: Def) => e.item !== 'marginalization');
  return def;
}

const adapt = (api: Api, definition: Def, basedOn: { origin: string; version: number }) =>
  api.post(`${URL}/versions`, { basedOn, definition, changeNote: 'County policy: three of D–H.' });

describe('reading instruments', () => {
  test('a worker lists every built-in instrument, each in its current version; others are refused', async () => {
    const { api } = await signInAs(t, 'social_worker', { county: 'CA-NAPA' });
    const res = await api.get('/api/v1/instruments');
    expect(res.statusCode).toBe(200);
    const atRisk = res.json().instruments.find((i: Def) => i.key === 'at-risk');
    expect(atRisk).toMatchObject({
      version: 1,
      origin: 'builtin',
      current: true,
      kind: 'screening',
      basedOn: null,
      createdBy: null,
      itemCount: 19,
    });
    expect(res.json().instruments.every((i: Def) => i.current)).toBe(true);
    const one = await api.get(`${URL}/versions/builtin/1`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ key: 'at-risk', version: 1, current: true });
    expect(item(one.json().definition, 'marginalization')).toBeDefined();
    expect((await api.get('/api/v1/instruments/no-such-thing')).statusCode).toBe(404);
    expect((await api.get(`${URL}/versions/county/1`)).statusCode).toBe(404);
    expect((await api.get(`${URL}/versions/elsewhere/1`)).statusCode).toBe(422);
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const adaptDoc = doc.paths['/api/v1/instruments/{key}/versions'].post;
    expect(adaptDoc).toMatchObject({ tags: ['instruments'], summary: expect.stringMatching(/Adapt/) });
    const analyst = await signInAs(t, 'county_analyst');
    expect((await analyst.api.get('/api/v1/instruments')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/instruments' })).statusCode).toBe(401);
  });
});

describe('adapting an instrument', () => {
  test('a coordinator saves version 2; it becomes current for the county only; the built-in stays readable', async () => {
    const { api, user } = await signInAs(t, 'coordinator');
    const worker = (await signInAs(t, 'social_worker')).api;
    const definition = adapted(await currentDefinition(api));
    definition.version = 77; // assigned by the server
    const res = await adapt(api, definition, { origin: 'builtin', version: 1 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      key: 'at-risk',
      version: 2,
      origin: 'county',
      current: true,
      itemCount: 18,
      basedOn: { origin: 'builtin', version: 1 },
      changeNote: 'County policy: three of D–H.',
      createdBy: { id: user.id },
    });
    expect(res.json().definition.version).toBe(2);

    const current = (await worker.get(URL)).json();
    expect(current).toMatchObject({ version: 2, origin: 'county', current: true });
    expect(rule(current.definition, 'at_risk_cse').when.any[1].atLeast).toBe(3);
    expect(item(current.definition, 'marginalization')).toBeUndefined();
    expect(item(current.definition, 'frequently_truant').text.en).toMatch(/county wording/);
    const listed = (await worker.get('/api/v1/instruments')).json().instruments;
    expect(listed.find((i: Def) => i.key === 'at-risk')).toMatchObject({ version: 2, origin: 'county' });

    const versions = (await worker.get(`${URL}/versions`)).json().versions;
    expect(versions.map((v: Def) => [v.origin, v.version, v.current])).toEqual([
      ['county', 2, true],
      ['builtin', 1, false],
    ]);
    expect(versions[0].createdAt).toEqual(expect.any(String));
    const old = await worker.get(`${URL}/versions/builtin/1`);
    expect(old.json()).toMatchObject({ version: 1, origin: 'builtin', current: false });
    expect(item(old.json().definition, 'marginalization')).toBeDefined();
    const saved = await worker.get(`${URL}/versions/county/2`);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().definition).toEqual(res.json().definition);

    const audit = await t.services.database.db.execute(sql`
      select jurisdiction_id, entity_type, meta from audit_events
      where action = 'instrument.adapt' and actor_user_id = ${user.id}`);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({
      jurisdiction_id: jurisdictionId(t.services, 'CA-ALAMEDA'),
      entity_type: 'instrument_version',
      meta: {
        key: 'at-risk',
        version: 2,
        basedOn: { origin: 'builtin', version: 1 },
        changeNote: 'County policy: three of D–H.',
      },
    });
    expect(audit.rows[0]!.meta).not.toHaveProperty('definition');

    // A second coordinator still working from the built-in is told what is current now.
    const stale = await adapt(api, definition, { origin: 'builtin', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ version: 2, origin: 'county', current: true });
    const next = await adapt(api, saved.json().definition, { origin: 'county', version: 2 });
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json()).toMatchObject({ version: 3, basedOn: { origin: 'county', version: 2 } });

    // Another county sees none of it.
    const tulare = (await signInAs(t, 'coordinator', { county: 'CA-TULARE' })).api;
    const theirs = (await tulare.get('/api/v1/instruments')).json().instruments;
    expect(theirs.find((i: Def) => i.key === 'at-risk')).toMatchObject({ version: 1, origin: 'builtin' });
    expect((await tulare.get(`${URL}/versions/county/2`)).statusCode).toBe(404);
    expect((await tulare.get(`${URL}/versions`)).json().versions).toHaveLength(1);
  });

  test('resolveInstrument and currentInstrument give the county’s version and the built-in ones', async () => {
    const { api } = await signInAs(t, 'coordinator', { county: 'CA-MARIN' });
    const saved = await adapt(api, adapted(await currentDefinition(api)), { origin: 'builtin', version: 1 });
    expect(saved.statusCode, saved.body).toBe(201);
    const marin = jurisdictionId(t.services, 'CA-MARIN');
    const napa = jurisdictionId(t.services, 'CA-NAPA');
    const scope = { jurisdictionIds: [marin, napa], system: false };
    const got = await inScope(t.services.database.db, scope, async (tx) => ({
      current: await currentInstrument(tx, marin, 'at-risk'),
      elsewhere: await currentInstrument(tx, napa, 'at-risk'),
      builtin: await resolveInstrument(tx, marin, { key: 'at-risk', origin: 'builtin', version: 1 }),
      county: await resolveInstrument(tx, marin, { key: 'at-risk', origin: 'county', version: 2 }),
      notInNapa: await resolveInstrument(tx, napa, { key: 'at-risk', origin: 'county', version: 2 }),
      missing: await resolveInstrument(tx, marin, { key: 'at-risk', origin: 'builtin', version: 9 }),
      unknown: await currentInstrument(tx, marin, 'no-such-thing'),
    }));
    expect(got.current).toMatchObject({ origin: 'county', countyInstrumentId: expect.any(String) });
    expect(got.current!.instrument.version).toBe(2);
    expect(got.county!.countyInstrumentId).toBe(got.current!.countyInstrumentId);
    expect(got.elsewhere).toMatchObject({ origin: 'builtin', countyInstrumentId: null });
    expect(got.builtin!.instrument.groups.flatMap((g) => g.items)).toHaveLength(19);
    expect([got.notInNapa, got.missing, got.unknown]).toEqual([null, null, null]);
  });

  test('two coordinators adapting the same version at once: one saves, the other is told what is current', async () => {
    const one = (await signInAs(t, 'coordinator', { county: 'CA-MONTEREY' })).api;
    const two = (await signInAs(t, 'coordinator', { county: 'CA-MONTEREY' })).api;
    const definition = adapted(await currentDefinition(one));
    const results = await Promise.all(
      [one, two].map((api) => adapt(api, definition, { origin: 'builtin', version: 1 })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const lost = results.find((r) => r.statusCode === 409)!;
    expect(lost.json().error.current).toMatchObject({ version: 2, origin: 'county' });
    expect((await one.get(`${URL}/versions`)).json().versions).toHaveLength(2);
  });
});

describe('refused adaptations', () => {
  test('a worker may not adapt (403); an instrument Lantern does not ship is 404', async () => {
    const { api } = await signInAs(t, 'social_worker', { county: 'CA-NAPA' });
    const definition = await currentDefinition(api);
    expect((await adapt(api, definition, { origin: 'builtin', version: 1 })).statusCode).toBe(403);
    const coordinator = (await signInAs(t, 'coordinator', { county: 'CA-NAPA' })).api;
    const res = await coordinator.post('/api/v1/instruments/brand-new/versions', {
      basedOn: { origin: 'builtin', version: 1 },
      definition: { ...definition, key: 'brand-new' },
      changeNote: 'A new instrument.',
    });
    expect(res.statusCode).toBe(404);
    const region = (await signInAs(t, 'coordinator', { county: 'CA-R-BAY-AREA' })).api;
    expect((await adapt(region, definition, { origin: 'builtin', version: 1 })).statusCode).toBe(403);
  });

  test('a large definition is accepted (beyond the usual 64 KB); one past the limit is 413', async () => {
    const { api } = await signInAs(t, 'coordinator', { county: 'CA-FRESNO' });
    const long = (def: Def, n: number) => {
      for (const g of def.groups) for (const i of g.items) i.help = { en: 'h'.repeat(n), es: 'a'.repeat(n) };
      return def;
    };
    const tooBig = { ...long(await currentDefinition(api), 2000), padding: 'x'.repeat(ADAPT_BODY_LIMIT) };
    expect((await adapt(api, tooBig, { origin: 'builtin', version: 1 })).statusCode).toBe(413);
    const big = long(await currentDefinition(api), 2000);
    expect(JSON.stringify(big).length).toBeGreaterThan(64 * 1024);
    const saved = await adapt(api, big, { origin: 'builtin', version: 1 });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(item(saved.json().definition, 'poverty').help.es).toHaveLength(2000);
  });

  test('a malformed definition is 422 with every problem naming its item; nothing is saved', async () => {
    const { api } = await signInAs(t, 'coordinator', { county: 'CA-NAPA' });
    const base = await currentDefinition(api);
    const refused = async (change: (d: Def) => void) => {
      const def = structuredClone(base);
      change(def);
      const res = await adapt(api, def, { origin: 'builtin', version: 1 });
      expect(res.statusCode, res.body).toBe(422);
      return res.json().error.details as { path: string; message: string }[];
    };
    const unknownItem = await refused((d) => rule(d, 'labor_vulnerable').when.of.push({ item: 'ghost' }));
    expect(unknownItem).toContainEqual({
      path: 'definition › rule "labor_vulnerable"',
      message: expect.stringContaining('unknown item "ghost"'),
    });
    const noSpanish = await refused((d) => delete item(d, 'frequently_truant').text.es);
    expect(noSpanish.map((p) => p.path)).toContain('definition › item "frequently_truant" › text.es');
    const cycle = await refused((d) => {
      item(d, 'poverty').showIf = { item: 'young_age', is: 'yes' };
      item(d, 'young_age').showIf = { item: 'poverty', is: 'yes' };
    });
    expect(cycle).toContainEqual({
      path: expect.stringMatching(/^definition › item "(poverty|young_age)"$/),
      message: expect.stringMatching(
        /cycle: (poverty → young_age → poverty|young_age → poverty → young_age)/,
      ),
    });
    const otherKey = await refused((d) => (d.key = 'red-flags'));
    expect(otherKey.map((p) => p.path)).toEqual(['definition › key']);
    const unknownStart = await refused((d) =>
      d.actions.push({
        key: 'open_other',
        kind: 'start_instrument',
        instrument: 'no-such-instrument',
        label: { en: 'Open another', es: 'Abrir otro' },
      }),
    );
    expect(unknownStart).toEqual([
      { path: 'definition › action "open_other"', message: expect.stringContaining('no-such-instrument') },
    ]);
    const short = await api.post(`${URL}/versions`, {
      basedOn: { origin: 'builtin', version: 1 },
      definition: base,
      changeNote: ' ',
    });
    expect(short.statusCode).toBe(422);
    expect((await api.get(`${URL}/versions`)).json().versions).toHaveLength(1);
  });
});
