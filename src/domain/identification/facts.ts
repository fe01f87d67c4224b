/**
 * The documented facts the determination engine reads (SPEC §2.1; policy guide and case study,
 * shared/seeds/004… and 001… Appendix A). Every fact may be unknown: `null` is "not known", never "no".
 * The same schema validates `lantern determine --facts` input and instrument items bound to facts.
 */
import { z } from 'zod';
import { ALL_MEANS, PARENT_ROLES, type Means, type ParentRole } from '../record/vocabulary';

/** Three-valued truth: true, false or not known. */
export type Tri = boolean | null;

/** What was given or received for a sex act (a commercial sex act is one exchanged for anything of value). */
export const VALUE_KINDS = [
  'money',
  'food',
  'shelter',
  'drugs_or_alcohol',
  'clothing_or_goods',
  'protection',
  'transportation',
  'other',
] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** Whether the work was in a legal industry, informal work (babysitting, housework) or an illicit activity. */
export const LABOR_KINDS = ['legal', 'informal', 'illicit'] as const;
export type LaborKind = (typeof LABOR_KINDS)[number];

/** Who benefited from the youth's sex act, labor or services. */
export const BENEFICIARIES = ['third_party', 'parent_or_guardian', 'youth_only'] as const;
export type Beneficiary = (typeof BENEFICIARIES)[number];

/** Employment-law facts: age, hours, permit and occupation (illegal child labor), pay, breaks, safety (exploitation). */
export const EMPLOYMENT_FACTS = [
  'underMinimumAge',
  'hoursViolation',
  'noWorkPermit',
  'hazardousWork',
  'unpaidOrUnderpaid',
  'noBreaks',
  'unsafeConditions',
] as const;
export type EmploymentFact = (typeof EMPLOYMENT_FACTS)[number];
/** The employment facts that make work illegal child labor; the rest make it labor exploitation. */
export const CHILD_LABOR_VIOLATIONS: readonly EmploymentFact[] = [
  'underMinimumAge',
  'hoursViolation',
  'noWorkPermit',
  'hazardousWork',
];
export const EXPLOITATIVE_CONDITIONS: readonly EmploymentFact[] = [
  'unpaidOrUnderpaid',
  'noBreaks',
  'unsafeConditions',
];

export interface Facts {
  /** Age in whole years at the time of the events. */
  age: number | null;
  /** A non-minor dependent (18–21 in extended foster care): an adult in law, still served. */
  nonMinorDependent: Tri;
  /** Any sex act on account of which anything of value was given or received by anyone. */
  commercialSex: Tri;
  valueExchanged: ValueKind[];
  /** Labor or services performed for someone (work, chores beyond the ordinary, illicit activity). */
  laborOrServices: Tri;
  laborKind: LaborKind | null;
  /** A setting or industry code (content/lookups), for the reasons only. */
  industry: string | null;
  /** Force, fraud and coercion elements found. */
  means: Means[];
  /** Whether any force, fraud or coercion was found; a non-empty `means` makes this true. */
  meansPresent: Tri;
  beneficiary: Beneficiary | null;
  employment: Record<EmploymentFact, Tri>;
  parentRole: ParentRole;
}

const tri = z.boolean().nullable().default(null);

const factsObject = z.strictObject({
  age: z.number().int().min(0).max(25).nullable().default(null),
  nonMinorDependent: tri,
  commercialSex: tri,
  valueExchanged: z.array(z.enum(VALUE_KINDS)).max(VALUE_KINDS.length).default([]),
  laborOrServices: tri,
  laborKind: z.enum(LABOR_KINDS).nullable().default(null),
  industry: z.string().trim().min(1).max(64).nullable().default(null),
  means: z.array(z.enum(ALL_MEANS)).max(ALL_MEANS.length).default([]),
  meansPresent: tri,
  beneficiary: z.enum(BENEFICIARIES).nullable().default(null),
  employment: z
    .strictObject({
      underMinimumAge: tri,
      hoursViolation: tri,
      noWorkPermit: tri,
      hazardousWork: tri,
      unpaidOrUnderpaid: tri,
      noBreaks: tri,
      unsafeConditions: tri,
    })
    .default({
      underMinimumAge: null,
      hoursViolation: null,
      noWorkPermit: null,
      hazardousWork: null,
      unpaidOrUnderpaid: null,
      noBreaks: null,
      unsafeConditions: null,
    }),
  parentRole: z.enum(PARENT_ROLES).default('unknown'),
});

/**
 * The facts as input. A non-minor dependent is an adult in law: an age under 18 contradicts it (the engine
 * would treat the youth as a minor and ignore the fact), so the two together are refused. Checked once the
 * age and the flag are valid themselves; other facts' problems are still reported beside it.
 */
export const factsSchema = factsObject.refine(
  (f) => !(f.nonMinorDependent === true && f.age !== null && f.age < 18),
  {
    message: 'A non-minor dependent is 18 or older.',
    path: ['nonMinorDependent'],
    // Raw issues carry a path only below the object (an unrecognised key has none yet).
    when: (payload) =>
      !payload.issues.some((i) => ['age', 'nonMinorDependent'].includes(String(i.path?.[0]))),
  },
) satisfies z.ZodType<Facts, unknown>;

/** The same facts as plain output (responses are encoded through their schema; trims cannot be). */
export const factsView = z.object({
  age: z.number().int().nullable(),
  nonMinorDependent: z.boolean().nullable(),
  commercialSex: z.boolean().nullable(),
  valueExchanged: z.array(z.enum(VALUE_KINDS)),
  laborOrServices: z.boolean().nullable(),
  laborKind: z.enum(LABOR_KINDS).nullable(),
  industry: z.string().nullable(),
  means: z.array(z.enum(ALL_MEANS)),
  meansPresent: z.boolean().nullable(),
  beneficiary: z.enum(BENEFICIARIES).nullable(),
  employment: z.object(
    Object.fromEntries(EMPLOYMENT_FACTS.map((f) => [f, z.boolean().nullable()])) as Record<
      EmploymentFact,
      z.ZodNullable<z.ZodBoolean>
    >,
  ),
  parentRole: z.enum(PARENT_ROLES),
});

/** Facts with nothing known. */
export const emptyFacts = (): Facts => factsSchema.parse({});

/**
 * The facts an instrument item can be bound to, and the answers that fit each: a yes/no item gives a
 * three-valued fact, a choice item's option keys must be values of the fact, a number gives a number.
 */
export type FactBinding =
  | { kind: 'tri' }
  | { kind: 'number' }
  | { kind: 'one'; values: readonly string[] }
  | { kind: 'many'; values: readonly string[] };

export const FACT_BINDINGS = {
  age: { kind: 'number' },
  nonMinorDependent: { kind: 'tri' },
  commercialSex: { kind: 'tri' },
  valueExchanged: { kind: 'many', values: VALUE_KINDS },
  laborOrServices: { kind: 'tri' },
  laborKind: { kind: 'one', values: LABOR_KINDS },
  means: { kind: 'many', values: ALL_MEANS },
  meansPresent: { kind: 'tri' },
  beneficiary: { kind: 'one', values: BENEFICIARIES },
  parentRole: { kind: 'one', values: PARENT_ROLES },
  ...Object.fromEntries(EMPLOYMENT_FACTS.map((f) => [`employment.${f}`, { kind: 'tri' }])),
} as Record<string, FactBinding>;
export const FACT_PATHS = Object.keys(FACT_BINDINGS);
