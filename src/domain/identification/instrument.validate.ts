/**
 * Loading an instrument: the schema first, then the checks a schema cannot make — unknown keys in rules,
 * conditions and scores, options that don't exist, facts bound to the wrong kind of item, cycles between
 * conditions or rules. Every problem names the item (or rule, score, outcome) it is about.
 */
import { FACT_BINDINGS } from './facts';
import {
  INSTRUMENT_LIMITS,
  RESERVED_ANSWERS,
  instrumentSchema,
  items as allItems,
  type Expr,
  type Instrument,
  type Item,
} from './instrument';

export interface Problem {
  path: string;
  message: string;
}
export type Parsed = { ok: true; instrument: Instrument } | { ok: false; problems: Problem[] };

/** A readable path: `groups.1.items.3.text.es` becomes `item "runaway_recent" › text.es`. */
function describe(raw: unknown, path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  const at = (obj: unknown, keys: string[]): unknown =>
    keys.reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      obj,
    );
  for (const [prefix, noun] of [
    [['groups', '*', 'items', '*'], 'item'],
    [['groups', '*'], 'group'],
    [['rules', '*'], 'rule'],
    [['scores', '*'], 'score'],
    [['outcomes', '*'], 'outcome'],
    [['actions', '*'], 'action'],
  ] as const) {
    if (parts.length < prefix.length || !prefix.every((p, i) => p === '*' || p === parts[i])) continue;
    const k = at(raw, [...parts.slice(0, prefix.length), 'key']);
    const rest = parts.slice(prefix.length).join('.');
    const name =
      typeof k === 'string' ? `${noun} "${k}"` : `${noun} ${parts.slice(0, prefix.length).join('.')}`;
    return rest ? `${name} › ${rest}` : name;
  }
  return parts.join('.') || '(instrument)';
}

export function parseInstrument(raw: unknown): Parsed {
  const parsed = instrumentSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({
        path: describe(raw, i.path),
        message: `${describe(raw, i.path)}: ${i.message}`,
      })),
    };
  const problems = checkInstrument(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, instrument: parsed.data };
}

/** Parse or throw one error listing every problem (for content loaded at start-up and the CLI). */
export function loadInstrument(raw: unknown, source: string): Instrument {
  const result = parseInstrument(raw);
  if (result.ok) return result.instrument;
  throw new Error(
    `Instrument ${source} is not valid:\n${result.problems.map((p) => `  - ${p.message}`).join('\n')}`,
  );
}

function duplicates(keys: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(keys.filter((k) => (seen.has(k) ? true : (seen.add(k), false))))];
}

/** Items and rules an expression refers to. */
function refs(e: Expr, out: { items: Set<string>; rules: Set<string> }, depth = 0): number {
  if (depth > INSTRUMENT_LIMITS.exprDepth) return depth;
  if ('item' in e) out.items.add(e.item);
  else if ('rule' in e) out.rules.add(e.rule);
  else if ('not' in e) return refs(e.not, out, depth + 1);
  else {
    const kids = 'all' in e ? e.all : 'any' in e ? e.any : e.of;
    return Math.max(depth, ...kids.map((k) => refs(k, out, depth + 1)));
  }
  return depth;
}

function checkLeaf(e: Expr, where: string, byKey: Map<string, Item>, p: Problem[]) {
  if ('not' in e) return checkLeaf(e.not, where, byKey, p);
  if ('all' in e || 'any' in e || 'atLeast' in e) {
    const kids = 'all' in e ? e.all : 'any' in e ? e.any : e.of;
    if ('atLeast' in e && e.atLeast > kids.length)
      p.push({
        path: where,
        message: `${where}: "atLeast ${e.atLeast}" of only ${kids.length} conditions can never be true.`,
      });
    return kids.forEach((k) => checkLeaf(k, where, byKey, p));
  }
  if (!('item' in e)) return;
  const item = byKey.get(e.item);
  if (!item) return p.push({ path: where, message: `${where}: refers to unknown item "${e.item}".` });
  const tests = [e.is !== undefined, e.in !== undefined, e.gte !== undefined || e.lte !== undefined];
  const bad = (why: string) => p.push({ path: where, message: `${where}: item "${e.item}" ${why}` });
  if (tests.filter(Boolean).length > 1)
    return bad('is tested in more than one way; use one of is, in, gte/lte.');
  if (item.type === 'text' || item.type === 'date' || item.type === 'info')
    return bad(`is a ${item.type} item and cannot be tested by a condition.`);
  if (item.type === 'yes_no' && (e.in || e.gte !== undefined || e.lte !== undefined))
    return bad('is a yes/no item: test it with "is".');
  if ((item.type === 'single' || item.type === 'multi') && !e.in)
    return bad('is a choice item: test it with "in".');
  if (item.type === 'number' && e.gte === undefined && e.lte === undefined)
    return bad('is a number item: test it with "gte" or "lte".');
  const known = new Set((item.options ?? []).map((o) => o.key));
  for (const o of e.in ?? []) if (!known.has(o)) bad(`has no option "${o}".`);
}

