/**
 * The built-in instruments (content/instruments/*): they load, every text exists in English and Spanish,
 * the red-flags instrument holds the policy guide's chart exactly, and answers give the expected findings,
 * outcomes and determinations.
 */
import { describe, expect, test } from 'vitest';
import { readBuiltins } from '../../server/modules/instruments/instruments.content';
import { checkAnswers, type Answers } from './answers';
import { evaluate } from './evaluate';
import { FACT_PATHS } from './facts';
import { FORMS, type Form } from './forms';
import { items, type Instrument } from './instrument';
import { visibility } from './visibility';

const ALL = readBuiltins();
const get = (key: string): Instrument => {
  const inst = ALL.get(key)?.at(-1);
  if (!inst) throw new Error(`no built-in ${key}`);
  return inst;
};
const TODAY = '2025-06-01';
const CHECKLISTS: Record<string, Form> = {
  'checklist-sexual-exploitation': 'sex_trafficking',
  'checklist-exploiting-labor': 'labor_exploiting',
  'checklist-criminal-activity': 'labor_criminal',
};

/** Every required yes/no item that is asked answered "no", then the given answers on top. */
function answer(inst: Instrument, given: Answers): Answers {
  const out: Answers = { ...given };
  for (let round = 0; round < 3; round++) {
    const shown = visibility(inst, out);
    for (const i of items(inst))
      if (i.required && i.type === 'yes_no' && shown.has(i.key) && !(i.key in out)) out[i.key] = 'no';
  }
  expect(checkAnswers(inst, out, { today: TODAY })).toEqual([]);
  return out;
}

/** Every text of an instrument, with where it is. */
function texts(inst: Instrument): { at: string; en: string; es: string }[] {
  const out = [inst.title, inst.description, inst.source].map((t, n) => ({ at: `top.${n}`, ...t }));
  for (const g of inst.groups) {
    out.push(
      { at: `group ${g.key}`, ...g.title },
      ...(g.intro ? [{ at: `group ${g.key} intro`, ...g.intro }] : []),
    );
    for (const i of g.items)
      for (const [k, t] of Object.entries({ text: i.text, youthText: i.youthText, help: i.help }))
        if (t) out.push({ at: `item ${i.key} ${k}`, ...t });
    for (const i of g.items)
      for (const o of i.options ?? []) out.push({ at: `option ${i.key}.${o.key}`, ...o.label });
  }
  for (const x of [...inst.rules, ...inst.scores, ...inst.outcomes, ...inst.actions])
    out.push({ at: x.key, ...x.label });
  for (const x of [...inst.rules.map((r) => r.explanation), ...inst.actions.map((a) => a.detail)])
    if (x) out.push({ at: 'detail', ...x });
  return out;
}

describe('built-in instruments load', () => {
  test('every expected instrument is there and valid, starting only instruments that exist', () => {
    expect([...ALL.keys()].sort()).toEqual(
      [
        'at-risk',
        'checklist-criminal-activity',
        'checklist-exploiting-labor',
        'checklist-sexual-exploitation',
        'interview-caregivers',
        'interview-youth',
        'red-flags',
        'return-from-runaway',
      ].sort(),
    );
    for (const inst of [...ALL.values()].flat())
      for (const a of inst.actions.filter((x) => x.kind === 'start_instrument'))
        expect(ALL.has(a.instrument!), `${inst.key} → ${a.instrument}`).toBe(true);
  });

  test.each([...ALL.keys()])('%s: every text is written in English and in Spanish', (key) => {
    for (const t of texts(get(key))) {
      expect(t.en.trim(), t.at).not.toBe('');
      expect(t.es.trim(), t.at).not.toBe('');
      // A Spanish text identical to a long English one was not translated.
      if (t.en.length > 24) expect(t.es, t.at).not.toBe(t.en);
      expect(`${t.en} ${t.es}`, t.at).not.toMatch(/\bCSEC\b|DREAM|Los Angeles/);
      // No text labels a child a victim or a prostitute; the one exception is the interview guide's
      // advice that names those words in order to tell the worker not to use them.
      if (!t.at.includes('no_labels'))
        expect(`${t.en} ${t.es}`, t.at).not.toMatch(/victim|víctima|prostitut/i);
    }
  });

  test.each([...ALL.keys()])('%s: words said to the youth carry no labels or jargon', (key) => {
    for (const i of items(get(key)).filter((x) => x.youthText)) {
      expect(i.youthText!.en, i.key).not.toMatch(/victim|prostitut|exploit|traffick|CSE/i);
      expect(i.youthText!.es, i.key).not.toMatch(/víctima|prostitu|explota|trata\b/i);
    }
  });
});

