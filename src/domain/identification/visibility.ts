/**
 * Which items are asked, given the answers so far. An item is asked when it has no condition, or when its
 * condition is true or cannot be known because an answer it depends on is "unknown" or "declined"
 * (unknown is never "no"). Conditions form no cycle (checked at load), so this settles in one pass per
 * level of nesting.
 */
import type { AnswerValue } from './answers';
import { evalExpr, ruleEvaluator } from './expr';
import { items as allItems, type Instrument } from './instrument';

export function visibility(inst: Instrument, answers: Record<string, AnswerValue>): Set<string> {
  const list = allItems(inst);
  const byKey = new Map(list.map((i) => [i.key, i]));
  let shown = new Set(list.map((i) => i.key));
  // Iterate to a fixed point: hiding an item can hide the items that depend on it.
  for (let round = 0; round <= list.length; round++) {
    const current = shown;
    const base = {
      items: byKey,
      answers,
      shown: (k: string) => current.has(k),
      missing: 'false' as const,
    };
    const rule = ruleEvaluator(inst, base);
    const next = new Set(
      list
        .filter((i) => !i.showIf || evalExpr(i.showIf, { ...base, rule }).value !== false)
        .map((i) => i.key),
    );
    if (next.size === shown.size && [...next].every((k) => shown.has(k))) return next;
    shown = next;
  }
  return shown;
}
