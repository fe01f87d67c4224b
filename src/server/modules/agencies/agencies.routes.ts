import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../platform/errors.schemas';
import { idempotencyKey, requirePermission, sendCreated } from '../../platform/http';
import {
  agencyIdParams,
  agencySchema,
  createAgencyBody,
  listAgenciesQuery,
  listAgenciesResponse,
  updateAgencyBody,
} from './agencies.schemas';
import { createAgency, listAgencies, updateAgency } from './agencies.service';

const errors = { 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['agencies'];

export const agencyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/agencies',
    {
      schema: {
        tags,
        summary: 'Agencies in my jurisdiction',
        querystring: listAgenciesQuery,
        response: { 200: listAgenciesResponse, ...errors },
      },
    },
    async (req) => ({
      items: await listAgencies(requirePermission(req, 'agencies.read'), req.query),
    }),
  );

  app.post(
    '/agencies',
    {
      schema: {
        tags,
        summary: 'Create an agency (Idempotency-Key makes retries safe)',
        body: createAgencyBody,
        response: { 201: agencySchema, ...errors },
      },
    },
    async (req, reply) =>
      sendCreated(
        reply,
        await createAgency(requirePermission(req, 'agencies.manage'), req.body, idempotencyKey(req)),
      ),
  );

  app.patch(
    '/agencies/:id',
    {
      schema: {
        tags,
        summary: 'Rename, re-kind or (de)activate an agency; 409 with the current agency if version is stale',
        params: agencyIdParams,
        body: updateAgencyBody,
        response: { 200: agencySchema, ...errors },
      },
    },
    async (req) => updateAgency(requirePermission(req, 'agencies.manage'), req.params.id, req.body),
  );
};
