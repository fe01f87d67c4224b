/**
 * Demo screenings: at-risk and red-flags screenings (and return-from-runaway, when that instrument exists) for
 * some of Alameda's synthetic youth, at intake and on return from running away, with findings for every form
 * of trafficking, co-occurring forms, unknown and declined answers, and one screening amended after a
 * follow-up conversation. Deterministic: each scenario picks its indicators with its own seeded random
 * source, and its youth by id (the population's ids are seeded too). The answers are checked and evaluated
 * by the domain, exactly as the API does, so every result is a real one.
 */
import { sql } from 'drizzle-orm';
import { checkAnswers, type Answers, type AnswerValue } from '../../domain/identification/answers';
import { evaluate } from '../../domain/identification/evaluate';
import type { Form, ScreeningContext } from '../../domain/identification/forms';
import { ANSWERABLE, items as allItems, type Instrument } from '../../domain/identification/instrument';
import type { Evaluation } from '../../domain/identification/result';
import { visibility } from '../../domain/identification/visibility';
import type { Services } from '../platform/context';
import type { Tx } from '../platform/db';
import { builtin } from '../modules/instruments/instruments.content';
import { revisionData } from '../modules/screenings/screenings.repository';
import { ageOn } from '../modules/youth/youth.view';
import { DAY } from './population-dates';
import { Rng } from './population-random';
import type { StaffRef } from './population-types';

/** What a scenario documents: indicators per form, and answers for the items bound to facts. */
export interface DemoScenario {
  instrument: string;
  context: ScreeningContext;
  language: 'en' | 'es';
  daysAgo: number;
  /** How many indicators of each form are "yes" (picked among the items that signal it). */
  indicators?: Partial<Record<Form, number>>;
  /** Item keys answered "yes" (at-risk has no signals), "unknown" or "declined". */
  yes?: string[];
  unknown?: string[];
  declined?: string[];
  /** Answers for fact-bound items, by fact path (facts.ts FACT_BINDINGS). */
  facts?: Record<string, AnswerValue>;
  /** A correction made two days later: more facts, and why. */
  amend?: { facts: Record<string, AnswerValue>; reason: string };
}

const story = {
  sex: { commercialSex: 'yes', valueExchanged: ['shelter', 'food'], parentRole: 'not_involved' },
  criminal: {
    laborOrServices: 'yes',
    laborKind: 'illicit',
    beneficiary: 'third_party',
    means: ['debt_bondage', 'threats_to_youth'],
  },
  work: {
    laborOrServices: 'yes',
    laborKind: 'informal',
    beneficiary: 'parent_or_guardian',
    'employment.underMinimumAge': 'yes',
    'employment.unpaidOrUnderpaid': 'yes',
    means: 'unknown',
    parentRole: 'exploiter',
  },
} satisfies Record<string, Record<string, AnswerValue>>;