/** A cycle in a graph of keys, as the path that closes it, or null. */
function findCycle(edges: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    if (state.get(n) === 'done') return null;
    if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'open');
    stack.push(n);
    for (const m of edges.get(n) ?? []) {
      const c = visit(m);
      if (c) return c;
    }
    stack.pop();
    state.set(n, 'done');
    return null;
  };
  for (const n of edges.keys()) {
    const c = visit(n);
    if (c) return c;
  }
  return null;
}

function checkItems(inst: Instrument, byKey: Map<string, Item>, p: Problem[]) {
  const bound = new Map<string, string>();
  for (const item of allItems(inst)) {
    const at = `item "${item.key}"`;
    const choice = item.type === 'single' || item.type === 'multi';
    if (choice && !item.options) p.push({ path: at, message: `${at}: a choice item needs options.` });
    if (!choice && item.options) p.push({ path: at, message: `${at}: only choice items have options.` });
    for (const d of duplicates((item.options ?? []).map((o) => o.key)))
      p.push({ path: at, message: `${at}: option "${d}" is listed twice.` });
    for (const o of item.options ?? [])
      if ((RESERVED_ANSWERS as readonly string[]).includes(o.key))
        p.push({
          path: at,
          message: `${at}: "${o.key}" is reserved for that answer and cannot be an option.`,
        });
    if (item.type === 'number' && (item.min === undefined || item.max === undefined || item.min > item.max))
      p.push({ path: at, message: `${at}: a number item needs min and max, with min ≤ max.` });
    if (item.type !== 'number' && (item.min !== undefined || item.max !== undefined))
      p.push({ path: at, message: `${at}: only number items have min and max.` });
    if (item.type === 'info' && (item.required || item.signals.length || item.fact))
      p.push({
        path: at,
        message: `${at}: an info item has no answer, so it cannot be required, signal or bind a fact.`,
      });
    if (item.signals.length && item.type !== 'yes_no')
      p.push({ path: at, message: `${at}: only yes/no items can signal a form.` });
    if (item.showIf) checkLeaf(item.showIf, `${at} › showIf`, byKey, p);
    if (item.fact !== undefined) checkFact(item, p, bound);
  }
}

function checkFact(item: Item, p: Problem[], bound: Map<string, string>) {
  const at = `item "${item.key}"`;
  const binding = FACT_BINDINGS[item.fact!];
  if (!binding) return p.push({ path: at, message: `${at}: unknown fact "${item.fact}".` });
  const other = bound.get(item.fact!);
  if (other) p.push({ path: at, message: `${at}: fact "${item.fact}" is already bound to item "${other}".` });
  bound.set(item.fact!, item.key);
  const need = { tri: 'yes_no', number: 'number', one: 'single', many: 'multi' }[binding.kind];
  if (item.type !== need)
    return p.push({
      path: at,
      message: `${at}: fact "${item.fact}" needs a ${need} item, not ${item.type}.`,
    });
  if (binding.kind === 'one' || binding.kind === 'many')
    for (const o of item.options ?? [])
      if (!binding.values.includes(o.key))
        p.push({ path: at, message: `${at}: option "${o.key}" is not a value of fact "${item.fact}".` });
}

