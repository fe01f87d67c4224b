import { describe, expect, it } from 'vitest';
import { determine } from '@domain/identification/determine';
import { evaluate } from '@domain/identification/evaluate';
import { emptyFacts, type Facts } from '@domain/identification/facts';
import { loadInstrument } from '@domain/identification/instrument.validate';
import type { Evaluation } from '@domain/identification/result';
import { toAllegationBody } from '@web/features/reports/draft';
import { prefillAllegations, suggestedAllegations } from './prefill';

const youth = { id: '00000000-0000-4000-8000-000000000001', name: 'Rowan Testfield' };

function withFacts(patch: Partial<Facts>): Evaluation {
  const facts = { ...emptyFacts(), ...patch };
  return {
    instrument: { key: 'fixture', version: 1 },
    applicable: 0,
    answered: 0,
    complete: true,
    forms: [],
    rules: [],
    scores: [],
    outcomes: [],
    actions: [],
    facts,
    determination: determine(facts),
  };
}

function withForms(present: Partial<Record<Evaluation['forms'][number]['form'], string[]>>): Evaluation {
  return {
    ...withFacts({}),
    facts: null,
    determination: null,
    forms: Object.entries(present).map(([form, keys]) => ({
      form: form as Evaluation['forms'][number]['form'],
      present: keys,
      unknown: [],
      asked: keys.length + 1,
    })),
  };
}

const kinds = (drafts: ReturnType<typeof prefillAllegations>) =>
  drafts.map((d) => `${d.category}/${d.subcategory || '-'}`);