export const DEMO_SCENARIOS: DemoScenario[] = [
  { instrument: 'at-risk', context: 'intake', language: 'en', daysAgo: 40, yes: ['controlled_or_groomed'] },
  {
    instrument: 'at-risk',
    context: 'intake',
    language: 'es',
    daysAgo: 33,
    yes: ['runaway_or_unstable_housing', 'poverty', 'homeless_or_runaway'],
    unknown: ['law_enforcement_involvement'],
  },
  { instrument: 'at-risk', context: 'periodic', language: 'en', daysAgo: 12, unknown: ['unstable_family'] },
  {
    instrument: 'red-flags',
    context: 'intake',
    language: 'en',
    daysAgo: 30,
    indicators: { sex_trafficking: 4 },
    declined: ['older_partner'],
    facts: { ...story.sex, laborOrServices: 'no' },
  },
  {
    instrument: 'red-flags',
    context: 'return_from_runaway',
    language: 'en',
    daysAgo: 21,
    indicators: { labor_criminal: 3 },
    facts: { commercialSex: 'no', ...story.criminal, parentRole: 'not_involved' },
  },
  {
    instrument: 'red-flags',
    context: 'intake',
    language: 'es',
    daysAgo: 18,
    indicators: { labor_exploiting: 3 },
    facts: { commercialSex: 'no', ...story.work },
  },
  {
    instrument: 'red-flags',
    context: 'return_from_runaway',
    language: 'en',
    daysAgo: 9,
    indicators: { sex_trafficking: 3, labor_criminal: 2 },
    facts: { ...story.sex, ...story.criminal },
  },
  {
    instrument: 'red-flags',
    context: 'return_from_runaway',
    language: 'en',
    daysAgo: 6,
    indicators: { sex_trafficking: 2 },
    facts: { commercialSex: 'unknown', laborOrServices: 'no' },
    amend: {
      facts: { ...story.sex, laborOrServices: 'no' },
      reason: 'The youth told the advocate about exchanging sex for a place to stay.',
    },
  },
  {
    instrument: 'return-from-runaway',
    context: 'return_from_runaway',
    language: 'en',
    daysAgo: 3,
    indicators: { sex_trafficking: 2, labor_exploiting: 1 },
    facts: { ...story.sex, laborOrServices: 'no' },
  },
];

/** Answers that fit the instrument: the scenario's, "no" or "unknown" for the other required items. */
export function scenarioAnswers(inst: Instrument, s: DemoScenario, seed: string, facts = s.facts): Answers {
  const list = allItems(inst).filter(ANSWERABLE);
  const r = new Rng(seed);
  const yes = new Set(s.yes);
  for (const [form, count] of Object.entries(s.indicators ?? {}))
    r.sample(
      list.filter((i) => i.signals.includes(form as Form) && !i.fact && !yes.has(i.key)),
      count,
    ).forEach((i) => yes.add(i.key));
  const answers: Answers = {};
  for (const item of list) {
    const fact = item.fact === undefined ? undefined : facts?.[item.fact];
    if (fact !== undefined) {
      const options = new Set((item.options ?? []).map((o) => o.key));
      answers[item.key] = Array.isArray(fact) ? fact.filter((o) => options.has(o)) : fact;
    } else if (yes.has(item.key)) answers[item.key] = 'yes';
    else if (s.unknown?.includes(item.key)) answers[item.key] = 'unknown';
    else if (s.declined?.includes(item.key)) answers[item.key] = 'declined';
    else if (item.required) answers[item.key] = item.type === 'yes_no' ? 'no' : 'unknown';
  }
  const shown = visibility(inst, answers);
  for (const key of Object.keys(answers)) if (!shown.has(key)) delete answers[key];
  return answers;
}

function checked(inst: Instrument, answers: Answers, age: number | null, what: string): Evaluation {
  const problems = checkAnswers(inst, answers, { today: new Date().toISOString().slice(0, 10) });
  if (problems.length)
    throw new Error(
      `${what} does not fit ${inst.key} v${inst.version}: ${problems.map((p) => p.message).join('; ')}`,
    );
  return evaluate(inst, answers, { age });
}

const json = (v: unknown) => JSON.stringify(v);

async function revision(
  tx: Tx,
  v: { jurisdictionId: number; id: string; version: number; change: string; reason: string | null },
  data: { answers: Answers; result: Evaluation },
  by: StaffRef,
  at: string,
) {
  await tx.execute(sql`
    insert into record_revisions (jurisdiction_id, entity_type, entity_id, version, change, reason, data, actor_id, actor_name, created_at)
    values (${v.jurisdictionId}, 'screening', ${v.id}, ${v.version}, ${v.change}, ${v.reason},
            ${json(revisionData(data))}::jsonb, ${by.id}, ${by.name}, ${at})`);
}

/**
 * Adds the demo screenings to a county that has none yet (so it runs once, and also on a demo database made
 * before screenings existed). Returns how many it added.
 */
