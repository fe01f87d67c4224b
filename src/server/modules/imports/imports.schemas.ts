/**
 * Legacy referral import (routes in imports.routes.ts; the CSV layout is in docs/legacy-import.md):
 *   POST /imports/referrals?fileName=&acceptValidOnly=   the CSV file as the body (Content-Type: text/csv)
 *                                                       → 202 with the batch; the work goes on in the background
 *   GET  /imports/:id                                   the batch: status, progress, counts, first errors
 *   GET  /imports                                       recent batches in my jurisdiction
 * All need imports.run. Each batch writes one `import.referrals` audit event per county it touched.
 */
import { z } from 'zod';

/** The CSV layout (docs/legacy-import.md): these columns must be in the header line, in any order… */
export const REQUIRED_COLUMNS = [
  'referral_id',
  'received_date',
  'county',
  'child_id',
  'date_of_birth',
  'gender',
  'allegation_category',
  'allegation_subcategory',
  'disposition',
  'disposition_date',
  'reporter_type',
  'screening_decision',
] as const;
/** …and these may be. */
export const OPTIONAL_COLUMNS = ['child_first_name', 'child_last_name', 'response_time'] as const;

export const BATCH_STATUSES = ['validating', 'importing', 'completed', 'rejected', 'failed'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** Why a line (or the file) could not be imported. The web app words each code in the reader's language. */
export const ISSUE_CODES = [
  // the file as a whole
  'file_empty',
  'file_too_large',
  'not_utf8',
  'too_many_rows',
  'header_missing_column',
  'header_unknown_column',
  'header_duplicate_column',
  // reading a line
  'unclosed_quote',
  'text_after_quote',
  'field_count',
  'field_too_long',
  // one value
  'required',
  'too_long',
  'invalid_id',
  'invalid_date',
  'invalid_datetime',
  'datetime_without_zone',
  'date_in_future',
  'date_too_early',
  'date_before_received',
  'unknown_value',
  'unknown_county',
  'ambiguous_county',
  'not_a_county',
  'county_out_of_scope',
  'subcategory_required',
  'subcategory_not_allowed',
  'response_time_required',
  'response_time_not_allowed',
  'disposition_date_required',
  'disposition_date_without_disposition',
  // lines that disagree with an earlier line
  'conflicting_referral',
  'conflicting_child',
  'conflicting_allegation',
  // the database step
  'import_failed',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export const importIssueSchema = z.object({
  /** The physical line of the file (the header is line 1); 0 when the problem is not on one line. */
  line: z.number().int().min(0),
  /** The CSV column (header name) at fault, or null for the whole line or file. */
  column: z.string().nullable(),
  code: z.enum(ISSUE_CODES),
  /** The problem in English (the web app translates by code and uses this as the fallback). */
  message: z.string(),
  /** The words the message is built from (the offending value, a limit, an earlier line). */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

const counts = z.object({
  youth: z.number().int(),
  reports: z.number().int(),
  allegations: z.number().int(),
});
export type ImportCounts = z.infer<typeof counts>;

export const importBatchSummarySchema = z.object({
  id: z.uuid(),
  jurisdictionId: z.number().int(),
  jurisdictionName: z.string(),
  fileName: z.string(),
  fileSha256: z.string(),
  status: z.enum(BATCH_STATUSES),
  acceptValidOnly: z.boolean(),
  /** Data lines in the file (the header not counted). */
  totalRows: z.number().int(),
  /** Lines dealt with so far: imported, or skipped as invalid when only valid lines are accepted. */
  processedRows: z.number().int(),
  invalidRows: z.number().int(),
  /** Records this batch created; a second import of the same file creates none. */
  created: counts,
  /** Records the file names that were already in Lantern (left as they are). */
  alreadyPresent: counts,
  createdBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});
export type ImportBatchSummary = z.infer<typeof importBatchSummarySchema>;

export const importBatchSchema = importBatchSummarySchema.extend({
  /** The first problems found, in file order (at most MAX_STORED_ISSUES). */
  errors: z.array(importIssueSchema),
});
export type ImportBatch = z.infer<typeof importBatchSchema>;

export const startImportQuery = z.strictObject({
  fileName: z
    .string()
    .trim()
    .min(1, 'Give the file name.')
    .max(200, 'Use a file name of at most 200 characters.')
    .default('referrals.csv'),
  acceptValidOnly: z.enum(['true', 'false']).default('false'),
});

export const importIdParams = z.strictObject({ id: z.uuid({ message: 'That is not a valid import id.' }) });

export const listImportsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const listImportsResponse = z.object({ items: z.array(importBatchSummarySchema) });

/** Bounds of one import (docs/legacy-import.md). */
export const IMPORT_LIMITS = {
  /** Through the web (the request body). */
  uploadBytes: 50 * 1024 * 1024,
  /** Through the command line. */
  fileBytes: 256 * 1024 * 1024,
  rows: 1_000_000,
  fieldLength: 1_000,
  /** Problems kept with the batch (every problem is counted). */
  storedIssues: 200,
} as const;
