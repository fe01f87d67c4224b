import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  can,
  COUNTY_LEVEL_ROLES,
  grantableRoles,
  PERMISSIONS,
  permissionsFor,
  ROLES,
  STATE_LEVEL_ROLES,
  type Permission,
  type Role,
} from './roles';

const role = fc.constantFrom(...ROLES);
const permission = fc.constantFrom(...PERMISSIONS);
/** Any string, with the names every plain object inherits mixed in: a lookup table must not answer for them. */
const PROTOTYPE_KEYS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];
const anyName = fc.oneof(fc.string(), fc.constantFrom(...PROTOTYPE_KEYS));

describe('roles and permissions', () => {
  test('every role holds only known permissions, each at most once', () => {
    for (const r of ROLES) {
      const held = permissionsFor(r);
      expect(
        held.filter((p) => !(PERMISSIONS as readonly string[]).includes(p)),
        r,
      ).toEqual([]);
      expect(new Set(held).size, r).toBe(held.length);
    }
  });

  test('deny by default: can() is true exactly for the permissions listed for the role', () => {
    fc.assert(fc.property(role, permission, (r, p) => can(r, p) === permissionsFor(r).includes(p)));
  });

  test('an unknown role has no permissions, and no role holds an unknown permission', () => {
    fc.assert(
      fc.property(
        anyName.filter((s) => !(ROLES as readonly string[]).includes(s)),
        permission,
        (r, p) =>
          Array.isArray(permissionsFor(r as Role)) &&
          permissionsFor(r as Role).length === 0 &&
          can(r as Role, p) === false,
      ),
    );
    fc.assert(
      fc.property(
        role,
        anyName.filter((s) => !(PERMISSIONS as readonly string[]).includes(s)),
        (r, p) => can(r, p as Permission) === false,
      ),
    );
  });

  test('a role named after an inherited object property is denied, not an error', () => {
    const outcome = (name: string) => {
      try {
        return { can: can(name as Role, 'users.manage'), permissions: permissionsFor(name as Role) };
      } catch (err) {
        return { threw: String(err) };
      }
    };
    expect(Object.fromEntries(PROTOTYPE_KEYS.map((n) => [n, outcome(n)]))).toEqual(
      Object.fromEntries(PROTOTYPE_KEYS.map((n) => [n, { can: false, permissions: [] }])),
    );
  });

  test('only administrators manage users; only auditors read the audit log', () => {
    expect(ROLES.filter((r) => can(r, 'users.manage')).sort()).toEqual(['county_admin', 'system_admin']);
    expect(ROLES.filter((r) => can(r, 'audit.read'))).toEqual(['auditor']);
    expect(can('partner', 'agencies.read')).toBe(false);
  });

  test('state-level and county-level roles are known roles and together cover every role', () => {
    for (const r of [...STATE_LEVEL_ROLES, ...COUNTY_LEVEL_ROLES]) expect(ROLES).toContain(r);
    expect(new Set([...STATE_LEVEL_ROLES, ...COUNTY_LEVEL_ROLES])).toEqual(new Set(ROLES));
  });
});

describe('the record', () => {
  test('only county caseworkers and partners read youth; analysts, administrators and auditors do not', () => {
    expect(ROLES.filter((r) => can(r, 'youth.read')).sort()).toEqual([
      'coordinator',
      'partner',
      'social_worker',
      'supervisor',
    ]);
  });

  test('partners never see persons of interest or any sensitive group, and never write', () => {
    const partner = permissionsFor('partner');
    expect(partner.filter((p) => p.startsWith('persons.') || p.startsWith('youth.sensitive.'))).toEqual([]);
    expect(partner.filter((p) => p.endsWith('.write'))).toEqual([]);
  });

  test('only supervisors review dispositions', () => {
    expect(ROLES.filter((r) => can(r, 'allegations.review'))).toEqual(['supervisor']);
  });

  test('each sensitive group is held by a strict subset of the roles that read youth', () => {
    const readers = ROLES.filter((r) => can(r, 'youth.read'));
    for (const group of ['immigration', 'sogie', 'tattoos', 'identifiers'] as const) {
      const holders = ROLES.filter((r) => can(r, `youth.sensitive.${group}`));
      expect(holders.every((r) => readers.includes(r))).toBe(true);
      expect(holders.length).toBeLessThan(readers.length);
    }
  });
});

describe('grantableRoles', () => {
  test('is always a subset of ROLES, without duplicates', () => {
    fc.assert(
      fc.property(role, (actor) => {
        const g = grantableRoles(actor);
        return g.every((r) => (ROLES as readonly string[]).includes(r)) && new Set(g).size === g.length;
      }),
    );
  });

  test('a county administrator can never grant a state-level analyst or system administrator', () => {
    const g = grantableRoles('county_admin');
    expect(g).not.toContain('system_admin');
    expect(g).not.toContain('state_analyst');
    expect(g.length).toBeGreaterThan(0);
  });

  test('only administrators may grant anything', () => {
    fc.assert(fc.property(role, (actor) => grantableRoles(actor).length > 0 === can(actor, 'users.manage')));
  });

  test('whoever can grant system_admin is a system administrator', () => {
    expect(ROLES.filter((r) => grantableRoles(r).includes('system_admin'))).toEqual(['system_admin']);
  });
});
