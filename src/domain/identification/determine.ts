/**
 * The determination engine: from documented facts, decide each point of the spectrum of child labor and
 * sex trafficking (case study Figure 4 and Appendix A; policy guide), element by element. Pure, no I/O.
 *
 * - Sex trafficking: a commercial sex act (anything of value given or received) by a minor. A minor needs
 *   no force, fraud or coercion; an adult (a non-minor dependent) does.
 * - Labor trafficking: labor or services obtained for another's benefit through force, fraud or coercion,
 *   always, whatever the age. Sub-typed by where: a legal or informal industry ("exploiting a child's
 *   labor") or illicit activity ("involving a child in criminal activity").
 * - Illegal child labor: a minor working against age, hours, permit or occupation rules.
 * - Labor exploitation: work without fair pay, breaks or safe conditions.
 * - None: nothing above is met or possible.
 *
 * Unknown facts never count as "no": a determination whose missing facts could make it true is
 * "possible", and the reasons say which facts are missing. Co-occurrence is normal: each point is decided
 * on its own.
 */
import type { AllegationCategory, ExploitationSubcategory } from '../record/vocabulary';
import {
  CHILD_LABOR_VIOLATIONS,
  EXPLOITATIVE_CONDITIONS,
  type EmploymentFact,
  type Facts,
  type Tri,
} from './facts';
import { and3, or3, not3 } from './logic';

export const DETERMINATIONS = [
  'sex_trafficking',
  'labor_trafficking_exploiting_labor',
  'labor_trafficking_criminal_activity',
  'illegal_child_labor',
  'labor_exploitation',
  'none',
] as const;
export type DeterminationKey = (typeof DETERMINATIONS)[number];
export type Status = 'met' | 'possible' | 'not_met';

/** The legal elements a reason can speak of. */
export const ELEMENTS = [
  'under_18',
  'commercial_sex_act',
  'force_fraud_coercion',
  'labor_or_services',
  'benefit_to_another',
  'legal_or_informal_work',
  'illicit_activity',
  'child_labor_violation',
  'exploitative_conditions',
  'no_other_determination',
  'parent_role',
] as const;
export type ElementKey = (typeof ELEMENTS)[number];

export interface Element {
  element: ElementKey;
  /** present / absent / unknown, or not_required when the law does not need it here (a minor's sex act). */
  state: 'present' | 'absent' | 'unknown' | 'not_required';
  /** Whether the determination needs this element (parent_role is context, not an element). */
  required: boolean;
  /** Codes that back the state: means, value kinds, age, violations, the parent's role. */
  detail: string[];
}

export interface Suggestion {
  category: AllegationCategory;
  subcategory: ExploitationSubcategory | null;
}

export interface Determination {
  key: DeterminationKey;
  status: Status;
  elements: Element[];
  /** Must be reported to the child protection hotline (any suspicion of trafficking of a minor). */
  hotline: boolean;
  /** Not trafficking, but still harmful: assess for neglect (failure to protect, WIC 300(b)(1)). */
  neglectAssessment: boolean;
  /** Allegations to document, one per form. */
  suggestions: Suggestion[];
}

export interface DeterminationResult {
  minor: Tri;
  determinations: Determination[];
}

const stateOf = (v: Tri): Element['state'] => (v === true ? 'present' : v === false ? 'absent' : 'unknown');
const statusOf = (v: Tri): Status => (v === true ? 'met' : v === false ? 'not_met' : 'possible');
const el = (element: ElementKey, v: Tri, detail: string[] = [], required = true): Element => ({
  element,
  state: stateOf(v),
  required,
  detail,
});

function isMinor(f: Facts): Tri {
  if (f.age !== null) return f.age < 18;
  if (f.nonMinorDependent === true) return false;
  return null;
}

function meansPresent(f: Facts): Tri {
  return f.means.length > 0 ? true : f.meansPresent;
}

function benefitToAnother(f: Facts): Tri {
  if (f.beneficiary === null) return null;
  return f.beneficiary !== 'youth_only';
}

/** True when any of the listed employment facts is true; false only when all are false. */
function anyOf(f: Facts, keys: readonly EmploymentFact[]): { value: Tri; detail: string[] } {
  const detail = keys.filter((k) => f.employment[k] === true);
  return { value: or3(...keys.map((k) => f.employment[k])), detail };
}

const sorted = (xs: readonly string[]) => [...new Set(xs)].sort();

function parentElement(f: Facts): Element[] {
  // Context only when a parent or guardian played a part (exploited, was exploited alongside, failed to protect).
  return f.parentRole === 'unknown' || f.parentRole === 'not_involved'
    ? []
    : [el('parent_role', true, [f.parentRole], false)];
}

