import { afterAll, beforeAll, expect, test } from 'vitest';
import { signInAs, startTestApp, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

test('a county administrator signs in and sees who they are', async () => {
  const { api } = await signInAs(t, 'county_admin');
  const me = await api.get('/api/v1/me');
  expect(me.statusCode).toBe(200);
  expect(me.json().jurisdiction.name).toBe('Alameda');
});
