/**
 * The network never sends a shared phone or handle to a reader without youth.sensitive.identifiers. Every
 * built-in role that holds persons.read also holds that permission, so this file withholds it from social
 * workers (as a county that keeps identifiers from them would) and checks what the API then answers.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { normaliseHandle, normalisePhone } from '../../../domain/record/normalise';
import { signInAs, startTestApp, type TestApp } from '../../../../test/harness';
import { insertYouth, uniqueHandle, uniquePhone } from './persons.test-fixtures';

vi.mock('../../../domain/access/roles', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../domain/access/roles')>();
  const kept = (role: string, permission: string) =>
    !(role === 'social_worker' && permission === 'youth.sensitive.identifiers');
  return {
    ...real,
    permissionsFor: (role: Parameters<typeof real.permissionsFor>[0]) =>
      real.permissionsFor(role).filter((p) => kept(role, p)),
    can: (role: Parameters<typeof real.can>[0], permission: Parameters<typeof real.can>[1]) =>
      real.can(role, permission) && kept(role, permission),
  };
});

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('shared identifier values in the network', () => {
  test('without youth.sensitive.identifiers the edge names the kind shared, never the value', async () => {
    const phone = uniquePhone();
    const handle = uniqueHandle();
    const a = await insertYouth(t, { phones: [phone], handles: [handle] });
    const b = await insertYouth(t, { phones: [phone], handles: [handle] });

    const { api } = await signInAs(t, 'social_worker');
    expect((await api.get('/api/v1/me')).json().abilities).not.toContain('youth.sensitive.identifiers');
    const res = await api.get(`/api/v1/network?youthId=${a.id}&depth=1`);
    expect(res.statusCode).toBe(200);
    const net = res.json();
    expect(net.valuesShown).toBe(false);
    expect(net.nodes.map((n: { id: string }) => n.id)).toContain(b.id);
    expect(
      net.edges.map((e: { identifierKind: string; values: unknown }) => [e.identifierKind, e.values]),
    ).toEqual([
      ['handle', null],
      ['phone', null],
    ]);
    expect(res.body).not.toContain(normalisePhone(phone));
    expect(res.body).not.toContain(normaliseHandle(handle));

    const { api: coordinator } = await signInAs(t, 'coordinator');
    const shown = (await coordinator.get(`/api/v1/network?youthId=${a.id}&depth=1`)).json();
    expect(shown.valuesShown).toBe(true);
    expect(shown.edges.map((e: { values: unknown }) => e.values)).toEqual([
      [normaliseHandle(handle)],
      [normalisePhone(phone)],
    ]);
  });
});
