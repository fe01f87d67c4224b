/**
 * The record's fixed vocabularies: pure data, no I/O. Codes are stable (stored in the database and in
 * exports); labels live in the web's translation files under `vocab.<list>.<code>` (src/web/i18n/parts/vocab.*.json). Sources: the policy
 * guide (shared/seeds/004…: exploitation sub-categories, settings lists, exploiter relationships, disposition
 * rule), SPEC §2.2, CWS/CMS allegation categories, AFCARS sex-trafficking elements and SB 998 timing.
 */

/** Abuse categories, in the CWS/CMS severity hierarchy (Exploitation is one category among them). */
export const ALLEGATION_CATEGORIES = [
  'sexual_abuse',
  'physical_abuse',
  'severe_neglect',
  'general_neglect',
  'exploitation',
  'emotional_abuse',
  'caretaker_absence',
  'at_risk_sibling_abused',
  'substantial_risk',
] as const;
export type AllegationCategory = (typeof ALLEGATION_CATEGORIES)[number];

/** The four sub-categories of Exploitation. Two or more forms are two or more allegations. */
export const EXPLOITATION_SUBCATEGORIES = [
  'commercial_sexual_exploitation',
  'exploiting_childs_labor',
  'involving_child_in_criminal_activity',
  'other_exploitation',
] as const;
export type ExploitationSubcategory = (typeof EXPLOITATION_SUBCATEGORIES)[number];

/** The form of trafficking each exploitation sub-category documents (what Insight counts). */
export const SUBCATEGORY_FORM: Record<
  ExploitationSubcategory,
  'sex' | 'labor_legal' | 'labor_criminal' | 'other'
> = {
  commercial_sexual_exploitation: 'sex',
  exploiting_childs_labor: 'labor_legal',
  involving_child_in_criminal_activity: 'labor_criminal',
  other_exploitation: 'other',
};

export const REPORTER_TYPES = [
  'law_enforcement',
  'education',
  'medical',
  'mental_health',
  'social_services',
  'probation',
  'family_or_relative',
  'youth',
  'community_or_anonymous',
  'other',
] as const;
export type ReporterType = (typeof REPORTER_TYPES)[number];

export const SCREENING_DECISIONS = ['pending', 'screened_in', 'evaluated_out'] as const;
export type ScreeningDecision = (typeof SCREENING_DECISIONS)[number];

export const RESPONSE_TIMES = ['immediate', 'days_3', 'days_5', 'days_10'] as const;
export type ResponseTime = (typeof RESPONSE_TIMES)[number];

export const EVALUATED_OUT_REASONS = [
  'no_allegation_of_abuse',
  'insufficient_information',
  'handled_by_other_jurisdiction',
  'referred_to_community_services',
  'duplicate_report',
  'other',
] as const;

export const PERPETRATOR_KINDS = [
  'parent_guardian',
  'other_person',
  'person_of_interest',
  'unknown',
] as const;
export type PerpetratorKind = (typeof PERPETRATOR_KINDS)[number];

