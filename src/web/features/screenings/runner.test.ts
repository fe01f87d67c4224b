import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadInstrument } from '@domain/identification/instrument.validate';
import type { InstrumentInput, Item } from '@domain/identification/instrument';
import { visibility } from '@domain/identification/visibility';
import {
  PAGE_SIZE,
  buildSteps,
  checkStep,
  followStep,
  itemProblem,
  percent,
  progress,
  pruneHidden,
  recordedLanguage,
  stepOfItem,
  typedAnswer,
  withAnswer,
} from './runner';

const words = (en: string) => ({ en, es: `${en} (es)` });
const yesNo = (key: string, extra: Partial<InstrumentInput['groups'][number]['items'][number]> = {}) => ({
  key,
  type: 'yes_no' as const,
  text: words(`Question ${key}`),
  ...extra,
});

/** A made-up instrument: a long group, follow-ups two deep, and one of each typed answer. */
const inst = loadInstrument(
  {
    key: 'runner-test',
    version: 1,
    kind: 'screening',
    title: words('Runner test'),
    description: words('For tests.'),
    source: words('Invented.'),
    groups: [
      {
        key: 'long',
        title: words('Long group'),
        items: [
          { key: 'intro', type: 'info', text: words('Read this first.') },
          ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((k) => yesNo(k, { required: true })),
        ],
      },
      {
        key: 'follow',
        title: words('Follow-ups'),
        items: [
          yesNo('parent', { required: true }),
          yesNo('child', { showIf: { item: 'parent' }, required: true }),
          yesNo('grandchild', { showIf: { item: 'child' } }),
        ],
      },
      {
        key: 'hidden_group',
        title: words('Only after parent'),
        items: [yesNo('later', { showIf: { item: 'parent' } })],
      },
      {
        key: 'typed',
        title: words('Typed'),
        items: [
          { key: 'count', type: 'number', min: 0, max: 10, text: words('How many?') },
          { key: 'when', type: 'date', text: words('When?') },
          { key: 'note', type: 'text', text: words('Anything else?') },
        ],
      },
    ],
  },
  'runner test',
);
const item = (key: string): Item => inst.groups.flatMap((g) => g.items).find((i) => i.key === key)!;

describe('buildSteps', () => {
  it('splits a long group into parts of at most five questions, guidance going with what follows', () => {
    const steps = buildSteps(inst, visibility(inst, {}));
    expect(steps.map((s) => s.key)).toEqual(['long:1', 'long:2', 'follow:1', 'typed:1']);
    expect(steps[0]!.items.map((i) => i.key)).toEqual(['intro', 'a', 'b', 'c', 'd', 'e']);
    expect(steps[1]).toMatchObject({ part: 2, parts: 2 });
    expect(steps[1]!.items.map((i) => i.key)).toEqual(['f', 'g']);
  });

  it('shows follow-ups, and a group that was hidden, once the answer they follow is given', () => {
    const steps = buildSteps(inst, visibility(inst, { parent: 'yes', child: 'unknown' }));
    expect(steps.map((s) => s.key)).toEqual(['long:1', 'long:2', 'follow:1', 'hidden_group:1', 'typed:1']);
    // "unknown" is never "no": the grandchild is asked.
    expect(steps[2]!.items.map((i) => i.key)).toEqual(['parent', 'child', 'grandchild']);
    expect(stepOfItem(steps, 'grandchild')).toBe(2);
    expect(stepOfItem(buildSteps(inst, visibility(inst, {})), 'grandchild')).toBe(-1);
  });

  it('never puts more than PAGE_SIZE questions on a step, and keeps every asked item exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (n) => {
        const big = loadInstrument(
          {
            key: 'big',
            version: 1,
            kind: 'checklist',
            title: words('Big'),
            description: words('Big'),
            source: words('Invented'),
            groups: [
              { key: 'g', title: words('G'), items: Array.from({ length: n }, (_, i) => yesNo(`q${i}`)) },
            ],
          },
          'big',
        );
        const steps = buildSteps(big, visibility(big, {}));
        expect(steps.every((s) => s.items.length <= PAGE_SIZE && s.items.length > 0)).toBe(true);
        expect(steps.flatMap((s) => s.items.map((i) => i.key))).toEqual(
          Array.from({ length: n }, (_, i) => `q${i}`),
        );
        expect(steps.length).toBe(Math.ceil(n / PAGE_SIZE));
      }),
    );
  });
});

describe('followStep', () => {
  const steps = buildSteps(inst, visibility(inst, {}));
  it('stays on the same step when it still exists', () => {
    expect(followStep(steps, 'follow:1', 0)).toBe(2);
  });
  it('falls back to the nearest step at or before the old position', () => {
    expect(followStep(steps, 'hidden_group:1', 3)).toBe(3);
    expect(followStep(steps, 'gone:1', 9)).toBe(steps.length - 1);
    expect(followStep(steps, null, -1)).toBe(0);
  });
});

