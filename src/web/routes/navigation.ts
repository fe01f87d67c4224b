import type { Permission } from '@domain/access/roles';

export interface NavItem {
  to:
    | '/'
    | '/admin/users'
    | '/admin/agencies'
    | '/audit'
    | '/account'
    | '/youth'
    | '/reports'
    | '/review'
    | '/admin/lookups'
    | '/admin/imports'
    | '/admin/instruments'
    | '/persons';
  label:
    | 'nav.home'
    | 'nav.users'
    | 'nav.agencies'
    | 'nav.audit'
    | 'nav.account'
    | 'youth.nav.label'
    | 'reports.nav.label'
    | 'allegations.nav.label'
    | 'lookups.nav.label'
    | 'imports.nav.label'
    | 'instruments.nav.label'
    | 'persons.nav.label';
  description:
    | 'pages.home'
    | 'pages.users'
    | 'pages.agencies'
    | 'pages.audit'
    | 'pages.account'
    | 'youth.nav.description'
    | 'reports.nav.description'
    | 'allegations.nav.description'
    | 'lookups.nav.description'
    | 'imports.nav.description'
    | 'instruments.nav.description'
    | 'persons.nav.description';
  /** Shown only to people holding this ability; no ability means everyone signed in. */
  ability?: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', description: 'pages.home' },
  { to: '/youth', label: 'youth.nav.label', description: 'youth.nav.description', ability: 'youth.read' },
  {
    to: '/reports',
    label: 'reports.nav.label',
    description: 'reports.nav.description',
    ability: 'reports.read',
  },
  {
    to: '/review',
    label: 'allegations.nav.label',
    description: 'allegations.nav.description',
    ability: 'allegations.review',
  },
  {
    to: '/persons',
    label: 'persons.nav.label',
    description: 'persons.nav.description',
    ability: 'persons.read',
  },
  { to: '/admin/users', label: 'nav.users', description: 'pages.users', ability: 'users.read' },
  { to: '/admin/agencies', label: 'nav.agencies', description: 'pages.agencies', ability: 'agencies.read' },
  {
    to: '/admin/lookups',
    label: 'lookups.nav.label',
    description: 'lookups.nav.description',
    ability: 'lookups.manage',
  },
  {
    to: '/admin/imports',
    label: 'imports.nav.label',
    description: 'imports.nav.description',
    ability: 'imports.run',
  },
  {
    to: '/admin/instruments',
    label: 'instruments.nav.label',
    description: 'instruments.nav.description',
    ability: 'instruments.manage',
  },
  { to: '/audit', label: 'nav.audit', description: 'pages.audit', ability: 'audit.read' },
  { to: '/account', label: 'nav.account', description: 'pages.account' },
];

/** The pages a person may open, in menu order: the same abilities the server enforces. */
export function navItemsFor(abilities: readonly Permission[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.ability || abilities.includes(item.ability));
}
