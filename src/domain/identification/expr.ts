/**
 * Evaluating conditions and rules in three-valued logic. An "unknown" or "declined" answer is unknown,
 * never false. A missing answer is unknown for rules; for deciding whether to ask an item ("showIf") it
 * is not yet true, so follow-up questions wait for the question they follow.
 */
import type { Tri } from './facts';
import type { Expr, Instrument, Item } from './instrument';
import type { AnswerValue } from './answers';
import { and3, atLeast3, not3, or3 } from './logic';

export interface Value {
  value: Tri;
  /** Items whose answers made the value true. */
  because: string[];
  /** Items whose unknown or missing answers leave it open. */
  open: string[];
}

export interface ExprContext {
  items: Map<string, Item>;
  answers: Record<string, AnswerValue>;
  /** Items that are asked; an item not asked counts as not present. */
  shown: (key: string) => boolean;
  missing: 'unknown' | 'false';
  rule: (key: string) => Value;
}

const uniq = (xs: string[]) => [...new Set(xs)];

function leaf(e: Extract<Expr, { item: string }>, ctx: ExprContext): Value {
  const item = ctx.items.get(e.item);
  if (!item || !ctx.shown(e.item)) return { value: false, because: [], open: [] };
  const v = ctx.answers[e.item];
  if (v === undefined)
    return ctx.missing === 'false'
      ? { value: false, because: [], open: [] }
      : { value: null, because: [], open: [e.item] };
  if (v === 'unknown' || v === 'declined') return { value: null, because: [], open: [e.item] };
  let value: boolean;
  if (item.type === 'yes_no') value = v === (e.is ?? 'yes');
  else if (item.type === 'single') value = typeof v === 'string' && (e.in ?? []).includes(v);
  else if (item.type === 'multi') value = Array.isArray(v) && v.some((o) => (e.in ?? []).includes(o));
  else if (item.type === 'number' && typeof v === 'number')
    value = (e.gte === undefined || v >= e.gte) && (e.lte === undefined || v <= e.lte);
  else value = false;
  return { value, because: value ? [e.item] : [], open: [] };
}

export function evalExpr(e: Expr, ctx: ExprContext): Value {
  if ('item' in e) return leaf(e, ctx);
  if ('rule' in e) return ctx.rule(e.rule);
  if ('not' in e) {
    const inner = evalExpr(e.not, ctx);
    return { value: not3(inner.value), because: [], open: inner.open };
  }
  const kids = ('all' in e ? e.all : 'any' in e ? e.any : e.of).map((k) => evalExpr(k, ctx));
  const values = kids.map((k) => k.value);
  const value = 'all' in e ? and3(...values) : 'any' in e ? or3(...values) : atLeast3(e.atLeast, values);
  const trueKids = kids.filter((k) => k.value === true);
  return {
    value,
    because: value === true ? uniq(trueKids.flatMap((k) => k.because)) : [],
    open: value === null ? uniq(kids.flatMap((k) => k.open)) : [],
  };
}

/** Rules evaluated once each, on demand (rule references form no cycle: checked at load). */
export function ruleEvaluator(inst: Instrument, base: Omit<ExprContext, 'rule'>): (key: string) => Value {
  const memo = new Map<string, Value>();
  const byKey = new Map(inst.rules.map((r) => [r.key, r]));
  const rule = (key: string): Value => {
    const hit = memo.get(key);
    if (hit) return hit;
    const r = byKey.get(key);
    const v = r ? evalExpr(r.when, { ...base, rule }) : { value: null, because: [], open: [] };
    memo.set(key, v);
    return v;
  };
  return rule;
}
