import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { jurisdictionId, signInAs, startTestApp, type TestApp } from './harness';

/**
 * Bad input gets a clear answer: a status, a stable error code, a message a person can act on and a request
 * id, never a stack trace, and nothing changes.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Every error body this file saw, checked at the end for leaked internals. */
const errorBodies: string[] = [];

function expectError(res: LightMyRequestResponse, status: number, code: string) {
  errorBodies.push(res.body);
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const { error } = res.json() as {
    error: {
      code: string;
      message: string;
      requestId: string;
      details?: { path: string; message: string }[];
    };
  };
  expect(error.code).toBe(code);
  expect(error.message).toEqual(expect.any(String));
  expect(error.message.trim().length).toBeGreaterThan(5);
  expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  return error;
}

async function localeOf(userId: string) {
  return (await t.services.database.db.execute(sql`select locale from users where id = ${userId}`)).rows[0]!
    .locale;
}
async function auditCount(userId: string, action: string) {
  const res = await t.services.database.db.execute(
    sql`select count(*)::int as n from audit_events where actor_user_id = ${userId} and action = ${action}`,
  );
  return Number(res.rows[0]!.n);
}
async function usersWithEmail(email: string) {
  const res = await t.services.database.db.execute(
    sql`select count(*)::int as n from users where lower(email) = ${email.toLowerCase()}`,
  );
  return Number(res.rows[0]!.n);
}

/** A signed-in person and a raw PATCH /api/v1/me with their cookie and CSRF token. */
async function person() {
  const who = await signInAs(t, 'social_worker');
  const patchMe = (payload: string, contentType = 'application/json') =>
    t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: who.session.cookie, 'x-csrf-token': who.session.csrf, 'content-type': contentType },
      payload,
    });
  const unchanged = async () => {
    expect(await localeOf(who.user.id)).toBe('en');
    expect(await auditCount(who.user.id, 'user.preferences')).toBe(0);
  };
  return { ...who, patchMe, unchanged };
}

function newUserBody(overrides: Record<string, unknown> = {}) {
  return {
    email: `new.${randomUUID()}@test.lantern.test`,
    displayName: 'New Person',
    role: 'social_worker',
    jurisdictionId: jurisdictionId(t.services, 'CA-ALAMEDA'),
    password: 'amber ferry orbit quiet maple',
    ...overrides,
  };
}

describe('bad request bodies', () => {
  test('malformed JSON answers 400 invalid_json', async () => {
    const p = await person();
    expectError(await p.patchMe('{"locale": "es"'), 400, 'invalid_json');
    expectError(await p.patchMe('{locale: es}'), 400, 'invalid_json');
    await p.unchanged();
  });

  test('a body over 64 KiB answers 413 payload_too_large', async () => {
    const p = await person();
    expectError(
      await p.patchMe(JSON.stringify({ locale: 'es', padding: 'x'.repeat(65 * 1024) })),
      413,
      'payload_too_large',
    );
    await p.unchanged();
  });

  test('Content-Type text/plain on a JSON route answers 415 unsupported_media_type', async () => {
    const p = await person();
    expectError(
      await p.patchMe('locale=es', 'application/x-www-form-urlencoded'),
      415,
      'unsupported_media_type',
    );
    expectError(await p.patchMe('{"locale":"es"}', 'text/plain'), 415, 'unsupported_media_type');
    await p.unchanged();
  });

  test('an unknown field answers 422 validation_failed naming the field', async () => {
    const p = await person();
    const meErr = expectError(
      await p.patchMe(JSON.stringify({ locale: 'es', theme: 'dark' })),
      422,
      'validation_failed',
    );
    expect(meErr.details?.some((d) => d.path.includes('theme') && d.message.includes('theme'))).toBe(true);
    await p.unchanged();

    const admin = await signInAs(t, 'county_admin');
    const body = newUserBody({ nickname: 'Nick' });
    const err = expectError(await admin.api.post('/api/v1/users', body), 422, 'validation_failed');
    expect(err.details?.map((d) => d.path)).toContain('nickname');
    expect(await usersWithEmail(body.email)).toBe(0);
  });

  test('a NUL character in a body or a query answers 422 naming the field, not 500', async () => {
    const admin = await signInAs(t, 'county_admin');
    const body = newUserBody({ displayName: 'Bad\u0000Name' });
    const err = expectError(await admin.api.post('/api/v1/users', body), 422, 'validation_failed');
    expect(err.details?.map((d) => d.path)).toContain('displayName');
    expect(await usersWithEmail(body.email)).toBe(0);
    const q = expectError(await admin.api.get('/api/v1/users?q=a%00b'), 422, 'validation_failed');
    expect(q.details?.map((d) => d.path)).toContain('q');
  });

  test('a wrong type answers 422 with the path of the field', async () => {
    const p = await person();
    const meErr = expectError(await p.patchMe(JSON.stringify({ locale: 42 })), 422, 'validation_failed');
    expect(meErr.details?.map((d) => d.path)).toContain('locale');
    await p.unchanged();

    const admin = await signInAs(t, 'county_admin');
    const body = newUserBody({ jurisdictionId: 'Alameda' });
    const err = expectError(await admin.api.post('/api/v1/users', body), 422, 'validation_failed');
    expect(err.details?.map((d) => d.path)).toContain('jurisdictionId');
    expect(await usersWithEmail(body.email)).toBe(0);
  });
});

