import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../platform/errors.schemas';
import { idempotencyKey, requirePermission, sendCreated } from '../../platform/http';
import {
  createYouthBody,
  duplicateCheckBody,
  duplicateCheckResponse,
  revealParams,
  revealResponse,
  searchYouthQuery,
  searchYouthResponse,
  updateYouthBody,
  youthIdParams,
  youthPageSchema,
  youthSchema,
} from './youth.schemas';
import { checkDuplicates, searchYouth } from './youth.search.service';
import { createYouth, getYouthPage, revealSensitive, updateYouth } from './youth.service';

const errors = { 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['youth'];

export const youthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/youth',
    {
      schema: {
        tags,
        summary:
          'Find youth by name, AKA or moniker (typo, accent and word-order tolerant) or date of birth; phones and handles only with youth.sensitive.identifiers (audited)',
        querystring: searchYouthQuery,
        response: { 200: searchYouthResponse, ...errors },
      },
    },
    async (req) => searchYouth(requirePermission(req, 'youth.read'), req.query),
  );

  app.post(
    '/youth/duplicate-check',
    {
      schema: {
        tags,
        summary: 'Likely duplicates of a youth about to be created (audited)',
        body: duplicateCheckBody,
        response: { 200: duplicateCheckResponse, ...errors },
      },
    },
    async (req) => checkDuplicates(requirePermission(req, 'youth.write'), req.body),
  );

  app.post(
    '/youth',
    {
      schema: {
        tags,
        summary:
          'Create a youth (Idempotency-Key makes retries safe); each sensitive group needs its own permission',
        body: createYouthBody,
        response: { 201: youthSchema, ...errors },
      },
    },
    async (req, reply) =>
      sendCreated(
        reply,
        await createYouth(requirePermission(req, 'youth.write'), req.body, idempotencyKey(req)),
      ),
  );

  app.get(
    '/youth/:id',
    {
      schema: {
        tags,
        summary: 'The youth page: profile, reports, allegations and contacts, newest first (audited read)',
        params: youthIdParams,
        response: { 200: youthPageSchema, ...errors },
      },
    },
    async (req) => getYouthPage(requirePermission(req, 'youth.read'), req.params.id),
  );

  app.patch(
    '/youth/:id',
    {
      schema: {
        tags,
        summary: 'Change a youth; 409 with the current profile if version is stale',
        params: youthIdParams,
        body: updateYouthBody,
        response: { 200: youthSchema, ...errors },
      },
    },
    async (req) => updateYouth(requirePermission(req, 'youth.write'), req.params.id, req.body),
  );

  app.get(
    '/youth/:id/sensitive/:group',
    {
      schema: {
        tags,
        summary: 'Reveal one sensitive group (its own permission; audited as youth.sensitive_reveal)',
        params: revealParams,
        response: { 200: revealResponse, ...errors },
      },
    },
    async (req) => revealSensitive(requirePermission(req, 'youth.read'), req.params.id, req.params.group),
  );
};
