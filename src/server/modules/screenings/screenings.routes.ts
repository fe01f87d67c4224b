import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../platform/errors.schemas';
import { idempotencyKey, requirePermission, sendCreated } from '../../platform/http';
import { youthIdParams } from '../youth/youth.schemas';
import {
  amendScreeningBody,
  screeningIdParams,
  screeningInput,
  screeningList,
  screeningSchema,
  screeningWithHistorySchema,
} from './screenings.schemas';
import { amendScreening, createScreening, getScreening, listScreenings } from './screenings.service';

const errors = { 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['screenings'];

export const screeningRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/screenings',
    {
      schema: {
        tags,
        summary:
          'Record a finalised screening: answers checked against the exact instrument version, result computed and stored (Idempotency-Key makes retries safe)',
        body: screeningInput,
        response: { 201: screeningSchema, ...errors },
      },
    },
    async (req, reply) =>
      sendCreated(
        reply,
        await createScreening(requirePermission(req, 'screenings.write'), req.body, idempotencyKey(req)),
      ),
  );

  app.get(
    '/screenings/:id',
    {
      schema: {
        tags,
        summary: 'One screening with its answers, result and history (audited read)',
        params: screeningIdParams,
        response: { 200: screeningWithHistorySchema, ...errors },
      },
    },
    async (req) => getScreening(requirePermission(req, 'screenings.read'), req.params.id),
  );

  app.get(
    '/youth/:id/screenings',
    {
      schema: {
        tags,
        summary: "A youth's screenings, newest first: what each found, without the answers (audited read)",
        params: youthIdParams,
        response: { 200: screeningList, ...errors },
      },
    },
    async (req) => listScreenings(requirePermission(req, 'screenings.read'), req.params.id),
  );

  app.post(
    '/screenings/:id/amend',
    {
      schema: {
        tags,
        summary:
          'Amend the answers (version and reason), re-evaluated against the same instrument version; 409 with the current screening if version is stale',
        params: screeningIdParams,
        body: amendScreeningBody,
        response: { 200: screeningWithHistorySchema, ...errors },
      },
    },
    async (req) => amendScreening(requirePermission(req, 'screenings.write'), req.params.id, req.body),
  );
};
