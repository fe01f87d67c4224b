import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { determine } from '@domain/identification/determine';
import { emptyFacts } from '@domain/identification/facts';
import { loadInstrument } from '@domain/identification/instrument.validate';
import { en, es } from '@web/i18n/resources';
import { parseNewReportSearch } from '@web/routes/search';
import {
  answersFromDraft,
  askedItems,
  changedItems,
  draftFromAnswers,
  validateAmendment,
} from './amendDraft';
import { answerText, instrumentLanguage } from './answerText';
import { reasons } from './reasonLabels';

let tEn: TFunction;
let tEs: TFunction;
beforeAll(async () => {
  const make = async (lng: 'en' | 'es') => {
    const instance = i18next.createInstance();
    await instance.init({
      lng,
      resources: { en: { translation: en }, es: { translation: es } },
      interpolation: { escapeValue: false },
    });
    return instance.t;
  };
  tEn = await make('en');
  tEs = await make('es');
});

const text = (en: string) => ({ en, es: `${en} (es)` });
const instrument = loadInstrument(
  {
    key: 'result-fixture',
    version: 2,
    kind: 'screening',
    title: text('Fixture'),
    description: text('For tests.'),
    source: text('Invented for tests.'),
    forms: ['labor_exploiting'],
    groups: [
      {
        key: 'work',
        title: text('Work'),
        items: [
          { key: 'works', type: 'yes_no', code: 'A', text: text('Works for someone'), required: true },
          {
            key: 'kind',
            type: 'single',
            text: text('Kind of work'),
            options: [
              { key: 'farm', label: text('Farm work') },
              { key: 'sales', label: text('Door-to-door sales') },
            ],
            showIf: { item: 'works', is: 'yes' },
          },
          {
            key: 'pressures',
            type: 'multi',
            text: text('Pressures'),
            options: [
              { key: 'debt', label: text('Owes a debt') },
              { key: 'papers', label: text('Papers held') },
            ],
            showIf: { item: 'works', is: 'yes' },
          },
          { key: 'hours', type: 'number', text: text('Hours a week'), min: 0, max: 100 },
          { key: 'started', type: 'date', text: text('Started on') },
          { key: 'note', type: 'text', text: text('Anything else') },
        ],
      },
    ],
  },
  'result.test.ts',
);
const item = (key: string) => instrument.groups[0]!.items.find((i) => i.key === key)!;

describe('answers in words', () => {
  it('says not known and declined as such, never as no', () => {
    expect(answerText(item('works'), 'unknown', 'en', tEn)).toBe('Not known');
    expect(answerText(item('works'), 'declined', 'en', tEn)).toBe('Declined to answer');
    expect(answerText(item('works'), undefined, 'en', tEn)).toBe('Not answered');
    expect(answerText(item('works'), 'no', 'es', tEs)).toBe('No');
  });

  it('uses the option labels of the instrument, in the reader language', () => {
    expect(answerText(item('kind'), 'sales', 'en', tEn)).toBe('Door-to-door sales');
    expect(answerText(item('kind'), 'sales', 'es', tEs)).toBe('Door-to-door sales (es)');
    expect(answerText(item('pressures'), ['debt', 'papers'], 'en', tEn)).toBe('Owes a debt; Papers held');
    expect(answerText(item('pressures'), [], 'en', tEn)).toBe('None of these');
    expect(answerText(item('hours'), 12, 'en', tEn)).toBe('12');
    expect(answerText(item('started'), '2025-03-04', 'en', tEn)).toBe('Mar 4, 2025');
  });

  it('picks the instrument language from the interface language', () => {
    expect(instrumentLanguage('es')).toBe('es');
    expect(instrumentLanguage('es-MX')).toBe('es');
    expect(instrumentLanguage('en-US')).toBe('en');
  });
});

