/**
 * Evaluating answers: the built-in at-risk instrument case by case, facts taken from bound items, and
 * three-valued rules over generated instruments (unknown is never "no").
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import atRiskRaw from '../../../content/instruments/at-risk/v1.json';
import { sampleInstrument } from '../../../test/fixtures/identification/examples';
import type { Answers } from './answers';
import { evaluate } from './evaluate';
import { items, type Expr } from './instrument';
import { loadInstrument } from './instrument.validate';
import { evaluationSchema } from './result';

const atRisk = loadInstrument(atRiskRaw, 'content/instruments/at-risk/v1.json');
/** Every item answered "no", then the given answers. */
const allNo = (given: Answers): Answers => ({
  ...Object.fromEntries(items(atRisk).map((i) => [i.key, 'no'])),
  ...given,
});
const rule = (answers: Answers, key: string) => evaluate(atRisk, answers).rules.find((r) => r.key === key)!;

describe('evaluate: the at-risk instrument', () => {
  test('any one of A–C alone: at risk of sexual exploitation, and so at increased risk of labor trafficking', () => {
    const answers = allNo({ controlled_or_groomed: 'yes' });
    const result = evaluate(atRisk, answers);
    expect(rule(answers, 'at_risk_cse')).toEqual({
      key: 'at_risk_cse',
      value: true,
      because: ['controlled_or_groomed'],
      open: [],
    });
    expect(rule(answers, 'increased_risk_labor')).toMatchObject({
      value: true,
      because: ['controlled_or_groomed'],
    });
    expect(result.outcomes).toEqual(['at_risk_cse', 'increased_risk_labor']);
    expect(result.actions).toEqual(['screen_red_flags', 'refer_advocacy', 'document']);
    expect(result.complete).toBe(true);
    expect(result.facts).toBeNull();
    expect(result.determination).toBeNull();
    expect(evaluationSchema.safeParse(result).success).toBe(true);
  });

  test('two of D–H: at risk, because of exactly those two answers', () => {
    const answers = allNo({ runaway_or_unstable_housing: 'yes', law_enforcement_involvement: 'yes' });
    expect(rule(answers, 'at_risk_cse')).toMatchObject({
      value: true,
      because: ['runaway_or_unstable_housing', 'law_enforcement_involvement'],
      open: [],
    });
    expect(rule(answers, 'increased_risk_labor').value).toBe(true);
  });

  test('one of D–H alone: not at risk, and nothing is recommended', () => {
    const answers = allNo({ runaway_or_unstable_housing: 'yes' });
    expect(rule(answers, 'at_risk_cse')).toMatchObject({ value: false, because: [], open: [] });
    expect(rule(answers, 'increased_risk_labor').value).toBe(false);
    expect(evaluate(atRisk, answers).outcomes).toEqual([]);
    expect(evaluate(atRisk, answers).actions).toEqual([]);
  });

  test('D with E unknown: undetermined, and E is what is missing', () => {
    for (const status of ['unknown', 'declined']) {
      const answers = allNo({ runaway_or_unstable_housing: 'yes', law_enforcement_involvement: status });
      expect(rule(answers, 'at_risk_cse')).toMatchObject({
        value: null,
        because: [],
        open: ['law_enforcement_involvement'],
      });
      expect(rule(answers, 'increased_risk_labor')).toMatchObject({
        value: null,
        open: ['law_enforcement_involvement'],
      });
      expect(evaluate(atRisk, answers).outcomes).toEqual([]);
    }
    const { law_enforcement_involvement: _, ...missing } = allNo({ runaway_or_unstable_housing: 'yes' });
    expect(rule(missing, 'at_risk_cse')).toMatchObject({
      value: null,
      open: ['law_enforcement_involvement'],
    });
    expect(evaluate(atRisk, missing).complete).toBe(false);
  });

  test('two labor-trafficking vulnerabilities: increased risk of labor trafficking without risk of sexual exploitation', () => {
    const answers = allNo({ poverty: 'yes', immigration_vulnerability: 'yes' });
    expect(rule(answers, 'at_risk_cse').value).toBe(false);
    expect(rule(answers, 'labor_vulnerable')).toMatchObject({
      value: true,
      because: ['poverty', 'immigration_vulnerability'],
    });
    expect(rule(answers, 'increased_risk_labor')).toMatchObject({
      value: true,
      because: ['poverty', 'immigration_vulnerability'],
    });
    expect(evaluate(atRisk, answers).outcomes).toEqual(['increased_risk_labor']);
    expect(rule(allNo({ poverty: 'yes' }), 'increased_risk_labor').value).toBe(false);
  });

  test('because lists only the answers that made the rule true, not other "yes" answers', () => {
    const answers = allNo({ atypical_online_behavior: 'yes', frequently_truant: 'yes', poverty: 'yes' });
    expect(rule(answers, 'at_risk_cse').because).toEqual(['atypical_online_behavior']);
    expect(rule(answers, 'labor_vulnerable').value).toBe(false);
    expect(rule(answers, 'increased_risk_labor').because).toEqual(['atypical_online_behavior']);
  });
});

