/**
 * Checks every line of a legacy referral extract and turns the good ones into what Lantern stores: one
 * youth per (county, child_id), one report per (county, referral_id), one allegation per line. Lines about
 * the same referral or child must agree with the first line that named it (a value one line leaves empty
 * may be given by another); the same allegation twice is kept once. Pure: no database, no I/O.
 */
import type { JurisdictionTree, Scope } from '../../platform/scope';
import type { CsvRecord } from './csv';
import { issue, type IssueLog } from './imports.issues';
import {
  LineReader,
  type Cells,
  type Column,
  type ParsedLine,
  type ReportEntry,
  type YouthEntry,
  type YouthField,
} from './imports.line';
import { countyResolver } from './imports.mapping';
import {
  IMPORT_LIMITS,
  OPTIONAL_COLUMNS,
  REQUIRED_COLUMNS,
  type ImportIssue,
  type IssueCode,
} from './imports.schemas';

export { OPTIONAL_COLUMNS, REQUIRED_COLUMNS, type ReportEntry, type YouthEntry };
const KNOWN = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);
const YOUTH_FIELDS: readonly [Column, YouthField][] = [
  ['date_of_birth', 'dateOfBirth'],
  ['gender', 'gender'],
  ['child_first_name', 'firstName'],
  ['child_last_name', 'lastName'],
];

export interface AllegationRow {
  line: number;
  jurisdictionId: number;
  /** referral_id:child_id:category:subcategory — what makes a re-import find the same allegation. */
  legacyId: string;
  report: ReportEntry;
  youth: YouthEntry;
  category: ParsedLine['category'];
  subcategory: ParsedLine['subcategory'];
  disposition: ParsedLine['disposition'];
  dispositionDate: string | null;
  /** This line is the first to name its youth / report: they are written with this line. */
  firstOfYouth: boolean;
  firstOfReport: boolean;
}

/** The keys that tie lines together: per county, the referral, the child and the allegation. */
interface Keys {
  report: string;
  youth: string;
  allegation: string;
  legacyId: string;
}

export class ReferralValidator {
  readonly rows: AllegationRow[] = [];
  dataRows = 0;
  invalidRows = 0;
  /** Lines that repeat an allegation of an earlier line (kept once). */
  duplicateRows = 0;
  private columns: (Column | null)[] = [];
  private readonly youth = new Map<string, YouthEntry>();
  private readonly reports = new Map<string, ReportEntry>();
  private readonly allegations = new Map<string, AllegationRow>();
  private readonly county: ReturnType<typeof countyResolver>;
  private readonly scopeIds: ReadonlySet<number>;
  private readonly reader: LineReader;

  constructor(
    tree: JurisdictionTree,
    scope: Scope,
    private readonly log: IssueLog,
  ) {
    this.county = countyResolver(tree);
    this.scopeIds = new Set(scope.jurisdictionIds);
    // "Now" is fixed for the whole file, so every line is judged against the same moment.
    this.reader = new LineReader((value) => this.resolveCounty(value), Date.now());
  }

  /** The header line; false when the file cannot be read (every problem logged). */
  header(rec: CsvRecord): boolean {
    if (rec.error) {
      this.log.add(csvIssue(rec));
      return false;
    }
    const seen = new Set<string>();
    let ok = true;
    this.columns = rec.fields.map((raw) => {
      const name = raw
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_');
      if (!KNOWN.has(name)) {
        this.log.add(issue(rec.line, null, 'header_unknown_column', { value: raw }));
        ok = false;
        return null;
      }
      if (seen.has(name)) {
        this.log.add(issue(rec.line, name, 'header_duplicate_column'));
        ok = false;
      }
      seen.add(name);
      return name as Column;
    });
    for (const c of REQUIRED_COLUMNS) {
      if (seen.has(c)) continue;
      this.log.add(issue(rec.line, c, 'header_missing_column'));
      ok = false;
    }
    return ok;
  }

  /** One data line: accepted into `rows`, or counted invalid with its problems logged. */
  row(rec: CsvRecord): void {
    this.dataRows++;
    if (rec.error) return this.reject([csvIssue(rec)]);
    if (rec.fields.length !== this.columns.length) {
      const counts = { found: rec.fields.length, expected: this.columns.length };
      return this.reject([issue(rec.line, null, 'field_count', counts)]);
    }
    const cells = { child_first_name: '', child_last_name: '', response_time: '' } as Cells;
    for (let i = 0; i < this.columns.length; i++) cells[this.columns[i]!] = rec.fields[i]!.trim();
    const problems: ImportIssue[] = [];
    const parsed = this.reader.read(rec.line, cells, problems);
    if (!parsed) return this.reject(problems);
    const keys = keysOf(parsed);
    this.conflicts(parsed, keys, problems);
    if (problems.length) return this.reject(problems);
    this.accept(parsed, keys);
  }