/** Every check after the schema; an empty list means the instrument is sound. */
export function checkInstrument(inst: Instrument): Problem[] {
  const p: Problem[] = [];
  const list = allItems(inst);
  const byKey = new Map(list.map((i) => [i.key, i]));
  const named = (what: string, keys: string[]) =>
    duplicates(keys).forEach((d) =>
      p.push({ path: `${what} "${d}"`, message: `${what} "${d}" is defined twice.` }),
    );
  named(
    'item',
    list.map((i) => i.key),
  );
  named(
    'group',
    inst.groups.map((g) => g.key),
  );
  named(
    'rule',
    inst.rules.map((r) => r.key),
  );
  named(
    'score',
    inst.scores.map((s) => s.key),
  );
  named(
    'outcome',
    inst.outcomes.map((o) => o.key),
  );
  named(
    'action',
    inst.actions.map((a) => a.key),
  );
  if (list.length > INSTRUMENT_LIMITS.items)
    p.push({ path: 'groups', message: `An instrument holds at most ${INSTRUMENT_LIMITS.items} items.` });
  checkItems(inst, byKey, p);

  const ruleKeys = new Set(inst.rules.map((r) => r.key));
  const outcomeKeys = new Set(inst.outcomes.map((o) => o.key));
  const actionKeys = new Set(inst.actions.map((a) => a.key));
  const ruleEdges = new Map<string, Set<string>>();
  const itemEdges = new Map<string, Set<string>>();
  const expand = (r: string, seen = new Set<string>()): Set<string> => {
    const out = new Set<string>();
    if (seen.has(r)) return out;
    seen.add(r);
    const rule = inst.rules.find((x) => x.key === r);
    if (!rule) return out;
    const found = { items: new Set<string>(), rules: new Set<string>() };
    refs(rule.when, found);
    found.items.forEach((i) => out.add(i));
    found.rules.forEach((x) => expand(x, seen).forEach((i) => out.add(i)));
    return out;
  };
  for (const rule of inst.rules) {
    const at = `rule "${rule.key}"`;
    const found = { items: new Set<string>(), rules: new Set<string>() };
    if (refs(rule.when, found) > INSTRUMENT_LIMITS.exprDepth)
      p.push({ path: at, message: `${at}: conditions nest deeper than ${INSTRUMENT_LIMITS.exprDepth}.` });
    checkLeaf(rule.when, at, byKey, p);
    for (const r of found.rules)
      if (!ruleKeys.has(r)) p.push({ path: at, message: `${at}: refers to unknown rule "${r}".` });
    ruleEdges.set(rule.key, found.rules);
    if (rule.outcome && !outcomeKeys.has(rule.outcome))
      p.push({ path: at, message: `${at}: unknown outcome "${rule.outcome}".` });
  }
  const ruleCycle = findCycle(ruleEdges);
  if (ruleCycle)
    p.push({
      path: `rule "${ruleCycle[0]}"`,
      message: `Rules refer to each other in a cycle: ${ruleCycle.join(' → ')}.`,
    });
  for (const item of list) {
    if (!item.showIf) continue;
    const found = { items: new Set<string>(), rules: new Set<string>() };
    if (refs(item.showIf, found) > INSTRUMENT_LIMITS.exprDepth)
      p.push({
        path: `item "${item.key}"`,
        message: `item "${item.key}": its condition nests deeper than ${INSTRUMENT_LIMITS.exprDepth}.`,
      });
    for (const r of found.rules) {
      if (!ruleKeys.has(r))
        p.push({
          path: `item "${item.key}"`,
          message: `item "${item.key}" › showIf: refers to unknown rule "${r}".`,
        });
      else expand(r).forEach((i) => found.items.add(i));
    }
    itemEdges.set(item.key, found.items);
  }
  const itemCycle = findCycle(itemEdges);
  if (itemCycle)
    p.push({
      path: `item "${itemCycle[0]}"`,
      message: `item "${itemCycle[0]}": conditions form a cycle: ${itemCycle.join(' → ')}.`,
    });

  for (const score of inst.scores) {
    const at = `score "${score.key}"`;
    if ('items' in score.count)
      for (const { item } of score.count.items) {
        const it = byKey.get(item);
        if (!it) p.push({ path: at, message: `${at}: refers to unknown item "${item}".` });
        else if (it.type !== 'yes_no')
          p.push({ path: at, message: `${at}: item "${item}" is not a yes/no item.` });
      }
    let last = 0;
    for (const t of score.thresholds) {
      if (t.atLeast <= last) p.push({ path: at, message: `${at}: thresholds must rise.` });
      last = t.atLeast;
      if (!outcomeKeys.has(t.outcome))
        p.push({ path: at, message: `${at}: unknown outcome "${t.outcome}".` });
    }
  }
  for (const o of inst.outcomes)
    for (const a of o.actions)
      if (!actionKeys.has(a))
        p.push({ path: `outcome "${o.key}"`, message: `outcome "${o.key}": unknown action "${a}".` });
  for (const a of inst.actions)
    if (a.kind === 'start_instrument' && !a.instrument)
      p.push({ path: `action "${a.key}"`, message: `action "${a.key}": name the instrument to start.` });
  for (const item of list)
    for (const f of item.signals)
      if (!inst.forms.includes(f))
        p.push({
          path: `item "${item.key}"`,
          message: `item "${item.key}" signals ${f}, which the instrument does not list in "forms".`,
        });
  return p;
}
