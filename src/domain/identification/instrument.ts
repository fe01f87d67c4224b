/**
 * The screening-instrument format (docs/instruments.md): a versioned definition that a county adopts or
 * adapts without code. Pure data and its schema; semantic checks live in instrument.validate.ts.
 *
 * An instrument holds groups of items. An item has a stable key, a response type, its text in English and
 * Spanish (and, optionally, youth-facing wording), the forms of trafficking it signals, a condition that
 * decides whether it is asked, and optionally the determination fact its answer documents. Rules (three-
 * valued: unknown is never "no"), scores with thresholds, outcomes and recommended actions turn answers
 * into a result.
 */
import { z } from 'zod';
import { FORMS, type Form, type Text } from './forms';

export const ITEM_TYPES = ['yes_no', 'single', 'multi', 'number', 'date', 'text', 'info'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const INSTRUMENT_KINDS = ['screening', 'checklist', 'guide'] as const;
export const AUDIENCES = ['worker', 'youth', 'caregiver'] as const;
export const OUTCOME_LEVELS = ['info', 'concern', 'urgent'] as const;
export const ACTION_KINDS = [
  'document_allegations',
  'call_hotline',
  'contact_law_enforcement',
  'refer_services',
  'medical_exam',
  'search_online',
  'start_instrument',
  'rescreen',
  'document_contact',
  'other',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** Limits on instrument size: every input is bounded, adaptations included. */
export const INSTRUMENT_LIMITS = {
  groups: 40,
  itemsPerGroup: 60,
  items: 300,
  options: 40,
  rules: 60,
  exprDepth: 8,
  exprChildren: 60,
  text: 2_000,
  label: 300,
} as const;

export const KEY_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;
export const INSTRUMENT_KEY_PATTERN = /^[a-z][a-z0-9-]{1,62}$/;
/** Answers with these words mean "not known" and "declined to answer"; no option may use them. */
export const RESERVED_ANSWERS = ['unknown', 'declined'] as const;

const key = z
  .string()
  .regex(KEY_PATTERN, 'Use lower-case letters, digits and underscores, starting with a letter.');
const textOf = (max: number) =>
  z.strictObject({
    en: z.string().trim().min(1, 'Write the English text.').max(max),
    es: z.string().trim().min(1, 'Write the Spanish text.').max(max),
  }) satisfies z.ZodType<Text, unknown>;
const label = textOf(INSTRUMENT_LIMITS.label);
const long = textOf(INSTRUMENT_LIMITS.text);

/** A condition on answers. Leaves test one item; branches combine. Evaluated in three-valued logic. */
export type Expr =
  | { item: string; is?: 'yes' | 'no'; in?: string[]; gte?: number; lte?: number }
  | { rule: string }
  | { all: Expr[] }
  | { any: Expr[] }
  | { atLeast: number; of: Expr[] }
  | { not: Expr };

const children = (e: z.ZodType<Expr>) => z.array(e).min(1).max(INSTRUMENT_LIMITS.exprChildren);
export const exprSchema: z.ZodType<Expr> = z.lazy(() =>
  z.union([
    z.strictObject({
      item: key,
      is: z.enum(['yes', 'no']).optional(),
      in: z.array(key).min(1).max(INSTRUMENT_LIMITS.options).optional(),
      gte: z.number().optional(),
      lte: z.number().optional(),
    }),
    z.strictObject({ rule: key }),
    z.strictObject({ all: children(exprSchema) }),
    z.strictObject({ any: children(exprSchema) }),
    z.strictObject({ atLeast: z.number().int().min(1), of: children(exprSchema) }),
    z.strictObject({ not: exprSchema }),
  ]),
);

const option = z.strictObject({ key, label });

export const itemSchema = z.strictObject({
  key,
  type: z.enum(ITEM_TYPES),
  /** A short code shown beside the item, e.g. the guide's letters A–H. */
  code: z.string().trim().min(1).max(8).optional(),
  /** The worker's wording. */
  text: long,
  /** Wording to read to (or be read by) the youth, in the youth's language. */
  youthText: long.optional(),
  help: long.optional(),
  options: z.array(option).min(2).max(INSTRUMENT_LIMITS.options).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** Must have an answer (which may be "unknown" or "declined") before the screening is saved. */
  required: z.boolean().default(false),
  signals: z.array(z.enum(FORMS)).max(FORMS.length).default([]),
  /** Ask this item only when the condition holds (or cannot be known because of an unknown answer). */
  showIf: exprSchema.optional(),
  /** The determination fact this answer documents (facts.ts FACT_BINDINGS). */
  fact: z.string().max(64).optional(),
});
export type Item = z.infer<typeof itemSchema>;

export const groupSchema = z.strictObject({
  key,
  title: label,
  intro: long.optional(),
  items: z.array(itemSchema).min(1).max(INSTRUMENT_LIMITS.itemsPerGroup),
});
export type Group = z.infer<typeof groupSchema>;

export const ruleSchema = z.strictObject({
  key,
  label,
  /** Why the rule exists, in plain words (shown with the answers that made it true). */
  explanation: long.optional(),
  when: exprSchema,
  form: z.enum(FORMS).optional(),
  outcome: key.optional(),
});
export type Rule = z.infer<typeof ruleSchema>;

export const scoreSchema = z.strictObject({
  key,
  label,
  form: z.enum(FORMS).optional(),
  /** Count the items that signal this form, or weigh listed items. */
  count: z.union([
    z.strictObject({ signals: z.enum(FORMS) }),
    z.strictObject({
      items: z
        .array(z.strictObject({ item: key, weight: z.number().int().min(1).max(100).default(1) }))
        .min(1)
        .max(INSTRUMENT_LIMITS.items),
    }),
  ]),
  /** Ascending; the highest threshold reached gives the outcome. */
  thresholds: z
    .array(z.strictObject({ atLeast: z.number().int().min(1), outcome: key }))
    .min(1)
    .max(10),
});
export type Score = z.infer<typeof scoreSchema>;

export const outcomeSchema = z.strictObject({
  key,
  label,
  level: z.enum(OUTCOME_LEVELS),
  actions: z.array(key).max(20).default([]),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const actionSchema = z.strictObject({
  key,
  kind: z.enum(ACTION_KINDS),
  label,
  detail: long.optional(),
  /** For start_instrument: the instrument to open next. */
  instrument: z.string().regex(INSTRUMENT_KEY_PATTERN).optional(),
  /** For document_allegations: the forms to document (default: every form with a finding). */
  forms: z.array(z.enum(FORMS)).max(FORMS.length).optional(),
});
export type Action = z.infer<typeof actionSchema>;

export const instrumentSchema = z.strictObject({
  $schema: z.string().max(200).optional(),
  key: z
    .string()
    .regex(INSTRUMENT_KEY_PATTERN, 'Use lower-case letters, digits and hyphens, starting with a letter.'),
  version: z.number().int().min(1).max(100_000),
  kind: z.enum(INSTRUMENT_KINDS),
  audience: z.enum(AUDIENCES).default('worker'),
  title: label,
  description: long,
  /** Where the content comes from (attribution). */
  source: long,
  /** The forms of trafficking this instrument screens for. */
  forms: z.array(z.enum(FORMS)).max(FORMS.length).default([]),
  groups: z.array(groupSchema).min(1).max(INSTRUMENT_LIMITS.groups),
  rules: z.array(ruleSchema).max(INSTRUMENT_LIMITS.rules).default([]),
  scores: z.array(scoreSchema).max(20).default([]),
  outcomes: z.array(outcomeSchema).max(40).default([]),
  actions: z.array(actionSchema).max(40).default([]),
});
export type Instrument = z.infer<typeof instrumentSchema>;
/** The JSON a file or an adaptation holds before defaults are applied. */
export type InstrumentInput = z.input<typeof instrumentSchema>;

export const items = (instrument: Instrument): Item[] => instrument.groups.flatMap((g) => g.items);
export const itemMap = (instrument: Instrument): Map<string, Item> =>
  new Map(items(instrument).map((i) => [i.key, i]));

export const ANSWERABLE = (item: Item) => item.type !== 'info';
export type { Form };
