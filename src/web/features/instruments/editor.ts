/**
 * The adaptation editor's changes to a working copy of an instrument: rewording (worker text, youth-facing
 * text, help, titles, option labels) in either language, adding an item to a group, and finding the input
 * a validation problem is about. Pure: every change returns a new definition.
 */
import type { Language, Text } from '@domain/identification/forms';
import type { Instrument, Item } from '@domain/identification/instrument';
import { ruleCountId, ruleCounts, scoreThresholdId } from './thresholds';

/** A piece of wording the editor can change. Optional texts (youth-facing, help, intro) may be absent. */
export type TextTarget =
  | { kind: 'instrument'; field: 'title' | 'description' }
  | { kind: 'group'; key: string; field: 'title' | 'intro' }
  | { kind: 'item'; key: string; field: 'text' | 'youthText' | 'help' }
  | { kind: 'option'; item: string; option: string }
  | { kind: 'rule'; key: string; field: 'label' | 'explanation' };

/** How the editor's parts change the working copy: a function of the copy as it is when applied. */
export type Change = (inst: Instrument) => Instrument;
export type Update = (change: Change) => void;

const OPTIONAL = new Set(['intro', 'youthText', 'help', 'explanation']);

/** The input that edits one language of one text. */
export function textId(target: TextTarget, lang: Language): string {
  switch (target.kind) {
    case 'instrument':
      return `instrument-${target.field}-${lang}`;
    case 'group':
      return `group-${target.key}-${target.field}-${lang}`;
    case 'item':
      return `item-${target.key}-${target.field}-${lang}`;
    case 'option':
      return `option-${target.item}-${target.option}-${lang}`;
    case 'rule':
      return `rule-${target.key}-${target.field}-${lang}`;
  }
}

export function getText(inst: Instrument, target: TextTarget): Text | undefined {
  switch (target.kind) {
    case 'instrument':
      return inst[target.field];
    case 'group':
      return inst.groups.find((g) => g.key === target.key)?.[target.field];
    case 'item':
      return findItem(inst, target.key)?.[target.field];
    case 'option':
      return findItem(inst, target.item)?.options?.find((o) => o.key === target.option)?.label;
    case 'rule':
      return inst.rules.find((r) => r.key === target.key)?.[target.field];
  }
}

export function findItem(inst: Instrument, key: string): Item | undefined {
  for (const group of inst.groups) for (const item of group.items) if (item.key === key) return item;
  return undefined;
}

/** The text with one language set; an optional text left empty in both languages is removed. */
function withLanguage(old: Text | undefined, lang: Language, value: string): Text {
  return { en: old?.en ?? '', es: old?.es ?? '', [lang]: value };
}

function setField<T extends object>(obj: T, field: string, text: Text | undefined): T {
  const copy = { ...obj } as unknown as Record<string, unknown>;
  if (text === undefined) delete copy[field];
  else copy[field] = text;
  return copy as T;
}

function mapItem(inst: Instrument, key: string, change: (item: Item) => Item): Instrument {
  return {
    ...inst,
    groups: inst.groups.map((group) => ({
      ...group,
      items: group.items.map((item) => (item.key === key ? change(item) : item)),
    })),
  };
}

/** The instrument with one language of one text changed (the other language is left as it is). */
export function setText(inst: Instrument, target: TextTarget, lang: Language, value: string): Instrument {
  const next = withLanguage(getText(inst, target), lang, value);
  const field = target.kind === 'option' ? 'label' : target.field;
  const text = OPTIONAL.has(field) && !next.en.trim() && !next.es.trim() ? undefined : next;
  switch (target.kind) {
    case 'instrument':
      return setField(inst, field, text);
    case 'group':
      return {
        ...inst,
        groups: inst.groups.map((g) => (g.key === target.key ? setField(g, field, text) : g)),
      };
    case 'item':
      return mapItem(inst, target.key, (item) => setField(item, field, text));
    case 'option':
      return mapItem(inst, target.item, (item) => ({
        ...item,
        options: item.options?.map((o) => (o.key === target.option ? { ...o, label: next } : o)),
      }));
    case 'rule':
      return {
        ...inst,
        rules: inst.rules.map((r) => (r.key === target.key ? setField(r, field, text) : r)),
      };
  }
}

/** The instrument with a new item at the end of a group. */
export function addItem(inst: Instrument, groupKey: string, item: Item): Instrument {
  return {
    ...inst,
    groups: inst.groups.map((g) => (g.key === groupKey ? { ...g, items: [...g.items, item] } : g)),
  };
}

/** Every item key in use, for checking a new one. */
export const itemKeys = (inst: Instrument): Set<string> =>
  new Set(inst.groups.flatMap((g) => g.items.map((i) => i.key)));

const NAMED = /^(item|group|rule|score) "([^"]+)"(?: › (.+))?$/;
const TEXT_REST = /^(text|youthText|help|title|intro)\.(en|es)$/;
const OPTION_REST = /^options\.(\d+)\.label\.(en|es)$/;

/**
 * The input a validation problem (parseInstrument's path, or the server's) is about, so the error summary
 * can link to it; null when no single input is.
 */
export function problemFieldId(inst: Instrument, path: string): string | null {
  const top = /^(title|description)\.(en|es)$/.exec(path);
  if (top) return textId({ kind: 'instrument', field: top[1] as 'title' }, top[2] as Language);
  const named = NAMED.exec(path);
  if (!named) return null;
  const [, noun, key = '', rest = ''] = named;
  const text = TEXT_REST.exec(rest);
  const lang = (text?.[2] ?? 'en') as Language;
  if (noun === 'item') {
    const option = OPTION_REST.exec(rest);
    const optionKey = option && findItem(inst, key)?.options?.[Number(option[1])]?.key;
    if (option && optionKey)
      return textId({ kind: 'option', item: key, option: optionKey }, option[2] as Language);
    const field = text && ['text', 'youthText', 'help'].includes(text[1]!) ? text[1] : 'text';
    return findItem(inst, key) ? textId({ kind: 'item', key, field: field as 'text' }, lang) : null;
  }
  if (noun === 'group') {
    const field = text?.[1] === 'intro' ? 'intro' : 'title';
    return inst.groups.some((g) => g.key === key) ? textId({ kind: 'group', key, field }, lang) : null;
  }
  if (noun === 'rule') {
    const count = ruleCounts(inst).find((c) => c.rule === key);
    return count ? ruleCountId(count.rule, count.path) : null;
  }
  const score = inst.scores.find((s) => s.key === key);
  return score ? scoreThresholdId(score.key, 0) : null;
}
