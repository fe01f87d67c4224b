import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  as,
  cookieFrom,
  createUser,
  signIn,
  signInAs,
  startTestApp,
  TEST_PASSWORD,
  type Session,
  type TestApp,
} from '../../../../test/harness';

/**
 * Sign-in, the second factor, sessions, CSRF and password changes, through HTTP on a real database.
 * Every test makes its own people. Throttling tests use their own client address, so failures counted
 * against one address never leak into another test.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

let addressCounter = 0;
/** A client address no other test uses (the throttle also counts failures per address). */
const freshAddress = () =>
  `10.${process.pid % 250}.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}`;

function postSignIn(app: TestApp['app'], email: string, password: string, remoteAddress?: string) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password },
    ...(remoteAddress ? { remoteAddress } : {}),
  });
}

function getMe(app: TestApp['app'], cookie: string) {
  return app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
}

async function auditRows(where: ReturnType<typeof sql>) {
  const res = await t.services.database.db.execute(sql`
    select action, actor_user_id, meta, before, after from audit_events where ${where} order by seq`);
  return res.rows as {
    action: string;
    actor_user_id: string | null;
    meta: Record<string, unknown> | null;
    before: unknown;
    after: unknown;
  }[];
}

const actionsFor = async (userId: string) =>
  (await auditRows(sql`actor_user_id = ${userId}`)).map((r) => r.action);

function expectError(res: LightMyRequestResponse, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json();
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(body.error.requestId).toEqual(expect.any(String));
  return body.error as {
    code: string;
    message: string;
    requestId: string;
    details?: { path: string; message: string }[];
  };
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
/**
 * The code for the time step after the current one. Enrolment records the step it used; the server accepts
 * a step within 30 s either side and never one at or before the last used, so the next sign-in uses this.
 */
const nextStepCode = (secret: string) => generate({ secret, epoch: nowSeconds() + 30 });

/** A six-digit code that matches none of the steps the server could accept right now. */
async function wrongCode(secret: string): Promise<string> {
  const near = new Set<string>();
  for (let k = -3; k <= 3; k++) near.add(await generate({ secret, epoch: nowSeconds() + k * 30 }));
  for (let n = 123456; ; n = (n + 7919) % 1_000_000) {
    const candidate = String(n).padStart(6, '0');
    if (!near.has(candidate)) return candidate;
  }
}

/** Enrol an authenticator app for a signed-in person, with a code computed from the secret the server returned. */
async function enrol(session: Session) {
  const api = as(t.app, session);
  const start = await api.post('/api/v1/auth/totp/enrol');
  expect(start.statusCode, start.body).toBe(200);
  const { secret, otpauthUri } = start.json() as { secret: string; otpauthUri: string };
  expect(otpauthUri).toContain(secret);
  const confirm = await api.post('/api/v1/auth/totp/enrol/confirm', { code: await generate({ secret }) });
  expect(confirm.statusCode, confirm.body).toBe(200);
  return { secret, confirm, recoveryCodes: confirm.json().recoveryCodes as string[] };
}

/** A person with an authenticator app enrolled, signed out again. */
async function enrolledPerson() {
  const { user, session } = await signInAs(t, 'social_worker');
  const { secret, recoveryCodes } = await enrol(session);
  expect((await as(t.app, session).post('/api/v1/auth/sign-out')).statusCode).toBe(204);
  return { user, secret, recoveryCodes };
}

/** The password step of a person with a second factor: a pending session waiting for a code. */
async function passwordStep(email: string): Promise<Session> {
  const res = await postSignIn(t.app, email, TEST_PASSWORD);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json().step).toBe('totp');
  expect(res.json().me).toBeUndefined();
  return { cookie: cookieFrom(res), csrf: res.json().csrfToken };
}