describe('bad paths and identities', () => {
  test('a malformed uuid in the path answers 422; a well-formed unknown one 404 not_found', async () => {
    const admin = await signInAs(t, 'county_admin');
    const bad = expectError(await admin.api.get('/api/v1/users/not-a-uuid'), 422, 'validation_failed');
    expect(bad.details?.length).toBeGreaterThan(0);
    expectError(await admin.api.get(`/api/v1/users/${randomUUID()}`), 404, 'not_found');
  });

  test('no cookie answers 401 unauthenticated; a garbage cookie 401 session_expired', async () => {
    expectError(await t.app.inject({ method: 'GET', url: '/api/v1/me' }), 401, 'unauthenticated');
    expectError(await t.app.inject({ method: 'GET', url: '/api/v1/users' }), 401, 'unauthenticated');
    expectError(
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { cookie: 'lantern_session=garbage-not-a-session' },
      }),
      401,
      'session_expired',
    );
    expectError(
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { cookie: `lantern_session=${'z'.repeat(500)}` },
      }),
      401,
      'session_expired',
    );
  });

  test('an unknown API path answers a JSON 404', async () => {
    const err = expectError(await t.app.inject({ method: 'GET', url: '/api/v1/nothing' }), 404, 'not_found');
    expect(err.message).toContain('/api/v1/nothing');
    expectError(
      await t.app.inject({ method: 'POST', url: '/api/v1/nothing', payload: { a: 1 } }),
      404,
      'not_found',
    );
  });
});

describe('health and documentation', () => {
  test('GET /healthz answers 200 {status: ok}', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  test('GET /readyz answers 200 when the database answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('ready');
  });

  test('GET /api/docs/json is an OpenAPI document listing the API', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/users', '/api/v1/auth/sign-in']));
  });
});

describe('security headers', () => {
  test('API responses carry CSP with frame-ancestors none, nosniff and no-store; no HSTS outside production', async () => {
    const { api } = await signInAs(t, 'social_worker');
    const ok = await api.get('/api/v1/me');
    const denied = await t.app.inject({ method: 'GET', url: '/api/v1/me' });
    errorBodies.push(denied.body);
    for (const res of [ok, denied]) {
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
    expect(t.services.config.production).toBe(false);
  });
});

test('no error body carries a stack trace or other internals', () => {
  expect(errorBodies.length).toBeGreaterThan(10);
  for (const body of errorBodies) {
    expect(body).not.toMatch(/\bat\s+(?:\S+\s+\()?(?:file:\/\/)?(?:[A-Za-z]:)?[\\/]\S+:\d+/);
    expect(body).not.toMatch(/node_modules|\.ts:\d+|\.js:\d+|"stack"/);
    expect(body).not.toMatch(/FST_ERR|ZodError|SQLSTATE|drizzle|postgres/i);
  }
});
