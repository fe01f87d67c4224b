import { describe, expect, it } from 'vitest';
import {
  parseAgenciesSearch,
  parseAuditSearch,
  parseSignInSearch,
  parseUsersSearch,
  safeRedirect,
} from './search';
import { parseNewReportSearch, parseReportPageSearch, parseReportsSearch } from './search';
import { parseYouthSearch } from './search';

describe('safeRedirect', () => {
  it('accepts paths inside Lantern', () => {
    expect(safeRedirect('/admin/users?q=ana')).toBe('/admin/users?q=ana');
    expect(safeRedirect('/')).toBe('/');
  });

  it('refuses other sites, odd values and the sign-in page itself', () => {
    for (const value of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'admin',
      42,
      null,
      '/sign-in',
      '/sign-in?redirect=/',
    ]) {
      expect(safeRedirect(value)).toBeUndefined();
    }
  });

  it('is what the sign-in page reads', () => {
    expect(parseSignInSearch({ redirect: '//evil.example' })).toEqual({});
    expect(parseSignInSearch({ redirect: '/audit' })).toEqual({ redirect: '/audit' });
  });
});

describe('page search parameters', () => {
  it('keep only known roles, whole offsets and true/false filters for users', () => {
    expect(parseUsersSearch({ q: '  ana ', role: 'county_admin', active: true, offset: '25' })).toEqual({
      q: 'ana',
      role: 'county_admin',
      active: 'true',
      offset: 25,
    });
    expect(parseUsersSearch({ q: '', role: 'emperor', active: 'maybe', offset: -5 })).toEqual({});
  });

  it('read a jurisdiction id and status for agencies', () => {
    expect(parseAgenciesSearch({ jurisdictionId: '7', active: 'false' })).toEqual({
      jurisdictionId: 7,
      active: 'false',
    });
    expect(parseAgenciesSearch({ jurisdictionId: 'x' })).toEqual({});
  });

  it('accept calendar dates only for the audit range', () => {
    expect(parseAuditSearch({ action: 'user.created', from: '2025-01-31', to: '31/01/2025' })).toEqual({
      action: 'user.created',
      from: '2025-01-31',
    });
  });
});

describe('report page search parameters', () => {
  it('keep "assigned to me" and known screening decisions only', () => {
    expect(parseReportsSearch({ assigned: 'me', decision: 'screened_in' })).toEqual({
      assigned: 'me',
      decision: 'screened_in',
    });
    expect(parseReportsSearch({ assigned: 'everyone', decision: 'maybe' })).toEqual({});
  });

  it('accept only a real id for the youth a new report starts from', () => {
    const id = '0b6f2a52-8d4e-4a57-9d0b-3f2a1c7e9b10';
    expect(parseNewReportSearch({ youthId: id })).toEqual({ youthId: id });
    expect(parseNewReportSearch({ youthId: '../admin' })).toEqual({});
    expect(parseReportPageSearch({ created: true })).toEqual({ created: true });
    expect(parseReportPageSearch({ created: 'yes' })).toEqual({});
  });
});

describe('parseYouthSearch', () => {
  it('keeps a trimmed query and a calendar date, and drops anything else', () => {
    expect(parseYouthSearch({ q: '  Sol Quintero ', dob: '2011-03-01', offset: 3 })).toEqual({
      q: 'Sol Quintero',
      dob: '2011-03-01',
    });
    expect(parseYouthSearch({ q: '   ', dob: 'yesterday' })).toEqual({});
    expect(parseYouthSearch({ q: 'x'.repeat(300) }).q).toHaveLength(100);
  });
});