describe('sign-in', () => {
  test('the right password signs in: step done, who I am with my abilities, and a strict HttpOnly cookie', async () => {
    const user = await createUser(t.services, { role: 'county_admin' });
    const res = await postSignIn(t.app, user.email, user.password);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.step).toBe('done');
    expect(body.me.user).toMatchObject({ id: user.id, email: user.email, role: 'county_admin' });
    expect(body.me.jurisdiction.code).toBe('CA-ALAMEDA');
    expect(body.me.abilities).toEqual(
      expect.arrayContaining(['users.manage', 'users.read', 'agencies.manage']),
    );
    expect(body.me.abilities).not.toContain('audit.read');
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(body.me.csrfToken).toBe(body.csrfToken);

    const cookie = res.cookies.find((c) => c.name === 'lantern_session');
    expect(cookie).toBeDefined();
    expect(cookie!.httpOnly).toBe(true);
    expect(String(cookie!.sameSite).toLowerCase()).toBe('strict');
    expect(cookie!.path).toBe('/');
    expect((await getMe(t.app, cookieFrom(res))).statusCode).toBe(200);

    const rows = await auditRows(sql`actor_user_id = ${user.id} and action = 'auth.sign_in'`);
    expect(rows).toHaveLength(1);
  });

  test('a wrong password and an unknown email get the same 401 invalid_credentials, and both are audited', async () => {
    const user = await createUser(t.services, { role: 'social_worker' });
    const ip = freshAddress();
    const wrong = expectError(
      await postSignIn(t.app, user.email, 'not the right password at all', ip),
      401,
      'invalid_credentials',
    );
    const unknownEmail = `nobody.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@test.lantern.test`;
    const unknown = expectError(
      await postSignIn(t.app, unknownEmail, TEST_PASSWORD, ip),
      401,
      'invalid_credentials',
    );
    expect(unknown.message).toBe(wrong.message);
    expect(unknown.message).not.toMatch(/unknown|exist|not found/i);

    const wrongRows = await auditRows(
      sql`action = 'auth.sign_in_failed' and meta->>'requestId' = ${wrong.requestId}`,
    );
    expect(wrongRows).toHaveLength(1);
    expect(wrongRows[0]!.actor_user_id).toBe(user.id);
    expect(wrongRows[0]!.meta).toMatchObject({ reason: 'wrong password', ip });
    const unknownRows = await auditRows(
      sql`action = 'auth.sign_in_failed' and meta->>'requestId' = ${unknown.requestId}`,
    );
    expect(unknownRows).toHaveLength(1);
    expect(unknownRows[0]!.actor_user_id).toBeNull();
    expect(unknownRows[0]!.meta).toMatchObject({ email: unknownEmail, reason: 'unknown account' });
    // The audit log never holds the password that was tried.
    expect(JSON.stringify(wrongRows)).not.toContain('not the right password');
  });

  test('a deactivated account cannot sign in, even with the right password', async () => {
    const user = await createUser(t.services, { role: 'social_worker', active: false });
    const err = expectError(
      await postSignIn(t.app, user.email, user.password, freshAddress()),
      401,
      'invalid_credentials',
    );
    const rows = await auditRows(
      sql`action = 'auth.sign_in_failed' and meta->>'requestId' = ${err.requestId}`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.meta).toMatchObject({ reason: 'account deactivated' });
    expect(await actionsFor(user.id)).not.toContain('auth.sign_in');
  });

  test('five wrong passwords lock the account: the sixth attempt, even with the right password, answers 429 with Retry-After', async () => {
    const ip = freshAddress();
    const user = await createUser(t.services, { role: 'social_worker' });
    for (let i = 1; i <= 5; i++)
      expectError(
        await postSignIn(t.app, user.email, `wrong password number ${i}`, ip),
        401,
        'invalid_credentials',
      );
    const locked = await postSignIn(t.app, user.email, user.password, ip);
    expectError(locked, 429, 'too_many_attempts');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.cookies.find((c) => c.name === 'lantern_session')).toBeUndefined();
    // Also from another address: the lock is on the account.
    expectError(await postSignIn(t.app, user.email, user.password, freshAddress()), 429, 'too_many_attempts');

    expect((await auditRows(sql`action = 'auth.locked_out' and actor_user_id = ${user.id}`)).length).toBe(1);
    expect((await auditRows(sql`action = 'auth.sign_in_failed' and actor_user_id = ${user.id}`)).length).toBe(
      5,
    );
    expect(await actionsFor(user.id)).not.toContain('auth.sign_in');

    // Another person signing in from the same address is not locked out.
    const other = await createUser(t.services, { role: 'social_worker' });
    const ok = await postSignIn(t.app, other.email, other.password, ip);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().step).toBe('done');
  });
});

