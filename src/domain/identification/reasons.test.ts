/** Reasons in words: one sentence per element, in English and Spanish. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { facts } from '../../../test/fixtures/identification/examples';
import { ALL_MEANS, PARENT_ROLES } from '../record/vocabulary';
import { DETERMINATIONS, determine } from './determine';
import { BENEFICIARIES, EMPLOYMENT_FACTS, LABOR_KINDS, VALUE_KINDS } from './facts';
import { LANGUAGES, type Language } from './forms';
import { DETERMINATION_NAMES, STATUS_NAMES, explain, explainElement } from './reasons';
import { detailWords } from './reasons.labels';

const nmd = facts({
  age: 20,
  nonMinorDependent: true,
  commercialSex: true,
  valueExchanged: ['shelter', 'drugs_or_alcohol'],
  means: ['facilitated_drug_dependency'],
  parentRole: 'exploited_alongside',
});
const sex = determine(nmd).determinations[0]!;

describe('reasons', () => {
  test('every determination and status has a name in both languages', () => {
    for (const key of DETERMINATIONS)
      for (const lang of LANGUAGES) expect(DETERMINATION_NAMES[key][lang].trim()).not.toBe('');
    for (const names of Object.values(STATUS_NAMES))
      for (const lang of LANGUAGES) expect(names[lang].trim()).not.toBe('');
  });

  test('a required element reads "<determination> requires <element>: <state> — <detail>"', () => {
    expect(explain(sex, 'en')).toEqual([
      'Sex trafficking requires a sex act exchanged for anything of value: present — drugs or alcohol, shelter or a place to stay',
      'Context: under 18 at the time: absent — 20',
      'Sex trafficking requires force, fraud or coercion: present — encouraging or supplying drug dependency',
      "Context: the parent's or guardian's role: present — was exploited alongside the youth",
    ]);
  });

  test('the same reasons in Spanish', () => {
    expect(explain(sex, 'es')).toEqual([
      'Trata sexual requiere un acto sexual a cambio de algo de valor: presente — drogas o alcohol, alojamiento o un lugar donde quedarse',
      'Contexto: menor de 18 años en ese momento: ausente — 20',
      'Trata sexual requiere fuerza, fraude o coerción: presente — fomento o suministro de dependencia a drogas',
      'Contexto: el papel del padre, madre o tutor: presente — fue explotado junto con la persona joven',
    ]);
  });

  test('a label given replaces the default words, and an element without detail has no dash', () => {
    const labels: Record<string, string> = {
      facilitated_drug_dependency: 'facilitar la dependencia de drogas',
    };
    const means = sex.elements.find((e) => e.element === 'force_fraud_coercion')!;
    expect(explainElement('sex_trafficking', means, 'es', (c) => labels[c] ?? c)).toBe(
      'Trata sexual requiere fuerza, fraude o coerción: presente — facilitar la dependencia de drogas',
    );
    expect(explainElement('sex_trafficking', means, 'en', (c) => c)).toBe(
      'Sex trafficking requires force, fraud or coercion: present — facilitated_drug_dependency',
    );
    const minor = determine(facts({ age: 15, commercialSex: true })).determinations[0]!;
    expect(explain(minor, 'en')).toEqual([
      'Sex trafficking requires a sex act exchanged for anything of value: present',
      'Sex trafficking requires under 18 at the time: present — 15',
      'Context: force, fraud or coercion: not required',
    ]);
    const unknown = determine(facts()).determinations[5]!;
    expect(explain(unknown, 'en')).toEqual([
      'No exploitation found requires nothing else is met or possible: not known',
    ]);
  });

  test('one sentence per element, in either language, for any facts', () => {
    const anyFacts = fc.record({
      age: fc.option(fc.integer({ min: 0, max: 25 }), { nil: null }),
      commercialSex: fc.option(fc.boolean(), { nil: null }),
      laborOrServices: fc.option(fc.boolean(), { nil: null }),
      means: fc.subarray([...ALL_MEANS], { maxLength: 3 }),
    });
    fc.assert(
      fc.property(anyFacts, fc.constantFrom(...LANGUAGES), (f, lang) => {
        for (const d of determine(facts(f)).determinations) {
          const reasons = explain(d, lang);
          expect(reasons).toHaveLength(d.elements.length);
          reasons.forEach((r, i) => {
            const head = d.elements[i]!.required
              ? DETERMINATION_NAMES[d.key][lang]
              : lang === 'en'
                ? 'Context:'
                : 'Contexto:';
            expect(r.startsWith(head)).toBe(true);
            expect(r).not.toContain('_');
          });
        }
      }),
    );
  });
});

/** Every code a reason can show (an age or a county's industry code aside). */
const CODES: readonly string[] = [
  ...ALL_MEANS,
  ...PARENT_ROLES.filter((r) => r !== 'unknown'),
  ...VALUE_KINDS,
  ...LABOR_KINDS,
  ...BENEFICIARIES,
  ...EMPLOYMENT_FACTS,
];

