import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALLEGATION_CATEGORIES,
  CONTACT_KINDS,
  EXPLOITATION_SUBCATEGORIES,
  isForeignNational,
  SETTING_LIST_FOR,
  type CitizenshipStatus,
} from '../../domain/record/vocabulary';
import { contactInput } from '../modules/contacts/contacts.schemas';
import { builtInLookups } from '../modules/lookups/lookups.content';
import { createPersonBody } from '../modules/persons/persons.schemas';
import { allegationInput, exploitationDetailsSchema } from '../modules/reports/reports.schemas';
import { dateOfBirth, sensitiveValues } from '../modules/youth/youth.schemas';
import { inScope } from '../platform/scope';
import { createUser, jurisdictionId, startTestApp, TEST_PASSWORD, type TestApp } from '../../../test/harness';
import {
  ageAt,
  collectPopulation,
  countRows,
  generatePopulation,
  insertPopulation,
  type PopulationChunk,
  type PopulationOptions,
} from './population';
import { allGivenNames, allSurnames, PERSON_MONIKERS, YOUTH_MONIKERS } from './population-pools';
import { DEMO_POPULATION, seedDemo } from './seed-demo';

const END = '2026-06-30';
const endMs = Date.parse(`${END}T00:00:00Z`);
const startMs = Date.parse('2021-01-01T00:00:00Z');
const staff = (n: number) => ({ id: `00000000-0000-4000-8000-00000000000${n}`, name: `Demo staff ${n}` });
const OPTIONS: PopulationOptions = {
  seed: 7,
  youth: 600,
  end: END,
  chunkYouth: 250,
  jurisdictions: [
    {
      id: 901,
      code: 'X-A',
      name: 'Demo A',
      weight: 3,
      workers: [staff(1), staff(2)],
      supervisors: [staff(3)],
    },
    { id: 902, code: 'X-B', name: 'Demo B', workers: [staff(4)] },
  ],
};
const pop = collectPopulation(OPTIONS);
const inA = <T extends { jurisdictionId: number }>(rows: T[]) => rows.filter((r) => r.jurisdictionId === 901);

/** Real names no synthetic record may use: common US names, and every capitalised word of the source documents. */
function bannedNames(): Set<string> {
  const banned = new Set(
    `maria jose juan luis carlos ana sofia james john robert michael david william richard joseph thomas mary
     patricia jennifer linda elizabeth barbara susan jessica sarah emily emma olivia sophia isabella ava mia
     angelica daniel matthew anthony garcia smith johnson williams brown jones miller davis rodriguez martinez
     hernandez lopez gonzalez wilson anderson taylor moore jackson martin lee perez thompson white harris
     sanchez clark ramirez lewis robinson walker young allen king wright scott torres nguyen hill flores green
     adams nelson baker hall rivera campbell mitchell carter roberts zuniga johnston`.split(/\s+/),
  );
  const seeds = resolve(process.cwd(), '../shared/seeds');
  if (existsSync(seeds))
    for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')))
      for (const word of readFileSync(join(seeds, file), 'utf8').match(/\b\p{Lu}\p{Ll}{2,}\b/gu) ?? [])
        banned.add(word.toLowerCase());
  return banned;
}

