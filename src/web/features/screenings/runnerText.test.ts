import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@web/api/client';
import type { Item } from '@domain/identification/instrument';
import { problemMessage, serverErrors, setupErrors, shortQuestion, stepErrors } from './runnerText';

// Stands in for i18next: the key and its values, so the test sees which sentence was chosen and with what.
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

const item = (over: Partial<Item> = {}): Item => ({
  key: 'left_home',
  type: 'yes_no',
  code: 'D',
  text: { en: 'Left home.', es: 'Se fue de casa.' },
  required: true,
  signals: [],
  ...over,
});

describe('shortQuestion', () => {
  it('names a question by its code and words, cut short when long', () => {
    expect(shortQuestion(item(), 'es')).toBe('D. Se fue de casa.');
    const long = shortQuestion(item({ code: undefined, text: { en: 'x'.repeat(200), es: 'y' } }), 'en');
    expect(long).toHaveLength(80);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('problemMessage', () => {
  it('chooses the sentence for each problem, with its bounds', () => {
    expect(problemMessage({ kind: 'required' }, item(), 'en', t)).toBe(
      'screenings.question.errors.required {"question":"D. Left home."}',
    );
    expect(problemMessage({ kind: 'range', min: 0, max: 9 }, item(), 'en', t)).toBe(
      'screenings.question.errors.range {"question":"D. Left home.","min":0,"max":9}',
    );
  });
});

describe('stepErrors and setupErrors', () => {
  it('give one error per problem, by the path the summary links', () => {
    const errors = stepErrors([{ key: 'left_home', problem: { kind: 'required' } }], () => item(), 'en', t);
    expect(errors.fields.map((f) => f.path)).toEqual(['answers.left_home']);
    expect(
      setupErrors(
        [
          { field: 'context', kind: 'required' },
          { field: 'screenedAt', kind: 'future' },
        ],
        t,
      ).fields,
    ).toEqual([
      { path: 'context', message: 'screenings.setup.errors.context' },
      { path: 'screenedAt', message: 'screenings.setup.errors.screenedAtFuture' },
    ]);
  });
});

describe('serverErrors', () => {
  it('names a problem with an answer by its question, and passes other problems on', () => {
    const error = new ApiError({
      status: 422,
      code: 'validation_failed',
      message: 'The answers do not fit.',
      details: [
        {
          path: 'answers.left_home',
          message: 'answers.left_home: not asked, because its condition is not met.',
        },
        { path: 'answers.gone', message: 'answers.gone: there is no item "gone".' },
        { path: 'screenedAt', message: 'The time cannot be in the future.' },
      ],
    });
    const errors = serverErrors(error, (k) => (k === 'left_home' ? item() : undefined), 'en', t);
    expect(errors.message).toBe('The answers do not fit.');
    expect(errors.fields).toEqual([
      { path: 'answers.left_home', message: 'D. Left home. — not asked, because its condition is not met.' },
      { path: 'answers.gone', message: 'answers.gone: there is no item "gone".' },
      { path: 'screenedAt', message: 'The time cannot be in the future.' },
    ]);
  });
});