describe('evaluate: facts from bound items', () => {
  const inst = loadInstrument(sampleInstrument(), 'sample');

  test('answers become facts and a determination; an age item overrides the age from the date of birth', () => {
    const answers: Answers = { worked: 'yes', age: 15, work_kind: 'informal', means_seen: ['debt_bondage'] };
    const result = evaluate(inst, answers, { age: 12 });
    expect(result.facts).toMatchObject({
      age: 15,
      laborOrServices: true,
      laborKind: 'informal',
      means: ['debt_bondage'],
    });
    expect(result.determination?.determinations[1]).toMatchObject({
      key: 'labor_trafficking_exploiting_labor',
      status: 'possible',
    });
    expect(evaluate(inst, { worked: 'yes' }, { age: 12 }).facts?.age).toBe(12);
    expect(result.rules[0]).toMatchObject({ key: 'forced', value: true, because: ['worked', 'means_seen'] });
    expect(result.outcomes).toEqual(['concern']);
    expect(result.actions).toEqual(['call']);
    expect(result.forms).toEqual([
      { form: 'labor_exploiting', present: ['worked'], unknown: [], asked: 1 },
      { form: 'labor_criminal', present: [], unknown: [], asked: 0 },
    ]);
    expect(evaluationSchema.safeParse(result).success).toBe(true);
  });

  test('"unknown" leaves a fact unknown; "none of these" means no force, fraud or coercion; "no" is false', () => {
    expect(evaluate(inst, { worked: 'unknown' }).facts).toMatchObject({
      laborOrServices: null,
      meansPresent: null,
    });
    expect(evaluate(inst, { worked: 'no' }).facts).toMatchObject({ laborOrServices: false });
    const none = evaluate(inst, { worked: 'yes', work_kind: 'legal', means_seen: [] });
    expect(none.facts).toMatchObject({ means: [], meansPresent: false });
    expect(none.determination?.determinations[1]?.status).toBe('not_met');
  });

  test('answers to items that are not asked are ignored', () => {
    const result = evaluate(inst, { worked: 'no', work_kind: 'illicit', means_seen: ['debt_bondage'] });
    expect(result.facts).toMatchObject({ laborKind: null, means: [] });
    expect(result.rules[0]?.value).toBe(false);
    expect(result.applicable).toBe(4);
    expect(result.answered).toBe(1);
  });
});

/** Four yes/no items and three rules, each rule over the items and the rules before it (no cycles). */
const ITEMS = ['q0', 'q1', 'q2', 'q3'];
const RULES = ['r0', 'r1', 'r2'];
const leaf = (rules: string[]): fc.Arbitrary<Expr> =>
  fc.oneof(
    fc.record({ item: fc.constantFrom(...ITEMS), is: fc.constantFrom('yes' as const, 'no' as const) }),
    ...(rules.length ? [fc.constantFrom(...rules).map((r): Expr => ({ rule: r }))] : []),
  );
