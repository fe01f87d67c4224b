/**
 * One catalogue of failures. Services throw AppError with a code; the HTTP error handler maps the code
 * to its status and answers with { error: { code, message, requestId, details?, current? } }.
 * 404 means "not found or not yours to know about": another county's record is never acknowledged.
 */
export const ERROR_CATALOGUE = {
  bad_request: { status: 400, message: 'The request could not be read.' },
  invalid_json: { status: 400, message: 'The request body is not valid JSON.' },
  unauthenticated: { status: 401, message: 'Sign in to continue.' },
  session_expired: { status: 401, message: 'Your session has ended. Sign in again.' },
  second_factor_required: { status: 401, message: 'Finish signing in with your authenticator code first.' },
  invalid_credentials: { status: 401, message: 'The email or password is not right.' },
  invalid_code: {
    status: 401,
    message: 'That code did not work. Check your authenticator app and try again.',
  },
  forbidden: { status: 403, message: 'You do not have access to this.' },
  csrf_failed: {
    status: 403,
    message: 'This request is missing its security token. Reload the page and try again.',
  },
  not_found: { status: 404, message: 'We could not find that.' },
  version_conflict: {
    status: 409,
    message:
      'Someone else changed this record while you were editing it. Review the current version and try again.',
  },
  already_exists: { status: 409, message: 'That already exists.' },
  idempotency_in_progress: {
    status: 409,
    message: 'The same request is still being processed. Try again shortly.',
  },
  payload_too_large: { status: 413, message: 'The request is too large.' },
  unsupported_media_type: {
    status: 415,
    message: 'Send the request as JSON (Content-Type: application/json).',
  },
  validation_failed: { status: 422, message: 'Some of the information is not valid.' },
  idempotency_key_reused: {
    status: 422,
    message:
      'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
  },
  password_rejected: { status: 422, message: 'Choose a different password.' },
  too_many_attempts: { status: 429, message: 'Too many attempts. Wait a few minutes and try again.' },
  internal: {
    status: 500,
    message: 'Something went wrong on our side. Quote the request id if you contact support.',
  },
  unavailable: { status: 503, message: 'The database is not reachable right now.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export interface ErrorDetail {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly extra: { details?: ErrorDetail[]; current?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(message ?? ERROR_CATALOGUE[code].message);
    this.status = ERROR_CATALOGUE[code].status;
  }
}

export const notFound = (message?: string) => new AppError('not_found', message);
export const forbidden = (message?: string) => new AppError('forbidden', message);

/** The PostgreSQL SQLSTATE of a driver error, also when Drizzle has wrapped it. */
export function pgErrorCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
