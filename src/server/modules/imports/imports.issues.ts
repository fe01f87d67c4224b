import { IMPORT_LIMITS, type ImportIssue, type IssueCode } from './imports.schemas';

type Params = Record<string, string | number>;

/** The English wording of each problem (the web app has its own, by code, in English and Spanish). */
const MESSAGES: Record<IssueCode, string> = {
  file_empty: 'The file is empty: it needs a header line and at least one referral line.',
  file_too_large: 'The file is larger than {maxMb} MB. Split it into smaller files.',
  not_utf8: 'The file is not UTF-8 text. Save it as "CSV UTF-8" and try again.',
  too_many_rows: 'The file has more than {max} referral lines. Split it into smaller files.',
  header_missing_column: 'The header line has no {column} column.',
  header_unknown_column: 'The header line has a column Lantern does not know: "{value}".',
  header_duplicate_column: 'The header line names the {column} column twice.',
  unclosed_quote: 'The quote opened on line {openedOn} is never closed.',
  text_after_quote: 'A closing quote must be followed by a comma or the end of the line.',
  field_count: 'The line has {found} fields; the header line has {expected}.',
  field_too_long: 'A field is longer than {max} characters.',
  required: '{column} is required.',
  too_long: '{column} is longer than {max} characters.',
  invalid_id: '"{value}" is not a usable id: use 1 to 64 letters, digits and . _ / - (no spaces or colons).',
  invalid_date: '"{value}" is not a date: use YYYY-MM-DD.',
  invalid_datetime:
    '"{value}" is not a date: use YYYY-MM-DD, or a date and time with its zone such as 2024-03-05T14:30:00-08:00.',
  datetime_without_zone:
    '"{value}" has a time but no time zone: add Z or an offset such as -08:00, or give the date alone.',
  date_in_future: '{value} is in the future.',
  date_too_early: '{value} is before {min}.',
  date_before_received: 'The disposition date {value} is before the referral was received.',
  unknown_value: '"{value}" is not a known {column} value.',
  unknown_county:
    '"{value}" is not a county Lantern knows: use the county code (CA-ALAMEDA), its name or its 5-digit FIPS code.',
  ambiguous_county: '"{value}" names more than one county: use the county code or the FIPS code.',
  not_a_county: '"{value}" is a region or a state, not a county.',
  county_out_of_scope: '{value} is outside the jurisdiction you may import into.',
  subcategory_required:
    'An Exploitation allegation needs its sub-category (use "Other Exploitation" when the extract has none).',
  subcategory_not_allowed: 'Only Exploitation allegations have a sub-category.',
  response_time_required:
    'A screened-in referral needs its response_time (Immediate, 3 Day, 5 Day or 10 Day).',
  response_time_not_allowed: 'Only a screened-in referral has a response time.',
  disposition_date_required: 'A disposition needs its disposition_date.',
  disposition_date_without_disposition: 'There is a disposition_date but no disposition.',
  conflicting_referral: 'Referral {value} has a different {column} on line {otherLine}.',
  conflicting_child: 'Child {value} has a different {column} on line {otherLine}.',
  conflicting_allegation: 'Line {otherLine} has this allegation with a different disposition.',
  import_failed:
    'The import stopped because of a database error, and nothing from this file was kept. Try again; if it fails again, an administrator can find the cause in the server log.',
};

/** Values quoted back in a message are cut short: a problem report is not a copy of the file. */
const shown = (v: string | number) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 57)}...` : v);

export function issue(
  line: number,
  column: string | null,
  code: IssueCode,
  params: Params = {},
): ImportIssue {
  const p: Params = {};
  for (const [k, v] of Object.entries(params)) p[k] = shown(v);
  const message = MESSAGES[code].replace(/\{(\w+)\}/g, (_, k: string) =>
    k === 'column' ? (column ?? '') : String(p[k] ?? ''),
  );
  return { line, column, code, message, params: p };
}

/** Every problem is counted; the first few hundred are kept to show. */
export class IssueLog {
  readonly kept: ImportIssue[] = [];
  count = 0;

  add(i: ImportIssue): void {
    this.count++;
    if (this.kept.length < IMPORT_LIMITS.storedIssues) this.kept.push(i);
  }
}
