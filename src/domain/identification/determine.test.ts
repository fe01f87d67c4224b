/** The determination engine, case by case: each element, the hotline, neglect and suggestions. */
import { describe, expect, test } from 'vitest';
import { facts } from '../../../test/fixtures/identification/examples';
import { determine, type Determination, type DeterminationKey } from './determine';
import type { Facts } from './facts';

const find = (f: Facts, key: DeterminationKey): Determination =>
  determine(f).determinations.find((d) => d.key === key)!;
const element = (d: Determination, name: string) => d.elements.find((e) => e.element === name);

/** A youth made to work for someone else through a threat, in a legal industry. */
const forcedWork = facts({
  age: 15,
  commercialSex: false,
  laborOrServices: true,
  laborKind: 'legal',
  means: ['threats_to_youth'],
  beneficiary: 'third_party',
});

describe('determine', () => {
  test('six determinations, always in the same order', () => {
    expect(determine(facts()).determinations.map((d) => d.key)).toEqual([
      'sex_trafficking',
      'labor_trafficking_exploiting_labor',
      'labor_trafficking_criminal_activity',
      'illegal_child_labor',
      'labor_exploitation',
      'none',
    ]);
  });

  test('minor: the age decides; without an age a non-minor dependent is an adult; otherwise not known', () => {
    expect(determine(facts({ age: 17 })).minor).toBe(true);
    expect(determine(facts({ age: 18 })).minor).toBe(false);
    expect(determine(facts({ age: null, nonMinorDependent: true })).minor).toBe(false);
    expect(determine(facts({ age: null, nonMinorDependent: false })).minor).toBeNull();
    expect(determine(facts({ age: 0 })).minor).toBe(true);
  });

  test('sex trafficking: the value exchanged backs the sex act, sorted and once each', () => {
    const d = find(
      facts({ age: 14, commercialSex: true, valueExchanged: ['shelter', 'food', 'shelter'] }),
      'sex_trafficking',
    );
    expect(d.status).toBe('met');
    expect(element(d, 'commercial_sex_act')).toEqual({
      element: 'commercial_sex_act',
      state: 'present',
      required: true,
      detail: ['food', 'shelter'],
    });
    expect(element(d, 'under_18')).toMatchObject({ state: 'present', required: true, detail: ['14'] });
    expect(d.suggestions).toEqual([
      { category: 'exploitation', subcategory: 'commercial_sexual_exploitation' },
    ]);
  });

  test('sex trafficking: no sex act is not met; an unknown one is possible and still reported for a minor', () => {
    expect(find(facts({ age: 14, commercialSex: false }), 'sex_trafficking')).toMatchObject({
      status: 'not_met',
      hotline: false,
    });
    expect(find(facts({ age: 14, commercialSex: null }), 'sex_trafficking')).toMatchObject({
      status: 'possible',
      hotline: true,
    });
  });

  test('sex trafficking of a non-minor dependent needs means; with means, age is context', () => {
    const nmd = facts({
      age: 19,
      nonMinorDependent: true,
      commercialSex: true,
      means: ['physical_violence'],
    });
    const d = find(nmd, 'sex_trafficking');
    expect(d.status).toBe('met');
    expect(d.hotline).toBe(false);
    expect(element(d, 'under_18')).toMatchObject({ state: 'absent', required: false });
    expect(element(d, 'force_fraud_coercion')).toMatchObject({
      state: 'present',
      required: true,
      detail: ['physical_violence'],
    });
    const unknownMeans = find({ ...nmd, means: [], meansPresent: null }, 'sex_trafficking');
    expect(unknownMeans.status).toBe('possible');
    expect(element(unknownMeans, 'under_18')).toMatchObject({ state: 'absent', required: true });
  });

  test('labor trafficking: labor, means and benefit to another, split by where the work is', () => {
    expect(find(forcedWork, 'labor_trafficking_exploiting_labor')).toMatchObject({
      status: 'met',
      hotline: true,
    });
    expect(find(forcedWork, 'labor_trafficking_criminal_activity')).toMatchObject({
      status: 'not_met',
      hotline: false,
    });
    const illicit = { ...forcedWork, laborKind: 'illicit' as const };
    expect(find(illicit, 'labor_trafficking_exploiting_labor').status).toBe('not_met');
    expect(find(illicit, 'labor_trafficking_criminal_activity').status).toBe('met');
    const informal = { ...forcedWork, laborKind: 'informal' as const };
    expect(find(informal, 'labor_trafficking_exploiting_labor').status).toBe('met');
  });

  test('labor trafficking: work only for the youth is not trafficking; a parent benefiting is', () => {
    expect(
      find({ ...forcedWork, beneficiary: 'youth_only' }, 'labor_trafficking_exploiting_labor').status,
    ).toBe('not_met');
    expect(
      find({ ...forcedWork, beneficiary: 'parent_or_guardian' }, 'labor_trafficking_exploiting_labor').status,
    ).toBe('met');
    expect(find({ ...forcedWork, beneficiary: null }, 'labor_trafficking_exploiting_labor').status).toBe(
      'possible',
    );
  });

  test('labor trafficking: meansPresent without a named means is enough; a named means overrides "false"', () => {
    const named = { ...forcedWork, means: [], meansPresent: true };
    expect(find(named, 'labor_trafficking_exploiting_labor').status).toBe('met');
    const overridden = { ...forcedWork, meansPresent: false };
    expect(find(overridden, 'labor_trafficking_exploiting_labor').status).toBe('met');
    expect(
      find({ ...forcedWork, means: [], meansPresent: false }, 'labor_trafficking_exploiting_labor').status,
    ).toBe('not_met');
  });

  test('labor trafficking: age is context, not an element', () => {
    const d = find(forcedWork, 'labor_trafficking_exploiting_labor');
    expect(element(d, 'under_18')).toMatchObject({ state: 'present', required: false });
    expect(d.elements.filter((e) => e.required).map((e) => e.element)).toEqual([
      'labor_or_services',
      'force_fraud_coercion',
      'benefit_to_another',
      'legal_or_informal_work',
    ]);
  });

  test('illegal child labor: a minor in legal or informal work with an age, hours, permit or occupation violation', () => {
    const work = facts({
      age: 13,
      laborOrServices: true,
      laborKind: 'legal',
      employment: { noWorkPermit: true },
    });
    const d = find(work, 'illegal_child_labor');
    expect(d.status).toBe('met');
    expect(d.hotline).toBe(false);
    expect(d.neglectAssessment).toBe(true);
    expect(element(d, 'child_labor_violation')).toMatchObject({ state: 'present', detail: ['noWorkPermit'] });
    expect(find({ ...work, age: 18 }, 'illegal_child_labor').status).toBe('not_met');
    expect(find({ ...work, laborKind: 'illicit' }, 'illegal_child_labor').status).toBe('not_met');
    const allLawful = facts({
      ...work,
      employment: {
        underMinimumAge: false,
        hoursViolation: false,
        noWorkPermit: false,
        hazardousWork: false,
      },
    });
    expect(find(allLawful, 'illegal_child_labor').status).toBe('not_met');
    expect(find(facts({ ...work, employment: { noWorkPermit: null } }), 'illegal_child_labor').status).toBe(
      'possible',
    );
  });

  test('labor exploitation: unfair pay, no breaks or unsafe conditions, at any age; neglect is assessed for minors', () => {
    const work = facts({
      age: 20,
      laborOrServices: true,
      laborKind: 'legal',
      employment: { unsafeConditions: true },
    });
    expect(find(work, 'labor_exploitation')).toMatchObject({ status: 'met', neglectAssessment: false });
    expect(find({ ...work, age: 16 }, 'labor_exploitation')).toMatchObject({
      status: 'met',
      neglectAssessment: true,
    });
    expect(find({ ...work, laborOrServices: false }, 'labor_exploitation').status).toBe('not_met');
    // Illicit work is not an employment-law matter: trafficking with means, otherwise a neglect question.
    expect(find({ ...work, laborKind: 'illicit' }, 'labor_exploitation').status).toBe('not_met');
    expect(find({ ...work, laborKind: 'informal' }, 'labor_exploitation').status).toBe('met');
    expect(find({ ...work, laborKind: null }, 'labor_exploitation').status).toBe('possible');
  });

  test("the parent's role is context on every element list when a parent played a part, and suggests general neglect when the parent exploited or failed to protect", () => {
    for (const role of ['exploiter', 'failed_to_protect'] as const) {
      const d = find(
        facts({ ...forcedWork, parentRole: role, employment: { hoursViolation: true } }),
        'illegal_child_labor',
      );
      expect(element(d, 'parent_role')).toEqual({
        element: 'parent_role',
        state: 'present',
        required: false,
        detail: [role],
      });
      expect(d.suggestions).toEqual([{ category: 'general_neglect', subcategory: null }]);
    }
    const alongside = find(
      facts({ ...forcedWork, parentRole: 'exploited_alongside' }),
      'illegal_child_labor',
    );
    expect(alongside.suggestions).toEqual([]);
    expect(element(alongside, 'parent_role')).toMatchObject({ detail: ['exploited_alongside'] });
    const uninvolved = facts({ ...forcedWork, parentRole: 'not_involved' });
    for (const d of determine(uninvolved).determinations) expect(element(d, 'parent_role')).toBeUndefined();
    expect(element(find(forcedWork, 'sex_trafficking'), 'parent_role')).toBeUndefined();
  });

  test('none: met when every fact rules everything out', () => {
    const nothing = facts({
      age: 12,
      commercialSex: false,
      laborOrServices: false,
      means: [],
      meansPresent: false,
    });
    expect(determine(nothing).determinations.map((d) => d.status)).toEqual([
      'not_met',
      'not_met',
      'not_met',
      'not_met',
      'not_met',
      'met',
    ]);
    expect(find(nothing, 'none').suggestions).toEqual([]);
  });
});