/** Fact sets that together put every code in CODES into some reason. */
const EVERY_CODE = [0, 1, 2, 3].map((i) =>
  facts({
    age: 15,
    commercialSex: true,
    valueExchanged: [...VALUE_KINDS],
    laborOrServices: true,
    laborKind: LABOR_KINDS[i % LABOR_KINDS.length]!,
    means: [...ALL_MEANS],
    beneficiary: BENEFICIARIES[i % BENEFICIARIES.length]!,
    employment: Object.fromEntries(EMPLOYMENT_FACTS.map((f) => [f, true])),
    parentRole: PARENT_ROLES[i]!,
  }),
);
const allReasons = (lang: Language) =>
  EVERY_CODE.flatMap((f) => determine(f).determinations.flatMap((d) => explain(d, lang)));

describe('detail words', () => {
  test('every code has its own words in both languages, not the code with spaces', () => {
    for (const code of CODES) {
      const fallback = code.replaceAll('_', ' ');
      const [en, es] = [detailWords(code, 'en'), detailWords(code, 'es')];
      // The fallback is the same in both languages, so Spanish words that differ from it and from the
      // English ones come from the list; English words may read like the code ("debt bondage").
      expect(es, code).not.toBe(fallback);
      expect(es, code).not.toBe(en);
      for (const words of [en, es]) {
        expect(words.trim(), code).toBe(words);
        expect(words, code).not.toBe('');
        expect(words, code).not.toMatch(/_|[a-z][A-Z]/);
      }
    }
    expect(detailWords('traveling_sales_crews', 'es')).toBe('traveling sales crews');
    expect(detailWords('15', 'en')).toBe('15');
  });

  test('reasons show every code in words, and a Spanish reason has no English words for a code', () => {
    const [en, es] = [allReasons('en').join('\n'), allReasons('es').join('\n')];
    for (const code of CODES) {
      // A parent who was not involved is not shown: the parent's role is context only when they played a part.
      if (code !== 'not_involved') {
        expect(en, code).toContain(detailWords(code, 'en'));
        expect(es, code).toContain(detailWords(code, 'es'));
      }
      expect(es, code).not.toContain(detailWords(code, 'en'));
      if (/_|[A-Z]/.test(code)) expect(`${en}\n${es}`, code).not.toContain(code);
    }
  });

  test('details keep the order of their codes', () => {
    const d = determine(
      facts({ age: 16, commercialSex: true, valueExchanged: ['shelter', 'food', 'money'] }),
    );
    expect(explain(d.determinations[0]!, 'en')[0]).toBe(
      'Sex trafficking requires a sex act exchanged for anything of value: present — food, money, shelter or a place to stay',
    );
    expect(explain(d.determinations[0]!, 'es')[0]).toBe(
      'Trata sexual requiere un acto sexual a cambio de algo de valor: presente — comida, dinero, alojamiento o un lugar donde quedarse',
    );
  });
});
