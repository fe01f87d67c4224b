/**
 * A synthetic population for the demo seed and the record benchmark: youth with their identifiers, reports,
 * allegations of every category (every form of exploitation, often more than one for the same youth, each
 * with its facts), persons of interest shared between youth, contacts and the revision history. Deterministic:
 * the same options give the same rows, on any machine. Nothing here is a real person — names are invented
 * (population-pools.ts) and places, schools and organisations say "Demo".
 *
 * `generatePopulation` yields the rows in chunks (a few hundred youth at a time, with everything about them),
 * so a benchmark can stream half a million youth without holding them; `insertPopulation`
 * (population-insert.ts) writes chunks with a few multi-row statements each.
 */
import { foldName, normaliseHandle, normalisePhone, searchNames } from '../../domain/record/normalise';
import { youthSearchNames } from '../modules/youth/youth.view';
import {
  CITIZENSHIP_STATUSES,
  DEPENDENCY_STATUSES,
  GENDER_EXPRESSIONS,
  PLACEMENT_STATUSES,
  PROBATION_STATUSES,
  RACE_ETHNICITIES,
  SEXUAL_ORIENTATIONS,
  SOCIAL_PLATFORMS,
  type ExploitationSubcategory,
} from '../../domain/record/vocabulary';
import {
  COUNTRIES_OF_BIRTH,
  FIRST_NAMES,
  LANGUAGE_SETS,
  PERSON_MONIKERS,
  SCHOOL_KINDS,
  GIVEN_ENDS,
  GIVEN_STARTS,
  SURNAME_ENDINGS,
  SURNAME_LINKS,
  SURNAME_STEMS,
  TATTOOS,
  BODY_LOCATIONS,
  YOUTH_MONIKERS,
} from './population-pools';
import { Rng } from './population-random';
import { ageAt, DAY, dayStart, HOUR, isoDay, isoTime } from './population-dates';
import { youthRecord, type YouthPlan } from './population-record';
import type { GenContext, PersonRow, PopulationChunk, PopulationOptions, YouthRow } from './population-types';

export type * from './population-types';
export { ageAt, isoDay } from './population-dates';
export { insertPopulation, type InsertOptions } from './population-insert';

const AGE_AT_FIRST_REPORT = {
  10: 2,
  11: 4,
  12: 7,
  13: 11,
  14: 15,
  15: 17,
  16: 17,
  17: 14,
  18: 8,
  19: 3,
  20: 2,
};
const FORM_WEIGHTS: Partial<Record<ExploitationSubcategory, number>> = {
  commercial_sexual_exploitation: 55,
  involving_child_in_criminal_activity: 20,
  exploiting_childs_labor: 18,
  other_exploitation: 7,
};
/** Co-occurring forms: the pairs the research says matter most (sex + forced criminality, sex + labor). */
const CO_OCCURRING: [ExploitationSubcategory, ExploitationSubcategory][] = [
  ['commercial_sexual_exploitation', 'involving_child_in_criminal_activity'],
  ['commercial_sexual_exploitation', 'exploiting_childs_labor'],
  ['exploiting_childs_labor', 'involving_child_in_criminal_activity'],
  ['commercial_sexual_exploitation', 'other_exploitation'],
];
/** How a shared exploiter relates to the youth, by the form of exploitation. */
const SHARED_RELATIONSHIP: Record<ExploitationSubcategory, Record<string, number>> = {
  commercial_sexual_exploitation: {
    intimate_partner: 40,
    gang_member: 20,
    dealer_or_substance_provider: 15,
    peer: 15,
    other: 10,
  },
  exploiting_childs_labor: { employer_or_recruiter: 65, smuggler: 20, landlord: 15 },
  involving_child_in_criminal_activity: { gang_member: 50, dealer_or_substance_provider: 30, peer: 20 },
  other_exploitation: { other: 100 },
};
const AREA_CODES = ['510', '559', '209', '213', '619', '916', '707', '831', '925', '408'];

function surname(r: Rng): string {
  const one = () => r.pick(SURNAME_STEMS) + r.pick(SURNAME_LINKS) + r.pick(SURNAME_ENDINGS);
  return r.chance(0.08) ? `${one()}-${one()}` : one();
}

function givenName(r: Rng): string {
  return r.chance(0.35) ? r.pick(FIRST_NAMES) : r.pick(GIVEN_STARTS) + r.pick(GIVEN_ENDS);
}

function phone(r: Rng, area: string): string {
  const n = String(r.int(0, 9999)).padStart(4, '0');
  return r.chance(0.5) ? `(${area}) 555-${n}` : `${area}-555-${n}`;
}