export async function seedScreenings(tx: Tx, jurisdictionId: number, worker: StaffRef, now = Date.now()) {
  const existing = await tx.execute(
    sql`select exists (select 1 from screenings where jurisdiction_id = ${jurisdictionId}) as present`,
  );
  if (existing.rows[0]!.present) return 0;
  const scenarios = DEMO_SCENARIOS.flatMap((s) => {
    const inst = builtin(s.instrument);
    return inst ? [{ s, inst }] : [];
  });
  // Youth aged 12–17 by the time of the earliest screening, by id: the same youth on every run.
  const youth = await tx.execute(sql`
    select id, date_of_birth::text as dob from youth
    where jurisdiction_id = ${jurisdictionId} and date_of_birth is not null
      and date_of_birth between ${new Date(now - 17 * 365.25 * DAY).toISOString().slice(0, 10)}::date
                            and ${new Date(now - 13 * 365.25 * DAY).toISOString().slice(0, 10)}::date
    order by id limit ${scenarios.length}`);
  let added = 0;
  for (const [i, { s, inst }] of scenarios.entries()) {
    const y = youth.rows[i];
    if (!y) break;
    const at = new Date(now - s.daysAgo * DAY);
    const age = ageOn(String(y.dob), at);
    const what = `Demo screening ${i + 1} (${s.instrument})`;
    const answers = scenarioAnswers(inst, s, `lantern-demo-screening-${i}`);
    const result = checked(inst, answers, age, what);
    const amended = s.amend && scenarioAnswers(inst, s, `lantern-demo-screening-${i}`, s.amend.facts);
    const final = amended
      ? { answers: amended, result: checked(inst, amended, age, `${what}, amended`) }
      : null;
    const amendedAt = new Date(at.getTime() + 2 * DAY).toISOString();
    const res = await tx.execute(sql`
      insert into screenings (jurisdiction_id, youth_id, instrument_key, instrument_version, instrument_origin,
                              context, language, screened_at, answers, result, screened_by, created_at, updated_at, version)
      values (${jurisdictionId}, ${String(y.id)}, ${inst.key}, ${inst.version}, 'builtin', ${s.context}, ${s.language},
              ${at.toISOString()}, ${json(final?.answers ?? answers)}::jsonb, ${json(final?.result ?? result)}::jsonb,
              ${worker.id}, ${at.toISOString()}, ${final ? amendedAt : at.toISOString()}, ${final ? 2 : 1})
      returning id`);
    const ref = { jurisdictionId, id: String(res.rows[0]!.id) };
    await revision(
      tx,
      { ...ref, version: 1, change: 'created', reason: null },
      { answers, result },
      worker,
      at.toISOString(),
    );
    if (final)
      await revision(
        tx,
        { ...ref, version: 2, change: 'amended', reason: s.amend!.reason },
        final,
        worker,
        amendedAt,
      );
    added++;
  }
  return added;
}

/** The demo county that gets screenings, and who screened. */
export const DEMO_SCREENINGS = { county: 'CA-ALAMEDA', worker: 'worker.alameda@demo.lantern.test' };

/** The demo seed's entry point: Alameda's screenings, by its demo worker (0 when already there). */
export async function seedDemoScreenings(tx: Tx, services: Services): Promise<number> {
  const county = services.tree.all().find((j) => j.code === DEMO_SCREENINGS.county);
  if (!county)
    throw new Error(`Jurisdiction ${DEMO_SCREENINGS.county} is missing from content/jurisdictions.`);
  const res = await tx.execute(
    sql`select id, display_name from users where lower(email) = ${DEMO_SCREENINGS.worker}`,
  );
  const w = res.rows[0];
  if (!w) throw new Error(`The demo account ${DEMO_SCREENINGS.worker} is missing.`);
  return seedScreenings(tx, county.id, { id: String(w.id), name: String(w.display_name) });
}