export const DISPOSITIONS = ['substantiated', 'inconclusive', 'unfounded'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** Where a disposition stands: proposed by the worker, then approved or returned by a supervisor. */
export const DISPOSITION_STATES = ['open', 'proposed', 'approved', 'returned'] as const;
export type DispositionState = (typeof DISPOSITION_STATES)[number];

/** Means of force, fraud or coercion (policy guide; California adds facilitating drug dependency). */
export const MEANS = {
  force: ['physical_violence', 'sexual_violence', 'confinement', 'deprivation_of_basic_needs'],
  fraud: [
    'false_job_offer',
    'false_promises_of_pay_or_conditions',
    'false_romantic_relationship',
    'fraudulent_recruitment',
  ],
  coercion: [
    'debt_bondage',
    'threats_to_youth',
    'threats_to_family',
    'threats_of_deportation',
    'threats_of_prosecution',
    'confiscated_documents',
    'isolation',
    'facilitated_drug_dependency',
    'withheld_pay',
    'psychological_abuse',
    'monitoring_or_surveillance',
  ],
} as const;
export type MeansKind = keyof typeof MEANS;
export type Means = (typeof MEANS)[MeansKind][number];
export const ALL_MEANS: readonly Means[] = [...MEANS.force, ...MEANS.fraud, ...MEANS.coercion];

/** The exploiter's relationship to the youth (SPEC §2.2; the guide's list of who traffickers present as). */
export const EXPLOITER_RELATIONSHIPS = [
  'parent_guardian',
  'relative',
  'foster_parent',
  'intimate_partner',
  'employer_or_recruiter',
  'gang_member',
  'dealer_or_substance_provider',
  'smuggler',
  'landlord',
  'peer',
  'other',
  'unknown',
] as const;
export type ExploiterRelationship = (typeof EXPLOITER_RELATIONSHIPS)[number];

/** The parent's or guardian's role: trafficked *by* them, *with* them, or through their failure to protect. */
export const PARENT_ROLES = [
  'exploiter',
  'exploited_alongside',
  'failed_to_protect',
  'not_involved',
  'unknown',
] as const;
export type ParentRole = (typeof PARENT_ROLES)[number];

/** When it happened relative to foster care (AFCARS E106/E109; SB 998 "while in care"). */
export const CARE_TIMING = [
  'before_care',
  'while_in_care',
  'while_absent_from_placement',
  'not_in_care',
  'unknown',
] as const;
export type CareTiming = (typeof CARE_TIMING)[number];

export const CONTACT_KINDS = ['face_to_face', 'phone', 'collateral', 'observation', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Immigration status; "foreign national" is anyone who is neither a U.S. citizen nor a permanent resident. */
export const CITIZENSHIP_STATUSES = [
  'us_citizen',
  'lawful_permanent_resident',
  'visa_holder',
  'refugee_or_asylee',
  'pending_application',
  'undocumented',
  'other',
  'unknown',
] as const;
export type CitizenshipStatus = (typeof CITIZENSHIP_STATUSES)[number];

/**
 * A youth is a foreign national when not a U.S. citizen or lawful permanent resident. Unknown status gives
 * `null` (not known), never `false`: the federal notification duty depends on it, so "unknown" must stay visible.
 */
export function isForeignNational(status: CitizenshipStatus | null | undefined): boolean | null {
  if (status === null || status === undefined || status === 'unknown') return null;
  return status !== 'us_citizen' && status !== 'lawful_permanent_resident';
}

export const GENDERS = ['female', 'male', 'nonbinary', 'another_gender', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

export const GENDER_IDENTITIES = [
  'woman',
  'man',
  'transgender_woman',
  'transgender_man',
  'nonbinary',
  'genderqueer_or_gender_fluid',
  'questioning',
  'another_identity',
  'declined',
] as const;
export const SEXUAL_ORIENTATIONS = [
  'straight',
  'gay',
  'lesbian',
  'bisexual',
  'pansexual',
  'asexual',
  'queer',
  'questioning',
  'another_orientation',
  'declined',
] as const;
export const GENDER_EXPRESSIONS = [
  'feminine',
  'masculine',
  'androgynous',
  'another_expression',
  'declined',
] as const;

export const RACE_ETHNICITIES = [
  'american_indian_alaska_native',
  'asian',
  'black_african_american',
  'hispanic_latino',
  'middle_eastern_north_african',
  'native_hawaiian_pacific_islander',
  'white',
  'another',
  'declined',
  'unknown',
] as const;

export const DEPENDENCY_STATUSES = [
  'none',
  'referral_only',
  'dependent',
  'non_minor_dependent',
  'unknown',
] as const;
export const PROBATION_STATUSES = ['none', 'ward', 'dual_status', 'informal_probation', 'unknown'] as const;
export const PLACEMENT_STATUSES = [
  'home_of_parent',
  'relative_or_nrefm',
  'foster_family',
  'resource_family',
  'group_or_strtp',
  'supervised_independent_living',
  'absent_from_placement',
  'detention',
  'not_placed',
  'unknown',
] as const;

export const SOCIAL_PLATFORMS = [
  'instagram',
  'snapchat',
  'tiktok',
  'facebook',
  'x_twitter',
  'whatsapp',
  'telegram',
  'discord',
  'dating_app',
  'classified_ads',
  'gaming_platform',
  'other',
] as const;

export const TATTOO_ORIGINS = [
  'chosen_by_youth',
  'forced_or_pressured',
  'branding_by_exploiter',
  'unknown',
] as const;

/** Lists a county can extend (built-in values come from content/lookups; counties add their own). */
export const EXTENDABLE_LISTS = [
  'sexual_exploitation_setting',
  'labor_setting',
  'criminal_activity',
] as const;
export type ExtendableList = (typeof EXTENDABLE_LISTS)[number];

/** Which extendable list holds the settings for an exploitation sub-category. */
export const SETTING_LIST_FOR: Record<ExploitationSubcategory, ExtendableList | null> = {
  commercial_sexual_exploitation: 'sexual_exploitation_setting',
  exploiting_childs_labor: 'labor_setting',
  involving_child_in_criminal_activity: 'criminal_activity',
  other_exploitation: null,
};

/** Bounds shared by the server's validation and the web forms. */
export const LIMITS = {
  name: 100,
  shortText: 200,
  note: 2_000,
  narrative: 20_000,
  listItems: 30,
} as const;