function handle(r: Rng, base: string): { platform: (typeof SOCIAL_PLATFORMS)[number]; handle: string } {
  const platform = r.pick(['instagram', 'snapchat', 'tiktok', 'discord', 'whatsapp', 'facebook'] as const);
  return { platform, handle: `@demo_${foldName(base).replace(/ /g, '')}${r.int(1, 999)}` };
}

/** Youth profile: names, date of birth from the age at the first report, and the sensitive groups. */
function makeYouth(c: GenContext, firstReportMs: number, ageAtFirst: number): YouthRow {
  const { r } = c;
  const first = givenName(r);
  const middle = r.chance(0.4) ? givenName(r) : null;
  const last = surname(r);
  const preferred = r.chance(0.12) ? givenName(r) : null;
  const otherNames: YouthRow['otherNames'] = [];
  if (r.chance(0.18)) otherNames.push({ kind: 'moniker', name: r.pick(YOUTH_MONIKERS) });
  if (r.chance(0.1)) otherNames.push({ kind: 'aka', name: `${givenName(r)} ${surname(r)}` });
  // Born so that the youth is exactly `ageAtFirst` on the day of the first report.
  const birth = new Date(firstReportMs);
  birth.setUTCFullYear(birth.getUTCFullYear() - ageAtFirst);
  const dateOfBirth = isoDay(birth.getTime() - r.int(1, 360) * DAY);
  const gender = r.weighted({ female: 64, male: 31, nonbinary: 3, unknown: 2 } as const);
  const langs = r.weighted(
    Object.fromEntries(LANGUAGE_SETS.map((l, i) => [i, l.weight])) as Record<number, number>,
  );
  const langSet = LANGUAGE_SETS[Number(langs)]!;
  const citizenship = r.chance(0.72)
    ? r.weighted({
        us_citizen: 70,
        lawful_permanent_resident: 8,
        visa_holder: 3,
        refugee_or_asylee: 2,
        pending_application: 4,
        undocumented: 8,
        other: 1,
        unknown: 4,
      } satisfies Partial<Record<(typeof CITIZENSHIP_STATUSES)[number], number>>)
    : null;
  const foreignBorn = citizenship !== null && citizenship !== 'us_citizen' && citizenship !== 'unknown';
  const sogie = r.chance(0.4);
  const phones: YouthRow['phones'] = [];
  if (r.chance(0.6)) phones.push({ number: phone(r, c.area), label: 'Mobile' });
  if (r.chance(0.12)) phones.push({ number: phone(r, c.area), label: 'Second phone' });
  const handles: YouthRow['handles'] = [];
  if (r.chance(0.4)) handles.push(handle(r, otherNames[0]?.name ?? first));
  const tattoos: YouthRow['tattoos'] = r.chance(0.12)
    ? r.sample(TATTOOS, r.int(1, 2)).map((t) => ({
        description: t.description,
        bodyLocation: r.pick(BODY_LOCATIONS),
        origin: t.origin,
        whereObtained: r.chance(0.5) ? 'Demo tattoo shop (synthetic)' : null,
      }))
    : [];
  const createdMs = Math.min(firstReportMs + 5 * 60_000, c.endMs);
  return {
    id: r.uuid(),
    jurisdictionId: c.jurisdictionId,
    legalFirstName: first,
    legalMiddleName: middle,
    legalLastName: last,
    preferredName: preferred,
    otherNames,
    dateOfBirth,
    dobEstimated: r.chance(0.05),
    gender,
    raceEthnicity: r.chance(0.15) ? r.sample(RACE_ETHNICITIES.slice(0, 8), 2) : [r.pick(RACE_ETHNICITIES)],
    tribalAffiliation: r.chance(0.03) ? 'Demo Tribal Nation (synthetic)' : null,
    languages: [...langSet.languages],
    interpreterNeeded: langSet.interpreter,
    countryOfBirth: foreignBorn ? r.pick(COUNTRIES_OF_BIRTH) : citizenship ? 'United States' : null,
    school: r.chance(0.7) ? `Demo ${r.pick(SCHOOL_KINDS)} No. ${r.int(1, 40)}` : null,
    dependencyStatus: r.pick(DEPENDENCY_STATUSES),
    probationStatus: r.weighted({
      none: 60,
      ward: 10,
      dual_status: 8,
      informal_probation: 7,
      unknown: 15,
    } satisfies Partial<Record<(typeof PROBATION_STATUSES)[number], number>>),
    placementStatus: r.pick(PLACEMENT_STATUSES),
    citizenshipStatus: citizenship,
    immigrationNotes:
      foreignBorn && r.chance(0.5) ? 'Synthetic note: immigration legal services referral discussed.' : null,
    genderIdentity: sogie
      ? gender === 'female'
        ? r.weighted({ woman: 85, transgender_woman: 4, questioning: 5, declined: 6 })
        : gender === 'male'
          ? r.weighted({ man: 85, transgender_man: 4, questioning: 5, declined: 6 })
          : r.weighted({ nonbinary: 60, genderqueer_or_gender_fluid: 30, declined: 10 })
      : null,
    sexualOrientation: sogie ? r.pick(SEXUAL_ORIENTATIONS) : null,
    genderExpression: sogie ? r.pick(GENDER_EXPRESSIONS) : null,
    pronouns: sogie ? (gender === 'female' ? 'she/her' : gender === 'male' ? 'he/him' : 'they/them') : null,
    tattoos,
    phones,
    handles,
    searchNames: '',
    createdBy: c.workers.length ? r.pick(c.workers).id : null,
    createdAt: isoTime(createdMs),
    updatedAt: isoTime(createdMs),
  };
}