describe('generatePopulation', () => {
  it('is deterministic: the same options give the same rows, another seed others', () => {
    expect(collectPopulation(OPTIONS)).toEqual(pop);
    const other = collectPopulation({ ...OPTIONS, seed: 8 });
    expect(other.youth.map((y) => y.id)).not.toEqual(pop.youth.map((y) => y.id));
    expect(other.youth.map((y) => y.legalLastName)).not.toEqual(pop.youth.map((y) => y.legalLastName));
  });

  it('gives a county the same rows whichever other counties are generated with it, in chunks of chunkYouth', () => {
    const alone = collectPopulation({ ...OPTIONS, youth: 150, jurisdictions: [OPTIONS.jurisdictions[1]!] });
    expect(alone.youth).toEqual(pop.youth.filter((y) => y.jurisdictionId === 902));
    expect(inA(pop.youth)).toHaveLength(450);
    expect([...generatePopulation(OPTIONS)].map((c) => c.youth.length)).toEqual([250, 200, 150]);
    const ids = [...pop.youth, ...pop.reports, ...pop.allegations, ...pop.contacts, ...pop.persons].map(
      (r) => r.id,
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes exploitation details the API schema accepts unchanged, with settings from the built-in lists', () => {
    const exploitation = pop.allegations.filter((a) => a.category === 'exploitation');
    expect(exploitation.length).toBeGreaterThan(300);
    for (const a of pop.allegations) {
      if (a.category !== 'exploitation') {
        expect([a.subcategory, a.exploitation]).toEqual([null, null]);
        continue;
      }
      expect(exploitationDetailsSchema.parse(a.exploitation)).toEqual(a.exploitation);
      const list = SETTING_LIST_FOR[a.subcategory as keyof typeof SETTING_LIST_FOR];
      const codes = list ? builtInLookups()[list].map((s) => s.code) : [];
      expect(a.exploitation!.settings.every((s) => codes.includes(s))).toBe(true);
      if (!list) expect(a.exploitation!.settingOther).toBeTruthy();
      const age = a.exploitation!.ageAtFirstOccurrence;
      if (age !== null) expect(age).toBeGreaterThanOrEqual(11);
      if (age !== null) expect(age).toBeLessThanOrEqual(17);
    }
    const created = pop.revisions.filter((r) => r.entityType === 'allegation' && r.change === 'created');
    expect(created).toHaveLength(pop.allegations.length);
    for (const r of created) expect(() => allegationInput.parse(r.data)).not.toThrow();
  });

  it('has every category and form, and co-occurring forms for the same youth', () => {
    expect(new Set(pop.allegations.map((a) => a.category))).toEqual(new Set(ALLEGATION_CATEGORIES));
    expect(new Set(pop.allegations.map((a) => a.subcategory).filter(Boolean))).toEqual(
      new Set(EXPLOITATION_SUBCATEGORIES),
    );
    const forms = new Map<string, Set<string>>();
    for (const a of pop.allegations)
      if (a.subcategory) forms.set(a.youthId, (forms.get(a.youthId) ?? new Set()).add(a.subcategory));
    const multi = [...forms.values()].filter((f) => f.size >= 2);
    expect(multi.length / forms.size).toBeGreaterThan(0.15);
    const has = (a: string, b: string) => multi.some((f) => f.has(a) && f.has(b));
    expect(has('commercial_sexual_exploitation', 'involving_child_in_criminal_activity')).toBe(true);
    expect(has('commercial_sexual_exploitation', 'exploiting_childs_labor')).toBe(true);
    expect(pop.allegations.length / pop.youth.length).toBeGreaterThan(1.9);
    expect(pop.reports.length).toBeGreaterThan(pop.youth.length); // some youth are reported again
  });

  it('puts nothing in the future or before the start, and every youth is 10 to 20 at each report', () => {
    const youth = new Map(pop.youth.map((y) => [y.id, y]));
    const times = [
      ...pop.youth.flatMap((y) => [y.createdAt]),
      ...pop.reports.flatMap((r) => [r.receivedAt, r.createdAt]),
      ...pop.allegations.flatMap((a) => [
        a.createdAt,
        a.updatedAt,
        a.proposedAt,
        a.reviewedAt,
        a.dispositionDate,
      ]),
      ...pop.allegations.flatMap((a) => [a.exploitation?.startDate, a.exploitation?.endDate]),
      ...pop.allegations.map((a) => a.exploitation?.reportedToLawEnforcementDate),
      ...pop.contacts.flatMap((c) => [c.occurredAt, c.createdAt]),
      ...pop.revisions.map((r) => r.createdAt),
      ...pop.links.map((l) => l.createdAt),
      ...pop.persons.map((p) => p.createdAt),
    ].filter((t): t is string => !!t);
    expect(times.every((t) => Date.parse(t) < endMs)).toBe(true);
    expect(pop.reports.every((r) => Date.parse(r.receivedAt) >= startMs)).toBe(true);
    for (const a of pop.allegations) {
      const report = pop.reports.find((r) => r.id === a.reportId)!;
      const age = ageAt(youth.get(a.youthId)!.dateOfBirth!, Date.parse(report.receivedAt));
      expect(age).toBeGreaterThanOrEqual(10);
      expect(age).toBeLessThanOrEqual(20);
    }
    for (const y of pop.youth) expect(() => dateOfBirth.parse(y.dateOfBirth)).not.toThrow();
    const years = new Set(pop.reports.map((r) => r.receivedAt.slice(0, 4)));
    expect([...years].sort()).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
  });

  it('uses only invented names, never a real one or one from the source documents', () => {
    const banned = bannedNames();
    const given = allGivenNames();
    const surnames = allSurnames();
    const isSurname = (n: string) => n.split('-').every((part) => surnames.has(part));
    for (const y of pop.youth) {
      expect(given.has(y.legalFirstName)).toBe(true);
      if (y.legalMiddleName) expect(given.has(y.legalMiddleName)).toBe(true);
      if (y.preferredName) expect(given.has(y.preferredName)).toBe(true);
      expect(isSurname(y.legalLastName)).toBe(true);
      for (const n of y.otherNames)
        if (n.kind === 'moniker') expect(YOUTH_MONIKERS).toContain(n.name);
        else expect(isSurname(n.name.split(' ')[1]!)).toBe(true);
    }
    for (const p of pop.persons)
      for (const n of p.names)
        if (n.kind === 'moniker') expect(PERSON_MONIKERS).toContain(n.name);
        else expect(isSurname(n.name.split(' ')[1]!)).toBe(true);
    const tokens = [...given, ...surnames].map((n) => n.toLowerCase());
    expect(tokens.filter((t) => banned.has(t))).toEqual([]);
    expect(pop.youth.filter((y) => y.school).every((y) => y.school!.startsWith('Demo '))).toBe(true);
  });

  it('shares persons of interest between 2 to 6 youth, and some phones between a youth and a person', () => {
    const linked = new Map<string, Set<string>>();
    for (const l of pop.links)
      linked.set(l.personOfInterestId, (linked.get(l.personOfInterestId) ?? new Set()).add(l.youthId));
    expect(pop.persons.length).toBeGreaterThan(20);
    for (const p of pop.persons) {
      expect(linked.get(p.id)!.size).toBeGreaterThanOrEqual(2);
      expect(linked.get(p.id)!.size).toBeLessThanOrEqual(6);
      expect(() =>
        createPersonBody.parse({
          names: p.names,
          approximateAge: p.approximateAge,
          phones: p.phones,
          handles: p.handles,
          addresses: p.addresses,
          vehicles: p.vehicles,
          notes: p.notes,
        }),
      ).not.toThrow();
    }
    for (const a of pop.allegations.filter((x) => x.personOfInterestId)) {
      expect(a.perpetratorKind).toBe('person_of_interest');
      expect(linked.get(a.personOfInterestId!)!.has(a.youthId)).toBe(true);
    }
    const holders = new Map<string, Set<string>>();
    for (const i of pop.identifiers.filter((x) => x.kind === 'phone'))
      holders.set(i.value, (holders.get(i.value) ?? new Set()).add(i.subjectType));
    expect([...holders.values()].some((s) => s.has('youth') && s.has('person_of_interest'))).toBe(true);
  });

  it('moves dispositions through proposed, approved and returned, with a revision for each step', () => {
    const a = inA(pop.allegations);
    expect(new Set(a.map((x) => x.dispositionState))).toEqual(
      new Set(['open', 'proposed', 'approved', 'returned']),
    );
    // No supervisor in X-B: proposals wait there.
    expect(
      new Set(pop.allegations.filter((x) => x.jurisdictionId === 902).map((x) => x.dispositionState)),
    ).toEqual(new Set(['open', 'proposed']));
    for (const x of pop.allegations) {
      const history = pop.revisions.filter((r) => r.entityId === x.id);
      expect(history.map((r) => r.version)).toEqual(Array.from({ length: x.version }, (_, i) => i + 1));
      const expected = { open: ['created'], proposed: ['created', 'disposition_proposed'] }[
        x.dispositionState as 'open'
      ] ?? ['created', 'disposition_proposed', `disposition_${x.dispositionState}`];
      expect(history.map((r) => r.change)).toEqual(expected);
      if (x.dispositionState === 'approved') expect(x.reviewedBy).toBe(staff(3).id);
      if (x.dispositionState !== 'open')
        expect(x.disposition && x.dispositionRationale && x.proposedBy).toBeTruthy();
    }
  });

  it('records contacts of every kind, and youth with sensitive values the API schemas accept', () => {
    expect(new Set(pop.contacts.map((c) => c.kind))).toEqual(new Set(CONTACT_KINDS));
    for (const r of pop.revisions.filter((x) => x.entityType === 'contact'))
      expect(() => contactInput.parse(r.data)).not.toThrow();
    for (const y of pop.youth) {
      sensitiveValues.identifiers.parse({ phones: y.phones, handles: y.handles });
      sensitiveValues.tattoos.parse({ tattoos: y.tattoos });
      sensitiveValues.sogie.parse({
        genderIdentity: y.genderIdentity,
        sexualOrientation: y.sexualOrientation,
        genderExpression: y.genderExpression,
        pronouns: y.pronouns,
      });
      sensitiveValues.immigration.parse({
        citizenshipStatus: y.citizenshipStatus,
        immigrationNotes: y.immigrationNotes,
      });
    }
    const some = (f: (y: (typeof pop.youth)[number]) => boolean) => pop.youth.filter(f).length;
    expect(some((y) => isForeignNational(y.citizenshipStatus as CitizenshipStatus) === true)).toBeGreaterThan(
      10,
    );
    expect(some((y) => y.genderIdentity !== null)).toBeGreaterThan(50);
    expect(some((y) => y.tattoos.length > 0)).toBeGreaterThan(10);
    expect(some((y) => y.handles.length > 0)).toBeGreaterThan(50);
  });
});

describe('insertPopulation and the demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  const count = async (table: string, jurisdictions: number[]) => {
    const res = await inScope(
      t.services.database.db,
      { jurisdictionIds: jurisdictions, system: false },
      (tx) => tx.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`),
    );
    return Number(res.rows[0]!.n);
  };
  const TABLES: Record<keyof PopulationChunk, string> = {
    youth: 'youth',
    persons: 'persons_of_interest',
    identifiers: 'identifiers',
    reports: 'reports',
    allegations: 'allegations',
    links: 'person_of_interest_links',
    contacts: 'contacts',
    revisions: 'record_revisions',
  };

  it('writes every row under row-level security, in batches, and the rows read back as generated', async () => {
    const s = t.services;
    const counties = ['CA-MARIN', 'CA-NAPA'].map((c) => jurisdictionId(s, c));
    const worker = await createUser(s, { role: 'social_worker', county: 'CA-MARIN' });
    const supervisor = await createUser(s, { role: 'supervisor', county: 'CA-MARIN' });
    const rows = collectPopulation({
      seed: 'insert-test',
      youth: 120,
      end: END,
      jurisdictions: [
        {
          id: counties[0]!,
          code: 'CA-MARIN',
          workers: [{ id: worker.id, name: 'W' }],
          supervisors: [{ id: supervisor.id, name: 'S' }],
        },
        { id: counties[1]!, code: 'CA-NAPA' },
      ],
    });
    const totals = await inScope(s.database.db, { jurisdictionIds: counties, system: false }, (tx) =>
      insertPopulation(tx, rows, { batchSize: 37 }),
    );
    expect(totals).toEqual(countRows(rows));
    for (const [key, table] of Object.entries(TABLES))
      expect(await count(table, counties), table).toBe(rows[key as keyof PopulationChunk].length);
    const sample = rows.allegations.find((a) => a.exploitation && a.dispositionState === 'approved')!;
    const back = await inScope(s.database.db, { jurisdictionIds: counties, system: false }, (tx) =>
      tx.execute(sql`select exploitation, version, reviewed_by from allegations where id = ${sample.id}`),
    );
    const row = back.rows[0]!;
    const json = typeof row.exploitation === 'string' ? JSON.parse(row.exploitation) : row.exploitation;
    expect(json).toEqual(sample.exploitation);
    expect([Number(row.version), row.reviewed_by]).toEqual([3, supervisor.id]);
  });

  it('refuses rows outside the transaction scope (row-level security)', async () => {
    const s = t.services;
    const rows = collectPopulation({
      seed: 'rls',
      youth: 3,
      end: END,
      jurisdictions: [{ id: jurisdictionId(s, 'CA-KERN'), code: 'CA-KERN' }],
    });
    await expect(
      inScope(s.database.db, { jurisdictionIds: [jurisdictionId(s, 'CA-MARIN')], system: false }, (tx) =>
        insertPopulation(tx, rows),
      ),
    ).rejects.toThrow();
    expect(await count('youth', [jurisdictionId(s, 'CA-KERN')])).toBe(0);
  });

  it('seeds the demo counties once: reports for the demo workers, proposals awaiting the supervisor', async () => {
    const s = t.services;
    const first = await seedDemo(s, TEST_PASSWORD);
    expect(first.population!.youth).toBe(DEMO_POPULATION.reduce((n, p) => n + p.youth, 0));
    const alameda = jurisdictionId(s, 'CA-ALAMEDA');
    const tulare = jurisdictionId(s, 'CA-TULARE');
    expect(await count('youth', [alameda])).toBe(240);
    expect(await count('youth', [tulare])).toBe(60);
    const again = await seedDemo(s, TEST_PASSWORD);
    expect(again).toEqual({ created: 0, updated: 0, population: null });
    expect(await count('youth', [alameda, tulare])).toBe(300);
    const res = await inScope(s.database.db, { jurisdictionIds: [alameda], system: false }, (tx) =>
      tx.execute(sql`
        select
          (select count(*)::int from reports r join users u on u.id = r.assigned_worker_id
            where u.email = 'worker.alameda@demo.lantern.test') as worker_reports,
          (select count(*)::int from reports) as reports,
          (select count(*)::int from allegations where disposition_state = 'proposed') as proposed,
          (select count(*)::int from allegations a join users u on u.id = a.reviewed_by
            where u.email = 'supervisor.alameda@demo.lantern.test') as reviewed`),
    );
    const r = res.rows[0]!;
    expect(Number(r.worker_reports)).toBe(Number(r.reports));
    expect(Number(r.proposed)).toBeGreaterThan(0);
    expect(Number(r.reviewed)).toBeGreaterThan(0);
    const audit = await s.database.db.execute(
      sql`select meta from audit_events where action = 'demo.seed' order by seq`,
    );
    const metas = audit.rows.map((x) => (typeof x.meta === 'string' ? JSON.parse(x.meta) : x.meta));
    expect(metas).toHaveLength(1);
    expect(metas[0].population.allegations).toBe(first.population!.allegations);
  });
});
