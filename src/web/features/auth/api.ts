import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Me,
  changePasswordBody,
  signInBody,
  signInResponse,
  totpEnrolConfirmResponse,
  totpEnrolStartResponse,
  totpVerifyBody,
} from '@server/modules/auth/auth.schemas';
import { api, isApiError, setCsrfToken } from '@web/api/client';
import type { Locale } from '@web/i18n';

export type SignInBody = z.input<typeof signInBody>;
export type SignInResult = z.infer<typeof signInResponse>;
export type TotpVerifyBody = z.input<typeof totpVerifyBody>;
export type TotpEnrolment = z.infer<typeof totpEnrolStartResponse>;
export type TotpEnrolConfirmResult = z.infer<typeof totpEnrolConfirmResponse>;
export type ChangePasswordBody = z.input<typeof changePasswordBody>;

export const meQueryKey = ['me'] as const;

/** The signed-in person, or null when there is no session. */
export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: fetchMe,
  staleTime: Infinity,
});

async function fetchMe(): Promise<Me | null> {
  try {
    return await api<Me>('/api/v1/me', { expectUnauthorized: true });
  } catch (error) {
    if (!isApiError(error, 401)) throw error;
    setCsrfToken(null);
    return null;
  }
}

export function signIn(body: SignInBody): Promise<SignInResult> {
  return api('/api/v1/auth/sign-in', { method: 'POST', body, expectUnauthorized: true });
}

export function verifyTotp(body: TotpVerifyBody): Promise<SignInResult & { me: Me }> {
  return api('/api/v1/auth/totp/verify', { method: 'POST', body, expectUnauthorized: true });
}

/** `duringSignIn`: the enrolment belongs to a sign-in still in progress, so a 401 is shown, not redirected. */
export function startTotpEnrolment(duringSignIn: boolean): Promise<TotpEnrolment> {
  return api('/api/v1/auth/totp/enrol', { method: 'POST', expectUnauthorized: duringSignIn });
}

export function confirmTotpEnrolment(code: string, duringSignIn: boolean): Promise<TotpEnrolConfirmResult> {
  return api('/api/v1/auth/totp/enrol/confirm', {
    method: 'POST',
    body: { code },
    expectUnauthorized: duringSignIn,
  });
}

export async function signOut(): Promise<void> {
  await api<void>('/api/v1/auth/sign-out', { method: 'POST', expectUnauthorized: true });
  setCsrfToken(null);
}

export async function signOutEverywhere(): Promise<void> {
  await api<void>('/api/v1/auth/sign-out-everywhere', { method: 'POST' });
  setCsrfToken(null);
}

export function updateLocale(locale: Locale): Promise<Me> {
  return api('/api/v1/me', { method: 'PATCH', body: { locale } });
}

export function changePassword(body: ChangePasswordBody): Promise<void> {
  return api('/api/v1/me/password', { method: 'POST', body });
}
