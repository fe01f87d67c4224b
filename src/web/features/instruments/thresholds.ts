/**
 * The numbers a coordinator tunes without touching the logic: the "at least N of these" counts inside
 * rules (the at-risk "two of D–H") and each score's thresholds. Pure: updates return a new definition.
 */
import type { Expr, Instrument } from '@domain/identification/instrument';

/** Where a count sits in a rule's condition: the child indexes from the top of `when`. */
export type ExprPath = readonly number[];

export interface RuleCount {
  rule: string;
  path: ExprPath;
  atLeast: number;
  /** How many conditions the count is taken over. */
  of: number;
  /** The items those conditions test directly (their codes where they have one, else their keys). */
  items: string[];
}

function children(expr: Expr): Expr[] {
  if ('all' in expr) return expr.all;
  if ('any' in expr) return expr.any;
  if ('atLeast' in expr) return expr.of;
  if ('not' in expr) return [expr.not];
  return [];
}

/** Every "at least N of" inside every rule, outermost first. */
export function ruleCounts(inst: Instrument): RuleCount[] {
  const names = new Map(
    inst.groups.flatMap((group) => group.items.map((item) => [item.key, item.code ?? item.key] as const)),
  );
  const found: RuleCount[] = [];
  const walk = (rule: string, expr: Expr, path: number[]) => {
    if ('atLeast' in expr)
      found.push({
        rule,
        path,
        atLeast: expr.atLeast,
        of: expr.of.length,
        items: expr.of.flatMap((kid) => ('item' in kid ? [names.get(kid.item) ?? kid.item] : [])),
      });
    children(expr).forEach((kid, i) => walk(rule, kid, [...path, i]));
  };
  for (const rule of inst.rules) walk(rule.key, rule.when, []);
  return found;
}

function setCountAt(expr: Expr, path: ExprPath, atLeast: number): Expr {
  if (path.length === 0) {
    if (!('atLeast' in expr)) throw new Error('No count at that place in the condition.');
    return { atLeast, of: expr.of };
  }
  const [head, ...rest] = path;
  const swap = (kids: Expr[]) => kids.map((kid, i) => (i === head ? setCountAt(kid, rest, atLeast) : kid));
  if ('all' in expr) return { all: swap(expr.all) };
  if ('any' in expr) return { any: swap(expr.any) };
  if ('atLeast' in expr) return { atLeast: expr.atLeast, of: swap(expr.of) };
  if ('not' in expr) return { not: setCountAt(expr.not, rest, atLeast) };
  throw new Error('No count at that place in the condition.');
}

/** The instrument with one rule's count changed. */
export function setRuleCount(inst: Instrument, rule: string, path: ExprPath, atLeast: number): Instrument {
  return {
    ...inst,
    rules: inst.rules.map((r) => (r.key === rule ? { ...r, when: setCountAt(r.when, path, atLeast) } : r)),
  };
}

/** The instrument with one of a score's thresholds changed (thresholds stay in the order given). */
export function setScoreThreshold(
  inst: Instrument,
  score: string,
  index: number,
  atLeast: number,
): Instrument {
  return {
    ...inst,
    scores: inst.scores.map((s) =>
      s.key === score
        ? { ...s, thresholds: s.thresholds.map((th, i) => (i === index ? { ...th, atLeast } : th)) }
        : s,
    ),
  };
}

/** A stable id for a count's input, from its rule and place. */
export const ruleCountId = (rule: string, path: ExprPath) => `rule-${rule}-count-${path.join('-') || 'top'}`;
export const scoreThresholdId = (score: string, index: number) => `score-${score}-threshold-${index}`;
