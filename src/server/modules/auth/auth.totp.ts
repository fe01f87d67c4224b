import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { generateSecret, generateURI, verify as verifyTotp } from 'otplib';
import QRCode from 'qrcode';
import { writeAudit } from '../../platform/audit';
import type { AuthContext, RequestMeta, Services } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { asAuth, inScope } from '../../platform/scope';
import { replaceSession } from './auth.sessions';

/** The RFC 6238 time step a code matched; stored so the same code is never accepted twice. */
export const timeStepOf = (r: object): number =>
  'timeStep' in r && typeof r.timeStep === 'number' ? r.timeStep : Math.floor(Date.now() / 30_000);

export async function startTotpEnrolment(opts: { services: Services; auth: AuthContext }) {
  const { services, auth } = opts;
  if (auth.state === 'totp') throw new AppError('second_factor_required');
  const secret = generateSecret();
  const otpauthUri = generateURI({ issuer: 'Lantern', label: auth.user.email, secret });
  await asAuth(services.database.db, (tx) =>
    tx.execute(
      sql`update sessions set pending_totp_secret_enc = ${services.secrets.encrypt(secret)} where id = ${auth.sessionId}`,
    ),
  );
  const qrDataUrl = await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: 220 });
  return { secret, otpauthUri, qrDataUrl };
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
function recoveryCode(): string {
  const pick = () =>
    Array.from({ length: 5 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
  return `${pick()}-${pick()}`;
}

export async function confirmTotpEnrolment(opts: {
  services: Services;
  auth: AuthContext;
  code: string;
  meta: RequestMeta;
}) {
  const { services, auth, meta } = opts;
  if (auth.state === 'totp') throw new AppError('second_factor_required');
  const codes = Array.from({ length: 10 }, recoveryCode);
  const session = await inScope(services.database.db, auth.scope, async (tx) => {
    const res = await tx.execute(
      sql`select pending_totp_secret_enc from sessions where id = ${auth.sessionId}`,
    );
    const pending = res.rows[0]?.pending_totp_secret_enc as string | null | undefined;
    if (!pending) throw new AppError('validation_failed', 'Start setting up your authenticator app first.');
    const secret = services.secrets.decrypt(pending);
    const result = await verifyTotp({ secret, token: opts.code, epochTolerance: 30 });
    if (!result.valid) throw new AppError('invalid_code');
    await tx.execute(sql`
      update users set totp_secret_enc = ${pending}, totp_enrolled_at = now(), totp_last_step = ${timeStepOf(result)},
             recovery_codes = ${JSON.stringify(codes.map((c) => services.secrets.mac(c.replace('-', ''))))}::jsonb,
             updated_at = now(), version = version + 1
      where id = ${auth.user.id} and jurisdiction_id = ${auth.user.jurisdictionId}`);
    await writeAudit(tx, {
      action: 'auth.totp_enrolled',
      actor: auth.actor,
      jurisdictionId: auth.user.jurisdictionId,
      entityType: 'user',
      entityId: auth.user.id,
      meta: { requestId: meta.requestId },
    });
    if (auth.state === 'totp-enrol') {
      const s = await replaceSession(tx, services, auth, meta);
      await tx.execute(sql`update users set last_sign_in_at = now() where id = ${auth.user.id}`);
      await writeAudit(tx, {
        action: 'auth.sign_in',
        actor: auth.actor,
        jurisdictionId: auth.user.jurisdictionId,
        meta: { requestId: meta.requestId, ip: meta.ip, secondFactor: 'totp (enrolled)' },
      });
      return s;
    }
    await tx.execute(sql`update sessions set pending_totp_secret_enc = null where id = ${auth.sessionId}`);
    return null;
  });
  return { recoveryCodes: codes, session };
}
