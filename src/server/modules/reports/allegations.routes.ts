import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../platform/errors.schemas';
import { requirePermission } from '../../platform/http';
import {
  allegationIdParams,
  allegationSchema,
  allegationWithHistorySchema,
  amendAllegationBody,
  listAllegationsQuery,
  listAllegationsResponse,
  proposeDispositionBody,
  reviewDispositionBody,
} from './reports.schemas';
import {
  amendAllegation,
  getAllegation,
  listAllegations,
  proposeDisposition,
  reviewDisposition,
} from './allegations.service';

const errors = { 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['allegations'];

export const allegationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/allegations',
    {
      schema: {
        tags,
        summary: 'The review queue: allegations by disposition state, oldest proposal first (supervisors)',
        querystring: listAllegationsQuery,
        response: { 200: listAllegationsResponse, ...errors },
      },
    },
    async (req) => ({
      items: await listAllegations(requirePermission(req, 'allegations.review'), req.query),
    }),
  );

  app.get(
    '/allegations/:id',
    {
      schema: {
        tags,
        summary: 'An allegation with every revision of it',
        params: allegationIdParams,
        response: { 200: allegationWithHistorySchema, ...errors },
      },
    },
    async (req) => getAllegation(requirePermission(req, 'reports.read'), req.params.id),
  );

  app.post(
    '/allegations/:id/amend',
    {
      schema: {
        tags,
        summary:
          'Amend an allegation (a new revision, with the reason); 409 with the current one if version is stale',
        params: allegationIdParams,
        body: amendAllegationBody,
        response: { 200: allegationSchema, ...errors },
      },
    },
    async (req) => amendAllegation(requirePermission(req, 'reports.write'), req.params.id, req.body),
  );

  app.post(
    '/allegations/:id/disposition',
    {
      schema: {
        tags,
        summary: 'Propose a disposition (open or returned → proposed); 409 in any other state',
        params: allegationIdParams,
        body: proposeDispositionBody,
        response: { 200: allegationSchema, ...errors },
      },
    },
    async (req) => proposeDisposition(requirePermission(req, 'reports.write'), req.params.id, req.body),
  );

  app.post(
    '/allegations/:id/review',
    {
      schema: {
        tags,
        summary:
          'Approve or return a proposed disposition (supervisors; never one’s own proposal); 409 unless proposed',
        params: allegationIdParams,
        body: reviewDispositionBody,
        response: { 200: allegationSchema, ...errors },
      },
    },
    async (req) => reviewDisposition(requirePermission(req, 'allegations.review'), req.params.id, req.body),
  );
};
