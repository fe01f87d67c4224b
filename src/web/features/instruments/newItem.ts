/**
 * The "add an item" form's state and how it becomes an item: checked against the item schema and the keys
 * already in use, with each problem pointing at the form's own input. Pure.
 */
import type { Form } from '@domain/identification/forms';
import { itemSchema, type Item, type ItemType } from '@domain/identification/instrument';
import type { FieldError } from '@web/ui/formErrors';

export interface OptionDraft {
  key: string;
  en: string;
  es: string;
}

export interface NewItemDraft {
  group: string;
  key: string;
  type: ItemType;
  code: string;
  textEn: string;
  textEs: string;
  youthEn: string;
  youthEs: string;
  helpEn: string;
  helpEs: string;
  options: OptionDraft[];
  min: string;
  max: string;
  required: boolean;
  signals: Form[];
}

export const emptyDraft = (group: string): NewItemDraft => ({
  group,
  key: '',
  type: 'yes_no',
  code: '',
  textEn: '',
  textEs: '',
  youthEn: '',
  youthEs: '',
  helpEn: '',
  helpEs: '',
  options: [
    { key: '', en: '', es: '' },
    { key: '', en: '', es: '' },
  ],
  min: '',
  max: '',
  required: false,
  signals: [],
});

export const isChoice = (type: ItemType) => type === 'single' || type === 'multi';

/** An optional pair of texts: absent when both are blank, else both (a blank one is reported). */
function pair(en: string, es: string) {
  return en.trim() || es.trim() ? { en: en.trim(), es: es.trim() } : undefined;
}

function toNumber(value: string): number | undefined {
  return value.trim() === '' ? undefined : Number(value);
}

/** The item the draft describes, before any check. */
export function draftToItem(d: NewItemDraft): Record<string, unknown> {
  const raw: Record<string, unknown> = {
    key: d.key.trim(),
    type: d.type,
    text: { en: d.textEn.trim(), es: d.textEs.trim() },
    required: d.type === 'info' ? false : d.required,
    signals: d.type === 'yes_no' ? d.signals : [],
  };
  if (d.code.trim()) raw.code = d.code.trim();
  const youth = pair(d.youthEn, d.youthEs);
  if (youth) raw.youthText = youth;
  const help = pair(d.helpEn, d.helpEs);
  if (help) raw.help = help;
  if (isChoice(d.type))
    raw.options = d.options.map((o) => ({ key: o.key.trim(), label: { en: o.en.trim(), es: o.es.trim() } }));
  if (d.type === 'number') {
    raw.min = toNumber(d.min);
    raw.max = toNumber(d.max);
  }
  return raw;
}

/** The id of the add form's input for a schema path (`text.es`, `options.1.key`…). */
export function newItemFieldId(path: readonly PropertyKey[]): string {
  const [head, second, third, fourth] = path.map(String);
  if (head === 'text' || head === 'youthText' || head === 'help') return `new-item-${head}-${second ?? 'en'}`;
  if (head === 'options' && second !== undefined && third === 'key') return `new-item-option-${second}-key`;
  if (head === 'options' && second !== undefined && third === 'label')
    return `new-item-option-${second}-${fourth ?? 'en'}`;
  if (head === 'options') return 'new-item-option-0-key';
  if (head === 'min' || head === 'max' || head === 'key' || head === 'code' || head === 'type')
    return `new-item-${head}`;
  return 'new-item-key';
}

export type NewItemResult = { ok: true; item: Item } | { ok: false; problems: FieldError[] };

/**
 * Check the draft: the schema (key, texts, options, limits), a key not already used, numbers with a range,
 * options whose keys differ. Each problem's path is the id of the input to fix.
 */
export function buildItem(
  d: NewItemDraft,
  usedKeys: ReadonlySet<string>,
  messages: NewItemMessages,
): NewItemResult {
  const raw = draftToItem(d);
  const problems: FieldError[] = [];
  const parsed = itemSchema.safeParse(raw);
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      problems.push({ path: newItemFieldId(issue.path), message: messages.field(issue.path, issue.message) });
  if (usedKeys.has(d.key.trim())) problems.push({ path: 'new-item-key', message: messages.keyTaken });
  if (d.type === 'number') {
    const min = toNumber(d.min);
    const max = toNumber(d.max);
    if (min === undefined || max === undefined || Number.isNaN(min) || Number.isNaN(max) || min > max)
      problems.push({ path: 'new-item-min', message: messages.range });
  }
  if (isChoice(d.type)) {
    const keys = d.options.map((o) => o.key.trim());
    const twice = keys.findIndex((k, i) => k && keys.indexOf(k) !== i);
    if (twice >= 0) problems.push({ path: `new-item-option-${twice}-key`, message: messages.optionTwice });
    const reserved = keys.findIndex((k) => k === 'unknown' || k === 'declined');
    if (reserved >= 0) problems.push({ path: `new-item-option-${reserved}-key`, message: messages.reserved });
  }
  if (problems.length || !parsed.success) return { ok: false, problems: dedupe(problems) };
  return { ok: true, item: parsed.data };
}

function dedupe(problems: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return problems.filter((p) => (seen.has(p.path) ? false : (seen.add(p.path), true)));
}

/** The words of the add form's messages, in the person's language. */
export interface NewItemMessages {
  /** A schema problem at a path, with the schema's own message. */
  field: (path: readonly PropertyKey[], message: string) => string;
  keyTaken: string;
  range: string;
  optionTwice: string;
  reserved: string;
}
