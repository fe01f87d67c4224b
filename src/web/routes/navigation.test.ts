import { describe, expect, it } from 'vitest';
import { PERMISSIONS, permissionsFor } from '@domain/access/roles';
import { navItemsFor } from './navigation';

const paths = (abilities: Parameters<typeof navItemsFor>[0]) => navItemsFor(abilities).map((item) => item.to);

describe('navItemsFor', () => {
  it('shows a partner only the pages everyone has', () => {
    expect(paths(permissionsFor('partner'))).toEqual(['/', '/account']);
  });

  it('shows administrators users and agencies, but not the audit log', () => {
    expect(paths(permissionsFor('county_admin'))).toEqual([
      '/',
      '/admin/users',
      '/admin/agencies',
      '/account',
    ]);
  });

  it('shows auditors the audit log', () => {
    expect(paths(permissionsFor('auditor'))).toEqual(['/', '/audit', '/account']);
  });

  it('shows every page to someone holding every ability', () => {
    expect(paths(PERMISSIONS)).toHaveLength(5);
  });
});
