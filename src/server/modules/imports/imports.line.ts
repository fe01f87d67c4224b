/**
 * One line of a legacy referral extract, value by value: what each column must hold and what it becomes.
 * Written for speed (a million lines): no closures per line, and dates are read once per distinct value.
 */
import {
  LIMITS,
  type AllegationCategory,
  type Disposition,
  type ExploitationSubcategory,
  type Gender,
  type ReporterType,
  type ResponseTime,
} from '../../../domain/record/vocabulary';
import { issue } from './imports.issues';
import { mapLegacy, type LegacyList, type LegacyValue } from './imports.mapping';
import type { ImportIssue, IssueCode, OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from './imports.schemas';
import { readDate, readId, readReceived, type Read, type Received } from './imports.values';

export type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
export type Cells = Record<Column, string>;

/** Legacy received and disposition dates before this year are refused as mistakes. */
const EARLIEST_YEAR = 1990;
const EARLIEST_BIRTH_YEAR = 1900;
const MEMO_LIMIT = 100_000;

export type YouthField = 'dateOfBirth' | 'gender' | 'firstName' | 'lastName';

export interface YouthEntry {
  /** The record's id, once written (or found, when an earlier import wrote it). */
  id?: string;
  jurisdictionId: number;
  legacyId: string;
  firstName: string | null;
  lastName: string | null;
  dateOfBirth: string | null;
  gender: Gender | null;
  line: number;
  /** The line each value came from, when not the first line (for "different on line N"). */
  from: Partial<Record<YouthField, number>> | null;
}

export interface ReportEntry {
  /** The record's id, once written (or found, when an earlier import wrote it). */
  id?: string;
  jurisdictionId: number;
  legacyId: string;
  receivedAt: string;
  receivedDate: string;
  reporterType: ReporterType;
  screening: 'screened_in' | 'evaluated_out';
  responseTime: ResponseTime | null;
  line: number;
}

export interface ParsedLine {
  line: number;
  youth: YouthEntry;
  report: ReportEntry;
  category: AllegationCategory;
  subcategory: ExploitationSubcategory | null;
  disposition: Disposition | null;
  dispositionDate: string | null;
}

export type CountyLookup = (value: string) => { id: number } | { code: IssueCode; value: string };

function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    if (cache.size < MEMO_LIMIT) cache.set(key, v);
  }
  return v;
}

export class LineReader {
  private line = 0;
  private c = {} as Cells;
  private problems: ImportIssue[] = [];
  private readonly dates = new Map<string, Read<string>>();
  private readonly births = new Map<string, Read<string>>();
  private readonly received = new Map<string, Read<Received>>();

  constructor(
    private readonly county: CountyLookup,
    private readonly now: number,
  ) {}

  /** Every value of one line on its own; null when anything is wrong (the reasons go to `problems`). */
  read(line: number, c: Cells, problems: ImportIssue[]): ParsedLine | null {
    this.line = line;
    this.c = c;
    this.problems = problems;
    const referralId = this.need('referral_id') ? this.got('referral_id', readId(c.referral_id)) : null;
    const childId = this.need('child_id') ? this.got('child_id', readId(c.child_id)) : null;
    const received = this.need('received_date')
      ? this.got(
          'received_date',
          memo(this.received, c.received_date, () => readReceived(c.received_date, EARLIEST_YEAR, this.now)),
        )
      : null;
    let jurisdictionId: number | null = null;
    if (this.need('county')) {
      const county = this.county(c.county);
      if ('id' in county) jurisdictionId = county.id;
      else this.problem('county', county.code, { value: county.value });
    }
    const dateOfBirth =
      c.date_of_birth === ''
        ? null
        : this.got(
            'date_of_birth',
            memo(this.births, c.date_of_birth, () =>
              readDate(c.date_of_birth, EARLIEST_BIRTH_YEAR, this.now),
            ),
          );
    const gender = this.mapped('gender', 'gender');
    if (c.child_first_name.length > LIMITS.name)
      this.problem('child_first_name', 'too_long', { max: LIMITS.name });
    if (c.child_last_name.length > LIMITS.name)
      this.problem('child_last_name', 'too_long', { max: LIMITS.name });

    const category = this.need('allegation_category') ? this.mapped('allegation_category', 'category') : null;
    const subcategory = this.mapped('allegation_subcategory', 'subcategory');
    if (category === 'exploitation' && c.allegation_subcategory === '')
      this.problem('allegation_subcategory', 'subcategory_required');
    if (category && category !== 'exploitation' && c.allegation_subcategory !== '')
      this.problem('allegation_subcategory', 'subcategory_not_allowed');

    const disposition = this.mapped('disposition', 'disposition');
    let dispositionDate: string | null = null;
    if (c.disposition_date !== '') {
      dispositionDate = this.got(
        'disposition_date',
        memo(this.dates, c.disposition_date, () => readDate(c.disposition_date, EARLIEST_YEAR, this.now)),
      );
      if (c.disposition === '') this.problem('disposition_date', 'disposition_date_without_disposition');
      if (dispositionDate && received && dispositionDate < received.date)
        this.problem('disposition_date', 'date_before_received', { value: dispositionDate });
    } else if (c.disposition !== '') this.problem('disposition_date', 'disposition_date_required');

    const reporterType = this.need('reporter_type') ? this.mapped('reporter_type', 'reporterType') : null;
    const screening = this.need('screening_decision') ? this.mapped('screening_decision', 'screening') : null;
    const responseTime = this.mapped('response_time', 'responseTime');
    if (screening === 'screened_in' && c.response_time === '')
      this.problem('response_time', 'response_time_required');
    if (screening === 'evaluated_out' && c.response_time !== '')
      this.problem('response_time', 'response_time_not_allowed');

    if (
      problems.length ||
      !referralId ||
      !childId ||
      !received ||
      jurisdictionId === null ||
      !category ||
      !reporterType ||
      !screening
    )
      return null;
    return {
      line,
      category,
      subcategory,
      disposition,
      dispositionDate,
      youth: {
        jurisdictionId,
        legacyId: childId,
        firstName: c.child_first_name || null,
        lastName: c.child_last_name || null,
        dateOfBirth,
        gender,
        line,
        from: null,
      },
      report: {
        jurisdictionId,
        legacyId: referralId,
        receivedAt: received.at,
        receivedDate: received.date,
        reporterType,
        screening,
        responseTime,
        line,
      },
    };
  }

  private problem(column: Column, code: IssueCode, params: Record<string, string | number> = {}) {
    this.problems.push(issue(this.line, column, code, params));
  }

  private need(column: Column): boolean {
    if (this.c[column] !== '') return true;
    this.problem(column, 'required');
    return false;
  }

  private got<T>(column: Column, r: Read<T>): T | null {
    if (r.ok) return r.value;
    this.problem(column, r.code, { value: this.c[column], ...r.params });
    return null;
  }

  private mapped<K extends LegacyList>(column: Column, list: K): LegacyValue<K> | null {
    const value = this.c[column];
    if (value === '') return null;
    const m = mapLegacy(list, value);
    if (m === undefined) this.problem(column, 'unknown_value', { value });
    return m ?? null;
  }
}
