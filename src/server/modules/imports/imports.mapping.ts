/**
 * How the values of a legacy referral extract (CWS/CMS names and codes, and the usual spellings of other
 * systems) become Lantern's codes. Matching ignores case, accents, punctuation and extra spaces, so
 * "At-Risk Sibling Abused", "At Risk, Sibling Abused" and "at_risk_sibling_abused" are the same value.
 * Lantern's own codes are always accepted too. The lists are documented in docs/legacy-import.md.
 */
import {
  ALLEGATION_CATEGORIES,
  DISPOSITIONS,
  EXPLOITATION_SUBCATEGORIES,
  GENDERS,
  REPORTER_TYPES,
  RESPONSE_TIMES,
  type AllegationCategory,
  type Disposition,
  type ExploitationSubcategory,
  type Gender,
  type ReporterType,
  type ResponseTime,
} from '../../../domain/record/vocabulary';
import { foldName } from '../../../domain/record/normalise';
import type { JurisdictionNode, JurisdictionTree } from '../../platform/scope';

/** The form values are compared in: "Caretaker Absence/Incapacity" → "caretaker absence incapacity". */
export const legacyKey = (value: string) => foldName(value.replace(/_/g, ' '));

function table<T extends string>(codes: readonly T[], aliases: Record<T, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of codes) {
    map.set(legacyKey(code), code);
    for (const alias of aliases[code]) map.set(legacyKey(alias), code);
  }
  return map;
}

/** CWS/CMS allegation types (names and their system codes). */
export const CATEGORY_ALIASES: Record<AllegationCategory, readonly string[]> = {
  sexual_abuse: ['Sexual Abuse', '2181'],
  physical_abuse: ['Physical Abuse', '2179'],
  severe_neglect: ['Severe Neglect', '2180'],
  general_neglect: ['General Neglect', '2178'],
  exploitation: ['Exploitation', '2177'],
  emotional_abuse: ['Emotional Abuse', '2176'],
  caretaker_absence: ['Caretaker Absence/Incapacity', 'Caretaker Absence', '2169'],
  at_risk_sibling_abused: ['At-Risk Sibling Abused', 'At Risk, Sibling Abused', '5001'],
  substantial_risk: ['Substantial Risk', '5624'],
};

/** The legacy names of the four forms of exploitation. */
export const SUBCATEGORY_ALIASES: Record<ExploitationSubcategory, readonly string[]> = {
  commercial_sexual_exploitation: [
    'Commercial Sexual Exploitation',
    'Commercial Sexual Exploitation of Children',
    'CSEC',
    'Sex Trafficking',
  ],
  exploiting_childs_labor: [
    "Exploiting Child's Labor",
    "Exploiting a Child's Labor",
    'Exploiting Childs Labor',
    'Labor Trafficking',
  ],
  involving_child_in_criminal_activity: [
    'Involving Child in Criminal Activity',
    'Involving a Child in Criminal Activity',
    'Involving Child in Criminal Behavior',
  ],
  other_exploitation: ['Other Exploitation'],
};

export const DISPOSITION_ALIASES: Record<Disposition, readonly string[]> = {
  substantiated: ['Substantiated'],
  inconclusive: ['Inconclusive'],
  unfounded: ['Unfounded'],
};

export const REPORTER_ALIASES: Record<ReporterType, readonly string[]> = {
  law_enforcement: ['Law Enforcement', 'Law Enforcement Officer', 'Police', 'Police Officer', 'Sheriff'],
  education: [
    'School Personnel',
    'School',
    'Teacher',
    'Education',
    'Child Care Provider',
    'Day Care Provider',
  ],
  medical: [
    'Medical Professional',
    'Medical Personnel',
    'Medical',
    'Physician',
    'Doctor',
    'Nurse',
    'Hospital',
  ],
  mental_health: [
    'Counselor/Therapist',
    'Counselor',
    'Therapist',
    'Mental Health',
    'Mental Health Professional',
    'Psychologist',
  ],
  social_services: [
    'CWS Staff',
    'Social Services',
    'Social Services Staff',
    'Social Worker',
    'Child Welfare Staff',
  ],
  probation: ['Probation', 'Probation Officer'],
  family_or_relative: [
    'Relative',
    'Family',
    'Family Member',
    'Parent',
    'Parent/Guardian',
    'Guardian',
    'Sibling',
  ],
  youth: ['Self', 'Self Report', 'Child', 'Youth', 'Child/Youth'],
  community_or_anonymous: ['Anonymous', 'Community', 'Community Member', 'Neighbor', 'Friend'],
  other: ['Other'],
};

