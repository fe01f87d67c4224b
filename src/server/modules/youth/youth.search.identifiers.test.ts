/**
 * Phones and handles are searchable only by holders of youth.sensitive.identifiers. Every county role that
 * reads youth holds it today, so this file gives the supervisor role a role table without it (the database
 * and everything else are real) to prove the search honours the permission rather than the role's name.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { signInAs, startTestApp, type TestApp } from '../../../../test/harness';

vi.mock('../../../domain/access/roles', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../domain/access/roles')>();
  const withoutIdentifiers = (role: string) =>
    real
      .permissionsFor(role as never)
      .filter((p) => role !== 'supervisor' || p !== 'youth.sensitive.identifiers');
  return {
    ...real,
    permissionsFor: withoutIdentifiers,
    can: (role: string, permission: string) => withoutIdentifiers(role).includes(permission as never),
  };
});

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

test('without youth.sensitive.identifiers a phone or handle finds nobody; with it, the youth', async () => {
  const coordinator = await signInAs(t, 'coordinator');
  const phone = `510${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  const handle = `quiet.river.${randomUUID().slice(0, 6)}`;
  const youth = (
    await coordinator.api.post('/api/v1/youth', {
      legalFirstName: 'Noor',
      legalLastName: `Identifier ${randomUUID().slice(0, 6)}`,
      sensitive: {
        identifiers: { phones: [{ number: phone }], handles: [{ platform: 'tiktok', handle: `@${handle}` }] },
      },
    })
  ).json();
  const ids = async (api: typeof coordinator.api, q: string) =>
    (await api.get(`/api/v1/youth?q=${encodeURIComponent(q)}`)).json().items.map((i: { id: string }) => i.id);

  expect(await ids(coordinator.api, phone)).toEqual([youth.id]);
  expect(await ids(coordinator.api, `@${handle}`)).toContain(youth.id);

  const supervisor = await signInAs(t, 'supervisor');
  expect(await ids(supervisor.api, phone)).toEqual([]);
  const byHandle = (await supervisor.api.get(`/api/v1/youth?q=${encodeURIComponent(`@${handle}`)}`)).json()
    .items as { id: string; matched: string[] }[];
  expect(byHandle.filter((i) => i.matched.includes('handle'))).toEqual([]);

  const page = (await supervisor.api.get(`/api/v1/youth/${youth.id}`)).json();
  expect(page.youth.sensitive.identifiers).toEqual({ present: true, canReveal: false });
  expect((await supervisor.api.get(`/api/v1/youth/${youth.id}/sensitive/identifiers`)).statusCode).toBe(403);
});