describe('the amend form', () => {
  const answers = { works: 'yes', kind: 'farm', pressures: ['debt'], hours: 30 };

  it('gives back the same answers when nothing is edited', () => {
    const draft = draftFromAnswers(instrument, answers);
    expect(answersFromDraft(instrument, draft)).toEqual(answers);
  });

  it('stops asking, and stops sending, questions whose condition no longer holds', () => {
    const draft = draftFromAnswers(instrument, answers);
    draft.works = { ...draft.works!, choice: 'no' };
    expect(askedItems(instrument, draft).map((i) => i.key)).toEqual(['works', 'hours', 'started', 'note']);
    expect(answersFromDraft(instrument, draft)).toEqual({ works: 'no', hours: 30 });
  });

  it('keeps questions asked while their condition is not known', () => {
    const draft = draftFromAnswers(instrument, { ...answers, works: 'unknown' });
    expect(askedItems(instrument, draft).map((i) => i.key)).toContain('kind');
  });

  it('names each problem by its question, on the path the server uses', () => {
    const draft = draftFromAnswers(instrument, { works: 'yes', hours: 30 });
    draft.works = { ...draft.works!, choice: '' };
    draft.hours = { ...draft.hours!, input: '400' };
    draft.started = { choice: 'answer', input: '2999-01-01', picks: [] };
    draft.note = { choice: 'answer', input: '   ', picks: [] };
    const problems = validateAmendment(instrument, draft, 'x', '2026-01-01', 'en', tEn);
    expect(problems.map((p) => p.path)).toEqual([
      'answers.works',
      'answers.hours',
      'answers.started',
      'answers.note',
      'reason',
    ]);
    expect(problems[0]!.message).toMatch(/^A\. Works for someone: answer this question/);
    expect(problems[1]!.message).toContain('from 0 to 100');
  });

  it('accepts not known and declined for any question', () => {
    const draft = draftFromAnswers(instrument, { works: 'declined', hours: 'unknown', note: 'declined' });
    expect(validateAmendment(instrument, draft, 'Youth corrected it', '2026-01-01', 'en', tEn)).toEqual([]);
    expect(answersFromDraft(instrument, draft)).toEqual({
      works: 'declined',
      hours: 'unknown',
      note: 'declined',
    });
  });

  it('lists the questions whose answers changed, in the instrument order', () => {
    const changed = changedItems(instrument, answers, { ...answers, hours: 31, pressures: [] });
    expect(changed.map((i) => i.key)).toEqual(['pressures', 'hours']);
    expect(changedItems(instrument, answers, { ...answers })).toEqual([]);
  });
});

describe('reasons with labels', () => {
  it('names means, value kinds and the age in the reader language', () => {
    const facts = {
      ...emptyFacts(),
      age: 16,
      commercialSex: true,
      valueExchanged: ['food' as const],
      means: ['debt_bondage' as const],
    };
    const sex = determine(facts).determinations.find((d) => d.key === 'sex_trafficking')!;
    const english = reasons(sex, 'en', tEn).join('\n');
    expect(english).toContain('Food');
    expect(english).toContain('age 16');
    expect(english).toContain('Debt bondage');
    expect(english).not.toContain('debt_bondage');
    const spanish = reasons(sex, 'es', tEs).join('\n');
    expect(spanish).toContain('16 años');
    expect(spanish).not.toContain('debt_bondage');
  });

  it('labels employment facts and parent roles, and falls back for codes it does not know', () => {
    const facts = {
      ...emptyFacts(),
      age: 13,
      laborOrServices: true,
      laborKind: 'legal' as const,
      industry: 'orchard_work',
      employment: { ...emptyFacts().employment, noWorkPermit: true },
      parentRole: 'failed_to_protect' as const,
    };
    const illegal = determine(facts).determinations.find((d) => d.key === 'illegal_child_labor')!;
    const text = reasons(illegal, 'en', tEn, (code) => `<${code}>`).join('\n');
    expect(text).toContain('No work permit');
    expect(text).toContain('Failed to protect the youth');
    expect(text).toContain('A legal industry, <orchard_work>');
  });
});

describe('the intake address', () => {
  it('keeps a screening id only when it is a uuid', () => {
    const id = '7d3c4c5e-8a1b-4c2d-9e0f-123456789abc';
    expect(parseNewReportSearch({ youthId: id, screeningId: id })).toEqual({ youthId: id, screeningId: id });
    expect(parseNewReportSearch({ screeningId: '../audit' })).toEqual({});
  });
});
