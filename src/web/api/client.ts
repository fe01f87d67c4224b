import type { ErrorBody } from '@server/platform/errors.schemas';

/**
 * The one way the browser talks to the Lantern API. It sends the session cookie, the CSRF token on every
 * request that changes something, an idempotency key when the caller gives one, and turns every error
 * answer into an ApiError carrying the server's code, message, field details and request id.
 */

type ErrorPayload = ErrorBody['error'];
export type FieldIssue = NonNullable<ErrorPayload['details']>[number];

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | null;
  readonly details: readonly FieldIssue[];
  /** For 409 version conflicts: the record as it is now on the server. */
  readonly current: unknown;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    requestId?: string | null;
    details?: readonly FieldIssue[];
    current?: unknown;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId ?? null;
    this.details = init.details ?? [];
    this.current = init.current;
  }
}

/** The code given to failures where no answer came back at all. */
export const NETWORK_ERROR = 'NETWORK_ERROR';

/** 401s that mean "what you typed was wrong", not "your session is gone": the form shows them. */
const WRONG_INPUT_CODES: ReadonlySet<string> = new Set(['invalid_credentials', 'invalid_code']);

/** Whether a failure means the session has ended, so the person must sign in again. */
export function isSessionLost(error: ApiError): boolean {
  return error.status === 401 && !WRONG_INPUT_CODES.has(error.code);
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

let unauthorizedHandler: (() => void) | null = null;

/** Called whenever an answer shows the session has ended, unless the caller expects that. Returns an unsubscribe. */
export function onUnauthorized(handler: () => void): () => void {
  unauthorizedHandler = handler;
  return () => {
    if (unauthorizedHandler === handler) unauthorizedHandler = null;
  };
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Sent as the idempotency-key header: reuse the same key when retrying the same submission. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** The caller handles 401 itself (the session probe and the sign-in steps). */
  expectUnauthorized?: boolean;
}

/** Builds a same-origin path with a query string, leaving out empty values. */
export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** Keeps the newest CSRF token from any answer that carries one (sign-in steps, Me, enrolment). */
export function captureCsrfToken(data: unknown): void {
  if (!isRecord(data)) return;
  if (typeof data.csrfToken === 'string') {
    csrfToken = data.csrfToken;
  } else if (isRecord(data.me) && typeof data.me.csrfToken === 'string') {
    csrfToken = data.me.csrfToken;
  }
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: NETWORK_ERROR, message: '' });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (isSessionLost(error) && !options.expectUnauthorized) unauthorizedHandler?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  captureCsrfToken(data);
  return data as T;
}

/** Reads the `{error:{...}}` body; answers without one (a proxy's HTML page) keep only their status. */
export async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  return new ApiError({
    status: response.status,
    code: typeof error.code === 'string' ? error.code : `HTTP_${response.status}`,
    message: typeof error.message === 'string' ? error.message : '',
    requestId: typeof error.requestId === 'string' ? error.requestId : response.headers.get('x-request-id'),
    details: Array.isArray(error.details) ? error.details.filter(isFieldIssue) : [],
    current: error.current,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFieldIssue(value: unknown): value is FieldIssue {
  return isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';
}
