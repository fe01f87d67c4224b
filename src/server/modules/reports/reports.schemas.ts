/**
 * Reports (referrals) and their allegations (routes in reports.routes.ts and allegations.routes.ts):
 *   GET   /reports?assigned=me&decision=&youthId=&limit=   list                         audit report.list
 *   POST  /reports                         a report with one or more allegations (Idempotency-Key) audit report.create + allegation.create
 *   GET   /reports/:id                     the report with its allegations               audit report.read
 *   PATCH /reports/:id                     screening decision, assignment, narrative (version) audit report.update
 *   POST  /reports/:id/allegations         add an allegation (Idempotency-Key)           audit allegation.create
 *   GET   /allegations?state=proposed      the review queue (allegations.review)         audit allegation.list
 *   GET   /allegations/:id                 the allegation with its full history          audit allegation.read
 *   POST  /allegations/:id/amend           amend (version + reason) → new revision       audit allegation.amend
 *   POST  /allegations/:id/disposition     the worker proposes a disposition (version)   audit allegation.disposition_propose
 *   POST  /allegations/:id/review          a supervisor approves or returns it (version) audit allegation.disposition_approve|return
 * Allegations are never rewritten: every change adds a record_revisions row, shown as history.
 */
import { z } from 'zod';
import {
  ALLEGATION_CATEGORIES,
  ALL_MEANS,
  CARE_TIMING,
  DISPOSITION_STATES,
  DISPOSITIONS,
  EVALUATED_OUT_REASONS,
  EXPLOITATION_SUBCATEGORIES,
  EXPLOITER_RELATIONSHIPS,
  LIMITS,
  PARENT_ROLES,
  PERPETRATOR_KINDS,
  REPORTER_TYPES,
  RESPONSE_TIMES,
  SCREENING_DECISIONS,
  SOCIAL_PLATFORMS,
} from '../../../domain/record/vocabulary';

const isoDate = z.iso.date({ message: 'Use a real date, YYYY-MM-DD.' });
const notFuture = (d: string) =>
  new Date(d.length === 10 ? `${d}T00:00:00Z` : d).getTime() <= Date.now() + 60_000;
const pastDate = isoDate.refine(notFuture, { message: 'The date cannot be in the future.' });
const pastDateTime = z.iso
  .datetime({ offset: true, message: 'Use a date and time, e.g. 2026-03-01T14:30:00Z.' })
  .refine(notFuture, { message: 'The time cannot be in the future.' })
  .refine((d) => new Date(d).getUTCFullYear() >= 1990, { message: 'The time is too far in the past.' });
const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v ? v : null));
/** A code from a lookup list a county can extend; the service checks it exists (422 otherwise). */
const lookupCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9_]{1,60}$/, 'Choose a value from the list.');

/** One place where the exploitation happened. */
export const placeSchema = z.strictObject({
  description: text(LIMITS.shortText).min(1, 'Describe the place.'),
  county: optionalText(80),
  state: optionalText(40),
  country: optionalText(80),
});

/**
 * The facts of one exploitation allegation: what AFCARS (E106–E111) and California's SB 998 ask for, and
 * what Insight counts (co-occurrence, industries, length of time trafficked, age at first occurrence).
 */
