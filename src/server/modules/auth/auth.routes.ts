import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody } from '../../platform/errors.schemas';
import { AppError } from '../../platform/errors';
import { requestMeta, requireAuth } from '../../platform/http';
import {
  changePasswordBody,
  meSchema,
  signInBody,
  signInResponse,
  totpEnrolConfirmBody,
  totpEnrolConfirmResponse,
  totpEnrolStartResponse,
  totpVerifyBody,
  updateMeBody,
} from './auth.schemas';
import { buildMe } from './auth.me';
import { clearSessionCookie, setSessionCookie } from './auth.sessions';
import { changePassword, signIn, signOut, updatePreferences, verifySecondFactor } from './auth.service';
import { confirmTotpEnrolment, startTotpEnrolment } from './auth.totp';
import type { AuthContext } from '../../platform/context';

const errors = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  409: errorBody,
  413: errorBody,
  415: errorBody,
  422: errorBody,
  429: errorBody,
};
const tags = ['auth'];

/** A session that exists but may still be waiting for its second factor. */
function requireSession(auth: AuthContext | null, ended: boolean): AuthContext {
  if (!auth) throw new AppError(ended ? 'session_expired' : 'unauthenticated');
  return auth;
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const services = app.services;

  app.post(
    '/auth/sign-in',
    {
      config: { skipCsrf: true },
      schema: {
        tags,
        summary: 'Sign in with email and password',
        body: signInBody,
        response: { 200: signInResponse, ...errors },
      },
    },
    async (req, reply) => {
      const { state, session, user } = await signIn({
        services,
        email: req.body.email,
        password: req.body.password,
        meta: requestMeta(req),
      });
      setSessionCookie(
        reply,
        services,
        session.token,
        Math.floor((session.expiresAt.getTime() - Date.now()) / 1000),
      );
      if (state !== 'active') return { step: state, csrfToken: session.csrfToken };
      const auth: AuthContext = {
        sessionId: session.id,
        state,
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
        user,
        scope: services.tree.scopeFor(user.jurisdictionId),
        actor: { userId: user.id, email: user.email, role: user.role },
      };
      return { step: 'done' as const, me: buildMe(services, auth), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/auth/totp/verify',
    {
      schema: {
        tags,
        summary: 'Finish signing in with a TOTP or recovery code',
        body: totpVerifyBody,
        response: { 200: signInResponse, ...errors },
      },
    },
    async (req, reply) => {
      const auth = requireSession(req.auth, req.sessionEnded);
      const body = req.body;
      const session = await verifySecondFactor({
        services,
        auth,
        ...('code' in body ? { code: body.code } : { recoveryCode: body.recoveryCode }),
        meta: requestMeta(req),
      });
      setSessionCookie(reply, services, session.token, services.config.sessionMaxSeconds);
      const next: AuthContext = {
        ...auth,
        sessionId: session.id,
        state: 'active',
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
      };
      return { step: 'done' as const, me: buildMe(services, next), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/auth/totp/enrol',
    {
      schema: {
        tags,
        summary: 'Start enrolling an authenticator app',
        response: { 200: totpEnrolStartResponse, ...errors },
      },
    },
    async (req) => startTotpEnrolment({ services, auth: requireSession(req.auth, req.sessionEnded) }),
  );

  app.post(
    '/auth/totp/enrol/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm the authenticator app with a code; returns recovery codes once',
        body: totpEnrolConfirmBody,
        response: { 200: totpEnrolConfirmResponse, ...errors },
      },
    },
    async (req, reply) => {
      const auth = requireSession(req.auth, req.sessionEnded);
      const { recoveryCodes, session } = await confirmTotpEnrolment({
        services,
        auth,
        code: req.body.code,
        meta: requestMeta(req),
      });
      let next: AuthContext = { ...auth, user: { ...auth.user, mfaEnrolled: true } };
      if (session) {
        setSessionCookie(reply, services, session.token, services.config.sessionMaxSeconds);
        next = {
          ...next,
          sessionId: session.id,
          state: 'active',
          csrfToken: session.csrfToken,
          expiresAt: session.expiresAt,
        };
      }
      return { recoveryCodes, me: buildMe(services, next) };
    },
  );

  app.post(
    '/auth/sign-out',
    { schema: { tags, summary: 'Sign out of this session', response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      const auth = requireSession(req.auth, req.sessionEnded);
      await signOut({ services, auth, everywhere: false, meta: requestMeta(req) });
      clearSessionCookie(reply, services);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/sign-out-everywhere',
    {
      schema: {
        tags,
        summary: 'End every session of the signed-in person',
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const auth = requireAuth(req);
      await signOut({ services, auth, everywhere: true, meta: requestMeta(req) });
      clearSessionCookie(reply, services);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      schema: {
        tags,
        summary: 'Who I am, where, and what I may do',
        response: { 200: meSchema, 401: errorBody },
      },
    },
    async (req) => buildMe(services, requireAuth(req)),
  );

  app.patch(
    '/me',
    {
      schema: {
        tags,
        summary: 'Change my preferences',
        body: updateMeBody,
        response: { 200: meSchema, ...errors },
      },
    },
    async (req) => {
      const auth = requireAuth(req);
      await updatePreferences({ services, auth, locale: req.body.locale, meta: requestMeta(req) });
      return buildMe(services, auth);
    },
  );

  app.post(
    '/me/password',
    {
      schema: {
        tags,
        summary: 'Change my password (ends my other sessions)',
        body: changePasswordBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const auth = requireAuth(req);
      await changePassword({
        services,
        auth,
        currentPassword: req.body.currentPassword,
        newPassword: req.body.newPassword,
        meta: requestMeta(req),
      });
      return reply.code(204).send(null);
    },
  );
};