describe('authenticator app (TOTP)', () => {
  test('enrolment returns ten recovery codes; afterwards sign-in asks for a code and /me answers 401 until it is given', async () => {
    const { user, session } = await signInAs(t, 'social_worker');
    const { secret, confirm, recoveryCodes } = await enrol(session);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const c of recoveryCodes) expect(c).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/);
    expect(confirm.json().me.mfa.enrolled).toBe(true);
    expect(await actionsFor(user.id)).toContain('auth.totp_enrolled');
    // The secret never reaches the audit log.
    expect(JSON.stringify(await auditRows(sql`actor_user_id = ${user.id}`))).not.toContain(secret);
    expect((await as(t.app, session).post('/api/v1/auth/sign-out')).statusCode).toBe(204);

    const pending = await passwordStep(user.email);
    expectError(await getMe(t.app, pending.cookie), 401, 'second_factor_required');
    expectError(
      await as(t.app, pending).patch('/api/v1/me', { locale: 'es' }),
      401,
      'second_factor_required',
    );
    const signInsBefore = (await auditRows(sql`actor_user_id = ${user.id} and action = 'auth.sign_in'`))
      .length;

    const verify = await as(t.app, pending).post('/api/v1/auth/totp/verify', {
      code: await nextStepCode(secret),
    });
    expect(verify.statusCode, verify.body).toBe(200);
    expect(verify.json().step).toBe('done');
    expect(verify.json().me.user.id).toBe(user.id);
    const me = await getMe(t.app, cookieFrom(verify));
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json().mfa.enrolled).toBe(true);
    const signIns = await auditRows(sql`actor_user_id = ${user.id} and action = 'auth.sign_in'`);
    expect(signIns.length).toBe(signInsBefore + 1);
    expect(signIns.at(-1)!.meta).toMatchObject({ secondFactor: 'totp' });
  });

  test('the session token changes when the code is accepted: the pending cookie no longer works', async () => {
    const { user, secret } = await enrolledPerson();
    const pending = await passwordStep(user.email);
    const verify = await as(t.app, pending).post('/api/v1/auth/totp/verify', {
      code: await nextStepCode(secret),
    });
    expect(verify.statusCode, verify.body).toBe(200);
    const fresh = cookieFrom(verify);
    expect(fresh).not.toBe(pending.cookie);
    expect(verify.json().csrfToken).not.toBe(pending.csrf);
    expectError(await getMe(t.app, pending.cookie), 401, 'session_expired');
    expect((await getMe(t.app, fresh)).statusCode).toBe(200);
  });

  test('the same code cannot be used twice', async () => {
    const { user, secret } = await enrolledPerson();
    const code = await nextStepCode(secret);
    const first = await passwordStep(user.email);
    const ok = await as(t.app, first).post('/api/v1/auth/totp/verify', { code });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(
      (await as(t.app, { cookie: cookieFrom(ok), csrf: ok.json().csrfToken }).post('/api/v1/auth/sign-out'))
        .statusCode,
    ).toBe(204);

    const second = await passwordStep(user.email);
    expectError(await as(t.app, second).post('/api/v1/auth/totp/verify', { code }), 401, 'invalid_code');
    expectError(await getMe(t.app, second.cookie), 401, 'second_factor_required');
  });

  test('a wrong code answers 401 invalid_code and is audited', async () => {
    const { user, secret } = await enrolledPerson();
    const pending = await passwordStep(user.email);
    const err = expectError(
      await as(t.app, pending).post('/api/v1/auth/totp/verify', { code: await wrongCode(secret) }),
      401,
      'invalid_code',
    );
    const rows = await auditRows(sql`action = 'auth.second_factor_failed' and actor_user_id = ${user.id}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.meta).toMatchObject({ requestId: err.requestId, method: 'totp' });
    expectError(await getMe(t.app, pending.cookie), 401, 'second_factor_required');
    // The pending session may still finish with the right code.
    const ok = await as(t.app, pending).post('/api/v1/auth/totp/verify', {
      code: await nextStepCode(secret),
    });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  test('a recovery code works once, and not twice', async () => {
    const { user, recoveryCodes } = await enrolledPerson();
    const recoveryCode = recoveryCodes[3]!;
    const first = await passwordStep(user.email);
    const ok = await as(t.app, first).post('/api/v1/auth/totp/verify', { recoveryCode });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().step).toBe('done');
    expect(await actionsFor(user.id)).toContain('auth.recovery_code_used');
    expect(
      (await as(t.app, { cookie: cookieFrom(ok), csrf: ok.json().csrfToken }).post('/api/v1/auth/sign-out'))
        .statusCode,
    ).toBe(204);

    const second = await passwordStep(user.email);
    expectError(
      await as(t.app, second).post('/api/v1/auth/totp/verify', { recoveryCode }),
      401,
      'invalid_code',
    );
    expectError(await getMe(t.app, second.cookie), 401, 'second_factor_required');
    // Another, unused recovery code still works.
    const other = await as(t.app, second).post('/api/v1/auth/totp/verify', {
      recoveryCode: recoveryCodes[4]!,
    });
    expect(other.statusCode, other.body).toBe(200);
  });
});

describe('mandatory second factor for a role', () => {
  let strict: TestApp;
  beforeAll(async () => {
    strict = await startTestApp({ LANTERN_MFA_REQUIRED_ROLES: 'county_admin' });
  });
  afterAll(() => strict.close());

  test('a county administrator without a factor must enrol before anything else, and is then signed in', async () => {
    const user = await createUser(strict.services, { role: 'county_admin' });
    const res = await postSignIn(strict.app, user.email, user.password);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().step).toBe('totp-enrol');
    expect(res.json().me).toBeUndefined();
    const pending: Session = { cookie: cookieFrom(res), csrf: res.json().csrfToken };
    const api = as(strict.app, pending);
    expectError(await getMe(strict.app, pending.cookie), 401, 'second_factor_required');
    expectError(await api.get('/api/v1/users'), 401, 'second_factor_required');

    const start = await api.post('/api/v1/auth/totp/enrol');
    expect(start.statusCode, start.body).toBe(200);
    const confirm = await api.post('/api/v1/auth/totp/enrol/confirm', {
      code: await generate({ secret: start.json().secret }),
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    expect(confirm.json().recoveryCodes).toHaveLength(10);
    expect(confirm.json().me.user.id).toBe(user.id);
    expect(confirm.json().me.mfa).toEqual({ enrolled: true, required: true });

    const signedIn = cookieFrom(confirm);
    expect(signedIn).not.toBe(pending.cookie);
    const me = await getMe(strict.app, signedIn);
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json().user.id).toBe(user.id);
    expect((await getMe(strict.app, pending.cookie)).statusCode).toBe(401);
  });

  test('a role that is not listed signs in with a password alone', async () => {
    const user = await createUser(strict.services, { role: 'social_worker' });
    const res = await postSignIn(strict.app, user.email, user.password);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().step).toBe('done');
    expect(res.json().me.mfa).toEqual({ enrolled: false, required: false });
  });
});

describe('sessions', () => {
  test('a session idle for longer than the idle timeout ends: 401 session_expired, audited', async () => {
    const { user, session } = await signInAs(t, 'social_worker');
    const idleMinutes = t.services.config.idleTimeoutSeconds / 60;
    await t.services.database.db.execute(sql`
      update sessions set last_seen_at = now() - make_interval(mins => ${idleMinutes + 5}) where user_id = ${user.id}`);
    expectError(await getMe(t.app, session.cookie), 401, 'session_expired');
    const rows = await auditRows(sql`action = 'auth.session_expired' and actor_user_id = ${user.id}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.meta).toMatchObject({ reason: 'idle timeout' });
    // It stays ended.
    expectError(await getMe(t.app, session.cookie), 401, 'session_expired');
  });

  test('a session past its absolute lifetime ends, however recently it was used', async () => {
    const { user, session } = await signInAs(t, 'social_worker');
    await t.services.database.db.execute(sql`
      update sessions set expires_at = now() - interval '1 minute', last_seen_at = now() where user_id = ${user.id}`);
    expectError(await getMe(t.app, session.cookie), 401, 'session_expired');
    const rows = await auditRows(sql`action = 'auth.session_expired' and actor_user_id = ${user.id}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.meta).toMatchObject({ reason: 'absolute lifetime' });
  });

  test('sign-out ends the session', async () => {
    const { user, session, api } = await signInAs(t, 'social_worker');
    const out = await api.post('/api/v1/auth/sign-out');
    expect(out.statusCode, out.body).toBe(204);
    const cleared = out.cookies.find((c) => c.name === 'lantern_session');
    expect(cleared?.value ?? '').toBe('');
    expectError(await getMe(t.app, session.cookie), 401, 'session_expired');
    expect(await actionsFor(user.id)).toContain('auth.sign_out');
  });

  test('sign-out everywhere ends every session of that person, and nobody else’s', async () => {
    const user = await createUser(t.services, { role: 'social_worker' });
    const laptop = await signIn(t.app, user.email);
    const phone = await signIn(t.app, user.email);
    const someoneElse = await signInAs(t, 'social_worker');
    const out = await as(t.app, laptop).post('/api/v1/auth/sign-out-everywhere');
    expect(out.statusCode, out.body).toBe(204);
    expectError(await getMe(t.app, laptop.cookie), 401, 'session_expired');
    expectError(await getMe(t.app, phone.cookie), 401, 'session_expired');
    expect((await someoneElse.api.get('/api/v1/me')).statusCode).toBe(200);
    expect(await actionsFor(user.id)).toContain('auth.sign_out_everywhere');
  });
});

describe('CSRF', () => {
  const locale = async (userId: string) =>
    (await t.services.database.db.execute(sql`select locale from users where id = ${userId}`)).rows[0]!
      .locale;

  test('a cookie-authenticated write without the token, or with a wrong one, is refused and changes nothing', async () => {
    const { user, session } = await signInAs(t, 'social_worker');
    const patch = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        headers: { cookie: session.cookie, ...headers },
        payload: { locale: 'es' },
      });
    expectError(await patch({}), 403, 'csrf_failed');
    expectError(await patch({ 'x-csrf-token': 'not-the-token' }), 403, 'csrf_failed');
    expectError(await patch({ 'x-csrf-token': '' }), 403, 'csrf_failed');
    expect(await locale(user.id)).toBe('en');
    expect((await getMe(t.app, session.cookie)).json().user.locale).toBe('en');
    expect(await actionsFor(user.id)).not.toContain('user.preferences');

    // A POST likewise: sign-out without the token leaves the session alive.
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: { cookie: session.cookie, 'x-csrf-token': 'x'.repeat(32) },
    });
    expectError(out, 403, 'csrf_failed');
    expect((await getMe(t.app, session.cookie)).statusCode).toBe(200);
    // Another person's token does not work either.
    const other = await signInAs(t, 'social_worker');
    expectError(await patch({ 'x-csrf-token': other.session.csrf }), 403, 'csrf_failed');
    expect(await locale(user.id)).toBe('en');
  });
});

describe('password change', () => {
  const NEW_PASSWORD = 'amber ferry orbit quiet maple';

  test('a wrong current password answers 422 and changes nothing', async () => {
    const { user, api } = await signInAs(t, 'social_worker');
    const res = await api.post('/api/v1/me/password', {
      currentPassword: 'this is not my password',
      newPassword: NEW_PASSWORD,
    });
    const err = expectError(res, 422, 'validation_failed');
    expect(err.details?.map((d) => d.path)).toContain('currentPassword');
    expect((await postSignIn(t.app, user.email, user.password)).statusCode).toBe(200);
    expect(await actionsFor(user.id)).not.toContain('auth.password_changed');
  });

  test.each([
    ['too short', 'short pass'],
    ['a repeated common word', 'passwordpasswordpassword'],
    ['a common word padded with digits', 'password1234567890'],
  ])(
    'a new password that is %s answers 422 password_rejected naming newPassword',
    async (_why, newPassword) => {
      const { user, api } = await signInAs(t, 'social_worker');
      const err = expectError(
        await api.post('/api/v1/me/password', { currentPassword: user.password, newPassword }),
        422,
        'password_rejected',
      );
      expect(err.details).toEqual([
        expect.objectContaining({ path: 'newPassword', message: expect.any(String) }),
      ]);
      expect((await postSignIn(t.app, user.email, user.password)).statusCode).toBe(200);
    },
  );

  test('a good new password: 204, other sessions end, this one continues, and the new password signs in', async () => {
    const user = await createUser(t.services, { role: 'social_worker' });
    const here = await signIn(t.app, user.email);
    const elsewhere = await signIn(t.app, user.email);
    const someoneElse = await signInAs(t, 'social_worker');
    const res = await as(t.app, here).post('/api/v1/me/password', {
      currentPassword: user.password,
      newPassword: NEW_PASSWORD,
    });
    expect(res.statusCode, res.body).toBe(204);

    expect((await getMe(t.app, here.cookie)).statusCode).toBe(200);
    expectError(await getMe(t.app, elsewhere.cookie), 401, 'session_expired');
    expect((await someoneElse.api.get('/api/v1/me')).statusCode).toBe(200);

    const fresh = await postSignIn(t.app, user.email, NEW_PASSWORD);
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect(fresh.json().step).toBe('done');
    expectError(
      await postSignIn(t.app, user.email, user.password, freshAddress()),
      401,
      'invalid_credentials',
    );

    const rows = await auditRows(sql`action = 'auth.password_changed' and actor_user_id = ${user.id}`);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(NEW_PASSWORD);
  });
});

describe('preferences', () => {
  test('PATCH /me changes the locale and is audited', async () => {
    const { user, api } = await signInAs(t, 'social_worker');
    const res = await api.patch('/api/v1/me', { locale: 'es' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user.locale).toBe('es');
    expect((await api.get('/api/v1/me')).json().user.locale).toBe('es');
    const rows = await auditRows(sql`action = 'user.preferences' and actor_user_id = ${user.id}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.before).toEqual({ locale: 'en' });
    expect(rows[0]!.after).toEqual({ locale: 'es' });
  });
});