export const SCREENING_ALIASES: Record<'screened_in' | 'evaluated_out', readonly string[]> = {
  screened_in: ['Screened In', 'Screen In'],
  evaluated_out: ['Evaluated Out', 'Evaluate Out'],
};

export const RESPONSE_TIME_ALIASES: Record<ResponseTime, readonly string[]> = {
  immediate: ['Immediate', 'Immediate Response', 'IR'],
  days_3: ['3 Day', '3 Days', '3-Day'],
  days_5: ['5 Day', '5 Days', '5-Day'],
  days_10: ['10 Day', '10 Days', '10-Day'],
};

export const GENDER_ALIASES: Record<Gender, readonly string[]> = {
  female: ['F', 'Female', 'Girl'],
  male: ['M', 'Male', 'Boy'],
  nonbinary: ['Nonbinary', 'Non-binary', 'X'],
  another_gender: ['Another Gender', 'Other'],
  unknown: ['U', 'Unknown', 'Not Recorded'],
};

export const LEGACY = {
  category: table(ALLEGATION_CATEGORIES, CATEGORY_ALIASES),
  subcategory: table(EXPLOITATION_SUBCATEGORIES, SUBCATEGORY_ALIASES),
  disposition: table(DISPOSITIONS, DISPOSITION_ALIASES),
  reporterType: table(REPORTER_TYPES, REPORTER_ALIASES),
  screening: table(['screened_in', 'evaluated_out'] as const, SCREENING_ALIASES),
  responseTime: table(RESPONSE_TIMES, RESPONSE_TIME_ALIASES),
  gender: table(GENDERS, GENDER_ALIASES),
} as const;

export type LegacyList = keyof typeof LEGACY;
export type LegacyValue<K extends LegacyList> = (typeof LEGACY)[K] extends Map<string, infer T> ? T : never;

/** Values exactly as written, per list: an extract repeats a handful of spellings a million times. */
const asWritten = new Map<LegacyList, Map<string, string | null>>();

/** Look a legacy value up in one of the tables; undefined when it is not a known value. */
export function mapLegacy<K extends LegacyList>(list: K, value: string): LegacyValue<K> | undefined {
  let seen = asWritten.get(list);
  if (!seen) asWritten.set(list, (seen = new Map()));
  let hit = seen.get(value);
  if (hit === undefined) {
    hit = (LEGACY[list] as Map<string, string>).get(legacyKey(value)) ?? null;
    if (seen.size < 10_000) seen.set(value, hit);
  }
  return (hit ?? undefined) as LegacyValue<K> | undefined;
}

export type CountyMatch =
  { ok: true; county: JurisdictionNode } | { ok: false; reason: 'unknown' | 'ambiguous' | 'not_a_county' };

/**
 * Finds a county by its code (CA-ALAMEDA), its name ("Alameda" or "Alameda County") or its 5-digit FIPS
 * code (06001). A name shared by counties of two states is ambiguous: the code or FIPS must be used.
 */
export function countyResolver(tree: JurisdictionTree): (value: string) => CountyMatch {
  const byKey = new Map<string, JurisdictionNode | 'ambiguous'>();
  const others = new Set<string>();
  const add = (key: string, node: JurisdictionNode) => {
    const had = byKey.get(key);
    byKey.set(key, had && had !== node ? 'ambiguous' : node);
  };
  for (const node of tree.all()) {
    if (node.kind !== 'county') {
      others.add(legacyKey(node.code));
      others.add(legacyKey(node.name));
      continue;
    }
    add(legacyKey(node.code), node);
    add(legacyKey(node.name), node);
    add(legacyKey(`${node.name} County`), node);
    if (node.fips) add(node.fips, node);
  }
  const cache = new Map<string, CountyMatch>();
  return (value) => {
    const key = /^\d{5}$/.test(value.trim()) ? value.trim() : legacyKey(value);
    let hit = cache.get(key);
    if (!hit) {
      const found = byKey.get(key);
      hit =
        found === 'ambiguous'
          ? { ok: false, reason: 'ambiguous' }
          : found
            ? { ok: true, county: found }
            : { ok: false, reason: others.has(key) ? 'not_a_county' : 'unknown' };
      if (cache.size < 10_000) cache.set(key, hit);
    }
    return hit;
  };
}
