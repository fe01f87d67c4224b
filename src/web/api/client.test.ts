import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  ApiError,
  buildUrl,
  captureCsrfToken,
  getCsrfToken,
  NETWORK_ERROR,
  onUnauthorized,
  setCsrfToken,
} from './client';

interface Call {
  url: string;
  init: RequestInit;
}

function stubFetch(response: Response | Error): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    if (response instanceof Error) throw response;
    return response;
  });
  return calls;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const headersOf = (call: Call | undefined) => (call?.init.headers ?? {}) as Record<string, string>;

beforeEach(() => setCsrfToken(null));
afterEach(() => vi.unstubAllGlobals());

describe('buildUrl', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(buildUrl('/api/v1/users', { q: 'a b', role: undefined, active: '', offset: 0, limit: null })).toBe(
      '/api/v1/users?q=a+b&offset=0',
    );
    expect(buildUrl('/api/v1/me')).toBe('/api/v1/me');
  });
});

describe('captureCsrfToken', () => {
  it('keeps the token from a sign-in step, a Me, or an answer that wraps a Me', () => {
    captureCsrfToken({ step: 'totp', csrfToken: 'one' });
    expect(getCsrfToken()).toBe('one');
    captureCsrfToken({ recoveryCodes: [], me: { csrfToken: 'two' } });
    expect(getCsrfToken()).toBe('two');
    captureCsrfToken({ items: [] });
    captureCsrfToken(undefined);
    expect(getCsrfToken()).toBe('two');
  });
});

describe('api', () => {
  it('sends GETs with the session cookie and without a CSRF token', async () => {
    setCsrfToken('token');
    const calls = stubFetch(json(200, { items: [] }));
    await expect(api('/api/v1/agencies')).resolves.toEqual({ items: [] });
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(headersOf(calls[0])['x-csrf-token']).toBeUndefined();
    expect(headersOf(calls[0])['content-type']).toBeUndefined();
  });

  it('sends the latest CSRF token, a JSON body and the idempotency key on writes', async () => {
    setCsrfToken('token');
    const calls = stubFetch(json(201, { id: 'x' }));
    await api('/api/v1/users', { method: 'POST', body: { email: 'a@b.gov' }, idempotencyKey: 'key-12345' });
    const headers = headersOf(calls[0]);
    expect(headers['x-csrf-token']).toBe('token');
    expect(headers['idempotency-key']).toBe('key-12345');
    expect(headers['content-type']).toBe('application/json');
    expect(calls[0]?.init.body).toBe('{"email":"a@b.gov"}');
  });

  it('sends no content type when there is no body, and returns nothing for 204', async () => {
    const calls = stubFetch(new Response(null, { status: 204 }));
    await expect(api('/api/v1/auth/sign-out', { method: 'POST' })).resolves.toBeUndefined();
    expect(headersOf(calls[0])['content-type']).toBeUndefined();
  });

  it('remembers the CSRF token an answer carries', async () => {
    stubFetch(json(200, { step: 'done', me: { csrfToken: 'fresh' }, csrfToken: 'fresh' }));
    await api('/api/v1/auth/sign-in', { method: 'POST', body: {} });
    expect(getCsrfToken()).toBe('fresh');
  });

  it('turns the error body into an ApiError with details and the current record', async () => {
    const current = { id: 'u1', version: 3 };
    stubFetch(
      json(409, {
        error: {
          code: 'version_conflict',
          message: 'Changed.',
          requestId: 'req-1',
          details: [{ path: 'email', message: 'Taken.' }],
          current,
        },
      }),
    );
    const error = await api('/api/v1/users/u1', { method: 'PATCH', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'version_conflict',
      message: 'Changed.',
      requestId: 'req-1',
      current,
    });
    expect((error as ApiError).details).toEqual([{ path: 'email', message: 'Taken.' }]);
  });

  it('copes with an error answer that is not JSON', async () => {
    stubFetch(new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(api('/api/v1/me')).rejects.toMatchObject({ status: 502, code: 'HTTP_502', message: '' });
  });

  it('reports a failed connection as a network error', async () => {
    stubFetch(new TypeError('Failed to fetch'));
    await expect(api('/api/v1/me')).rejects.toMatchObject({ status: 0, code: NETWORK_ERROR });
  });

  it('tells the app when the session has ended, unless the caller expects it', async () => {
    const ended = vi.fn();
    const stop = onUnauthorized(ended);
    stubFetch(json(401, { error: { code: 'session_expired', message: 'Ended.', requestId: 'r' } }));
    await expect(api('/api/v1/users')).rejects.toMatchObject({ status: 401 });
    expect(ended).toHaveBeenCalledTimes(1);

    stubFetch(json(401, { error: { code: 'unauthenticated', message: 'Sign in.', requestId: 'r' } }));
    await expect(api('/api/v1/me', { expectUnauthorized: true })).rejects.toMatchObject({ status: 401 });
    expect(ended).toHaveBeenCalledTimes(1);
    stop();
  });

  it('treats a wrong code or password as a form error, not a lost session', async () => {
    const ended = vi.fn();
    const stop = onUnauthorized(ended);
    stubFetch(
      json(401, { error: { code: 'invalid_code', message: 'That code did not work.', requestId: 'r' } }),
    );
    await expect(api('/api/v1/auth/totp/enrol/confirm', { method: 'POST', body: {} })).rejects.toMatchObject({
      code: 'invalid_code',
    });
    expect(ended).not.toHaveBeenCalled();
    stop();
  });
});
