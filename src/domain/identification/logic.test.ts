/**
 * Three-valued logic against brute force: a Kleene value is true iff every way of filling in the
 * unknowns gives true, false iff every way gives false, and unknown otherwise.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Tri } from './facts';
import { and3, atLeast3, not3, or3 } from './logic';

/** Every boolean list obtained by replacing each null by true or false. */
function completions(xs: Tri[]): boolean[][] {
  return xs.reduce<boolean[][]>(
    (acc, x) =>
      acc.flatMap((c) =>
        x === null
          ? [
              [...c, true],
              [...c, false],
            ]
          : [[...c, x]],
      ),
    [[]],
  );
}

/** The value every completion agrees on, or null when they disagree. */
function agreed(xs: Tri[], f: (bs: boolean[]) => boolean): Tri {
  const values = new Set(completions(xs).map(f));
  return values.size === 1 ? [...values][0]! : null;
}

const tris = fc.array(fc.constantFrom<Tri>(true, false, null), { maxLength: 7 });

describe('three-valued logic', () => {
  test('and3 is true iff every completion is true, false iff every completion is false', () => {
    fc.assert(
      fc.property(tris, (xs) => {
        expect(and3(...xs)).toBe(agreed(xs, (bs) => bs.every(Boolean)));
      }),
    );
  });

  test('or3 agrees with every completion the same way', () => {
    fc.assert(
      fc.property(tris, (xs) => {
        expect(or3(...xs)).toBe(agreed(xs, (bs) => bs.some(Boolean)));
      }),
    );
  });

  test('atLeast3 agrees with counting over every completion', () => {
    fc.assert(
      fc.property(tris, fc.integer({ min: 0, max: 9 }), (xs, n) => {
        expect(atLeast3(n, xs)).toBe(agreed(xs, (bs) => bs.filter(Boolean).length >= n));
      }),
    );
  });

  test('not3 swaps true and false and keeps unknown', () => {
    expect(not3(true)).toBe(false);
    expect(not3(false)).toBe(true);
    expect(not3(null)).toBeNull();
  });

  test('unknown is never false: one unknown among trues leaves a conjunction unknown', () => {
    expect(and3(true, null)).toBeNull();
    expect(and3(true, null, false)).toBe(false);
    expect(or3(false, null)).toBeNull();
    expect(atLeast3(2, [true, null, false])).toBeNull();
    expect(atLeast3(2, [true, false, false])).toBe(false);
  });
});