describe('suggested allegations from a screening', () => {
  it('documents a met sex-trafficking determination as one commercial sexual exploitation allegation', () => {
    const result = withFacts({
      age: 15,
      commercialSex: true,
      valueExchanged: ['money'],
      laborOrServices: false,
    });
    expect(kinds(prefillAllegations(result, youth))).toEqual(['exploitation/commercial_sexual_exploitation']);
  });

  it('includes possible determinations (facts missing) but not ones that are not met', () => {
    // Commercial sex not known: sex trafficking is possible. No labor: labor trafficking is not met.
    const result = withFacts({ age: 15, laborOrServices: false });
    expect(kinds(prefillAllegations(result, youth))).toEqual(['exploitation/commercial_sexual_exploitation']);
  });

  it('gives each form its own allegation, in the vocabulary order, without repeats', () => {
    const result = withFacts({
      age: 16,
      commercialSex: true,
      laborOrServices: true,
      laborKind: 'illicit',
      means: ['debt_bondage', 'threats_to_youth'],
      beneficiary: 'third_party',
    });
    const drafts = prefillAllegations(result, youth);
    expect(kinds(drafts)).toEqual([
      'exploitation/commercial_sexual_exploitation',
      'exploitation/involving_child_in_criminal_activity',
    ]);
    expect(drafts.every((d) => d.youth?.id === youth.id)).toBe(true);
    expect(new Set(drafts.map((d) => d.key)).size).toBe(2);
  });

  it('fills the means and the parent role, and makes an exploiting parent the perpetrator', () => {
    const result = withFacts({
      age: 14,
      commercialSex: false,
      laborOrServices: true,
      laborKind: 'informal',
      means: ['withheld_pay', 'isolation'],
      beneficiary: 'parent_or_guardian',
      parentRole: 'exploiter',
    });
    const drafts = prefillAllegations(result, youth);
    // Hours, permit and pay are not known: illegal child labor and labor exploitation stay possible, and
    // with a parent as exploiter, general neglect is suggested beside the labor trafficking allegation.
    expect(kinds(drafts)).toEqual(['exploitation/exploiting_childs_labor', 'general_neglect/-']);
    const [labor] = drafts;
    expect(labor!.perpetratorKind).toBe('parent_guardian');
    expect(labor!.exploitation.means.sort()).toEqual(['isolation', 'withheld_pay']);
    expect(labor!.exploitation.parentRole).toBe('exploiter');
    expect(labor!.exploitation.exploiterRelationship).toBe('parent_guardian');
    // The age now is known (14) but the age when it began is not: never guessed.
    expect(labor!.exploitation.ageAtFirstOccurrence).toBe('');
  });

  it('leaves the perpetrator for the worker to choose when no parent exploited the youth', () => {
    const result = withFacts({
      age: 15,
      commercialSex: true,
      laborOrServices: false,
      parentRole: 'not_involved',
    });
    const [draft] = prefillAllegations(result, youth);
    expect(draft!.perpetratorKind).toBe('');
    expect(draft!.exploitation.parentRole).toBe('not_involved');
    expect(draft!.exploitation.exploiterRelationship).toBe('unknown');
  });

  it('adds general neglect, against the parent, after the exploitation allegations', () => {
    const result = withFacts({
      age: 13,
      commercialSex: false,
      laborOrServices: true,
      laborKind: 'legal',
      means: [],
      meansPresent: false,
      employment: { ...emptyFacts().employment, hoursViolation: true },
      parentRole: 'failed_to_protect',
    });
    const drafts = prefillAllegations(result, youth);
    expect(kinds(drafts)).toEqual(['general_neglect/-']);
    expect(drafts[0]!.perpetratorKind).toBe('parent_guardian');
    const body = toAllegationBody(drafts[0]!);
    expect(body.category).toBe('general_neglect');
    expect(body.subcategory).toBeNull();
    expect(body.exploitation).toBeNull();
  });

  it('suggests neglect once even when illegal child labor and labor exploitation both ask for it', () => {
    const result = withFacts({
      age: 13,
      commercialSex: false,
      laborOrServices: true,
      laborKind: 'legal',
      meansPresent: false,
      employment: { ...emptyFacts().employment, hoursViolation: true, noBreaks: true },
      parentRole: 'exploiter',
    });
    expect(suggestedAllegations(result)).toEqual([{ category: 'general_neglect', subcategory: null }]);
  });

  it('suggests nothing when nothing was found', () => {
    const result = withFacts({
      age: 15,
      commercialSex: false,
      laborOrServices: false,
    });
    expect(prefillAllegations(result, youth)).toEqual([]);
  });

  it('documents the forms whose indicators are present when the instrument decides no determination', () => {
    const result = withForms({ labor_criminal: ['carries_for_others'], sex_trafficking: ['older_partner'] });
    expect(kinds(prefillAllegations(result, youth))).toEqual([
      'exploitation/commercial_sexual_exploitation',
      'exploitation/involving_child_in_criminal_activity',
    ]);
    const empty = withForms({ labor_exploiting: [] });
    expect(prefillAllegations(empty, youth)).toEqual([]);
  });

  it('trusts a documented "not met" over the indicators of the same form', () => {
    const result = {
      ...withFacts({ age: 15, commercialSex: false, laborOrServices: false }),
      forms: [{ form: 'sex_trafficking' as const, present: ['older_partner'], unknown: [], asked: 3 }],
    };
    expect(prefillAllegations(result, youth)).toEqual([]);
  });

  it('works from a real evaluation: facts bound to items, answers unknown never read as no', () => {
    const instrument = loadInstrument(
      {
        key: 'prefill-fixture',
        version: 1,
        kind: 'checklist',
        title: { en: 'Fixture', es: 'Prueba' },
        description: { en: 'Fixture.', es: 'Prueba.' },
        source: { en: 'Tests.', es: 'Pruebas.' },
        forms: ['sex_trafficking', 'labor_exploiting'],
        groups: [
          {
            key: 'g',
            title: { en: 'Group', es: 'Grupo' },
            items: [
              {
                key: 'sex_for_value',
                type: 'yes_no',
                text: { en: 'Sex act for value?', es: '¿Acto sexual por algo de valor?' },
                signals: ['sex_trafficking'],
                fact: 'commercialSex',
              },
              {
                key: 'works_for_others',
                type: 'yes_no',
                text: { en: 'Works for others?', es: '¿Trabaja para otros?' },
                signals: ['labor_exploiting'],
                fact: 'laborOrServices',
              },
            ],
          },
        ],
      },
      'prefill.test.ts',
    );
    const result = evaluate(instrument, { sex_for_value: 'yes', works_for_others: 'unknown' }, { age: 15 });
    // Sex trafficking is met; both forms of labor trafficking stay possible, because working for others
    // is not known (and neither is the kind of work).
    expect(kinds(prefillAllegations(result, youth))).toEqual([
      'exploitation/commercial_sexual_exploitation',
      'exploitation/exploiting_childs_labor',
      'exploitation/involving_child_in_criminal_activity',
    ]);
    const known = evaluate(instrument, { sex_for_value: 'yes', works_for_others: 'no' }, { age: 15 });
    expect(kinds(prefillAllegations(known, youth))).toEqual(['exploitation/commercial_sexual_exploitation']);
  });
});
