/**
 * The three forms of trafficking Lantern identifies, as the policy guide's red-flags chart marks them, and
 * the exploitation sub-category each one is documented under (shared/seeds/004…). Pure data.
 */
import type { ExploitationSubcategory } from '../record/vocabulary';

export const FORMS = ['sex_trafficking', 'labor_exploiting', 'labor_criminal'] as const;
export type Form = (typeof FORMS)[number];

/** The allegation sub-category that documents each form (two forms are two allegations). */
export const FORM_SUBCATEGORY: Record<Form, ExploitationSubcategory> = {
  sex_trafficking: 'commercial_sexual_exploitation',
  labor_exploiting: 'exploiting_childs_labor',
  labor_criminal: 'involving_child_in_criminal_activity',
};

/** The languages every instrument text must exist in. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Text = Record<Language, string>;

/** Pick a text in a language (every instrument text exists in both; validated at load). */
export const say = (text: Text, lang: Language): string => text[lang];

/** What prompted a screening: intake, a return from running away (SB 794: assess for CSE), a placement change, periodic. */
export const SCREENING_CONTEXTS = [
  'intake',
  'return_from_runaway',
  'placement_change',
  'periodic',
  'other',
] as const;
export type ScreeningContext = (typeof SCREENING_CONTEXTS)[number];