export function determine(facts: Facts): DeterminationResult {
  const minor = isMinor(facts);
  const means = meansPresent(facts);
  const meansDetail = sorted(facts.means);
  const ageDetail = facts.age === null ? [] : [String(facts.age)];
  const parent = parentElement(facts);
  const hotlineFor = (status: Status) => status !== 'not_met' && minor !== false;
  const neglectSuggestion: Suggestion[] =
    facts.parentRole === 'exploiter' || facts.parentRole === 'failed_to_protect'
      ? [{ category: 'general_neglect', subcategory: null }]
      : [];

  // Sex trafficking: commercial sex act ∧ (minor ∨ force, fraud or coercion). Either alternative is
  // enough: a minor needs no means, and once means are present age is context, not a missing element.
  const st = and3(facts.commercialSex, or3(minor, means));
  const stStatus = statusOf(st);
  const sex: Determination = {
    key: 'sex_trafficking',
    status: stStatus,
    elements: [
      el('commercial_sex_act', facts.commercialSex, sorted(facts.valueExchanged)),
      el('under_18', minor, ageDetail, minor === true || means !== true),
      minor === true
        ? { element: 'force_fraud_coercion', state: 'not_required', required: false, detail: meansDetail }
        : el('force_fraud_coercion', means, meansDetail),
      ...parent,
    ],
    hotline: hotlineFor(stStatus),
    neglectAssessment: false,
    suggestions: [{ category: 'exploitation', subcategory: 'commercial_sexual_exploitation' }],
  };

  // Labor trafficking: labor or services ∧ force, fraud or coercion ∧ for another's benefit; then where.
  const lt = and3(facts.laborOrServices, means, benefitToAnother(facts));
  const kind = facts.laborKind;
  const legalOrInformal: Tri = kind === null ? null : kind !== 'illicit';
  const illicit: Tri = kind === null ? null : kind === 'illicit';
  const kindDetail = [kind, facts.industry].filter((x): x is string => x !== null);
  const laborElements = [
    el('labor_or_services', facts.laborOrServices, kindDetail),
    el('force_fraud_coercion', means, meansDetail),
    el('benefit_to_another', benefitToAnother(facts), facts.beneficiary ? [facts.beneficiary] : []),
  ];
  const labor = (
    key: DeterminationKey,
    where: Tri,
    whereElement: ElementKey,
    subcategory: ExploitationSubcategory,
  ): Determination => {
    const status = statusOf(and3(lt, where));
    return {
      key,
      status,
      elements: [
        ...laborElements,
        el(whereElement, where, kindDetail),
        el('under_18', minor, ageDetail, false),
        ...parent,
      ],
      hotline: hotlineFor(status),
      neglectAssessment: false,
      suggestions: [{ category: 'exploitation', subcategory }],
    };
  };
  const exploiting = labor(
    'labor_trafficking_exploiting_labor',
    legalOrInformal,
    'legal_or_informal_work',
    'exploiting_childs_labor',
  );
  const criminal = labor(
    'labor_trafficking_criminal_activity',
    illicit,
    'illicit_activity',
    'involving_child_in_criminal_activity',
  );

  // Illegal child labor: a minor working against age, hours, permit or occupation rules (not illicit work).
  const violations = anyOf(facts, CHILD_LABOR_VIOLATIONS);
  const iclStatus = statusOf(and3(minor, facts.laborOrServices, not3(illicit), violations.value));
  const illegal: Determination = {
    key: 'illegal_child_labor',
    status: iclStatus,
    elements: [
      el('under_18', minor, ageDetail),
      el('labor_or_services', facts.laborOrServices, kindDetail),
      el('legal_or_informal_work', not3(illicit), kindDetail),
      el('child_labor_violation', violations.value, violations.detail),
      ...parent,
    ],
    hotline: false,
    neglectAssessment: iclStatus !== 'not_met' && minor !== false,
    suggestions: neglectSuggestion,
  };

  // Labor exploitation: work without fair pay, breaks or safe conditions (employment law: not illicit work,
  // which is labor trafficking with force, fraud or coercion, and otherwise a neglect question).
  const conditions = anyOf(facts, EXPLOITATIVE_CONDITIONS);
  const leStatus = statusOf(and3(facts.laborOrServices, not3(illicit), conditions.value));
  const exploitation: Determination = {
    key: 'labor_exploitation',
    status: leStatus,
    elements: [
      el('labor_or_services', facts.laborOrServices, kindDetail),
      el('legal_or_informal_work', not3(illicit), kindDetail),
      el('exploitative_conditions', conditions.value, conditions.detail),
      ...parent,
    ],
    hotline: false,
    neglectAssessment: leStatus !== 'not_met' && minor !== false,
    suggestions: neglectSuggestion,
  };

  const found = [sex, exploiting, criminal, illegal, exploitation];
  const anyFound = or3(
    ...found.map((d) => (d.status === 'met' ? true : d.status === 'possible' ? null : false)),
  );
  const none: Determination = {
    key: 'none',
    status: statusOf(not3(anyFound)),
    elements: [el('no_other_determination', not3(anyFound))],
    hotline: false,
    neglectAssessment: false,
    suggestions: [],
  };
  return { minor, determinations: [...found, none] };
}
