/** The facts as input: defaults, and a non-minor dependent who is 18 or older. */
import { describe, expect, test } from 'vitest';
import { emptyFacts, factsSchema } from './facts';

const NMD_MESSAGE = 'A non-minor dependent is 18 or older.';

describe('factsSchema', () => {
  test('every fact defaults to unknown', () => {
    expect(emptyFacts()).toMatchObject({
      age: null,
      nonMinorDependent: null,
      valueExchanged: [],
      means: [],
      parentRole: 'unknown',
    });
    expect(Object.values(emptyFacts().employment).every((v) => v === null)).toBe(true);
  });

  test.each([0, 15, 17])('a non-minor dependent aged %i is refused, naming nonMinorDependent', (age) => {
    const r = factsSchema.safeParse({ age, nonMinorDependent: true });
    expect(r.success).toBe(false);
    expect(r.error!.issues).toEqual([
      expect.objectContaining({ path: ['nonMinorDependent'], message: NMD_MESSAGE }),
    ]);
  });

  test.each([
    { age: 18, nonMinorDependent: true },
    { age: 21, nonMinorDependent: true },
    { age: null, nonMinorDependent: true },
    { nonMinorDependent: true },
    { age: 15, nonMinorDependent: false },
    { age: 15, nonMinorDependent: null },
    { age: 15 },
  ])('%o is accepted', (input) => {
    const r = factsSchema.safeParse(input);
    expect(r.error?.issues).toBeUndefined();
    expect(r.data).toMatchObject({ ...input, age: input.age ?? null });
  });

  test('an invalid age is reported by itself; an unrelated problem is reported beside the contradiction', () => {
    for (const age of [-1, 12.5, '12']) {
      const r = factsSchema.safeParse({ age, nonMinorDependent: true });
      expect(
        r.error!.issues.map((i) => i.path),
        String(age),
      ).toEqual([['age']]);
    }
    const r = factsSchema.safeParse({ age: 12, nonMinorDependent: true, means: ['bribery'] });
    expect(r.error!.issues.map((i) => [i.path, i.code])).toEqual([
      [['means', 0], 'invalid_value'],
      [['nonMinorDependent'], 'custom'],
    ]);
  });
});
