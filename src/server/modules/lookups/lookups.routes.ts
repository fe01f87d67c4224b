import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { can } from '../../../domain/access/roles';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { errorBody } from '../../platform/errors.schemas';
import {
  idempotencyKey,
  requestMeta,
  requireAuth,
  requirePermission,
  sendCreated,
} from '../../platform/http';
import {
  createLookupBody,
  listParams,
  lookupIdParams,
  lookupsQuery,
  lookupsResponse,
  lookupValueSchema,
  updateLookupBody,
} from './lookups.schemas';
import { createLookupValue, getLookups, updateLookupValue } from './lookups.service';

const errors = { 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['lookups'];

/** Reading the lists serves two kinds of people: those who fill in records and those who keep the lists. */
function requireLookupReader(req: FastifyRequest): UseCaseContext {
  const auth = requireAuth(req);
  if (!can(auth.user.role, 'youth.read') && !can(auth.user.role, 'lookups.manage'))
    throw new AppError('forbidden');
  return { services: req.server.services, auth, meta: requestMeta(req) };
}

export const lookupRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/lookups',
    {
      schema: {
        tags,
        summary: 'The extendable lookup lists: built-in values plus the county’s own',
        querystring: lookupsQuery,
        response: { 200: lookupsResponse, ...errors },
      },
    },
    async (req) => getLookups(requireLookupReader(req), req.query),
  );

  app.post(
    '/lookups/:list',
    {
      schema: {
        tags,
        summary: 'Add a county value to a list (the code comes from the English label; Idempotency-Key)',
        params: listParams,
        body: createLookupBody,
        response: { 201: lookupValueSchema, ...errors },
      },
    },
    async (req, reply) =>
      sendCreated(
        reply,
        await createLookupValue(
          requirePermission(req, 'lookups.manage'),
          req.params.list,
          req.body,
          idempotencyKey(req),
        ),
      ),
  );

  app.patch(
    '/lookups/values/:id',
    {
      schema: {
        tags,
        summary: 'Relabel or (de)activate a county value; 409 with the current value if version is stale',
        params: lookupIdParams,
        body: updateLookupBody,
        response: { 200: lookupValueSchema, ...errors },
      },
    },
    async (req) => updateLookupValue(requirePermission(req, 'lookups.manage'), req.params.id, req.body),
  );
};
