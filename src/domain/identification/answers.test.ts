/** Whether answers fit an instrument: each problem names the answer it is about. */
import { describe, expect, test } from 'vitest';
import { sampleInstrument } from '../../../test/fixtures/identification/examples';
import { answersSchema, checkAnswers, type Answers } from './answers';
import { loadInstrument } from './instrument.validate';

const inst = loadInstrument(sampleInstrument(), 'sample');
const today = '2025-06-15';
const check = (answers: Answers, partial = false) =>
  checkAnswers(inst, answers, { today, partial }).map((p) => p.message);
/** Answers that fit: the youth worked, in informal work, under threats. */
const full: Answers = {
  worked: 'yes',
  age: 15,
  last_seen: '2025-06-01',
  notes: 'Met at the drop-in centre.',
  work_kind: 'informal',
  means_seen: ['threats_to_youth'],
  hours: 50,
};

describe('checkAnswers', () => {
  test('answers that fit give no problem', () => {
    expect(check(full)).toEqual([]);
    expect(check({ worked: 'no' })).toEqual([]);
    expect(check({ ...full, means_seen: [] })).toEqual([]);
    expect(check({ ...full, last_seen: today })).toEqual([]);
    expect(check({ ...full, last_seen: '2024-02-29' })).toEqual([]);
  });

  test('"unknown" and "declined" fit any item', () => {
    for (const status of ['unknown', 'declined'])
      expect(
        check({
          worked: 'yes',
          work_kind: status,
          means_seen: status,
          hours: status,
          age: status,
          last_seen: status,
          notes: status,
        }),
      ).toEqual([]);
  });

  test('an answer to an item the instrument does not have', () => {
    expect(check({ ...full, nobody: 'yes' })).toEqual([
      'answers.nobody: there is no item "nobody" in sample-check version 1.',
    ]);
  });

  test('answers of the wrong type', () => {
    expect(check({ ...full, worked: 'maybe' })).toEqual([
      'answers.worked: answer "yes", "no", "unknown" or "declined".',
    ]);
    expect(check({ ...full, worked: true as never })).toEqual([
      'answers.worked: answer "yes", "no", "unknown" or "declined".',
    ]);
    expect(check({ ...full, hours: '12' })).toEqual(['answers.hours: give a number.']);
    expect(check({ ...full, means_seen: 'debt_bondage' })).toEqual([
      'answers.means_seen: give a list of options.',
    ]);
    expect(check({ ...full, notes: 5 })).toEqual(['answers.notes: give text.']);
    expect(check({ ...full, notes: '   ' })).toEqual([
      'answers.notes: the text is empty; leave the item out instead.',
    ]);
    expect(check({ ...full, about: 'read' })).toEqual(['answers.about: this item takes no answer.']);
  });

  test('options that are not in the list, or listed twice', () => {
    expect(check({ ...full, work_kind: 'volunteer' })).toEqual([
      'answers.work_kind: choose one of: legal, informal, illicit.',
    ]);
    expect(check({ ...full, work_kind: ['legal'] })).toEqual([
      'answers.work_kind: choose one of: legal, informal, illicit.',
    ]);
    expect(check({ ...full, means_seen: ['debt_bondage', 'bribes'] })).toEqual([
      'answers.means_seen: choose from: threats_to_youth, debt_bondage, false_job_offer.',
    ]);
    expect(check({ ...full, means_seen: ['debt_bondage', 'debt_bondage'] })).toEqual([
      'answers.means_seen: an option is listed twice.',
    ]);
  });

  test('dates: in the future, impossible, or not written YYYY-MM-DD', () => {
    expect(check({ ...full, last_seen: '2025-06-16' })).toEqual([
      'answers.last_seen: the date is in the future.',
    ]);
    for (const bad of ['2026-02-30', '2025-02-29', '2025-13-01', '15/06/2025', '2025-6-1'])
      expect(check({ ...full, last_seen: bad }), bad).toEqual([
        'answers.last_seen: give a real date as YYYY-MM-DD.',
      ]);
  });

  test('numbers outside the bounds', () => {
    expect(check({ ...full, hours: 121 })).toEqual(['answers.hours: give a number from 0 to 120.']);
    expect(check({ ...full, hours: -1 })).toEqual(['answers.hours: give a number from 0 to 120.']);
    expect(check({ ...full, hours: 120 })).toEqual([]);
    expect(check({ ...full, age: 26 })).toEqual(['answers.age: give a number from 0 to 25.']);
  });

  test('an answer to an item whose condition is false (and to the items that follow from it)', () => {
    expect(check({ worked: 'no', work_kind: 'legal' })).toEqual([
      'answers.work_kind: not asked, because its condition is not met.',
    ]);
    expect(check({ ...full, work_kind: 'legal', illegal_task: 'yes' })).toEqual([
      'answers.illegal_task: not asked, because its condition is not met.',
    ]);
    expect(check({ ...full, work_kind: 'illicit', illegal_task: 'yes' })).toEqual([]);
  });

  test('a follow-up is asked when the answer it follows is unknown: unknown is never "no"', () => {
    expect(check({ worked: 'unknown', work_kind: 'legal' })).toEqual([]);
    expect(check({ worked: 'declined' })).toEqual([
      'answers.work_kind: answer this question, or mark it unknown or declined.',
    ]);
  });

  test('required answers missing, but not while the screening is still being taken', () => {
    expect(check({})).toEqual(['answers.worked: answer this question, or mark it unknown or declined.']);
    expect(check({ worked: 'yes' })).toEqual([
      'answers.work_kind: answer this question, or mark it unknown or declined.',
    ]);
    expect(check({}, true)).toEqual([]);
    expect(check({ worked: 'yes' }, true)).toEqual([]);
    expect(check({ worked: 'no', work_kind: 'legal' }, true)).toEqual([
      'answers.work_kind: not asked, because its condition is not met.',
    ]);
  });
});

describe('answersSchema', () => {
  test('bounds the answers: values are strings, numbers or lists of strings, at most 300 of them', () => {
    expect(answersSchema.safeParse(full).success).toBe(true);
    expect(answersSchema.safeParse({ worked: { yes: true } }).success).toBe(false);
    expect(answersSchema.safeParse({ hours: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(answersSchema.safeParse({ notes: 'x'.repeat(2_001) }).success).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 301 }, (_, i) => [`item_${i}`, 'yes']));
    expect(answersSchema.safeParse(many).success).toBe(false);
    expect(answersSchema.safeParse(Object.fromEntries(Object.entries(many).slice(0, 300))).success).toBe(
      true,
    );
  });
});
