import { describe, expect, it } from 'vitest';
import {
  parseAgenciesSearch,
  parseAuditSearch,
  parseSignInSearch,
  parseUsersSearch,
  safeRedirect,
} from './search';

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