export const exploitationDetailsSchema = z
  .strictObject({
    /** Codes from the setting list for the sub-category (see SETTING_LIST_FOR). */
    settings: z.array(lookupCode).max(LIMITS.listItems).default([]),
    settingOther: optionalText(LIMITS.shortText),
    means: z.array(z.enum(ALL_MEANS)).max(ALL_MEANS.length).default([]),
    meansNote: optionalText(LIMITS.note),
    exploiterRelationship: z.enum(EXPLOITER_RELATIONSHIPS).default('unknown'),
    parentRole: z.enum(PARENT_ROLES).default('unknown'),
    startDate: pastDate.nullable().default(null),
    endDate: pastDate.nullable().default(null),
    /** Still going on as far as anyone knows (no end date). */
    ongoing: z.boolean().default(false),
    ageAtFirstOccurrence: z.number().int().min(0).max(25).nullable().default(null),
    places: z.array(placeSchema).max(LIMITS.listItems).default([]),
    movedAcrossCountyLines: z.enum(['yes', 'no', 'unknown']).default('unknown'),
    movedAcrossStateLines: z.enum(['yes', 'no', 'unknown']).default('unknown'),
    onlineRecruitment: z.enum(['yes', 'no', 'unknown']).default('unknown'),
    recruitmentPlatform: z.enum(SOCIAL_PLATFORMS).nullable().default(null),
    adStillOnline: z.enum(['yes', 'no', 'unknown']).default('unknown'),
    careTiming: z.enum(CARE_TIMING).default('unknown'),
    reportedToLawEnforcement: z.enum(['yes', 'no', 'unknown']).default('unknown'),
    reportedToLawEnforcementDate: pastDate.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.startDate && v.endDate && v.endDate < v.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date is before the start date.' });
    if (v.ongoing && v.endDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'An ongoing situation has no end date.' });
    if (v.reportedToLawEnforcementDate && v.reportedToLawEnforcement !== 'yes')
      ctx.addIssue({
        code: 'custom',
        path: ['reportedToLawEnforcementDate'],
        message: 'Give a report date only when it was reported to law enforcement.',
      });
    if (v.recruitmentPlatform && v.onlineRecruitment !== 'yes')
      ctx.addIssue({
        code: 'custom',
        path: ['recruitmentPlatform'],
        message: 'Name a platform only when the youth was recruited online.',
      });
  });
export type ExploitationDetails = z.infer<typeof exploitationDetailsSchema>;

const yesNoUnknown = z.enum(['yes', 'no', 'unknown']);
/**
 * The same facts as sent back in responses. Responses are encoded through their schema, and an input
 * schema's trimming transforms cannot be encoded, so the response side has its own plain shape.
 */
export const exploitationDetailsView = z.object({
  settings: z.array(z.string()),
  settingOther: z.string().nullable(),
  means: z.array(z.enum(ALL_MEANS)),
  meansNote: z.string().nullable(),
  exploiterRelationship: z.enum(EXPLOITER_RELATIONSHIPS),
  parentRole: z.enum(PARENT_ROLES),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  ongoing: z.boolean(),
  ageAtFirstOccurrence: z.number().int().nullable(),
  places: z.array(
    z.object({
      description: z.string(),
      county: z.string().nullable(),
      state: z.string().nullable(),
      country: z.string().nullable(),
    }),
  ),
  movedAcrossCountyLines: yesNoUnknown,
  movedAcrossStateLines: yesNoUnknown,
  onlineRecruitment: yesNoUnknown,
  recruitmentPlatform: z.enum(SOCIAL_PLATFORMS).nullable(),
  adStillOnline: yesNoUnknown,
  careTiming: z.enum(CARE_TIMING),
  reportedToLawEnforcement: yesNoUnknown,
  reportedToLawEnforcementDate: z.string().nullable(),
});

/** What a worker writes for an allegation (on a new report, added to a report, or as an amendment). */
export const allegationInput = z
  .strictObject({
    youthId: z.uuid({ message: 'Choose the youth.' }),
    perpetratorKind: z.enum(PERPETRATOR_KINDS),
    perpetratorName: optionalText(LIMITS.name * 2),
    personOfInterestId: z.uuid().nullable().default(null),
    category: z.enum(ALLEGATION_CATEGORIES),
    subcategory: z.enum(EXPLOITATION_SUBCATEGORIES).nullable().default(null),
    exploitation: exploitationDetailsSchema.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    const exploitation = v.category === 'exploitation';
    if (exploitation && !v.subcategory)
      ctx.addIssue({ code: 'custom', path: ['subcategory'], message: 'Choose the form of exploitation.' });
    if (!exploitation && v.subcategory)
      ctx.addIssue({
        code: 'custom',
        path: ['subcategory'],
        message: 'Only Exploitation allegations have a sub-category.',
      });
    if (exploitation && !v.exploitation)
      ctx.addIssue({
        code: 'custom',
        path: ['exploitation'],
        message: 'Record the exploitation details (what is not known can stay "unknown").',
      });
    if (!exploitation && v.exploitation)
      ctx.addIssue({
        code: 'custom',
        path: ['exploitation'],
        message: 'Exploitation details belong to Exploitation allegations only.',
      });
    if (v.perpetratorKind === 'person_of_interest' && !v.personOfInterestId)
      ctx.addIssue({
        code: 'custom',
        path: ['personOfInterestId'],
        message: 'Choose the person of interest.',
      });
    if (v.perpetratorKind !== 'person_of_interest' && v.personOfInterestId)
      ctx.addIssue({
        code: 'custom',
        path: ['personOfInterestId'],
        message: 'A person of interest is linked only when the alleged perpetrator is one.',
      });
  });
