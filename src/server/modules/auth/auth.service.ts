import { sql } from 'drizzle-orm';
import { verify as verifyTotp } from 'otplib';
import type { AuthContext, RequestMeta, Services, SessionState } from '../../platform/context';
import { writeAudit, type Actor } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { assertAcceptablePassword, hashPassword, verifyPassword } from '../../platform/passwords';
import { asAuth, inScope } from '../../platform/scope';
import { accountKey, addressKey, clearFailures, lockedFor, recordFailure } from './auth.throttle';
import { createSession, PENDING_SESSION_SECONDS, replaceSession, toSessionUser } from './auth.sessions';
import { timeStepOf } from './auth.totp';

const minutes = (s: number) => Math.max(1, Math.ceil(s / 60));

function tooMany(seconds: number): AppError {
  return new AppError(
    'too_many_attempts',
    `Too many failed sign-in attempts. For your security, sign-in is paused for ${minutes(seconds)} minute${minutes(seconds) > 1 ? 's' : ''}.`,
    { retryAfterSeconds: seconds },
  );
}

/** Password step. Every outcome is audited; failures count toward the throttle in the same transaction. */
export async function signIn(opts: {
  services: Services;
  email: string;
  password: string;
  meta: RequestMeta;
}) {
  const { services, email, password, meta } = opts;
  const keys = { account: accountKey(email), address: addressKey(meta.ip) };
  const outcome = await asAuth(services.database.db, async (tx) => {
    const locked = await lockedFor(tx, [keys.account, keys.address]);
    if (locked > 0) return { error: tooMany(locked) } as const;
    const res = await tx.execute(sql`
      select u.id as user_id, u.email, u.display_name, u.role, u.jurisdiction_id, u.agency_id, u.locale,
             u.totp_enrolled_at, u.active, u.password_hash, a.name as agency_name
      from users u left join agencies a on a.id = u.agency_id where lower(u.email) = ${email}`);
    const row = res.rows[0];
    const ok = await verifyPassword(
      row && row.active === true ? (row.password_hash as string | null) : null,
      password,
    );
    if (!row || !ok) {
      const nowLocked = await recordFailure(tx, keys);
      const user = row ? toSessionUser(row) : null;
      await writeAudit(tx, {
        action: 'auth.sign_in_failed',
        actor: user ? { userId: user.id, email: user.email, role: user.role } : null,
        jurisdictionId: user?.jurisdictionId ?? null,
        meta: {
          requestId: meta.requestId,
          ip: meta.ip,
          email,
          reason: !row ? 'unknown account' : row.active !== true ? 'account deactivated' : 'wrong password',
        },
      });
      if (nowLocked)
        await writeAudit(tx, {
          action: 'auth.locked_out',
          actor: user ? { userId: user.id, email: user.email, role: user.role } : null,
          jurisdictionId: user?.jurisdictionId ?? null,
          meta: { requestId: meta.requestId, ip: meta.ip, email },
        });
      return { error: new AppError('invalid_credentials') } as const;
    }
    const user = toSessionUser(row);
    await clearFailures(tx, keys.account);
    const state: SessionState = user.mfaEnrolled
      ? 'totp'
      : services.config.mfaRequiredRoles.has(user.role)
        ? 'totp-enrol'
        : 'active';
    const lifetime = state === 'active' ? services.config.sessionMaxSeconds : PENDING_SESSION_SECONDS;
    const session = await createSession(tx, {
      userId: user.id,
      state,
      ip: meta.ip,
      userAgent: meta.userAgent,
      lifetimeSeconds: lifetime,
    });
    if (state === 'active') {
      await tx.execute(sql`update users set last_sign_in_at = now() where id = ${user.id}`);
      await writeAudit(tx, {
        action: 'auth.sign_in',
        actor: { userId: user.id, email: user.email, role: user.role },
        jurisdictionId: user.jurisdictionId,
        meta: { requestId: meta.requestId, ip: meta.ip, secondFactor: false },
      });
    }
    return { state, session, user } as const;
  });
  if ('error' in outcome) throw outcome.error;
  return outcome;
}

/**
 * Second step: a TOTP code (never the same time step twice) or a single-use recovery code. On success the
 * pending session is replaced by a fresh one, so a token seen before sign-in finished is worthless after.
 */
