/**
 * Three-valued (Kleene) logic: true, false and null for "not known". Unknown never counts as false:
 * `and3(true, null)` is null, and only a known false makes a conjunction false.
 */
import type { Tri } from './facts';

export function and3(...xs: Tri[]): Tri {
  if (xs.some((x) => x === false)) return false;
  return xs.every((x) => x === true) ? true : null;
}

export function or3(...xs: Tri[]): Tri {
  if (xs.some((x) => x === true)) return true;
  return xs.every((x) => x === false) ? false : null;
}

export function not3(x: Tri): Tri {
  return x === null ? null : !x;
}

/**
 * At least `n` of the values are true: true when `n` are, false when even every unknown turning true
 * could not reach `n`, otherwise unknown.
 */
export function atLeast3(n: number, xs: Tri[]): Tri {
  const yes = xs.filter((x) => x === true).length;
  const unknown = xs.filter((x) => x === null).length;
  if (yes >= n) return true;
  return yes + unknown < n ? false : null;
}