export type AllegationInput = z.infer<typeof allegationInput>;

const reportFields = {
  receivedAt: pastDateTime,
  reporterType: z.enum(REPORTER_TYPES),
  reporterName: optionalText(LIMITS.name * 2),
  narrative: text(LIMITS.narrative).default(''),
  screeningDecision: z.enum(SCREENING_DECISIONS).default('pending'),
  responseTime: z.enum(RESPONSE_TIMES).nullable().default(null),
  evaluatedOutReason: z.enum(EVALUATED_OUT_REASONS).nullable().default(null),
  evaluatedOutNote: optionalText(LIMITS.note),
  assignedWorkerId: z.uuid().nullable().default(null),
};

/** Screened in needs a response time; evaluated out needs a reason; pending has neither. */
function checkScreening(
  v: { screeningDecision?: string; responseTime?: string | null; evaluatedOutReason?: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.screeningDecision === undefined) return;
  if (v.screeningDecision === 'screened_in' && !v.responseTime)
    ctx.addIssue({ code: 'custom', path: ['responseTime'], message: 'Choose the response time.' });
  if (v.screeningDecision !== 'screened_in' && v.responseTime)
    ctx.addIssue({
      code: 'custom',
      path: ['responseTime'],
      message: 'Only a screened-in report has a response time.',
    });
  if (v.screeningDecision === 'evaluated_out' && !v.evaluatedOutReason)
    ctx.addIssue({
      code: 'custom',
      path: ['evaluatedOutReason'],
      message: 'Say why the report was evaluated out.',
    });
  if (v.screeningDecision !== 'evaluated_out' && v.evaluatedOutReason)
    ctx.addIssue({
      code: 'custom',
      path: ['evaluatedOutReason'],
      message: 'Only an evaluated-out report has a reason for it.',
    });
}

export const createReportBody = z
  .strictObject({
    jurisdictionId: z.number().int().positive().optional(),
    ...reportFields,
    allegations: z
      .array(allegationInput)
      .min(1, 'Add at least one allegation.')
      .max(20, 'Use at most 20 allegations on one report.'),
  })
  .superRefine(checkScreening);
export type CreateReportInput = z.infer<typeof createReportBody>;

/** Optional text in a PATCH: absent stays absent (unchanged); empty or null clears it. */
const patchText = (max: number) =>
  text(max)
    .nullable()
    .optional()
    .transform((v) => (v === undefined ? undefined : v ? v : null));

/** Screening decision, response time and reason change together (send all three when changing any). */
export const updateReportBody = z
  .strictObject({
    version: z.number().int().min(1),
    receivedAt: reportFields.receivedAt.optional(),
    reporterType: reportFields.reporterType.optional(),
    reporterName: patchText(LIMITS.name * 2),
    narrative: text(LIMITS.narrative).optional(),
    screeningDecision: z.enum(SCREENING_DECISIONS).optional(),
    responseTime: z.enum(RESPONSE_TIMES).nullable().optional(),
    evaluatedOutReason: z.enum(EVALUATED_OUT_REASONS).nullable().optional(),
    evaluatedOutNote: patchText(LIMITS.note),
    assignedWorkerId: z.uuid().nullable().optional(),
  })
  .superRefine(checkScreening);
export type UpdateReportInput = z.infer<typeof updateReportBody>;

const userRef = z.object({ id: z.uuid(), displayName: z.string() }).nullable();

