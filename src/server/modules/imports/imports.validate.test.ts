import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { JurisdictionTree, type JurisdictionNode } from '../../platform/scope';
import { csvLine, parseCsv } from './csv';
import { IssueLog } from './imports.issues';
import { countyResolver, mapLegacy } from './imports.mapping';
import { ReferralValidator, REQUIRED_COLUMNS } from './imports.validate';
import { readReceived } from './imports.values';

const node = (
  n: Partial<JurisdictionNode> & Pick<JurisdictionNode, 'id' | 'code' | 'name'>,
): JurisdictionNode => ({
  parentId: null,
  kind: 'county',
  fips: null,
  ...n,
});
const tree = new JurisdictionTree([
  node({ id: 1, code: 'CA', name: 'California', kind: 'state', fips: '06' }),
  node({ id: 2, code: 'CA-R-BAY-AREA', name: 'Bay Area', kind: 'region', parentId: 1 }),
  node({ id: 3, code: 'CA-ALAMEDA', name: 'Alameda', parentId: 2, fips: '06001' }),
  node({ id: 4, code: 'CA-TULARE', name: 'Tulare', parentId: 1, fips: '06107' }),
  node({ id: 5, code: 'CA-ORANGE', name: 'Orange', parentId: 1, fips: '06059' }),
  // A made-up second state with a county of the same name, to show names can be ambiguous.
  node({ id: 6, code: 'ZZ', name: 'Testland', kind: 'state' }),
  node({ id: 7, code: 'ZZ-ORANGE', name: 'Orange', parentId: 6, fips: '99001' }),
]);
const statewide = { jurisdictionIds: [1, 2, 3, 4, 5], system: true };

const HEADER = [...REQUIRED_COLUMNS, 'child_first_name', 'child_last_name', 'response_time'];
type Row = Partial<Record<(typeof HEADER)[number], string>>;
const base: Row = {
  referral_id: 'R-1',
  received_date: '2024-03-05',
  county: 'CA-ALAMEDA',
  child_id: 'C-1',
  date_of_birth: '2010-01-02',
  gender: 'Female',
  allegation_category: 'Exploitation',
  allegation_subcategory: 'Sex Trafficking',
  disposition: '',
  disposition_date: '',
  reporter_type: 'Teacher',
  screening_decision: 'Screened In',
  response_time: '10 Day',
};
const fileOf = (rows: Row[]) =>
  [csvLine(HEADER), ...rows.map((r) => csvLine(HEADER.map((h) => ({ ...base, ...r })[h] ?? '')))].join(
    '\r\n',
  );

function check(text: string, scope = statewide) {
  const log = new IssueLog();
  const v = new ReferralValidator(tree, scope, log);
  const [head, ...rest] = parseCsv(text);
  const headerOk = v.header(head!);
  if (headerOk) for (const r of rest) v.row(r);
  return { v, headerOk, issues: log.kept };
}

describe('legacy values', () => {
  test('CWS/CMS category names and codes map to Lantern categories', () => {
    expect(mapLegacy('category', '2181')).toBe('sexual_abuse');
    expect(mapLegacy('category', 'Caretaker Absence/Incapacity')).toBe('caretaker_absence');
    expect(mapLegacy('category', 'At Risk, Sibling Abused')).toBe('at_risk_sibling_abused');
    expect(mapLegacy('category', '5624')).toBe('substantial_risk');
    expect(mapLegacy('category', 'exploitation')).toBe('exploitation');
    expect(mapLegacy('category', 'Neglect')).toBeUndefined();
  });

  test('legacy exploitation sub-categories map to the four forms', () => {
    expect(mapLegacy('subcategory', 'CSEC')).toBe('commercial_sexual_exploitation');
    expect(mapLegacy('subcategory', 'sex trafficking')).toBe('commercial_sexual_exploitation');
    expect(mapLegacy('subcategory', "Exploiting a Child's Labor")).toBe('exploiting_childs_labor');
    expect(mapLegacy('subcategory', 'LABOR TRAFFICKING')).toBe('exploiting_childs_labor');
    expect(mapLegacy('subcategory', 'Involving Child in Criminal Behavior')).toBe(
      'involving_child_in_criminal_activity',
    );
    expect(mapLegacy('subcategory', 'Other Exploitation')).toBe('other_exploitation');
  });

  test('reporter types, screening decisions, response times and dispositions', () => {
    expect(mapLegacy('reporterType', 'School Personnel')).toBe('education');
    expect(mapLegacy('reporterType', 'Counselor/Therapist')).toBe('mental_health');
    expect(mapLegacy('reporterType', 'CWS Staff')).toBe('social_services');
    expect(mapLegacy('reporterType', 'Anonymous')).toBe('community_or_anonymous');
    expect(mapLegacy('screening', 'Evaluate Out')).toBe('evaluated_out');
    expect(mapLegacy('responseTime', '3-Day')).toBe('days_3');
    expect(mapLegacy('disposition', 'SUBSTANTIATED')).toBe('substantiated');
  });

  test('a county is found by code, name, "… County" or FIPS; regions and shared names are not counties', () => {
    const find = countyResolver(tree);
    for (const v of ['CA-ALAMEDA', 'alameda', 'Alameda County', '06001'])
      expect(find(v)).toMatchObject({ ok: true, county: { id: 3 } });
    expect(find('Bay Area')).toEqual({ ok: false, reason: 'not_a_county' });
    expect(find('Orange')).toEqual({ ok: false, reason: 'ambiguous' });
    expect(find('CA-ORANGE')).toMatchObject({ ok: true, county: { id: 5 } });
    expect(find('Atlantis')).toEqual({ ok: false, reason: 'unknown' });
  });

  test('received dates: a date, or a date and time with its zone', () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    expect(readReceived('2024-03-05', 1990, now)).toEqual({
      ok: true,
      value: { at: '2024-03-05T12:00:00.000Z', date: '2024-03-05' },
    });
    expect(readReceived('2024-03-05T14:30:00-0800', 1990, now)).toMatchObject({
      ok: true,
      value: { at: '2024-03-05T22:30:00.000Z' },
    });
    expect(readReceived('2024-03-05 14:30', 1990, now)).toMatchObject({ code: 'datetime_without_zone' });
    expect(readReceived('2024-02-30', 1990, now)).toMatchObject({ code: 'invalid_date' });
    expect(readReceived('2027-01-01', 1990, now)).toMatchObject({ code: 'date_in_future' });
    expect(readReceived('1985-01-01', 1990, now)).toMatchObject({ code: 'date_too_early' });
  });
});

