/**
 * The case study's seven real-life examples of child labor trafficking, as fact sets
 * (test/fixtures/identification/examples.ts): statuses, hotline, suggested sub-categories, and reasons
 * that name the means present.
 */
import { describe, expect, test } from 'vitest';
import { SEVEN_EXAMPLES } from '../../../test/fixtures/identification/examples';
import { DETERMINATIONS, determine, type DeterminationKey } from './determine';
import { explain } from './reasons';
import { detailWords } from './reasons.labels';

const LABOR: DeterminationKey[] = [
  'labor_trafficking_exploiting_labor',
  'labor_trafficking_criminal_activity',
];

describe('the seven real-life examples of child labor trafficking', () => {
  test('there are seven, each with an expected status for every determination', () => {
    expect(SEVEN_EXAMPLES).toHaveLength(7);
    for (const ex of SEVEN_EXAMPLES)
      expect(Object.keys(ex.expected).sort()).toEqual([...DETERMINATIONS].sort());
  });

  describe.each(SEVEN_EXAMPLES)('$situation', (ex) => {
    const result = determine(ex.facts);
    const byKey = new Map(result.determinations.map((d) => [d.key, d]));

    test('each determination has the expected status', () => {
      expect(result.minor).toBe(true);
      expect(Object.fromEntries(result.determinations.map((d) => [d.key, d.status]))).toEqual(ex.expected);
    });

    test('the hotline is called for every trafficking determination met or possible (a minor)', () => {
      for (const d of result.determinations) {
        const trafficking = d.key === 'sex_trafficking' || LABOR.includes(d.key);
        expect(d.hotline, d.key).toBe(trafficking && d.status !== 'not_met');
      }
    });

    test('the determinations met suggest the expected exploitation sub-categories', () => {
      const met = result.determinations.filter((d) => d.status === 'met' && d.key !== 'none');
      const trafficking = met.flatMap((d) => d.suggestions).filter((s) => s.category === 'exploitation');
      expect(trafficking.map((s) => s.subcategory).sort()).toEqual([...ex.subcategories].sort());
    });

    test('the labor trafficking reasons name the means present, in words, in English and Spanish', () => {
      const present = {
        en: `requires force, fraud or coercion: present — ${ex.means.map((m) => detailWords(m, 'en')).join(', ')}`,
        es: `requiere fuerza, fraude o coerción: presente — ${ex.means.map((m) => detailWords(m, 'es')).join(', ')}`,
      };
      for (const key of LABOR)
        for (const lang of ['en', 'es'] as const) {
          const reasons = explain(byKey.get(key)!, lang);
          expect(
            reasons.some((r) => r.endsWith(present[lang])),
            `${key} (${lang}): ${reasons.join(' | ')}`,
          ).toBe(true);
        }
    });
  });

  test('a traveling sales crew: "Labor trafficking: exploiting a child\'s labor requires force, fraud or coercion: present — false job offer"', () => {
    const [sales] = SEVEN_EXAMPLES;
    const d = determine(sales!.facts).determinations.find(
      (x) => x.key === 'labor_trafficking_exploiting_labor',
    )!;
    expect(explain(d, 'en')).toContain(
      "Labor trafficking: exploiting a child's labor requires force, fraud or coercion: present — false job offer",
    );
    expect(explain(d, 'en')).toContain(
      "Labor trafficking: exploiting a child's labor requires work in a legal industry or informal work: present — a legal industry, traveling sales crews",
    );
  });

  test('the cannabis farm: debt bondage, deportation threats and isolation give criminal activity; its reasons name all three', () => {
    const farm = SEVEN_EXAMPLES.find((e) => e.situation.includes('cannabis'))!;
    const d = determine(farm.facts).determinations.find(
      (x) => x.key === 'labor_trafficking_criminal_activity',
    )!;
    expect(d.status).toBe('met');
    expect(explain(d, 'en')).toContain(
      'Labor trafficking: involving a child in criminal activity requires force, fraud or coercion: present — debt bondage, isolation, threats of deportation',
    );
    const icl = determine(farm.facts).determinations.find((x) => x.key === 'illegal_child_labor')!;
    expect(explain(icl, 'en')).toContain(
      'Illegal child labor requires work in a legal industry or informal work: absent — illicit activity, drug cultivation',
    );
  });

  test('the nanny denied pay: labor exploitation is met, and a failure to protect suggests general neglect', () => {
    const nanny = SEVEN_EXAMPLES.find((e) => e.situation.includes('nanny;'))!;
    const d = determine(nanny.facts).determinations.find((x) => x.key === 'labor_exploitation')!;
    expect(d.status).toBe('met');
    expect(d.neglectAssessment).toBe(true);
    expect(d.suggestions).toEqual([{ category: 'general_neglect', subcategory: null }]);
    expect(explain(d, 'en')).toContain(
      'Labor exploitation requires unfair pay, no breaks or unsafe conditions: present — unpaid or paid less than promised or than the law requires',
    );
    expect(explain(d, 'es')).toContain(
      'Explotación laboral requiere pago injusto, sin descansos o condiciones inseguras: presente — sin pago, o con un pago menor al prometido o al que exige la ley',
    );
    expect(explain(d, 'en')).toContain(
      "Context: the parent's or guardian's role: present — failed to protect the youth",
    );
  });

  test('the fraudulent adoption: both labor sub-types stay possible, and the reasons name the kind of work as missing', () => {
    const adoption = SEVEN_EXAMPLES.find((e) => e.situation.includes('adoption'))!;
    const result = determine(adoption.facts);
    for (const key of LABOR) {
      const d = result.determinations.find((x) => x.key === key)!;
      expect(d.status, key).toBe('possible');
      expect(d.hotline, key).toBe(true);
      const unknown = d.elements.filter((e) => e.state === 'unknown' && e.required).map((e) => e.element);
      expect(unknown, key).toEqual([key === LABOR[0] ? 'legal_or_informal_work' : 'illicit_activity']);
    }
    const [exploiting, criminal] = LABOR.map((k) =>
      explain(
        result.determinations.find((x) => x.key === k)!,
        'en',
      ),
    );
    expect(exploiting).toContain(
      "Labor trafficking: exploiting a child's labor requires work in a legal industry or informal work: not known",
    );
    expect(criminal).toContain(
      'Labor trafficking: involving a child in criminal activity requires illicit activity: not known',
    );
    expect(
      explain(
        result.determinations.find((x) => x.key === LABOR[0])!,
        'es',
      ),
    ).toContain(
      'Trata laboral: explotación del trabajo de un menor requiere trabajo en una industria legal o trabajo informal: no se sabe',
    );
  });
});