export async function verifySecondFactor(opts: {
  services: Services;
  auth: AuthContext;
  code?: string;
  recoveryCode?: string;
  meta: RequestMeta;
}) {
  const { services, auth, meta } = opts;
  if (auth.state !== 'totp') throw new AppError('forbidden', 'There is no sign-in waiting for a code.');
  const keys = { account: accountKey(auth.user.email), address: addressKey(meta.ip) };
  const outcome = await asAuth(services.database.db, async (tx) => {
    const locked = await lockedFor(tx, [keys.account, keys.address]);
    if (locked > 0) return { error: tooMany(locked) } as const;
    const res = await tx.execute(
      sql`select totp_secret_enc, totp_last_step, recovery_codes from users where id = ${auth.user.id}`,
    );
    const row = res.rows[0];
    let ok = false;
    let usedRecovery = false;
    if (row && opts.code && row.totp_secret_enc) {
      const secret = services.secrets.decrypt(String(row.totp_secret_enc));
      const last = row.totp_last_step === null ? undefined : Number(row.totp_last_step);
      const result = await verifyTotp({
        secret,
        token: opts.code,
        epochTolerance: 30,
        ...(last !== undefined ? { afterTimeStep: last } : {}),
      });
      if (result.valid) {
        ok = true;
        await tx.execute(
          sql`update users set totp_last_step = ${timeStepOf(result)} where id = ${auth.user.id}`,
        );
      }
    } else if (row && opts.recoveryCode) {
      const mac = services.secrets.mac(opts.recoveryCode.replace('-', ''));
      const codes = (row.recovery_codes as string[]) ?? [];
      if (codes.includes(mac)) {
        ok = true;
        usedRecovery = true;
        const remaining = codes.filter((c) => c !== mac);
        await tx.execute(
          sql`update users set recovery_codes = ${JSON.stringify(remaining)}::jsonb where id = ${auth.user.id}`,
        );
      }
    }
    if (!ok) {
      const nowLocked = await recordFailure(tx, keys);
      const failure = {
        actor: auth.actor,
        jurisdictionId: auth.user.jurisdictionId,
        meta: { requestId: meta.requestId, ip: meta.ip, method: opts.code ? 'totp' : 'recovery code' },
      };
      await writeAudit(tx, { action: 'auth.second_factor_failed', ...failure });
      if (nowLocked) await writeAudit(tx, { action: 'auth.locked_out', ...failure });
      return { error: new AppError('invalid_code') } as const;
    }
    await clearFailures(tx, keys.account);
    const session = await replaceSession(tx, services, auth, meta);
    await tx.execute(sql`update users set last_sign_in_at = now() where id = ${auth.user.id}`);
    if (usedRecovery)
      await writeAudit(tx, {
        action: 'auth.recovery_code_used',
        actor: auth.actor,
        jurisdictionId: auth.user.jurisdictionId,
        meta: { requestId: meta.requestId },
      });
    await writeAudit(tx, {
      action: 'auth.sign_in',
      actor: auth.actor,
      jurisdictionId: auth.user.jurisdictionId,
      meta: { requestId: meta.requestId, ip: meta.ip, secondFactor: usedRecovery ? 'recovery code' : 'totp' },
    });
    return { session } as const;
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.session;
}

export async function signOut(opts: {
  services: Services;
  auth: AuthContext;
  everywhere: boolean;
  meta: RequestMeta;
}) {
  const { services, auth, meta } = opts;
  await asAuth(services.database.db, async (tx) => {
    if (opts.everywhere) await tx.execute(sql`delete from sessions where user_id = ${auth.user.id}`);
    else await tx.execute(sql`delete from sessions where id = ${auth.sessionId}`);
    await writeAudit(tx, {
      action: opts.everywhere ? 'auth.sign_out_everywhere' : 'auth.sign_out',
      actor: auth.actor,
      jurisdictionId: auth.user.jurisdictionId,
      meta: { requestId: meta.requestId, ip: meta.ip },
    });
  });
}

export async function changePassword(opts: {
  services: Services;
  auth: AuthContext;
  currentPassword: string;
  newPassword: string;
  meta: RequestMeta;
}) {
  const { services, auth, meta } = opts;
  const stored = await asAuth(services.database.db, async (tx) => {
    const res = await tx.execute(sql`select password_hash from users where id = ${auth.user.id}`);
    return (res.rows[0]?.password_hash as string | null) ?? null;
  });
  if (!(await verifyPassword(stored, opts.currentPassword)))
    throw new AppError('validation_failed', 'Your current password is not right.', {
      details: [{ path: 'currentPassword', message: 'Your current password is not right.' }],
    });
  assertAcceptablePassword(
    opts.newPassword,
    { email: auth.user.email, displayName: auth.user.displayName, blocklist: services.blocklist },
    'newPassword',
  );
  const hashed = await hashPassword(opts.newPassword);
  await inScope(services.database.db, auth.scope, async (tx) => {
    await tx.execute(
      sql`update users set password_hash = ${hashed}, password_changed_at = now(), updated_at = now(), version = version + 1 where id = ${auth.user.id}`,
    );
    // Every other session of this person ends: a changed password must lock out whoever knew the old one.
    await tx.execute(sql`delete from sessions where user_id = ${auth.user.id} and id <> ${auth.sessionId}`);
    await writeAudit(tx, {
      action: 'auth.password_changed',
      actor: auth.actor,
      jurisdictionId: auth.user.jurisdictionId,
      entityType: 'user',
      entityId: auth.user.id,
      meta: { requestId: meta.requestId },
    });
  });
}

export async function updatePreferences(opts: {
  services: Services;
  auth: AuthContext;
  locale: 'en' | 'es';
  meta: RequestMeta;
}) {
  const { services, auth, meta } = opts;
  await inScope(services.database.db, auth.scope, async (tx) => {
    await tx.execute(
      sql`update users set locale = ${opts.locale}, updated_at = now() where id = ${auth.user.id}`,
    );
    await writeAudit(tx, {
      action: 'user.preferences',
      actor: auth.actor as Actor,
      jurisdictionId: auth.user.jurisdictionId,
      entityType: 'user',
      entityId: auth.user.id,
      before: { locale: auth.user.locale },
      after: { locale: opts.locale },
      meta: { requestId: meta.requestId },
    });
  });
  auth.user.locale = opts.locale;
}
