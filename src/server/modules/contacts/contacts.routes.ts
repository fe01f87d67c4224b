import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../platform/errors.schemas';
import { idempotencyKey, requirePermission, sendCreated } from '../../platform/http';
import { youthIdParams } from '../youth/youth.schemas';
import {
  amendContactBody,
  contactIdParams,
  contactInput,
  contactSchema,
  contactWithHistorySchema,
} from './contacts.schemas';
import { amendContact, createContact, getContact } from './contacts.service';

const errors = { 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['contacts'];

export const contactRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/youth/:id/contacts',
    {
      schema: {
        tags,
        summary:
          "Add a dated contact or observation to a youth's record (Idempotency-Key makes retries safe)",
        params: youthIdParams,
        body: contactInput,
        response: { 201: contactSchema, ...errors },
      },
    },
    async (req, reply) =>
      sendCreated(
        reply,
        await createContact(
          requirePermission(req, 'youth.write'),
          req.params.id,
          req.body,
          idempotencyKey(req),
        ),
      ),
  );

  app.get(
    '/contacts/:id',
    {
      schema: {
        tags,
        summary: 'One contact or observation with its history (audited read)',
        params: contactIdParams,
        response: { 200: contactWithHistorySchema, ...errors },
      },
    },
    async (req) => getContact(requirePermission(req, 'youth.read'), req.params.id),
  );

  app.post(
    '/contacts/:id/amend',
    {
      schema: {
        tags,
        summary: 'Amend an entry (version and reason); 409 with the current entry if version is stale',
        params: contactIdParams,
        body: amendContactBody,
        response: { 200: contactWithHistorySchema, ...errors },
      },
    },
    async (req) => amendContact(requirePermission(req, 'youth.write'), req.params.id, req.body),
  );
};
