import { describe, expect, it } from 'vitest';
import { PERMISSIONS, permissionsFor } from '@domain/access/roles';
import { NAV_ITEMS, navItemsFor } from './navigation';

const paths = (abilities: Parameters<typeof navItemsFor>[0]) => navItemsFor(abilities).map((item) => item.to);

describe('navItemsFor', () => {
  it('shows a partner the pages everyone has, and finding youth (what is shared with their agency)', () => {
    expect(paths(permissionsFor('partner'))).toEqual(['/', '/youth', '/reports', '/account']);
  });

  it('shows casework roles the youth pages, and roles without youth.read none', () => {
    expect(paths(permissionsFor('social_worker'))).toContain('/youth');
    expect(paths(permissionsFor('county_analyst'))).not.toContain('/youth');
  });

  it('shows administrators users and agencies, but not the audit log', () => {
    expect(paths(permissionsFor('county_admin'))).toEqual([
      '/',
      '/admin/users',
      '/admin/agencies',
      '/admin/lookups',
      '/admin/imports',
      '/account',
    ]);
  });

  it('shows the legacy import only to holders of imports.run', () => {
    for (const role of ['county_admin', 'system_admin', 'coordinator'] as const)
      expect(paths(permissionsFor(role))).toContain('/admin/imports');
    for (const role of ['social_worker', 'supervisor', 'partner', 'auditor'] as const)
      expect(paths(permissionsFor(role))).not.toContain('/admin/imports');
  });

  it('shows supervisors the review queue, and workers reports but not the queue', () => {
    expect(paths(permissionsFor('supervisor'))).toEqual(expect.arrayContaining(['/reports', '/review']));
    expect(paths(permissionsFor('social_worker'))).toContain('/reports');
    expect(paths(permissionsFor('social_worker'))).not.toContain('/review');
    expect(paths(permissionsFor('coordinator'))).toContain('/admin/lookups');
  });

  it('shows persons of interest only to holders of persons.read', () => {
    expect(paths(permissionsFor('coordinator'))).toContain('/persons');
    for (const role of ['partner', 'county_analyst', 'county_admin'] as const)
      expect(paths(permissionsFor(role))).not.toContain('/persons');
  });

  it('shows auditors the audit log', () => {
    expect(paths(permissionsFor('auditor'))).toEqual(['/', '/audit', '/account']);
  });

  it('shows every page to someone holding every ability', () => {
    expect(paths(PERMISSIONS)).toHaveLength(NAV_ITEMS.length);
  });
});