describe('pruneHidden', () => {
  it('drops answers to questions no longer asked, follow-ups of follow-ups included', () => {
    const { answers, dropped } = pruneHidden(inst, {
      a: 'yes',
      parent: 'no',
      child: 'yes',
      grandchild: 'yes',
      later: 'no',
    });
    expect(answers).toEqual({ a: 'yes', parent: 'no' });
    expect(dropped.sort()).toEqual(['child', 'grandchild', 'later']);
  });

  it('keeps every answer whose question is asked, and drops unknown keys and guidance', () => {
    const given = { parent: 'yes', child: 'declined', grandchild: 'no', count: 3 };
    expect(pruneHidden(inst, given)).toEqual({ answers: given, dropped: [] });
    expect(pruneHidden(inst, { intro: 'yes', nope: 'yes' }).dropped.sort()).toEqual(['intro', 'nope']);
  });
});

describe('progress', () => {
  it('counts asked questions and answered ones, "not known" and "declined" included', () => {
    const answers = { a: 'yes', b: 'unknown', parent: 'declined' };
    const p = progress(inst, answers, visibility(inst, answers));
    // 7 in the long group; parent, and child and later (a declined answer keeps its follow-ups asked),
    // but not grandchild (child has no answer yet); 3 typed.
    expect(p).toEqual({ asked: 13, answered: 3 });
    expect(percent(p)).toBe(23);
    expect(percent({ asked: 0, answered: 0 })).toBe(0);
  });
});

describe('typed answers', () => {
  it('turn text into numbers, real dates and text, or nothing', () => {
    expect(typedAnswer(item('count'), ' 4 ')).toBe(4);
    expect(typedAnswer(item('count'), 'four')).toBeUndefined();
    expect(typedAnswer(item('when'), '2024-02-30')).toBeUndefined();
    expect(typedAnswer(item('when'), '2024-02-29')).toBe('2024-02-29');
    expect(typedAnswer(item('note'), '  ')).toBeUndefined();
    expect(typedAnswer(item('note'), 'Said so.')).toBe('Said so.');
  });

  it('explain what stops an answer from being accepted', () => {
    const today = '2025-06-01';
    expect(itemProblem(item('count'), undefined, 'x', today)).toEqual({ kind: 'number' });
    expect(itemProblem(item('count'), 11, '11', today)).toEqual({ kind: 'range', min: 0, max: 10 });
    expect(itemProblem(item('count'), 10, '10', today)).toBeNull();
    expect(itemProblem(item('when'), undefined, '2025-13-01', today)).toEqual({ kind: 'date' });
    expect(itemProblem(item('when'), '2025-06-02', '2025-06-02', today)).toEqual({ kind: 'future' });
    expect(itemProblem(item('note'), 'x'.repeat(2001), 'x'.repeat(2001), today)).toEqual({
      kind: 'tooLong',
      max: 2000,
    });
    // Marked "not known": whatever was typed before no longer counts.
    expect(itemProblem(item('count'), 'unknown', 'x', today)).toBeNull();
    expect(itemProblem(item('intro'), undefined, undefined, today)).toBeNull();
  });
});

describe('checkStep', () => {
  it('lists required questions without an answer, and accepts "not known" and "declined"', () => {
    const steps = buildSteps(inst, visibility(inst, {}));
    const first = steps[0]!;
    expect(checkStep(first, { a: 'yes', b: 'unknown', c: 'declined' }, {}, '2025-01-01')).toEqual([
      { key: 'd', problem: { kind: 'required' } },
      { key: 'e', problem: { kind: 'required' } },
    ]);
    expect(checkStep(first, { a: 'no', b: 'no', c: 'no', d: 'no', e: 'no' }, {}, '2025-01-01')).toEqual([]);
    // Optional typed questions may stay empty.
    expect(checkStep(steps[3]!, {}, {}, '2025-01-01')).toEqual([]);
  });
});

describe('withAnswer', () => {
  it('sets or removes one answer without touching the others', () => {
    const before = { a: 'yes' };
    expect(withAnswer(before, 'b', 'no')).toEqual({ a: 'yes', b: 'no' });
    expect(withAnswer(before, 'a', undefined)).toEqual({});
    expect(before).toEqual({ a: 'yes' });
  });
});

describe('recordedLanguage', () => {
  it('recognises English and Spanish however they were recorded, first match first', () => {
    expect(recordedLanguage(['Mam', 'Español'])).toBe('es');
    expect(recordedLanguage(['es-MX'])).toBe('es');
    expect(recordedLanguage(['English', 'Spanish'])).toBe('en');
    expect(recordedLanguage(['Mam', 'Tagalog'])).toBeNull();
    expect(recordedLanguage([])).toBeNull();
  });
});
