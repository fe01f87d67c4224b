import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../../../domain/access/roles';

export const LOCALES = ['en', 'es'] as const;
export const localeSchema = z.enum(LOCALES);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(254)
  .pipe(z.email({ message: 'Enter an email address like name@agency.gov.' }));

export const signInBody = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password.').max(256),
});

export const signInStep = z.enum(['done', 'totp', 'totp-enrol']);

export const jurisdictionRef = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(['state', 'region', 'county']),
});

export const meSchema = z.object({
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    locale: localeSchema,
  }),
  jurisdiction: jurisdictionRef,
  agency: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  abilities: z.array(z.enum(PERMISSIONS)),
  grantableRoles: z.array(z.enum(ROLES)),
  csrfToken: z.string(),
  mfa: z.object({ enrolled: z.boolean(), required: z.boolean() }),
  session: z.object({ idleTimeoutSeconds: z.number().int(), expiresAt: z.iso.datetime() }),
});
export type Me = z.infer<typeof meSchema>;

export const signInResponse = z.object({
  step: signInStep,
  /** Present when step is 'done'. */
  me: meSchema.optional(),
  /** Present when a second step is needed: send it back as x-csrf-token on the next call. */
  csrfToken: z.string(),
});

export const totpVerifyBody = z.union([
  z.strictObject({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app.'),
  }),
  z.strictObject({
    recoveryCode: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9]{5}-?[a-z0-9]{5}$/, 'Enter a recovery code like abcde-12345.'),
  }),
]);

export const totpEnrolStartResponse = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  qrDataUrl: z.string(),
});

export const totpEnrolConfirmBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app.'),
});
export const totpEnrolConfirmResponse = z.object({ recoveryCodes: z.array(z.string()), me: meSchema });

export const updateMeBody = z.strictObject({ locale: localeSchema });

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().max(256),
});
