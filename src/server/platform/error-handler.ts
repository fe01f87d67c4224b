import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, ERROR_CATALOGUE, pgErrorCode, type ErrorCode, type ErrorDetail } from './errors';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
};

function issuePath(instancePath: string | undefined, fallback: string): string {
  const p = (instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  return p || fallback;
}

/** Turn Zod issues into field-level messages a person can act on. */
function validationDetails(err: FastifyError): ErrorDetail[] {
  const context = (err as { validationContext?: string }).validationContext ?? 'body';
  return (err.validation ?? []).map((v) => {
    const keys = (v.params as { keys?: unknown } | undefined)?.keys;
    if (v.keyword === 'unrecognized_keys' && Array.isArray(keys) && keys.length)
      return {
        path: keys.join(', '),
        message: `Unknown field${keys.length > 1 ? 's' : ''}: ${keys.join(', ')}. Remove ${keys.length > 1 ? 'them' : 'it'} and try again.`,
      };
    return { path: issuePath(v.instancePath, context), message: v.message ?? 'Not valid.' };
  });
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    let code: ErrorCode = 'internal';
    let message: string | undefined;
    let details: ErrorDetail[] | undefined;
    let current: unknown;
    if (err instanceof AppError) {
      code = err.code;
      message = err.message;
      details = err.extra.details;
      current = err.extra.current;
      if (err.extra.retryAfterSeconds) reply.header('retry-after', String(err.extra.retryAfterSeconds));
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      code = 'validation_failed';
      details = validationDetails(err);
      message = details.length === 1 ? details[0]!.message : ERROR_CATALOGUE.validation_failed.message;
    } else if (err.code && FASTIFY_CODES[err.code]) {
      code = FASTIFY_CODES[err.code]!;
    } else if (pgErrorCode(err) === '42501') {
      code = 'not_found'; // row-level security refused a write: not yours to know about
    } else if (err.statusCode === 400) {
      code = 'bad_request';
    } else if (isResponseSerializationError(err)) {
      req.log.error(
        { err: { message: err.message, issues: err.cause.issues } },
        'response did not match its schema',
      );
    }
    const status = ERROR_CATALOGUE[code].status;
    if (status >= 500 && !isResponseSerializationError(err))
      req.log.error(
        { err: { message: err.message, code: (err as { code?: string }).code, stack: err.stack } },
        'request failed',
      );
    reply.code(status).send({
      error: {
        code,
        message: message ?? ERROR_CATALOGUE[code].message,
        requestId: req.id,
        ...(details ? { details } : {}),
        ...(current !== undefined ? { current } : {}),
      },
    });
  });
}