  /** The county's jurisdiction, if it is a county within the importer's scope. */
  private resolveCounty(value: string): { id: number } | { code: IssueCode; value: string } {
    const m = this.county(value);
    if (!m.ok) {
      const code =
        m.reason === 'ambiguous'
          ? 'ambiguous_county'
          : m.reason === 'not_a_county'
            ? 'not_a_county'
            : 'unknown_county';
      return { code, value };
    }
    if (!this.scopeIds.has(m.county.id)) return { code: 'county_out_of_scope', value: m.county.name };
    return { id: m.county.id };
  }

  /** Distinct youth, reports and allegations among the accepted lines. */
  get distinct() {
    return { youth: this.youth.size, reports: this.reports.size, allegations: this.rows.length };
  }

  private reject(problems: readonly ImportIssue[]): void {
    for (const p of problems) this.log.add(p);
    this.invalidRows++;
  }

  /** Where the line disagrees with an earlier line about the same referral, child or allegation. */
  private conflicts(p: ParsedLine, k: Keys, out: ImportIssue[]): void {
    const report = this.reports.get(k.report);
    if (report) {
      const differs: Column[] = [];
      if (report.receivedAt !== p.report.receivedAt) differs.push('received_date');
      if (report.reporterType !== p.report.reporterType) differs.push('reporter_type');
      if (report.screening !== p.report.screening) differs.push('screening_decision');
      if (report.responseTime !== p.report.responseTime) differs.push('response_time');
      for (const column of differs)
        out.push(
          issue(p.line, column, 'conflicting_referral', { value: report.legacyId, otherLine: report.line }),
        );
    }
    const youth = this.youth.get(k.youth);
    if (youth) {
      for (const [column, field] of YOUTH_FIELDS) {
        const mine = p.youth[field];
        if (mine === null || youth[field] === null || youth[field] === mine) continue;
        const otherLine = youth.from?.[field] ?? youth.line;
        out.push(issue(p.line, column, 'conflicting_child', { value: youth.legacyId, otherLine }));
      }
    }
    const earlier = this.allegations.get(k.allegation);
    if (earlier && (earlier.disposition !== p.disposition || earlier.dispositionDate !== p.dispositionDate))
      out.push(issue(p.line, 'disposition', 'conflicting_allegation', { otherLine: earlier.line }));
  }

  private accept(p: ParsedLine, k: Keys): void {
    let youth = this.youth.get(k.youth);
    const firstOfYouth = !youth;
    if (!youth) this.youth.set(k.youth, (youth = p.youth));
    else fillIn(youth, p.youth, p.line);
    if (this.allegations.has(k.allegation)) {
      this.duplicateRows++;
      return;
    }
    let report = this.reports.get(k.report);
    const firstOfReport = !report;
    if (!report) this.reports.set(k.report, (report = p.report));
    const row: AllegationRow = {
      line: p.line,
      jurisdictionId: p.report.jurisdictionId,
      legacyId: k.legacyId,
      report,
      youth,
      category: p.category,
      subcategory: p.subcategory,
      disposition: p.disposition,
      dispositionDate: p.dispositionDate,
      firstOfYouth,
      firstOfReport,
    };
    this.allegations.set(k.allegation, row);
    this.rows.push(row);
  }
}

function keysOf(p: ParsedLine): Keys {
  const j = p.report.jurisdictionId;
  const legacyId = `${p.report.legacyId}:${p.youth.legacyId}:${p.category}:${p.subcategory ?? ''}`;
  return {
    report: `${j}|${p.report.legacyId}`,
    youth: `${j}|${p.youth.legacyId}`,
    allegation: `${j}|${legacyId}`,
    legacyId,
  };
}

/** A value one line leaves empty may come from a later line about the same child. */
function fillIn(youth: YouthEntry, later: YouthEntry, line: number) {
  for (const [, field] of YOUTH_FIELDS) {
    if (youth[field] !== null || later[field] === null) continue;
    (youth as unknown as Record<YouthField, unknown>)[field] = later[field];
    (youth.from ??= {})[field] = line;
  }
}

function csvIssue(rec: CsvRecord): ImportIssue {
  const e = rec.error!;
  if (e.kind === 'unclosed_quote') return issue(rec.line, null, e.kind, { openedOn: e.openedOn ?? rec.line });
  if (e.kind === 'field_too_long') return issue(rec.line, null, e.kind, { max: IMPORT_LIMITS.fieldLength });
  return issue(rec.line, null, e.kind);
}
