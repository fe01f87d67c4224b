/**
 * Properties of the determination engine over generated facts: every means code, every value kind, ages
 * 0–25, non-minor dependents, and any fact unknown. Statuses are ordered not_met < possible < met.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { facts as makeFacts } from '../../../test/fixtures/identification/examples';
import { ALL_MEANS, PARENT_ROLES, type Means } from '../record/vocabulary';
import { determine, type Determination, type DeterminationKey, type Status } from './determine';
import {
  BENEFICIARIES,
  EMPLOYMENT_FACTS,
  LABOR_KINDS,
  VALUE_KINDS,
  factsSchema,
  type EmploymentFact,
  type Facts,
  type Tri,
} from './facts';

const LABOR: DeterminationKey[] = [
  'labor_trafficking_exploiting_labor',
  'labor_trafficking_criminal_activity',
];
const TRAFFICKING: DeterminationKey[] = ['sex_trafficking', ...LABOR];
const RANK: Record<Status, number> = { not_met: 0, possible: 1, met: 2 };

const tri = fc.constantFrom<Tri>(true, false, null);
const means = fc.constantFrom(...ALL_MEANS);
const employment = fc.record(
  Object.fromEntries(EMPLOYMENT_FACTS.map((k) => [k, tri])) as Record<EmploymentFact, typeof tri>,
);

/** A non-minor dependent is 18–21: facts saying otherwise are brought in line (age wins in the engine). */
function consistent(f: Facts): Facts {
  const adultDependentAge = f.age === null || (f.age >= 18 && f.age <= 21);
  return f.nonMinorDependent === true && !adultDependentAge ? { ...f, nonMinorDependent: false } : f;
}

/** Any facts the schema accepts. */
const anyFacts: fc.Arbitrary<Facts> = fc
  .record({
    age: fc.option(fc.integer({ min: 0, max: 25 }), { nil: null }),
    nonMinorDependent: tri,
    commercialSex: tri,
    valueExchanged: fc.shuffledSubarray([...VALUE_KINDS]),
    laborOrServices: tri,
    laborKind: fc.constantFrom(null, ...LABOR_KINDS),
    industry: fc.constantFrom(null, 'domestic_work', 'drug_cultivation', 'traveling_sales_crews'),
    means: fc.oneof(fc.constant<Means[]>([]), fc.shuffledSubarray([...ALL_MEANS], { maxLength: 4 })),
    meansPresent: tri,
    beneficiary: fc.constantFrom(null, ...BENEFICIARIES),
    employment,
    parentRole: fc.constantFrom(...PARENT_ROLES),
  })
  .map(consistent);

const statusOf = (f: Facts, key: DeterminationKey): Status =>
  determine(f).determinations.find((d) => d.key === key)!.status;
const statuses = (f: Facts) =>
  Object.fromEntries(determine(f).determinations.map((d) => [d.key, d.status])) as Record<
    DeterminationKey,
    Status
  >;

