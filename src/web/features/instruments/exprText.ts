/**
 * A condition in words, for the read-only view of a version: "any of: (at least 2 of: D, E, F)…".
 * Items are named by their code where they have one, else by their key; rules by their label.
 */
import type { TFunction } from 'i18next';
import type { Language } from '@domain/identification/forms';
import type { Expr, Instrument } from '@domain/identification/instrument';

export function exprText(expr: Expr, inst: Instrument, lang: Language, t: TFunction): string {
  const items = new Map(inst.groups.flatMap((g) => g.items.map((i) => [i.key, i] as const)));
  const say = (e: Expr): string => {
    if ('item' in e) {
      const item = items.get(e.item);
      const name = item?.code ?? e.item;
      if (e.in) {
        const labels = e.in.map((o) => item?.options?.find((x) => x.key === o)?.label[lang] ?? o);
        return t('instruments.expr.in', { item: name, options: labels.join(', ') });
      }
      if (e.gte !== undefined && e.lte !== undefined)
        return t('instruments.expr.between', { item: name, min: e.gte, max: e.lte });
      if (e.gte !== undefined) return t('instruments.expr.gte', { item: name, value: e.gte });
      if (e.lte !== undefined) return t('instruments.expr.lte', { item: name, value: e.lte });
      return t(e.is === 'no' ? 'instruments.expr.isNo' : 'instruments.expr.isYes', { item: name });
    }
    if ('rule' in e) {
      const rule = inst.rules.find((r) => r.key === e.rule);
      return t('instruments.expr.rule', { rule: rule?.label[lang] ?? e.rule });
    }
    if ('not' in e) return t('instruments.expr.not', { condition: say(e.not) });
    const list = ('all' in e ? e.all : 'any' in e ? e.any : e.of).map(say).join('; ');
    if ('all' in e) return t('instruments.expr.all', { conditions: list });
    if ('any' in e) return t('instruments.expr.any', { conditions: list });
    return t('instruments.expr.atLeast', { count: e.atLeast, conditions: list });
  };
  return say(expr);
}
