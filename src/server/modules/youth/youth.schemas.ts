/**
 * The youth API contract (routes in youth.routes.ts):
 *   GET    /youth?q=&dob=&limit=          search (names, AKAs, monikers, date of birth; phones and handles only
 *                                        for holders of youth.sensitive.identifiers)            audit youth.search
 *   POST   /youth/duplicate-check         likely duplicates before creating                       audit youth.duplicate_check
 *   POST   /youth                         create (Idempotency-Key)                                audit youth.create
 *   GET    /youth/:id                     the youth page: profile, reports, allegations, contacts audit youth.read
 *   PATCH  /youth/:id                     change (version; 409 with current)                      audit youth.update
 *   GET    /youth/:id/sensitive/:group    reveal one sensitive group (its own permission)         audit youth.sensitive_reveal
 * Sensitive values never appear in any other response, for anyone: the profile says only whether each group
 * holds anything and whether the reader may reveal it.
 */
import { z } from 'zod';
import {
  CITIZENSHIP_STATUSES,
  DEPENDENCY_STATUSES,
  GENDER_EXPRESSIONS,
  GENDER_IDENTITIES,
  GENDERS,
  LIMITS,
  PLACEMENT_STATUSES,
  PROBATION_STATUSES,
  RACE_ETHNICITIES,
  SEXUAL_ORIENTATIONS,
  SOCIAL_PLATFORMS,
  TATTOO_ORIGINS,
} from '../../../domain/record/vocabulary';
import { allegationSchema, reportSummarySchema } from '../reports/reports.schemas';
import { contactSchema } from '../contacts/contacts.schemas';
import { screeningSummary } from '../screenings/screenings.schemas';

export const SENSITIVE_GROUPS = ['immigration', 'sogie', 'tattoos', 'identifiers'] as const;
export type SensitiveGroup = (typeof SENSITIVE_GROUPS)[number];

/** A calendar date, YYYY-MM-DD, that exists (no 2026-02-30). */
export const isoDate = z.iso.date({ message: 'Use a real date, YYYY-MM-DD.' });
/** A date of birth: a real date, not in the future, not more than 30 years ago (youth and non-minor dependents). */
export const dateOfBirth = isoDate.refine(
  (d) => {
    const dob = new Date(`${d}T00:00:00Z`).getTime();
    const now = Date.now();
    return dob <= now && dob >= now - 30 * 365.25 * 86_400_000;
  },
  { message: 'The date of birth must be in the past and within the last 30 years.' },
);

const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);
const name = text(LIMITS.name).min(1, 'Enter a name.');
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v ? v : null));
const list = <T extends z.ZodType>(item: T) =>
  z.array(item).max(LIMITS.listItems, `Use at most ${LIMITS.listItems} entries.`);

export const otherNameSchema = z.strictObject({ kind: z.enum(['aka', 'moniker']), name });
export const phoneSchema = z.strictObject({
  number: z
    .string()
    .trim()
    .regex(/^[+()\-.\s\d]{7,25}$/, 'Enter a phone number: digits, spaces, +, -, ( and ) only.')
    .refine((v) => v.replace(/\D/g, '').length >= 7, 'A phone number has at least 7 digits.'),
  label: optionalText(60),
});
export const handleSchema = z.strictObject({
  platform: z.enum(SOCIAL_PLATFORMS),
  handle: text(100).min(1, 'Enter the handle.'),
});
export const tattooSchema = z.strictObject({
  description: text(LIMITS.shortText * 2).min(1, 'Describe the tattoo.'),
  bodyLocation: text(LIMITS.shortText).min(1, 'Say where on the body it is.'),
  origin: z.enum(TATTOO_ORIGINS),
  whereObtained: optionalText(LIMITS.shortText),
});