describe('determine: properties', () => {
  test('generated facts are valid input', () => {
    fc.assert(
      fc.property(anyFacts, (f) => {
        expect(factsSchema.safeParse(f).success).toBe(true);
      }),
    );
  });

  test('no labor trafficking (either sub-type) is met or possible when force, fraud and coercion are known absent', () => {
    fc.assert(
      fc.property(anyFacts, (f) => {
        const r = determine({ ...f, means: [], meansPresent: false });
        for (const d of r.determinations.filter((x) => LABOR.includes(x.key))) {
          expect(d.status, d.key).toBe('not_met');
          expect(d.hotline, d.key).toBe(false);
        }
      }),
    );
  });

  test("a minor's commercial sex act is sex trafficking, met, with a hotline report, whatever else is true", () => {
    fc.assert(
      fc.property(anyFacts, fc.integer({ min: 0, max: 17 }), (f, age) => {
        const d = determine({ ...f, age, commercialSex: true }).determinations[0]!;
        expect(d.key).toBe('sex_trafficking');
        expect(d.status).toBe('met');
        expect(d.hotline).toBe(true);
        expect(d.elements.find((e) => e.element === 'force_fraud_coercion')?.state).toBe('not_required');
      }),
    );
  });

  test('adding force, fraud or coercion never lowers a trafficking determination', () => {
    fc.assert(
      fc.property(anyFacts, means, (f, m) => {
        const before = statuses(f);
        const after = statuses({ ...f, means: [...f.means, m] });
        for (const key of TRAFFICKING)
          expect(RANK[after[key]], key).toBeGreaterThanOrEqual(RANK[before[key]]);
      }),
    );
  });

  test('sex trafficking and labor trafficking are decided each on its own: both can be met at once', () => {
    fc.assert(
      fc.property(
        anyFacts,
        fc.integer({ min: 0, max: 17 }),
        fc.shuffledSubarray([...ALL_MEANS], { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...LABOR_KINDS),
        fc.constantFrom('third_party', 'parent_or_guardian' as const),
        (f, age, m, kind, beneficiary) => {
          const s = statuses({
            ...f,
            age,
            commercialSex: true,
            laborOrServices: true,
            laborKind: kind,
            means: m,
            beneficiary,
          });
          expect(s.sex_trafficking).toBe('met');
          const labor =
            kind === 'illicit' ? s.labor_trafficking_criminal_activity : s.labor_trafficking_exploiting_labor;
          expect(labor).toBe('met');
          expect(s.none).toBe('not_met');
        },
      ),
    );
  });

  test('results do not depend on the order of the facts given', () => {
    const shuffledKeys = <T extends object>(o: T, order: number[]): T => {
      const entries = Object.entries(o);
      return Object.fromEntries(order.map((i) => entries[i % entries.length]!)) as T;
    };
    fc.assert(
      fc.property(anyFacts, fc.func(fc.integer()), (f, rand) => {
        const shuffle = <T>(xs: T[]) =>
          xs
            .map((x, i) => ({ x, k: rand(i) }))
            .sort((a, b) => a.k - b.k)
            .map((p) => p.x);
        const keys = (n: number) => shuffle([...Array(n).keys()]);
        const reordered: Facts = shuffledKeys(
          {
            ...f,
            means: shuffle(f.means),
            valueExchanged: shuffle(f.valueExchanged),
            employment: shuffledKeys(f.employment, keys(EMPLOYMENT_FACTS.length)),
          },
          keys(Object.keys(f).length),
        );
        expect(JSON.stringify(determine(reordered))).toBe(JSON.stringify(determine(f)));
      }),
    );
  });

  test('"none" is met exactly when every other determination is not met', () => {
    fc.assert(
      fc.property(anyFacts, (f) => {
        const ds = determine(f).determinations;
        const others = ds.filter((d) => d.key !== 'none');
        const none = ds.find((d) => d.key === 'none')!;
        expect(none.status === 'met').toBe(others.every((d) => d.status === 'not_met'));
        expect(none.status === 'not_met').toBe(others.some((d) => d.status === 'met'));
      }),
    );
  });

  test('a met determination has every required element present; a not-met one has a required element absent', () => {
    const required = (d: Determination) => d.elements.filter((e) => e.required);
    fc.assert(
      fc.property(anyFacts, (f) => {
        for (const d of determine(f).determinations) {
          if (d.status === 'met')
            expect(
              required(d).every((e) => e.state === 'present'),
              `${d.key}: ${JSON.stringify(d.elements)}`,
            ).toBe(true);
          if (d.status === 'not_met')
            expect(
              required(d).some((e) => e.state === 'absent'),
              `${d.key}: ${JSON.stringify(d.elements)}`,
            ).toBe(true);
          for (const e of d.elements) if (e.state === 'not_required') expect(e.required).toBe(false);
        }
      }),
    );
  });
});

describe('determine: adults (non-minor dependents)', () => {
  const adult = anyFacts.chain((f) =>
    fc.integer({ min: 18, max: 21 }).map((age) => ({ ...f, age, nonMinorDependent: true as Tri })),
  );

  test('a commercial sex act without force, fraud or coercion is not sex trafficking; with any of them it is', () => {
    fc.assert(
      fc.property(adult, means, (f, m) => {
        const without = { ...f, commercialSex: true, means: [], meansPresent: false };
        expect(statusOf(without, 'sex_trafficking')).toBe('not_met');
        expect(statusOf({ ...without, means: [m] }, 'sex_trafficking')).toBe('met');
        expect(statusOf({ ...without, meansPresent: null }, 'sex_trafficking')).toBe('possible');
      }),
    );
  });

  test("an adult's labor trafficking needs the same elements as a minor's: age never changes it", () => {
    fc.assert(
      fc.property(adult, fc.integer({ min: 0, max: 17 }), (f, young) => {
        const grown = statuses(f);
        const minor = statuses({ ...f, age: young, nonMinorDependent: false });
        for (const key of LABOR) expect(grown[key], key).toBe(minor[key]);
      }),
    );
  });

  test('nothing is reported to the child protection hotline for an adult', () => {
    const knownAdult = fc.oneof(
      adult,
      anyFacts.map((f) => ({ ...f, age: null, nonMinorDependent: true as Tri })),
    );
    fc.assert(
      fc.property(knownAdult, (f) => {
        const r = determine(f);
        expect(r.minor).toBe(false);
        for (const d of r.determinations) expect(d.hotline, d.key).toBe(false);
        expect(r.determinations.find((d) => d.key === 'illegal_child_labor')!.status).toBe('not_met');
      }),
    );
  });
});

describe('determine: unknown facts (Kleene monotonicity)', () => {
  /** One unknown fact of `f` made known, in a way consistent with the rest; null when none is unknown. */
  const refine = (f: Facts): fc.Arbitrary<Facts> | null => {
    const options: fc.Arbitrary<Facts>[] = [];
    const known = fc.boolean();
    if (f.age === null) {
      const ages = f.nonMinorDependent === true ? { min: 18, max: 21 } : { min: 0, max: 25 };
      options.push(fc.integer(ages).map((age) => ({ ...f, age })));
    }
    if (f.nonMinorDependent === null) {
      const canBe = f.age === null || (f.age >= 18 && f.age <= 21) ? known : fc.constant(false);
      options.push(canBe.map((v) => ({ ...f, nonMinorDependent: v })));
    }
    for (const k of ['commercialSex', 'laborOrServices', 'meansPresent'] as const)
      if (f[k] === null) options.push(known.map((v) => ({ ...f, [k]: v })));
    if (f.means.length === 0 && f.meansPresent === null)
      options.push(means.map((m) => ({ ...f, means: [m] })));
    if (f.laborKind === null)
      options.push(fc.constantFrom(...LABOR_KINDS).map((laborKind) => ({ ...f, laborKind })));
    if (f.beneficiary === null)
      options.push(fc.constantFrom(...BENEFICIARIES).map((beneficiary) => ({ ...f, beneficiary })));
    for (const k of EMPLOYMENT_FACTS)
      if (f.employment[k] === null)
        options.push(known.map((v) => ({ ...f, employment: { ...f.employment, [k]: v } })));
    return options.length ? fc.oneof(...options) : null;
  };
  const pair = anyFacts.chain((f) => (refine(f) ?? fc.constant(f)).map((g) => [f, g] as const));

  test('making an unknown fact known moves only "possible" to "met" or "not met", never "met" or "not met" to anything else', () => {
    fc.assert(
      fc.property(pair, ([before, after]) => {
        const a = statuses(before);
        const b = statuses(after);
        for (const key of Object.keys(a) as DeterminationKey[])
          if (a[key] !== 'possible') expect(b[key], `${key}: ${JSON.stringify(after)}`).toBe(a[key]);
        const minor = determine(before).minor;
        if (minor !== null) expect(determine(after).minor).toBe(minor);
      }),
      { numRuns: 500 },
    );
  });

  test('with every fact unknown, each determination is possible and the hotline is called for trafficking', () => {
    const r = determine(makeFacts());
    expect(r.minor).toBeNull();
    for (const d of r.determinations) {
      expect(d.status, d.key).toBe('possible');
      expect(d.hotline, d.key).toBe(TRAFFICKING.includes(d.key));
    }
  });
});
