/**
 * From a screening's result to the allegations a report would document: the worker's starting point on
 * the intake form, never a decision. Pure; the intake page shows the rows and the worker edits or removes
 * any of them before saving.
 *
 * - Each determination that is met or possible contributes its suggestions (one allegation per form of
 *   exploitation; general neglect when a parent exploited the youth or failed to protect them).
 * - A form whose indicators are present, on an instrument that documents no determination for it (a red
 *   flags checklist, say), contributes the sub-category that documents that form.
 * - Exploitation details come from the documented facts: the means of force, fraud or coercion and the
 *   parent's role. A parent who exploited the youth makes the perpetrator a parent or guardian. The age
 *   at first occurrence is never guessed from today's age.
 */
import type { DeterminationKey } from '@domain/identification/determine';
import { FORM_SUBCATEGORY, type Form } from '@domain/identification/forms';
import type { Evaluation } from '@domain/identification/result';
import {
  EXPLOITATION_SUBCATEGORIES,
  type AllegationCategory,
  type ExploitationSubcategory,
} from '@domain/record/vocabulary';
import { emptyAllegation, type AllegationDraft, type Choice } from '@web/features/reports/draft';

/** The determination that decides each form, when the instrument documents facts. */
export const FORM_DETERMINATION: Record<Form, DeterminationKey> = {
  sex_trafficking: 'sex_trafficking',
  labor_exploiting: 'labor_trafficking_exploiting_labor',
  labor_criminal: 'labor_trafficking_criminal_activity',
};

export interface SuggestedAllegation {
  category: AllegationCategory;
  subcategory: ExploitationSubcategory | null;
}

const sameSuggestion = (a: SuggestedAllegation, b: SuggestedAllegation) =>
  a.category === b.category && a.subcategory === b.subcategory;

/** Exploitation first, in the vocabulary's order; anything else (general neglect) after. */
function rank(s: SuggestedAllegation): number {
  return s.subcategory === null
    ? EXPLOITATION_SUBCATEGORIES.length
    : EXPLOITATION_SUBCATEGORIES.indexOf(s.subcategory);
}

/** The allegations a screening result suggests, without repeats. */
export function suggestedAllegations(result: Evaluation): SuggestedAllegation[] {
  const determinations = result.determination?.determinations ?? [];
  const found: SuggestedAllegation[] = determinations
    .filter((d) => d.status === 'met' || d.status === 'possible')
    .flatMap((d) => d.suggestions);
  for (const form of result.forms) {
    if (form.present.length === 0) continue;
    const decided = determinations.some((d) => d.key === FORM_DETERMINATION[form.form]);
    if (!decided) found.push({ category: 'exploitation', subcategory: FORM_SUBCATEGORY[form.form] });
  }
  const unique = found.filter((s, i) => found.findIndex((other) => sameSuggestion(s, other)) === i);
  return unique.sort((a, b) => rank(a) - rank(b));
}

/** One intake allegation row for a suggestion, its details filled from the facts the screening documented. */
function draftFor(s: SuggestedAllegation, facts: Evaluation['facts'], youth: Choice): AllegationDraft {
  const draft = emptyAllegation(youth);
  const parentExploited = facts?.parentRole === 'exploiter';
  if (s.category !== 'exploitation') {
    // Neglect is only suggested when a parent exploited the youth or failed to protect them.
    const parentRole = facts?.parentRole;
    const byParent = parentRole === 'exploiter' || parentRole === 'failed_to_protect';
    return { ...draft, category: s.category, perpetratorKind: byParent ? 'parent_guardian' : '' };
  }
  return {
    ...draft,
    category: 'exploitation',
    subcategory: s.subcategory ?? '',
    perpetratorKind: parentExploited ? 'parent_guardian' : '',
    exploitation: {
      ...draft.exploitation,
      means: [...new Set(facts?.means ?? [])],
      parentRole: facts?.parentRole ?? 'unknown',
      exploiterRelationship: parentExploited ? 'parent_guardian' : 'unknown',
    },
  };
}

/** The intake form's allegation rows for a screening (empty when it suggests none). */
export function prefillAllegations(result: Evaluation, youth: Choice): AllegationDraft[] {
  return suggestedAllegations(result).map((s) => draftFor(s, result.facts, youth));
}
