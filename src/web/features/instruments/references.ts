/**
 * Which parts of an instrument refer to an item, and how to take those references out when the item is
 * removed. Pure: every function returns a new definition and leaves its argument alone.
 */
import type { Expr, Instrument } from '@domain/identification/instrument';

/** A place that refers to an item: a rule's condition, a score's list, or another item's condition. */
export type Reference =
  { kind: 'rule'; key: string } | { kind: 'score'; key: string } | { kind: 'showIf'; key: string };

/** Whether an expression mentions an item (or a rule, when `rule` is set) anywhere. */
export function mentions(expr: Expr, target: { item?: string; rule?: string }): boolean {
  if ('item' in expr) return expr.item === target.item;
  if ('rule' in expr) return expr.rule === target.rule;
  if ('not' in expr) return mentions(expr.not, target);
  const kids = 'all' in expr ? expr.all : 'any' in expr ? expr.any : expr.of;
  return kids.some((kid) => mentions(kid, target));
}

/** Every rule, score and item condition that refers to the item `key`. */
export function referencesTo(inst: Instrument, key: string): Reference[] {
  const found: Reference[] = [];
  for (const rule of inst.rules)
    if (mentions(rule.when, { item: key })) found.push({ kind: 'rule', key: rule.key });
  for (const score of inst.scores)
    if ('items' in score.count && score.count.items.some((entry) => entry.item === key))
      found.push({ kind: 'score', key: score.key });
  for (const group of inst.groups)
    for (const item of group.items)
      if (item.key !== key && item.showIf && mentions(item.showIf, { item: key }))
        found.push({ kind: 'showIf', key: item.key });
  return found;
}

/**
 * The expression without the leaves that match; null when nothing is left of it. A `not` around a removed
 * leaf goes with it; an `all`, `any` or `atLeast` keeps its other conditions (its count is left for the
 * person to review: validation says when it can no longer be reached).
 */
export function pruneExpr(expr: Expr, drop: (leaf: Expr) => boolean): Expr | null {
  if ('item' in expr || 'rule' in expr) return drop(expr) ? null : expr;
  if ('not' in expr) {
    const inner = pruneExpr(expr.not, drop);
    return inner ? { not: inner } : null;
  }
  const prune = (kids: Expr[]) =>
    kids.map((kid) => pruneExpr(kid, drop)).filter((kid): kid is Expr => kid !== null);
  if ('all' in expr) {
    const all = prune(expr.all);
    return all.length ? { all } : null;
  }
  if ('any' in expr) {
    const any = prune(expr.any);
    return any.length ? { any } : null;
  }
  const of = prune(expr.of);
  return of.length ? { atLeast: expr.atLeast, of } : null;
}

/** The instrument without the item, its references left in place (validation will name them). */
export function removeItem(inst: Instrument, key: string): Instrument {
  return {
    ...inst,
    groups: inst.groups.map((group) => ({
      ...group,
      items: group.items.filter((item) => item.key !== key),
    })),
  };
}

/**
 * The instrument without the item and without every reference to it. A rule whose whole condition was
 * about the item goes too, and so, in turn, do references to that rule; a score left with no items goes,
 * and an item whose condition is gone is always asked.
 */
export function removeItemAndReferences(inst: Instrument, key: string): Instrument {
  let next = removeItem(inst, key);
  const goneItems = new Set([key]);
  const goneRules = new Set<string>();
  const drop = (leaf: Expr) =>
    ('item' in leaf && goneItems.has(leaf.item)) || ('rule' in leaf && goneRules.has(leaf.rule));
  for (let changed = true; changed;) {
    changed = false;
    const rules = [];
    for (const rule of next.rules) {
      const when = pruneExpr(rule.when, drop);
      if (when) rules.push({ ...rule, when });
      else {
        goneRules.add(rule.key);
        changed = true;
      }
    }
    next = { ...next, rules };
  }
  const scores = next.scores.flatMap((score) => {
    if (!('items' in score.count)) return [score];
    const items = score.count.items.filter((entry) => !goneItems.has(entry.item));
    return items.length ? [{ ...score, count: { items } }] : [];
  });
  const groups = next.groups.map((group) => ({
    ...group,
    items: group.items.map((item) => {
      if (!item.showIf) return item;
      const showIf = pruneExpr(item.showIf, drop);
      if (showIf) return { ...item, showIf };
      const { showIf: _gone, ...rest } = item;
      return rest;
    }),
  }));
  return { ...next, scores, groups };
}
