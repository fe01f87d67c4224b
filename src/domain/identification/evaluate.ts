/**
 * Evaluating answers against an instrument: per form, the indicators present; each rule with the answers
 * that made it true; scores against thresholds; the outcomes reached and their recommended actions; and,
 * when items document facts, the determination engine's result. Pure: the same answers give the same
 * result on the server, in the browser and in `lantern screen evaluate`.
 */
import { isStatus, type Answers } from './answers';
import { determine } from './determine';
import { FACT_BINDINGS, emptyFacts, type Facts } from './facts';
import { ruleEvaluator } from './expr';
import { ANSWERABLE, items as allItems, type Instrument, type Item } from './instrument';
import type { Evaluation } from './result';
import { visibility } from './visibility';

export interface EvaluationContext {
  /** The youth's age in whole years at the time, from the date of birth (an age item overrides it). */
  age?: number | null;
}

function factsFrom(
  inst: Instrument,
  answers: Answers,
  shown: Set<string>,
  ctx: EvaluationContext,
): Facts | null {
  const bound = allItems(inst).filter((i) => i.fact !== undefined);
  if (bound.length === 0) return null;
  const facts = emptyFacts();
  facts.age = ctx.age ?? null;
  const bindsMeansPresent = bound.some((i) => i.fact === 'meansPresent');
  for (const item of bound) {
    const v = answers[item.key];
    if (!shown.has(item.key) || v === undefined || isStatus(v)) continue;
    const path = item.fact!;
    const kind = FACT_BINDINGS[path]!.kind;
    const value = kind === 'tri' ? v === 'yes' : v;
    if (path.startsWith('employment.'))
      facts.employment[path.slice('employment.'.length) as keyof Facts['employment']] = value as boolean;
    else (facts as unknown as Record<string, unknown>)[path] = value;
    if (path === 'means' && Array.isArray(v) && v.length === 0 && !bindsMeansPresent)
      facts.meansPresent = false;
  }
  return facts;
}

const answeredFor = (item: Item, answers: Answers) => answers[item.key] !== undefined;

export function evaluate(inst: Instrument, answers: Answers, ctx: EvaluationContext = {}): Evaluation {
  const list = allItems(inst);
  const byKey = new Map(list.map((i) => [i.key, i]));
  const shown = visibility(inst, answers);
  const asked = list.filter((i) => shown.has(i.key) && ANSWERABLE(i));
  const base = { items: byKey, answers, shown: (k: string) => shown.has(k), missing: 'unknown' as const };
  const rule = ruleEvaluator(inst, base);
  const yes = (i: Item) => answers[i.key] === 'yes';
  const unknown = (i: Item) => !answeredFor(i, answers) || isStatus(answers[i.key]);

  const forms = inst.forms.map((form) => {
    const signalling = asked.filter((i) => i.signals.includes(form));
    return {
      form,
      present: signalling.filter(yes).map((i) => i.key),
      unknown: signalling.filter(unknown).map((i) => i.key),
      asked: signalling.length,
    };
  });

  const rules = inst.rules.map((r) => ({ key: r.key, ...rule(r.key) }));

  const scores = inst.scores.map((s) => {
    const count = s.count;
    const weighted =
      'signals' in count
        ? asked.filter((i) => i.signals.includes(count.signals)).map((i) => ({ item: i, weight: 1 }))
        : count.items.flatMap(({ item, weight }) => {
            const it = byKey.get(item);
            return it && shown.has(item) ? [{ item: it, weight }] : [];
          });
    const value = weighted.filter((w) => yes(w.item)).reduce((n, w) => n + w.weight, 0);
    const open = weighted.filter((w) => unknown(w.item)).reduce((n, w) => n + w.weight, 0);
    const reached = (n: number) => [...s.thresholds].reverse().find((t) => n >= t.atLeast)?.outcome ?? null;
    return { key: s.key, value, unknown: open, outcome: reached(value), couldReach: reached(value + open) };
  });

  const fired = new Set<string>([
    ...inst.rules.filter((r) => r.outcome && rule(r.key).value === true).map((r) => r.outcome!),
    ...scores.flatMap((s) => (s.outcome ? [s.outcome] : [])),
  ]);
  const outcomes = inst.outcomes.filter((o) => fired.has(o.key));
  const wanted = new Set(outcomes.flatMap((o) => o.actions));
  const facts = factsFrom(inst, answers, shown, ctx);

  return {
    instrument: { key: inst.key, version: inst.version },
    applicable: asked.length,
    answered: asked.filter((i) => answeredFor(i, answers)).length,
    complete: asked.every((i) => !i.required || answeredFor(i, answers)),
    forms,
    rules,
    scores,
    outcomes: outcomes.map((o) => o.key),
    actions: inst.actions.filter((a) => wanted.has(a.key)).map((a) => a.key),
    facts,
    determination: facts ? determine(facts) : null,
  };
}
