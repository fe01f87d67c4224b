import { describe, expect, it } from 'vitest';
import type { Instrument } from '@domain/identification/instrument';
import { loadInstrument, parseInstrument } from '@domain/identification/instrument.validate';
import atRiskRaw from '../../../../content/instruments/at-risk/v1.json';
import { addItem, findItem, getText, problemFieldId, setText, textId } from './editor';
import { referencesTo, removeItem, removeItemAndReferences } from './references';
import { ruleCountId, ruleCounts, scoreThresholdId, setRuleCount, setScoreThreshold } from './thresholds';

const atRisk = (): Instrument => loadInstrument(structuredClone(atRiskRaw), 'at-risk v1');

/** A small synthetic instrument with a score, a condition on an item and a rule built on another rule. */
const scored = (): Instrument =>
  loadInstrument(
    {
      key: 'sample',
      version: 1,
      kind: 'screening',
      title: { en: 'Sample', es: 'Muestra' },
      description: { en: 'For tests.', es: 'Para pruebas.' },
      source: { en: 'Invented.', es: 'Inventado.' },
      forms: ['labor_exploiting'],
      groups: [
        {
          key: 'g',
          title: { en: 'Group', es: 'Grupo' },
          items: [
            {
              key: 'works',
              type: 'yes_no',
              signals: ['labor_exploiting'],
              text: { en: 'Works', es: 'Trabaja' },
            },
            {
              key: 'paid',
              type: 'yes_no',
              text: { en: 'Paid', es: 'Pagado' },
              showIf: { item: 'works', is: 'yes' },
            },
            { key: 'owes', type: 'yes_no', text: { en: 'Owes', es: 'Debe' } },
          ],
        },
      ],
      rules: [
        { key: 'only_works', label: { en: 'A', es: 'A' }, when: { item: 'works', is: 'yes' } },
        {
          key: 'either',
          label: { en: 'B', es: 'B' },
          when: { any: [{ rule: 'only_works' }, { item: 'owes', is: 'yes' }] },
        },
      ],
      scores: [
        {
          key: 'weighted',
          label: { en: 'S', es: 'S' },
          count: { items: [{ item: 'works', weight: 2 }, { item: 'owes' }] },
          thresholds: [
            { atLeast: 1, outcome: 'watch' },
            { atLeast: 3, outcome: 'watch' },
          ],
        },
      ],
      outcomes: [{ key: 'watch', label: { en: 'Watch', es: 'Vigilar' }, level: 'concern' }],
    },
    'sample',
  );

describe('rewording', () => {
  it('sets one language and leaves the other alone', () => {
    const inst = atRisk();
    const target = { kind: 'item', key: 'frequently_truant', field: 'text' } as const;
    const next = setText(inst, target, 'es', 'Falta a clase a menudo.');
    expect(getText(next, target)).toEqual({ en: getText(inst, target)!.en, es: 'Falta a clase a menudo.' });
    expect(getText(inst, target)!.es).not.toBe('Falta a clase a menudo.');
  });

  it('adds youth-facing text in one language, and validation names the missing translation', () => {
    const target = { kind: 'item', key: 'poverty', field: 'youthText' } as const;
    const next = setText(atRisk(), target, 'en', 'Does your family have enough money?');
    expect(getText(next, target)).toEqual({ en: 'Does your family have enough money?', es: '' });
    const parsed = parseInstrument(next);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.path)).toEqual(['item "poverty" › youthText.es']);
    expect(problemFieldId(next, parsed.problems[0]!.path)).toBe(textId(target, 'es'));
    const translated = setText(next, target, 'es', '¿Tiene su familia suficiente dinero?');
    expect(parseInstrument(translated).ok).toBe(true);
  });

  it('removes an optional text emptied in both languages', () => {
    const target = { kind: 'item', key: 'poverty', field: 'help' } as const;
    let next = setText(atRisk(), target, 'en', 'x');
    next = setText(setText(next, target, 'en', ''), target, 'es', ' ');
    expect(getText(next, target)).toBeUndefined();
    expect('help' in findItem(next, 'poverty')!).toBe(false);
  });

  it('changes the title', () => {
    const next = setText(atRisk(), { kind: 'instrument', field: 'title' }, 'en', 'County at-risk screen');
    expect(next.title.en).toBe('County at-risk screen');
    expect(problemFieldId(next, 'title.en')).toBe('instrument-title-en');
  });
});