describe('red-flags', () => {
  const rf = get('red-flags');
  const indicators = items(rf).filter((i) => i.signals.length > 0);

  test("holds the chart's 39 indicators: 36 for sex trafficking, 24 for exploiting labor, 30 for criminal activity", () => {
    expect(indicators).toHaveLength(39);
    const count = (f: Form) => indicators.filter((i) => i.signals.includes(f)).length;
    expect(FORMS.map(count)).toEqual([36, 24, 30]);
    expect(indicators.every((i) => i.type === 'yes_no' && i.required && !i.fact)).toBe(true);
  });

  test('indicators are marked as the chart marks them', () => {
    const signals = (key: string) => rf.groups.flatMap((g) => g.items).find((i) => i.key === key)?.signals;
    expect(signals('survival_sex')).toEqual(['sex_trafficking']);
    expect(signals('tattoos_or_branding')).toEqual(['sex_trafficking', 'labor_criminal']);
    expect(signals('owes_debt_to_employer')).toEqual(['labor_exploiting', 'labor_criminal']);
    expect(signals('someone_controls_money')).toEqual([...FORMS]);
  });

  test('indicators sit in short groups; the last group documents every determination fact but two', () => {
    const groups = rf.groups.slice(0, -1);
    expect(groups.every((g) => g.items.length <= 8 && g.items.every((i) => i.signals.length))).toBe(true);
    const last = rf.groups.at(-1)!;
    expect(last.key).toBe('what_happened');
    const bound = last.items.map((i) => i.fact);
    expect(bound.every((f) => f !== undefined)).toBe(true);
    expect(FACT_PATHS.filter((p) => !bound.includes(p)).sort()).toEqual([
      'meansPresent',
      'nonMinorDependent',
    ]);
  });

  test('with nothing found, no outcome and nothing to document; the determination is none', () => {
    const e = evaluate(rf, answer(rf, {}), { age: 15 });
    expect(e.complete).toBe(true);
    expect(e.forms.map((f) => f.present)).toEqual([[], [], []]);
    expect(e.outcomes).toEqual([]);
    expect(e.determination!.determinations.find((d) => d.key === 'none')!.status).toBe('met');
  });

  test('a 15-year-old who exchanged sex for shelter: sex trafficking met, report to the hotline', () => {
    const a = answer(rf, {
      survival_sex: 'yes',
      chronic_runaway: 'yes',
      commercial_sex: 'yes',
      value_exchanged: ['shelter'],
    });
    const e = evaluate(rf, a, { age: 15 });
    expect(e.forms.find((f) => f.form === 'sex_trafficking')!.present.sort()).toEqual([
      'chronic_runaway',
      'survival_sex',
    ]);
    expect(e.outcomes).toEqual([
      'sex_trafficking_indicators',
      'labor_exploiting_indicators',
      'labor_criminal_indicators',
    ]);
    expect(e.actions).toEqual(
      expect.arrayContaining(['call_hotline', 'document_sex', 'search_online', 'medical_exam']),
    );
    const st = e.determination!.determinations.find((d) => d.key === 'sex_trafficking')!;
    expect([st.status, st.hotline]).toEqual(['met', true]);
  });

  test('…and who also sold drugs for someone to pay off a debt: criminal-activity labor trafficking too', () => {
    const a = answer(rf, {
      survival_sex: 'yes',
      commercial_sex: 'yes',
      value_exchanged: ['shelter'],
      owes_debt_to_employer: 'yes',
      labor_or_services: 'yes',
      labor_kind: 'illicit',
      beneficiary: 'third_party',
      means: ['debt_bondage'],
      parent_role: 'not_involved',
      unpaid_or_underpaid: 'yes',
    });
    const e = evaluate(rf, a, { age: 15 });
    const status = Object.fromEntries(e.determination!.determinations.map((d) => [d.key, d.status]));
    expect(status).toMatchObject({
      sex_trafficking: 'met',
      labor_trafficking_criminal_activity: 'met',
      labor_trafficking_exploiting_labor: 'not_met',
      illegal_child_labor: 'not_met',
      none: 'not_met',
    });
    expect(e.actions).toEqual(expect.arrayContaining(['document_criminal', 'start_criminal_checklist']));
    expect(e.rules.find((r) => r.key === 'labor_criminal_documented')!.because.sort()).toEqual(
      ['beneficiary', 'labor_kind', 'labor_or_services', 'means'].sort(),
    );
  });

  test('child-labor-law questions are asked only about legal or informal work', () => {
    const base = { labor_or_services: 'yes', labor_kind: 'illicit' };
    expect(visibility(rf, base).has('under_minimum_age')).toBe(false);
    expect(visibility(rf, base).has('unpaid_or_underpaid')).toBe(true);
    const problems = checkAnswers(rf, { ...answer(rf, base), under_minimum_age: 'yes' }, { today: TODAY });
    expect(problems.map((p) => p.path)).toEqual(['answers.under_minimum_age']);
  });

  test('a 14-year-old working under age for themselves: illegal child labor, neglect assessment, no trafficking', () => {
    const a = answer(rf, {
      labor_or_services: 'yes',
      labor_kind: 'informal',
      beneficiary: 'youth_only',
      under_minimum_age: 'yes',
      means: [],
    });
    const d = evaluate(rf, a, { age: 14 }).determination!.determinations;
    const by = (k: string) => d.find((x) => x.key === k)!;
    expect([by('illegal_child_labor').status, by('illegal_child_labor').neglectAssessment]).toEqual([
      'met',
      true,
    ]);
    expect(by('labor_trafficking_exploiting_labor').status).toBe('not_met');
    expect(evaluate(rf, a, { age: 14 }).outcomes).toEqual([]);
  });

  test('unknown is never no: an unknown indicator stays open and an unknown exchange asks its follow-ups', () => {
    const a = answer(rf, { secretive_about_relationships: 'unknown', commercial_sex: 'unknown' });
    const e = evaluate(rf, a, { age: 16 });
    expect(e.forms[0]!.unknown).toContain('secretive_about_relationships');
    expect(visibility(rf, a).has('value_exchanged')).toBe(true);
    expect(e.determination!.determinations.find((d) => d.key === 'sex_trafficking')!.status).toBe('possible');
    expect(e.scores[0]!.couldReach).toBe('sex_trafficking_indicators');
  });

  test('every indicator is required: a missing answer is named', () => {
    const a = answer(rf, {});
    delete a.many_condoms;
    expect(checkAnswers(rf, a, { today: TODAY }).map((p) => p.path)).toEqual(['answers.many_condoms']);
  });
});