function makePerson(c: GenContext, createdMs: number): PersonRow {
  const { r } = c;
  const names: PersonRow['names'] = [];
  if (r.chance(0.7)) names.push({ kind: 'name', name: `${givenName(r)} ${surname(r)}` });
  if (r.chance(0.8) || names.length === 0) names.push({ kind: 'moniker', name: r.pick(PERSON_MONIKERS) });
  const phones = [{ number: phone(r, c.area), label: 'Known number' }];
  if (r.chance(0.3)) phones.push({ number: phone(r, r.pick(AREA_CODES)), label: 'Second number' });
  const handles = r.chance(0.5) ? [handle(r, names[names.length - 1]!.name)] : [];
  return {
    id: r.uuid(),
    jurisdictionId: c.jurisdictionId,
    names,
    approximateAge: r.chance(0.8) ? r.int(19, 45) : null,
    phones,
    handles,
    addresses: r.chance(0.4)
      ? [
          {
            line: `Demo Motel, Room ${r.int(1, 40)} (synthetic)`,
            city: c.countyName,
            state: 'CA',
            note: null,
          },
        ]
      : [],
    vehicles: r.chance(0.3)
      ? [{ description: r.pick(['Dark sedan (demo)', 'White van (demo)', 'Red pickup (demo)']), plate: null }]
      : [],
    notes: 'Synthetic demo person of interest.',
    searchNames: searchNames(names.map((n) => n.name)),
    createdBy: c.workers.length ? r.pick(c.workers).id : null,
    createdAt: isoTime(createdMs),
    updatedAt: isoTime(createdMs),
  };
}

/** The exploitation forms a youth experienced: none, one, or (for a meaningful share) two or three. */
function exploitationForms(r: Rng): ExploitationSubcategory[] {
  if (r.chance(0.3)) return [];
  if (r.chance(0.03))
    return [
      'commercial_sexual_exploitation',
      'exploiting_childs_labor',
      'involving_child_in_criminal_activity',
    ];
  if (r.chance(0.26)) return [...CO_OCCURRING[r.weighted({ 0: 45, 1: 30, 2: 20, 3: 5 })]!];
  return [r.weighted(FORM_WEIGHTS)];
}

/** Dates of the youth's reports: the first anywhere in the period (more in recent years), repeats later. */
function reportDates(c: GenContext): number[] {
  const { r } = c;
  const span = c.endMs - c.startMs;
  const first = c.startMs + Math.floor(Math.sqrt(r.next()) * span);
  const dates = [Math.floor(first / DAY) * DAY + r.int(7, 19) * HOUR];
  const extra = r.weighted({ 0: 62, 1: 24, 2: 9, 3: 5 });
  for (let i = 0; i < extra; i++) {
    const next = dates[dates.length - 1]! + r.int(20, 500) * DAY + r.int(0, 23) * HOUR;
    if (next > c.endMs) break;
    dates.push(next);
  }
  return dates.map((d) => Math.max(c.startMs, Math.min(d, c.endMs)));
}

function splitYouth(total: number, jurisdictions: PopulationOptions['jurisdictions']): number[] {
  const weights = jurisdictions.map((j) => j.weight ?? 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % counts.length, rest--) counts[i]!++;
  return counts;
}

function emptyChunk(): PopulationChunk {
  return {
    youth: [],
    identifiers: [],
    persons: [],
    reports: [],
    allegations: [],
    links: [],
    contacts: [],
    revisions: [],
  };
}