/** The values of each sensitive group, as written and as revealed. */
export const sensitiveValues = {
  immigration: z.strictObject({
    citizenshipStatus: z.enum(CITIZENSHIP_STATUSES).nullable(),
    immigrationNotes: optionalText(LIMITS.note),
  }),
  sogie: z.strictObject({
    genderIdentity: z.enum(GENDER_IDENTITIES).nullable(),
    sexualOrientation: z.enum(SEXUAL_ORIENTATIONS).nullable(),
    genderExpression: z.enum(GENDER_EXPRESSIONS).nullable(),
    pronouns: optionalText(60),
  }),
  tattoos: z.strictObject({ tattoos: list(tattooSchema) }),
  identifiers: z.strictObject({ phones: list(phoneSchema), handles: list(handleSchema) }),
} as const;
export type SensitiveValues = { [G in SensitiveGroup]: z.infer<(typeof sensitiveValues)[G]> };

/**
 * The same values as a response carries them. Responses are encoded through their schema, and the input
 * schemas' trimming transforms cannot run backwards, so the response has its own plain shapes.
 */
const revealedValues = {
  immigration: z.object({
    citizenshipStatus: z.enum(CITIZENSHIP_STATUSES).nullable(),
    immigrationNotes: z.string().nullable(),
  }),
  sogie: z.object({
    genderIdentity: z.enum(GENDER_IDENTITIES).nullable(),
    sexualOrientation: z.enum(SEXUAL_ORIENTATIONS).nullable(),
    genderExpression: z.enum(GENDER_EXPRESSIONS).nullable(),
    pronouns: z.string().nullable(),
  }),
  tattoos: z.object({
    tattoos: z.array(
      z.object({
        description: z.string(),
        bodyLocation: z.string(),
        origin: z.enum(TATTOO_ORIGINS),
        whereObtained: z.string().nullable(),
      }),
    ),
  }),
  identifiers: z.object({
    phones: z.array(z.object({ number: z.string(), label: z.string().nullable() })),
    handles: z.array(z.object({ platform: z.enum(SOCIAL_PLATFORMS), handle: z.string() })),
  }),
};

/** What the revealing endpoint answers: the group's values (immigration adds the derived foreign-national flag). */
export const revealResponse = z.discriminatedUnion('group', [
  z.object({
    group: z.literal('immigration'),
    values: revealedValues.immigration.extend({ foreignNational: z.boolean().nullable() }),
  }),
  z.object({ group: z.literal('sogie'), values: revealedValues.sogie }),
  z.object({ group: z.literal('tattoos'), values: revealedValues.tattoos }),
  z.object({ group: z.literal('identifiers'), values: revealedValues.identifiers }),
]);
export type RevealResponse = z.infer<typeof revealResponse>;

/** The fields anyone who may read the youth sees. */
const profileFields = {
  legalFirstName: name,
  legalMiddleName: optionalText(LIMITS.name),
  legalLastName: name,
  preferredName: optionalText(LIMITS.name),
  otherNames: list(otherNameSchema),
  dateOfBirth: dateOfBirth.nullable(),
  dobEstimated: z.boolean(),
  gender: z.enum(GENDERS).nullable(),
  raceEthnicity: list(z.enum(RACE_ETHNICITIES)),
  tribalAffiliation: optionalText(LIMITS.shortText),
  /** Languages as BCP 47 tags or names, e.g. "es", "mam". */
  languages: list(text(40).min(1)),
  interpreterNeeded: z.boolean(),
  countryOfBirth: optionalText(80),
  school: optionalText(LIMITS.shortText),
  dependencyStatus: z.enum(DEPENDENCY_STATUSES).nullable(),
  probationStatus: z.enum(PROBATION_STATUSES).nullable(),
  placementStatus: z.enum(PLACEMENT_STATUSES).nullable(),
};

const sensitiveInput = z.strictObject({
  immigration: sensitiveValues.immigration.optional(),
  sogie: sensitiveValues.sogie.optional(),
  tattoos: sensitiveValues.tattoos.optional(),
  identifiers: sensitiveValues.identifiers.optional(),
});

export const createYouthBody = z.strictObject({
  jurisdictionId: z.number().int().positive().optional(),
  ...profileFields,
  otherNames: profileFields.otherNames.default([]),
  dateOfBirth: profileFields.dateOfBirth.default(null),
  dobEstimated: z.boolean().default(false),
  gender: profileFields.gender.default(null),
  raceEthnicity: profileFields.raceEthnicity.default([]),
  languages: profileFields.languages.default([]),
  interpreterNeeded: z.boolean().default(false),
  dependencyStatus: profileFields.dependencyStatus.default(null),
  probationStatus: profileFields.probationStatus.default(null),
  placementStatus: profileFields.placementStatus.default(null),
  /** Sensitive groups to set: each needs its permission (403 otherwise). */
  sensitive: sensitiveInput.default({}),
});
export type CreateYouthInput = z.infer<typeof createYouthBody>;

