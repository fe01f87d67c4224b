import type { FastifyReply, FastifyRequest } from 'fastify';
import { can, type Permission } from '../../domain/access/roles';
import type { AuthContext, RequestMeta, Services, UseCaseContext } from './context';
import { AppError } from './errors';

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
    /** Set when a session cookie was sent but no longer names a live session. */
    sessionEnded: boolean;
  }
  interface FastifyContextConfig {
    /** Routes that accept writes without a session-bound CSRF token (sign-in itself). */
    skipCsrf?: boolean;
  }
}

export function requestMeta(req: FastifyRequest): RequestMeta {
  const ua = req.headers['user-agent'];
  return { requestId: req.id, ip: req.ip, userAgent: typeof ua === 'string' ? ua.slice(0, 300) : undefined };
}

/** The signed-in person, fully through sign-in; otherwise 401 with the reason. */
export function requireAuth(req: FastifyRequest): AuthContext {
  const auth = req.auth;
  if (!auth) throw new AppError(req.sessionEnded ? 'session_expired' : 'unauthenticated');
  if (auth.state !== 'active') throw new AppError('second_factor_required');
  return auth;
}

/** Deny by default: the role must hold the permission. */
export function requirePermission(req: FastifyRequest, permission: Permission): UseCaseContext {
  const auth = requireAuth(req);
  if (!can(auth.user.role, permission)) throw new AppError('forbidden');
  return { services: req.server.services, auth, meta: requestMeta(req) };
}

export function idempotencyKey(req: FastifyRequest): string | undefined {
  const v = req.headers['idempotency-key'];
  return typeof v === 'string' ? v : undefined;
}

export function sendCreated<T>(reply: FastifyReply, result: { status: number; body: T; replayed: boolean }) {
  if (result.replayed) reply.header('idempotent-replayed', 'true');
  return reply.code(result.status).send(result.body);
}