describe('removing an item', () => {
  it('names every rule, score and condition that refers to it', () => {
    expect(referencesTo(scored(), 'works')).toEqual([
      { kind: 'rule', key: 'only_works' },
      { kind: 'score', key: 'weighted' },
      { kind: 'showIf', key: 'paid' },
    ]);
    expect(referencesTo(atRisk(), 'frequently_truant')).toEqual([{ kind: 'rule', key: 'at_risk_cse' }]);
  });

  it('alone leaves the references for validation to report', () => {
    const parsed = parseInstrument(removeItem(scored(), 'works'));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.message).join('\n')).toContain('unknown item "works"');
  });

  it('with its references gives a sound instrument, cascading through rules built on a removed rule', () => {
    const next = removeItemAndReferences(scored(), 'works');
    expect(parseInstrument(next).ok).toBe(true);
    expect(next.rules.map((r) => r.key)).toEqual(['either']);
    expect(next.rules[0]!.when).toEqual({ any: [{ item: 'owes', is: 'yes' }] });
    expect(next.scores[0]!.count).toEqual({ items: [{ item: 'owes', weight: 1 }] });
    expect(findItem(next, 'paid')!.showIf).toBeUndefined();
  });

  it('from an "at least" count keeps the other conditions and the count', () => {
    const next = removeItemAndReferences(atRisk(), 'frequently_truant');
    const count = ruleCounts(next).find((c) => c.rule === 'at_risk_cse' && c.atLeast === 2)!;
    expect(count.items).toEqual(['D', 'E', 'G', 'H']);
    expect(parseInstrument(next).ok).toBe(true);
  });
});

describe('thresholds', () => {
  it('lists the counts inside rules with the items they count', () => {
    const counts = ruleCounts(atRisk());
    expect(counts.map((c) => [c.rule, c.path, c.atLeast, c.of])).toEqual([
      ['at_risk_cse', [0], 1, 3],
      ['at_risk_cse', [1], 2, 5],
      ['labor_vulnerable', [], 2, 11],
    ]);
    expect(counts[1]!.items).toEqual(['D', 'E', 'F', 'G', 'H']);
  });

  it('changes "two of D–H" to three, and validation refuses a count above the conditions', () => {
    const three = setRuleCount(atRisk(), 'at_risk_cse', [1], 3);
    expect(ruleCounts(three)[1]!.atLeast).toBe(3);
    expect(ruleCounts(three)[0]!.atLeast).toBe(1);
    expect(parseInstrument(three).ok).toBe(true);
    const six = setRuleCount(atRisk(), 'at_risk_cse', [1], 6);
    const parsed = parseInstrument(six);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]!.message).toContain('can never be true');
    expect(problemFieldId(six, parsed.problems[0]!.path)).toBe(ruleCountId('at_risk_cse', [0]));
  });

  it('changes a score threshold, and validation requires thresholds to rise', () => {
    const next = setScoreThreshold(scored(), 'weighted', 1, 2);
    expect(next.scores[0]!.thresholds.map((t) => t.atLeast)).toEqual([1, 2]);
    expect(parseInstrument(next).ok).toBe(true);
    const flat = setScoreThreshold(scored(), 'weighted', 1, 1);
    const parsed = parseInstrument(flat);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]!.message).toContain('thresholds must rise');
    expect(problemFieldId(flat, parsed.problems[0]!.path)).toBe(scoreThresholdId('weighted', 0));
  });

  it('refuses a place in a condition that holds no count', () => {
    expect(() => setRuleCount(atRisk(), 'increased_risk_labor', [], 2)).toThrow();
  });
});

describe('adding an item', () => {
  it('appends it to the group, and a duplicate key is reported by name', () => {
    const item = {
      key: 'works_nights',
      type: 'yes_no' as const,
      text: { en: 'Works at night', es: 'Trabaja de noche' },
      required: false,
      signals: [],
    };
    const next = addItem(atRisk(), 'labor_vulnerabilities', item);
    expect(next.groups[2]!.items.at(-1)).toEqual(item);
    expect(parseInstrument(next).ok).toBe(true);
    const twice = addItem(next, 'any_one', item);
    const parsed = parseInstrument(twice);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]!.message).toBe('item "works_nights" is defined twice.');
  });
});

describe('rewording a rule explanation', () => {
  it('changes one language, keeps the other, and removes an explanation emptied in both', () => {
    const target = { kind: 'rule', key: 'at_risk_cse', field: 'explanation' } as const;
    const once = setText(atRisk(), target, 'en', 'At least one of A–C, or at least three of D–H.');
    expect(getText(once, target)).toEqual({
      en: 'At least one of A–C, or at least three of D–H.',
      es: getText(atRisk(), target)!.es,
    });
    expect(parseInstrument(once).ok).toBe(true);
    expect(textId(target, 'es')).toBe('rule-at_risk_cse-explanation-es');
    const gone = setText(setText(once, target, 'en', ''), target, 'es', '');
    expect(gone.rules.find((r) => r.key === 'at_risk_cse')).not.toHaveProperty('explanation');
    expect(parseInstrument(gone).ok).toBe(true);
  });
});