export const updateYouthBody = z
  .strictObject({ version: z.number().int().min(1), ...profileFields, sensitive: sensitiveInput })
  .partial()
  .required({ version: true });
export type UpdateYouthInput = z.infer<typeof updateYouthBody>;

/** Whether a sensitive group holds anything, and whether this reader may reveal or change it. */
export const sensitiveStateSchema = z.object({ present: z.boolean(), canReveal: z.boolean() });

export const youthSchema = z.object({
  id: z.uuid(),
  ref: z.string(),
  jurisdictionId: z.number().int(),
  jurisdictionName: z.string(),
  legalFirstName: z.string(),
  legalMiddleName: z.string().nullable(),
  legalLastName: z.string(),
  preferredName: z.string().nullable(),
  otherNames: z.array(z.object({ kind: z.enum(['aka', 'moniker']), name: z.string() })),
  dateOfBirth: z.string().nullable(),
  dobEstimated: z.boolean(),
  /** Whole years today, from the date of birth (null when unknown). */
  age: z.number().int().nullable(),
  gender: z.enum(GENDERS).nullable(),
  raceEthnicity: z.array(z.enum(RACE_ETHNICITIES)),
  tribalAffiliation: z.string().nullable(),
  languages: z.array(z.string()),
  interpreterNeeded: z.boolean(),
  countryOfBirth: z.string().nullable(),
  school: z.string().nullable(),
  dependencyStatus: z.enum(DEPENDENCY_STATUSES).nullable(),
  probationStatus: z.enum(PROBATION_STATUSES).nullable(),
  placementStatus: z.enum(PLACEMENT_STATUSES).nullable(),
  sensitive: z.object({
    immigration: sensitiveStateSchema,
    sogie: sensitiveStateSchema,
    tattoos: sensitiveStateSchema,
    identifiers: sensitiveStateSchema,
  }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type Youth = z.infer<typeof youthSchema>;

/** One search hit or duplicate candidate. `matched` says why it matched (never a sensitive value). */
export const youthSummarySchema = z.object({
  id: z.uuid(),
  ref: z.string(),
  jurisdictionName: z.string(),
  displayName: z.string(),
  legalName: z.string(),
  otherNames: z.array(z.string()),
  dateOfBirth: z.string().nullable(),
  dobEstimated: z.boolean(),
  age: z.number().int().nullable(),
  gender: z.enum(GENDERS).nullable(),
  matched: z.array(z.enum(['name', 'other_name', 'date_of_birth', 'phone', 'handle'])),
  score: z.number(),
});
export type YouthSummary = z.infer<typeof youthSummarySchema>;

export const searchYouthQuery = z.strictObject({
  q: z.string().trim().max(100, 'Use at most 100 characters.').optional(),
  dob: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export const searchYouthResponse = z.object({ items: z.array(youthSummarySchema) });

export const duplicateCheckBody = z.strictObject({
  jurisdictionId: z.number().int().positive().optional(),
  legalFirstName: name,
  legalLastName: name,
  dateOfBirth: dateOfBirth.nullable().optional(),
  otherNames: list(otherNameSchema).optional(),
});
export const duplicateCheckResponse = z.object({ candidates: z.array(youthSummarySchema) });

export const youthIdParams = z.strictObject({ id: z.uuid({ message: 'That is not a valid youth id.' }) });
export const revealParams = youthIdParams.extend({ group: z.enum(SENSITIVE_GROUPS) });

/** The youth page in one response: the profile and everything recorded about the youth, newest first. */
export const youthPageSchema = z.object({
  youth: youthSchema,
  reports: z.array(reportSummarySchema),
  allegations: z.array(allegationSchema),
  contacts: z.array(contactSchema),
  /** Screenings, newest first, without their answers (empty without screenings.read). */
  screenings: z.array(screeningSummary),
});
export type YouthPage = z.infer<typeof youthPageSchema>;