/** Generates one chunk: `count` youth of one jurisdiction, with everything about them. */
function generateChunk(c: GenContext, count: number): PopulationChunk {
  const { r } = c;
  const chunk = emptyChunk();
  const plans: YouthPlan[] = [];
  for (let i = 0; i < count; i++) {
    const dates = reportDates(c);
    let forms = exploitationForms(r);
    let ageAtFirst = Number(r.weighted(AGE_AT_FIRST_REPORT));
    if (forms.length && ageAtFirst < 11) ageAtFirst = 11;
    const youth = makeYouth(c, dates[0]!, ageAtFirst);
    // Every report falls between the youth's 10th and 21st birthdays.
    const reports = dates.filter((d) => ageAt(youth.dateOfBirth!, d) <= 20);
    if (forms.length && ageAt(youth.dateOfBirth!, reports[0]!) < 11) forms = [];
    plans.push({ youth, reportMs: reports, forms, person: null });
  }
  // Shared exploiters: youth with the same form are grouped 2–6 to a person of interest.
  for (const form of Object.keys(SHARED_RELATIONSHIP) as ExploitationSubcategory[]) {
    const wanting = plans.filter((p) => p.forms[0] === form && r.chance(0.55));
    // Groups of 2–6; a youth who would be left alone joins a smaller group (or is left without one).
    while (wanting.length >= 2) {
      let size = Math.min(wanting.length, r.int(2, 6));
      if (wanting.length - size === 1) size = size < 6 ? size + 1 : size - 1;
      const group = wanting.splice(0, size);
      const createdMs = Math.min(...group.map((p) => p.reportMs[0]!));
      const person = makePerson(c, createdMs);
      chunk.persons.push(person);
      const relationship = r.weighted(SHARED_RELATIONSHIP[form]);
      for (const p of group) {
        p.person = { row: person, relationship };
        // Some youth have the exploiter's number in their own phone: the network view links them by it.
        if (r.chance(0.35))
          p.youth.phones.push({ number: person.phones[0]!.number, label: 'Saved as a friend' });
        if (person.handles[0] && r.chance(0.1)) p.youth.handles.push({ ...person.handles[0] });
      }
    }
  }
  for (const p of plans) {
    p.youth.searchNames = youthSearchNames(p.youth);
    chunk.youth.push(p.youth);
    addIdentifiers(chunk, 'youth', p.youth.id, c.jurisdictionId, p.youth.phones, p.youth.handles);
    youthRecord(c, p, chunk);
  }
  for (const person of chunk.persons)
    addIdentifiers(chunk, 'person_of_interest', person.id, c.jurisdictionId, person.phones, person.handles);
  return chunk;
}

function addIdentifiers(
  chunk: PopulationChunk,
  subjectType: 'youth' | 'person_of_interest',
  subjectId: string,
  jurisdictionId: number,
  phones: { number: string }[],
  handles: { handle: string }[],
) {
  const seen = new Set<string>();
  const add = (kind: 'phone' | 'handle', value: string) => {
    if (!value || seen.has(`${kind}:${value}`)) return;
    seen.add(`${kind}:${value}`);
    chunk.identifiers.push({ jurisdictionId, subjectType, subjectId, kind, value });
  };
  for (const p of phones) add('phone', normalisePhone(p.number));
  for (const h of handles) add('handle', normaliseHandle(h.handle));
}

/**
 * The population, a chunk at a time. Youth are spread over the jurisdictions by `weight` (default equal);
 * each jurisdiction draws from its own random stream (seed + code), so a county's rows do not depend on which
 * other counties are generated with it.
 */
export function* generatePopulation(opts: PopulationOptions): Generator<PopulationChunk> {
  const startMs = dayStart(opts.start ?? '2021-01-01');
  // Everything happens before the start of the end day: never in the future, and the same rows all day.
  const endMs = dayStart(opts.end ?? isoDay(Date.now())) - 1;
  if (!(endMs > startMs)) throw new Error('The population needs an end date after its start date.');
  const chunkYouth = Math.max(1, opts.chunkYouth ?? 1000);
  const counts = splitYouth(opts.youth, opts.jurisdictions);
  for (const [i, j] of opts.jurisdictions.entries()) {
    const c: GenContext = {
      r: new Rng(`${opts.seed}:${j.code}`),
      jurisdictionId: j.id,
      countyName: j.name ?? j.code,
      area: AREA_CODES[
        [...j.code].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7) % AREA_CODES.length
      ]!,
      workers: j.workers ?? [],
      supervisors: j.supervisors ?? [],
      startMs,
      endMs,
    };
    for (let done = 0; done < counts[i]!; done += chunkYouth)
      yield generateChunk(c, Math.min(chunkYouth, counts[i]! - done));
  }
}

/** The whole population as one chunk (for the demo seed and tests; the benchmark streams instead). */
export function collectPopulation(opts: PopulationOptions): PopulationChunk {
  const all = emptyChunk();
  for (const chunk of generatePopulation(opts))
    for (const key of Object.keys(all) as (keyof PopulationChunk)[])
      for (const row of chunk[key]) (all[key] as unknown[]).push(row);
  return all;
}

export type PopulationCounts = Record<keyof PopulationChunk, number>;

export function countRows(chunk: PopulationChunk): PopulationCounts {
  return Object.fromEntries(
    Object.entries(chunk).map(([k, v]) => [k, (v as unknown[]).length]),
  ) as PopulationCounts;
}
