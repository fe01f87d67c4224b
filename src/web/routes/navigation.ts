import type { Permission } from '@domain/access/roles';

export interface NavItem {
  to: '/' | '/admin/users' | '/admin/agencies' | '/audit' | '/account';
  label: 'nav.home' | 'nav.users' | 'nav.agencies' | 'nav.audit' | 'nav.account';
  description: 'pages.home' | 'pages.users' | 'pages.agencies' | 'pages.audit' | 'pages.account';
  /** Shown only to people holding this ability; no ability means everyone signed in. */
  ability?: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', description: 'pages.home' },
  { to: '/admin/users', label: 'nav.users', description: 'pages.users', ability: 'users.read' },
  { to: '/admin/agencies', label: 'nav.agencies', description: 'pages.agencies', ability: 'agencies.read' },
  { to: '/audit', label: 'nav.audit', description: 'pages.audit', ability: 'audit.read' },
  { to: '/account', label: 'nav.account', description: 'pages.account' },
];

/** The pages a person may open, in menu order: the same abilities the server enforces. */
export function navItemsFor(abilities: readonly Permission[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.ability || abilities.includes(item.ability));
}
