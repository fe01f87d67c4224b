// Random inputs for bench/identification.ts: answer sets that fit an instrument (answers to items whose
// condition is false are removed, as a screening never holds them), and fact sets for the determination engine.
import type { Answers } from '../src/domain/identification/answers';
import {
  BENEFICIARIES,
  EMPLOYMENT_FACTS,
  LABOR_KINDS,
  VALUE_KINDS,
  type Facts,
} from '../src/domain/identification/facts';
import {
  ANSWERABLE,
  items as allItems,
  type Instrument,
  type Item,
} from '../src/domain/identification/instrument';
import { visibility } from '../src/domain/identification/visibility';
import { ALL_MEANS, PARENT_ROLES } from '../src/domain/record/vocabulary';
import type { Rng } from '../src/server/demo/population-random';

/** One random answer for an item: mostly "no", sometimes "yes", now and then unknown or declined. */
function randomAnswer(item: Item, r: Rng): Answers[string] | undefined {
  if (!item.required && r.chance(0.3)) return undefined;
  const x = r.next();
  if (x < 0.05) return 'unknown';
  if (x < 0.08) return 'declined';
  switch (item.type) {
    case 'yes_no':
      return r.chance(0.3) ? 'yes' : 'no';
    case 'single':
      return r.pick(item.options!).key;
    case 'multi':
      return r.sample(item.options!, r.int(0, 3)).map((o) => o.key);
    case 'number':
      return r.int(item.min!, item.max!);
    case 'date':
      return `20${r.int(15, 24)}-0${r.int(1, 9)}-1${r.int(0, 9)}`;
    default:
      return `Synthetic note ${r.int(1, 999)}`;
  }
}

/** Random answers that fit the instrument: answers to items whose condition is false are removed. */
export function randomAnswers(inst: Instrument, r: Rng): Answers {
  const answers: Answers = {};
  for (const item of allItems(inst).filter(ANSWERABLE)) {
    const v = randomAnswer(item, r);
    if (v !== undefined) answers[item.key] = v;
  }
  for (;;) {
    const shown = visibility(inst, answers);
    const hidden = Object.keys(answers).filter((k) => !shown.has(k));
    if (hidden.length === 0) return answers;
    for (const k of hidden) delete answers[k];
  }
}

const tri = (r: Rng) => r.pick([true, false, null] as const);
export function randomFacts(r: Rng): Facts {
  return {
    age: r.chance(0.8) ? r.int(10, 21) : null,
    nonMinorDependent: tri(r),
    commercialSex: tri(r),
    valueExchanged: r.sample(VALUE_KINDS, r.int(0, 2)),
    laborOrServices: tri(r),
    laborKind: r.chance(0.7) ? r.pick(LABOR_KINDS) : null,
    industry: null,
    means: r.sample(ALL_MEANS, r.int(0, 3)),
    meansPresent: tri(r),
    beneficiary: r.chance(0.7) ? r.pick(BENEFICIARIES) : null,
    employment: Object.fromEntries(EMPLOYMENT_FACTS.map((f) => [f, tri(r)])) as Facts['employment'],
    parentRole: r.pick(PARENT_ROLES),
  };
}