describe('return-from-runaway', () => {
  const rr = get('return-from-runaway');

  test('nothing found during the time away: no outcome', () => {
    expect(evaluate(rr, answer(rr, {}), { age: 16 }).outcomes).toEqual([]);
  });

  test.each<[string, Answers]>([
    ['a new tattoo', { new_tattoos: 'yes' }],
    ['sex exchanged for a place to stay', { commercial_sex: 'yes', value_exchanged: ['shelter'] }],
    [
      'work for someone else',
      { labor_or_services: 'yes', labor_kind: 'informal', beneficiary: 'third_party' },
    ],
  ])('%s: urgent, report to the hotline and screen for every red flag', (_, given) => {
    const e = evaluate(rr, answer(rr, given), { age: 16 });
    expect(e.outcomes).toContain('exploitation_signs');
    expect(rr.outcomes.find((o) => o.key === 'exploitation_signs')!.level).toBe('urgent');
    expect(e.actions).toEqual(expect.arrayContaining(['call_hotline', 'document', 'screen_red_flags']));
  });

  test('health needs bring a medical examination', () => {
    expect(evaluate(rr, answer(rr, { health_needs: 'yes' })).actions).toEqual(['medical_exam']);
  });
});

describe.each(Object.entries(CHECKLISTS))('%s', (key, form) => {
  const cl = get(key);

  test('is a checklist for one form, with the procedure steps and fact-bound items', () => {
    expect([cl.kind, cl.forms]).toEqual(['checklist', [form]]);
    const keys = items(cl).map((i) => i.key);
    for (const step of [
      'called_hotline',
      'contacted_law_enforcement',
      'referred_medical',
      'documented_contacts',
    ])
      expect(keys).toContain(step);
    const facts = items(cl).map((i) => i.fact);
    expect(facts).toContain(form === 'sex_trafficking' ? 'commercialSex' : 'laborOrServices');
    expect(items(cl).every((i) => i.signals.every((s) => s === form))).toBe(true);
  });

  test('its actions document this form and open the interview guides', () => {
    const doc = cl.actions.filter((a) => a.kind === 'document_allegations');
    expect(doc.map((a) => a.forms)).toEqual([[form]]);
    const started = cl.actions.filter((a) => a.kind === 'start_instrument').map((a) => a.instrument);
    expect(started.sort()).toEqual(['interview-caregivers', 'interview-youth']);
  });

  test('one indicator found and the hotline not yet called: call now', () => {
    const first = items(cl).find((i) => i.signals.length && i.required)!;
    const e = evaluate(cl, answer(cl, { [first.key]: 'yes' }));
    expect(e.outcomes).toEqual(
      expect.arrayContaining([expect.stringMatching(/_suspected$/), 'hotline_outstanding']),
    );
    expect(e.actions).toEqual(expect.arrayContaining(['document', 'call_hotline', 'interview_youth']));
    const called = evaluate(cl, answer(cl, { [first.key]: 'yes', called_hotline: 'yes' }));
    expect(called.outcomes).not.toContain('hotline_outstanding');
  });

  test('nothing found: only what is left to document', () => {
    expect(evaluate(cl, answer(cl, {})).outcomes).toEqual(['documentation_outstanding']);
  });
});

describe.each(['interview-youth', 'interview-caregivers'])('%s', (key) => {
  const guide = get(key);
  test('is a guide of technique notes and optional questions', () => {
    expect(guide.kind).toBe('guide');
    expect(items(guide).every((i) => (i.type === 'info' || i.type === 'text') && !i.required)).toBe(true);
    expect(items(guide).some((i) => i.type === 'info')).toBe(true);
    if (key === 'interview-youth')
      expect(items(guide).filter((i) => i.type === 'text' && !i.youthText)).toEqual([]);
  });
});
