import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { loadInstrument } from '@domain/identification/instrument.validate';
import atRiskRaw from '../../../../content/instruments/at-risk/v1.json';
import { exprText } from './exprText';
import { buildItem, emptyDraft, type NewItemMessages } from './newItem';
import { CHANGE_NOTE_ID, editorErrors, JSON_FIELD_ID } from './problems';
import { ruleCountId, scoreThresholdId } from './thresholds';

const messages: NewItemMessages = {
  field: (path) => `field:${path.join('.')}`,
  keyTaken: 'keyTaken',
  range: 'range',
  optionTwice: 'optionTwice',
  reserved: 'reserved',
};
const atRisk = () => loadInstrument(structuredClone(atRiskRaw), 'at-risk v1');

describe('buildItem', () => {
  it('builds a yes/no item from a filled-in draft', () => {
    const draft = {
      ...emptyDraft('g'),
      key: 'works_nights',
      textEn: ' Works nights ',
      textEs: 'Trabaja de noche',
    };
    const result = buildItem(draft, new Set(['poverty']), messages);
    expect(result).toEqual({
      ok: true,
      item: {
        key: 'works_nights',
        type: 'yes_no',
        text: { en: 'Works nights', es: 'Trabaja de noche' },
        required: false,
        signals: [],
      },
    });
  });

  it('points each problem at the input to fix', () => {
    const draft = { ...emptyDraft('g'), key: 'poverty', textEn: 'Poor', youthEn: 'Are you poor?' };
    const result = buildItem(draft, new Set(['poverty']), messages);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { path: 'new-item-text-es', message: 'field:text.es' },
      { path: 'new-item-youthText-es', message: 'field:youthText.es' },
      { path: 'new-item-key', message: 'keyTaken' },
    ]);
  });

  it('checks choice options and number ranges', () => {
    const choice = {
      ...emptyDraft('g'),
      key: 'where',
      type: 'single' as const,
      textEn: 'Where',
      textEs: 'Dónde',
      options: [
        { key: 'farm', en: 'Farm', es: 'Granja' },
        { key: 'farm', en: 'Field', es: 'Campo' },
        { key: 'unknown', en: 'Unknown', es: '' },
      ],
    };
    const bad = buildItem(choice, new Set(), messages);
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems.map((p) => p.path)).toEqual([
        'new-item-option-2-es',
        'new-item-option-1-key',
        'new-item-option-2-key',
      ]);
    const number = {
      ...emptyDraft('g'),
      key: 'hours',
      type: 'number' as const,
      textEn: 'Hours',
      textEs: 'Horas',
    };
    const noRange = buildItem({ ...number, min: '10', max: '2' }, new Set(), messages);
    expect(noRange.ok ? [] : noRange.problems.map((p) => p.message)).toContain('range');
    const good = buildItem({ ...number, min: '0', max: '100' }, new Set(), messages);
    expect(good.ok && good.item.min === 0 && good.item.max === 100).toBe(true);
  });
});

describe('editorErrors', () => {
  it('links the browser problems and the server details (prefixed "definition ›") to the inputs', () => {
    const inst = atRisk();
    const all = () => true;
    const { fieldIds, byField, errors } = editorErrors(
      'Fix these',
      [
        { path: 'item "poverty" › youthText.es', message: 'a' },
        { path: 'definition › rule "at_risk_cse" › when.any.1.atLeast', message: 'b' },
        { path: 'changeNote', message: 'c' },
        { path: 'rule "nope"', message: 'd' },
      ],
      inst,
      all,
    );
    expect(errors.fields.map((f) => f.path)).toEqual([
      'item "poverty" › youthText.es',
      'rule "at_risk_cse" › when.any.1.atLeast',
      'changeNote',
      'rule "nope"',
    ]);
    expect(fieldIds).toEqual({
      'item "poverty" › youthText.es': 'item-poverty-youthText-es',
      'rule "at_risk_cse" › when.any.1.atLeast': ruleCountId('at_risk_cse', [1]),
      changeNote: CHANGE_NOTE_ID,
    });
    expect(byField.get('item-poverty-youthText-es')).toBe('a');
    expect(scoreThresholdId('s', 2)).toBe('score-s-threshold-2');
  });

  it('links everything to the JSON box in the JSON view, and nothing to inputs not on the page', () => {
    const json = editorErrors('x', [{ path: 'item "poverty"', message: 'a' }], null, () => true);
    expect(json.fieldIds).toEqual({ 'item "poverty"': JSON_FIELD_ID });
    const none = editorErrors('x', [{ path: 'item "poverty"', message: 'a' }], atRisk(), () => false);
    expect(none.fieldIds).toEqual({});
  });
});

describe('exprText', () => {
  const t = ((key: string, o: Record<string, unknown>) =>
    `${key.split('.').pop()}(${Object.values(o).join('|')})`) as unknown as TFunction;

  it('writes a rule condition with item codes', () => {
    const inst = atRisk();
    const rule = inst.rules.find((r) => r.key === 'at_risk_cse')!;
    expect(exprText(rule.when, inst, 'en', t)).toBe(
      'any(atLeast(1|isYes(A); isYes(B); isYes(C)); atLeast(2|isYes(D); isYes(E); isYes(F); isYes(G); isYes(H)))',
    );
    const increased = inst.rules.find((r) => r.key === 'increased_risk_labor')!;
    expect(exprText(increased.when, inst, 'es', t)).toContain(
      'rule(En riesgo de explotación sexual comercial)',
    );
  });
});