const expr = (depth: number, rules: string[]): fc.Arbitrary<Expr> => {
  if (depth === 0) return leaf(rules);
  const kids = fc.array(expr(depth - 1, rules), { minLength: 1, maxLength: 3 });
  return fc.oneof(
    leaf(rules),
    kids.map((all): Expr => ({ all })),
    kids.map((any): Expr => ({ any })),
    expr(depth - 1, rules).map((not): Expr => ({ not })),
    kids.chain((of) => fc.integer({ min: 1, max: of.length }).map((atLeast): Expr => ({ atLeast, of }))),
  );
};
const t = { en: 'x', es: 'x' };
const generated = fc.tuple(...RULES.map((_, i) => expr(2, RULES.slice(0, i)))).map((whens) =>
  loadInstrument(
    {
      key: 'generated',
      version: 1,
      kind: 'screening',
      title: t,
      description: t,
      source: t,
      groups: [{ key: 'g', title: t, items: ITEMS.map((key) => ({ key, type: 'yes_no', text: t })) }],
      rules: whens.map((when, i) => ({ key: RULES[i], label: t, when })),
    },
    'generated',
  ),
);
const ANSWER = fc.constantFrom('yes', 'no', 'unknown', 'declined', undefined);
const answers = fc
  .tuple(...ITEMS.map(() => ANSWER))
  .map(
    (vs) => Object.fromEntries(vs.flatMap((v, i) => (v === undefined ? [] : [[ITEMS[i]!, v]]))) as Answers,
  );
const NOT_KNOWN = ['unknown', 'declined', undefined] as const;

describe('evaluate: three-valued rules on generated instruments', () => {
  const values = (inst: ReturnType<typeof loadInstrument>, a: Answers) => evaluate(inst, a).rules;
  const setAnswer = (a: Answers, key: string, v: string | undefined): Answers => {
    const { [key]: _, ...rest } = a;
    return v === undefined ? rest : { ...rest, [key]: v };
  };

  test('replacing an unknown, declined or missing answer by "yes" or "no" never flips a rule between true and false', () => {
    fc.assert(
      fc.property(
        generated,
        answers,
        fc.constantFrom(...ITEMS),
        fc.constantFrom(...NOT_KNOWN),
        fc.constantFrom('yes', 'no'),
        (inst, a, key, unknown, known) => {
          const before = values(inst, setAnswer(a, key, unknown));
          const after = values(inst, setAnswer(a, key, known));
          before.forEach((r, i) => {
            if (r.value !== null) expect(after[i]!.value, r.key).toBe(r.value);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  test('"unknown" never behaves like "no": when an answer matters, not knowing it leaves the rule open on it', () => {
    fc.assert(
      fc.property(
        generated,
        answers,
        fc.constantFrom(...ITEMS),
        fc.constantFrom(...NOT_KNOWN),
        (inst, a, key, unknown) => {
          const yes = values(inst, setAnswer(a, key, 'yes'));
          const no = values(inst, setAnswer(a, key, 'no'));
          const open = values(inst, setAnswer(a, key, unknown));
          open.forEach((r, i) => {
            if (yes[i]!.value === no[i]!.value) return;
            expect(r.value, r.key).toBeNull();
            expect(r.open, r.key).toContain(key);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a true rule is true because of known answers, an open one is open on unknown answers only', () => {
    fc.assert(
      fc.property(generated, answers, (inst, a) => {
        for (const r of values(inst, a)) {
          for (const k of r.because) expect(['yes', 'no']).toContain(a[k]);
          for (const k of r.open) expect(['yes', 'no']).not.toContain(a[k]);
          if (r.value !== true) expect(r.because).toEqual([]);
          if (r.value !== null) expect(r.open).toEqual([]);
          else expect(r.open.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