export const allegationSchema = z.object({
  id: z.uuid(),
  jurisdictionId: z.number().int(),
  reportId: z.uuid(),
  reportRef: z.string(),
  reportReceivedAt: z.iso.datetime(),
  youthId: z.uuid(),
  youthName: z.string(),
  perpetratorKind: z.enum(PERPETRATOR_KINDS),
  perpetratorName: z.string().nullable(),
  /** Null unless the reader holds persons.read (then the id and a display name). */
  personOfInterest: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  category: z.enum(ALLEGATION_CATEGORIES),
  subcategory: z.enum(EXPLOITATION_SUBCATEGORIES).nullable(),
  exploitation: exploitationDetailsView.nullable(),
  dispositionState: z.enum(DISPOSITION_STATES),
  disposition: z.enum(DISPOSITIONS).nullable(),
  dispositionDate: z.string().nullable(),
  dispositionRationale: z.string().nullable(),
  proposedBy: userRef,
  proposedAt: z.iso.datetime().nullable(),
  reviewedBy: userRef,
  reviewedAt: z.iso.datetime().nullable(),
  reviewNote: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type Allegation = z.infer<typeof allegationSchema>;

export const revisionSchema = z.object({
  version: z.number().int(),
  change: z.enum([
    'created',
    'amended',
    'disposition_proposed',
    'disposition_approved',
    'disposition_returned',
  ]),
  reason: z.string().nullable(),
  actor: z.string().nullable(),
  at: z.iso.datetime(),
  /** The record as it stood after this change. */
  data: z.record(z.string(), z.unknown()),
});
export type Revision = z.infer<typeof revisionSchema>;

export const allegationWithHistorySchema = allegationSchema.extend({ history: z.array(revisionSchema) });

export const reportSummarySchema = z.object({
  id: z.uuid(),
  ref: z.string(),
  jurisdictionId: z.number().int(),
  receivedAt: z.iso.datetime(),
  reporterType: z.enum(REPORTER_TYPES),
  screeningDecision: z.enum(SCREENING_DECISIONS),
  responseTime: z.enum(RESPONSE_TIMES).nullable(),
  assignedWorker: userRef,
  allegationCount: z.number().int(),
  version: z.number().int(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const reportSchema = reportSummarySchema.extend({
  reporterName: z.string().nullable(),
  narrative: z.string(),
  evaluatedOutReason: z.enum(EVALUATED_OUT_REASONS).nullable(),
  evaluatedOutNote: z.string().nullable(),
  createdBy: userRef,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  allegations: z.array(allegationSchema),
});
export type Report = z.infer<typeof reportSchema>;

export const listReportsQuery = z.strictObject({
  assigned: z.enum(['me', 'anyone']).default('anyone'),
  decision: z.enum(SCREENING_DECISIONS).optional(),
  youthId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const listReportsResponse = z.object({ items: z.array(reportSummarySchema) });

export const listAllegationsQuery = z.strictObject({
  state: z.enum(DISPOSITION_STATES).default('proposed'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const listAllegationsResponse = z.object({ items: z.array(allegationSchema) });

export const amendAllegationBody = z.strictObject({
  version: z.number().int().min(1),
  reason: text(LIMITS.note).min(3, 'Say why the allegation is being amended.'),
  allegation: allegationInput,
});

export const proposeDispositionBody = z.strictObject({
  version: z.number().int().min(1),
  disposition: z.enum(DISPOSITIONS),
  dispositionDate: pastDate,
  rationale: text(LIMITS.note * 2).min(10, 'Explain the disposition in a sentence or more.'),
});

export const reviewDispositionBody = z
  .strictObject({
    version: z.number().int().min(1),
    decision: z.enum(['approve', 'return']),
    note: optionalText(LIMITS.note),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'return' && !v.note)
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'Say what needs to change before it can be approved.',
      });
  });

export const reportIdParams = z.strictObject({ id: z.uuid({ message: 'That is not a valid report id.' }) });
export const allegationIdParams = z.strictObject({
  id: z.uuid({ message: 'That is not a valid allegation id.' }),
});
