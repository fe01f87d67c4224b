import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Services } from './platform/context';
import { safeEqual } from './platform/crypto';
import { installErrorHandler } from './platform/error-handler';
import { AppError } from './platform/errors';
import { resolveSession } from './modules/auth/auth.sessions';
import { authRoutes } from './modules/auth/auth.routes';
import { userRoutes } from './modules/users/users.routes';
import { agencyRoutes } from './modules/agencies/agencies.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { jurisdictionRoutes } from './modules/jurisdictions/jurisdictions.routes';
import { healthRoutes } from './modules/health/health.routes';
import { personRoutes } from './modules/persons/persons.routes';
import { youthRoutes } from './modules/youth/youth.routes';
import { contactRoutes } from './modules/contacts/contacts.routes';
import { reportRoutes } from './modules/reports/reports.routes';
import { allegationRoutes } from './modules/reports/allegations.routes';
import { lookupRoutes } from './modules/lookups/lookups.routes';
import { importRoutes } from './modules/imports/imports.routes';
import { instrumentRoutes } from './modules/instruments/instruments.routes';
import { screeningRoutes } from './modules/screenings/screenings.routes';

const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/web');
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** PostgreSQL text cannot hold NUL characters: find one anywhere in a parsed request part. */
function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = findNul(v, path ? `${path}.${k}` : k);
      if (hit) return hit;
    }
  }
  return null;
}

export interface BuildAppOptions {
  services: Services;
  /** Serve the built web app from dist/web when present (default true). */
  serveWeb?: boolean;
  logger?: boolean;
}

export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const { services } = opts;
  const { config } = services;
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : {
            level: config.logLevel,
            // Only method, path (no query string: it may hold a name) and ids. Never headers, cookies or bodies.
            serializers: {
              req: (req) => ({ method: req.method, path: req.url.split('?')[0], requestId: req.id }),
              res: (res) => ({ statusCode: res.statusCode }),
            },
            redact: {
              paths: [
                'req.headers',
                'headers',
                'cookie',
                'password',
                '*.password',
                '*.newPassword',
                '*.currentPassword',
              ],
              remove: true,
            },
          },
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: 64 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('services', services);
  app.decorateRequest('auth', null);
  app.decorateRequest('sessionEnded', false);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  // JSON only: a text/plain body is one a browser sends cross-site without asking first.
  app.removeContentTypeParser('text/plain');

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    hsts: config.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/v1/')) reply.header('cache-control', 'no-store');
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Lantern API',
        version: '1',
        description:
          'Cookie-authenticated JSON API. Writes need the x-csrf-token header from sign-in or GET /api/v1/me; creates accept an Idempotency-Key header. Errors are { error: { code, message, requestId } }.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  // Who is asking, for every API call; then CSRF for cookie-authenticated writes.
  app.addHook('onRequest', async (req) => {
    if (req.url.startsWith('/api/v1/')) await resolveSession(req, services);
  });
  app.addHook('preValidation', async (req) => {
    const nul = findNul(req.body, '') ?? findNul(req.query, '') ?? findNul(req.params, '');
    if (nul !== null) {
      const message = 'Text cannot contain the NUL character (\\u0000). Remove it and try again.';
      throw new AppError('validation_failed', message, { details: [{ path: nul || 'body', message }] });
    }
  });
  app.addHook('preValidation', async (req) => {
    if (SAFE_METHODS.has(req.method) || !req.url.startsWith('/api/v1/') || req.routeOptions.config.skipCsrf)
      return;
    if (!req.auth) return; // the route itself answers 401
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !safeEqual(sent, req.auth.csrfToken)) throw new AppError('csrf_failed');
  });

  await app.register(healthRoutes);
  await app.register(
    async (api) => {
      await api.register(authRoutes);
      await api.register(userRoutes);
      await api.register(agencyRoutes);
      await api.register(jurisdictionRoutes);
      await api.register(auditRoutes);
      await api.register(personRoutes);
      await api.register(youthRoutes);
      await api.register(contactRoutes);
      await api.register(reportRoutes);
      await api.register(allegationRoutes);
      await api.register(lookupRoutes);
      await api.register(importRoutes);
      await api.register(instrumentRoutes);
      await api.register(screeningRoutes);
    },
    { prefix: '/api/v1' },
  );

  const serveWeb = opts.serveWeb !== false && existsSync(resolve(WEB_DIR, 'index.html'));
  if (serveWeb) await app.register(fastifyStatic, { root: WEB_DIR, wildcard: false, index: false });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0]!;
    // Client-side routes get the app shell; missing files and unknown API paths get a JSON 404.
    if (
      serveWeb &&
      req.method === 'GET' &&
      !path.startsWith('/api/') &&
      !path.slice(path.lastIndexOf('/')).includes('.')
    )
      return reply.type('text/html').sendFile('index.html');
    return reply.code(404).send({
      error: { code: 'not_found', message: `There is no ${req.method} ${path}.`, requestId: req.id },
    });
  });

  return app;
}