describe('checking a file', () => {
  test('the example in docs/legacy-import.md is valid: 3 youth, 4 referrals, 6 allegations', () => {
    const text = readFileSync(
      new URL('../../../../test/fixtures/imports/referrals-example.csv', import.meta.url),
      'utf8',
    );
    const { v, issues } = check(text);
    expect(issues).toEqual([]);
    expect(v.distinct).toEqual({ youth: 3, reports: 4, allegations: 6 });
    const labor = v.rows.find((r) => r.line === 4)!;
    expect(labor).toMatchObject({ category: 'exploitation', subcategory: 'exploiting_childs_labor' });
    expect(labor.report.receivedAt).toBe('2023-04-02T23:45:00.000Z');
    expect(v.rows[0]!.youth).toMatchObject({
      firstName: 'Tamsin',
      lastName: 'Okafor-Reyes',
      gender: 'female',
    });
  });

  test('the header must name every required column, once, and nothing unknown', () => {
    const { headerOk, issues } = check('referral_id,County,county,favourite_colour\n');
    expect(headerOk).toBe(false);
    expect(issues).toContainEqual(
      expect.objectContaining({ line: 1, column: 'county', code: 'header_duplicate_column' }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ line: 1, code: 'header_unknown_column' }));
    expect(issues).toContainEqual(
      expect.objectContaining({ column: 'child_id', code: 'header_missing_column' }),
    );
  });

  test('each problem names its line and column', () => {
    const { v, issues } = check(
      fileOf([
        { received_date: '2024-13-01' },
        { referral_id: 'R-2', county: 'CA-TULARE', allegation_subcategory: '' },
        { referral_id: 'R-3', allegation_category: 'Physical Abuse' },
        { referral_id: 'R-4', disposition: 'Substantiated' },
        { referral_id: 'R-5', screening_decision: 'Evaluated Out' },
        { referral_id: 'R 6', child_id: '' },
      ]),
      { jurisdictionIds: [3], system: false },
    );
    const at = (line: number) => issues.filter((i) => i.line === line).map((i) => [i.column, i.code]);
    expect(at(2)).toEqual([['received_date', 'invalid_date']]);
    expect(at(3)).toEqual([
      ['county', 'county_out_of_scope'],
      ['allegation_subcategory', 'subcategory_required'],
    ]);
    expect(at(4)).toEqual([['allegation_subcategory', 'subcategory_not_allowed']]);
    expect(at(5)).toEqual([['disposition_date', 'disposition_date_required']]);
    expect(at(6)).toEqual([['response_time', 'response_time_not_allowed']]);
    expect(at(7)).toEqual([
      ['referral_id', 'invalid_id'],
      ['child_id', 'required'],
    ]);
    expect(issues.find((i) => i.line === 3)!.message).toBe(
      'Tulare is outside the jurisdiction you may import into.',
    );
    expect(v.invalidRows).toBe(6);
    expect(v.rows).toEqual([]);
  });

  test('lines about one referral or child must agree; one allegation twice is kept once', () => {
    const { v, issues } = check(
      fileOf([
        {},
        { allegation_subcategory: 'CSEC' }, // the same allegation again: kept once
        { allegation_category: 'General Neglect', allegation_subcategory: '', reporter_type: 'Police' },
        { referral_id: 'R-2', date_of_birth: '2011-01-02' },
        { referral_id: 'R-3', date_of_birth: '', child_first_name: 'Mara' }, // fills in a name: fine
        { disposition: 'Unfounded', disposition_date: '2024-04-01' },
      ]),
    );
    expect(issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [4, 'reporter_type', 'conflicting_referral'],
      [5, 'date_of_birth', 'conflicting_child'],
      [7, 'disposition', 'conflicting_allegation'],
    ]);
    expect(v.duplicateRows).toBe(1);
    expect(v.distinct).toEqual({ youth: 1, reports: 2, allegations: 2 });
    expect(v.rows[0]!.youth.firstName).toBe('Mara');
  });

  test('a line with the wrong number of fields, or unreadable CSV, is one problem on that line', () => {
    const text = `${fileOf([{}])}\r\nR-9,2024-01-01\r\n"R-10"x,${'a,'.repeat(HEADER.length - 2)}a`;
    const { issues } = check(text);
    expect(issues.map((i) => [i.line, i.code])).toEqual([
      [3, 'field_count'],
      [4, 'text_after_quote'],
    ]);
  });
});
