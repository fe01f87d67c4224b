import { sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../../domain/access/roles';
import type { AuthContext, RequestMeta, Services, SessionState, SessionUser } from '../../platform/context';
import { randomToken, sha256Hex } from '../../platform/crypto';
import type { Tx } from '../../platform/db';
import { asAuth } from '../../platform/scope';
import { writeAudit } from '../../platform/audit';

/** Sessions waiting for their second factor live only this long. */
export const PENDING_SESSION_SECONDS = 10 * 60;
/** last_seen_at is written at most this often, so a read does not turn into a write on every request. */
const TOUCH_INTERVAL_SECONDS = 60;

export function cookieName(services: Services): string {
  // __Host- cookies must be Secure, path=/ and host-only: the browser refuses them from anywhere else.
  return services.config.production ? '__Host-lantern_session' : 'lantern_session';
}

export function setSessionCookie(
  reply: FastifyReply,
  services: Services,
  token: string,
  maxAgeSeconds: number,
) {
  reply.setCookie(cookieName(services), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: services.config.production,
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply, services: Services) {
  reply.clearCookie(cookieName(services), {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: services.config.production,
  });
}

export interface NewSession {
  token: string;
  id: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  tx: Tx,
  opts: {
    userId: string;
    state: SessionState;
    ip: string;
    userAgent: string | undefined;
    lifetimeSeconds: number;
    pendingSecretEnc?: string | null;
  },
): Promise<NewSession> {
  const token = randomToken(32);
  const id = sha256Hex(token);
  const csrfToken = randomToken(24);
  const expiresAt = new Date(Date.now() + opts.lifetimeSeconds * 1000);
  await tx.execute(sql`
    insert into sessions (id, user_id, state, csrf_token, pending_totp_secret_enc, expires_at, ip, user_agent)
    values (${id}, ${opts.userId}, ${opts.state}, ${csrfToken}, ${opts.pendingSecretEnc ?? null}, ${expiresAt.toISOString()}, ${opts.ip}, ${opts.userAgent ?? null})`);
  return { token, id, csrfToken, expiresAt };
}

export function toSessionUser(r: Record<string, unknown>): SessionUser {
  return {
    id: String(r.user_id),
    email: String(r.email),
    displayName: String(r.display_name),
    role: r.role as Role,
    jurisdictionId: Number(r.jurisdiction_id),
    agencyId: (r.agency_id as string | null) ?? null,
    agencyName: (r.agency_name as string | null) ?? null,
    locale: r.locale === 'es' ? 'es' : 'en',
    mfaEnrolled: r.totp_enrolled_at !== null,
  };
}

/** A fresh session in place of one that just finished signing in: the old token is worthless after. */
export async function replaceSession(tx: Tx, services: Services, auth: AuthContext, meta: RequestMeta) {
  await tx.execute(sql`delete from sessions where id = ${auth.sessionId}`);
  return createSession(tx, {
    userId: auth.user.id,
    state: 'active',
    ip: meta.ip,
    userAgent: meta.userAgent,
    lifetimeSeconds: services.config.sessionMaxSeconds,
  });
}

/** Start (or restart) enrolment: a new secret is held on the session until a code proves the app has it. */

/**
 * Resolve the session cookie into an AuthContext, ending sessions past their idle timeout or absolute
 * lifetime, and sessions of deactivated accounts (those rare writes run as lantern_auth).
 */
export async function resolveSession(req: FastifyRequest, services: Services): Promise<void> {
  req.auth = null;
  req.sessionEnded = false;
  const token = req.cookies[cookieName(services)];
  if (!token) return;
  if (token.length > 100) {
    req.sessionEnded = true;
    return;
  }
  const id = sha256Hex(token);
  const { db } = services.database;
  // One statement, outside any transaction: this runs on every request.
  const r = (await db.execute(sql`select * from lantern_session_lookup(${id})`)).rows[0];
  if (!r) {
    req.sessionEnded = true;
    return;
  }
  const user = toSessionUser(r);
  const timedOut = r.expired === true || Number(r.idle_seconds) > services.config.idleTimeoutSeconds;
  if (timedOut || r.active !== true) {
    await asAuth(db, async (tx) => {
      await tx.execute(sql`delete from sessions where id = ${id}`);
      if (timedOut)
        await writeAudit(tx, {
          action: 'auth.session_expired',
          actor: { userId: user.id, email: user.email, role: user.role },
          jurisdictionId: user.jurisdictionId,
          meta: { requestId: req.id, reason: r.expired === true ? 'absolute lifetime' : 'idle timeout' },
        });
    });
    req.sessionEnded = true;
    return;
  }
  if (Number(r.idle_seconds) > TOUCH_INTERVAL_SECONDS)
    await asAuth(db, (tx) => tx.execute(sql`update sessions set last_seen_at = now() where id = ${id}`));
  req.auth = {
    sessionId: id,
    state: r.state as SessionState,
    csrfToken: String(r.csrf_token),
    expiresAt: new Date(r.expires_at as string),
    user,
    scope: services.tree.scopeFor(user.jurisdictionId),
    actor: { userId: user.id, email: user.email, role: user.role },
  };
}
