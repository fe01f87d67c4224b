/**
 * The shape of an evaluation result, as a schema: the server validates what it stores and sends with it,
 * the CLI prints it, and the web renders it against the instrument's own labels.
 */
import { z } from 'zod';
import { ALLEGATION_CATEGORIES, EXPLOITATION_SUBCATEGORIES } from '../record/vocabulary';
import { DETERMINATIONS, ELEMENTS } from './determine';
import { factsView } from './facts';
import { FORMS } from './forms';

const tri = z.boolean().nullable();
const keys = z.array(z.string());

export const elementSchema = z.object({
  element: z.enum(ELEMENTS),
  state: z.enum(['present', 'absent', 'unknown', 'not_required']),
  required: z.boolean(),
  detail: keys,
});

export const determinationSchema = z.object({
  key: z.enum(DETERMINATIONS),
  status: z.enum(['met', 'possible', 'not_met']),
  elements: z.array(elementSchema),
  hotline: z.boolean(),
  neglectAssessment: z.boolean(),
  suggestions: z.array(
    z.object({
      category: z.enum(ALLEGATION_CATEGORIES),
      subcategory: z.enum(EXPLOITATION_SUBCATEGORIES).nullable(),
    }),
  ),
});

export const determinationResultSchema = z.object({
  minor: tri,
  determinations: z.array(determinationSchema),
});

export const evaluationSchema = z.object({
  instrument: z.object({ key: z.string(), version: z.number().int() }),
  /** Items asked (their conditions hold) that take an answer, and how many of them were answered. */
  applicable: z.number().int(),
  answered: z.number().int(),
  /** Every required, asked item has an answer (which may be "unknown" or "declined"). */
  complete: z.boolean(),
  /** Per form: the indicators present, and those whose answer is unknown, declined or missing. */
  forms: z.array(z.object({ form: z.enum(FORMS), present: keys, unknown: keys, asked: z.number().int() })),
  rules: z.array(
    z.object({
      key: z.string(),
      value: tri,
      /** The answers that made it true. */
      because: keys,
      /** Items whose unknown or missing answer leaves it open. */
      open: keys,
    }),
  ),
  scores: z.array(
    z.object({
      key: z.string(),
      value: z.number().int(),
      unknown: z.number().int(),
      outcome: z.string().nullable(),
      /** The highest outcome the unknown answers could still reach. */
      couldReach: z.string().nullable(),
    }),
  ),
  outcomes: keys,
  actions: keys,
  facts: factsView.nullable(),
  determination: determinationResultSchema.nullable(),
});
export type Evaluation = z.infer<typeof evaluationSchema>;
export type RuleResult = Evaluation['rules'][number];
export type ScoreResult = Evaluation['scores'][number];
