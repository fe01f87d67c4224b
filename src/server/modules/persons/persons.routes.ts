import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../platform/errors.schemas';
import { idempotencyKey, requirePermission, sendCreated } from '../../platform/http';
import { readNetwork } from './persons.network.service';
import {
  createLinkBody,
  createPersonBody,
  linkParams,
  networkQuery,
  networkSchema,
  personIdParams,
  personLinkSchema,
  personPageSchema,
  personSchema,
  searchPersonsQuery,
  searchPersonsResponse,
  updatePersonBody,
} from './persons.schemas';
import {
  createPerson,
  linkYouth,
  readPerson,
  searchPersons,
  unlinkYouth,
  updatePerson,
} from './persons.service';

const errors = { 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['persons of interest'];

export const personRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/persons',
    {
      schema: {
        tags,
        summary: 'Search persons of interest by name, moniker, phone or handle',
        querystring: searchPersonsQuery,
        response: { 200: searchPersonsResponse, ...errors },
      },
    },
    async (req) => ({ items: await searchPersons(requirePermission(req, 'persons.read'), req.query) }),
  );

  app.post(
    '/persons',
    {
      schema: {
        tags,
        summary: 'Record a person of interest (Idempotency-Key makes retries safe)',
        body: createPersonBody,
        response: { 201: personSchema, ...errors },
      },
    },
    async (req, reply) =>
      sendCreated(
        reply,
        await createPerson(requirePermission(req, 'persons.write'), req.body, idempotencyKey(req)),
      ),
  );

  app.get(
    '/persons/:id',
    {
      schema: {
        tags,
        summary: 'A person of interest with the youth linked to them and the allegations naming them',
        params: personIdParams,
        response: { 200: personPageSchema, ...errors },
      },
    },
    async (req) => readPerson(requirePermission(req, 'persons.read'), req.params.id),
  );

  app.patch(
    '/persons/:id',
    {
      schema: {
        tags,
        summary: 'Change a person of interest; 409 with the current record if version is stale',
        params: personIdParams,
        body: updatePersonBody,
        response: { 200: personSchema, ...errors },
      },
    },
    async (req) => updatePerson(requirePermission(req, 'persons.write'), req.params.id, req.body),
  );

  app.post(
    '/persons/:id/links',
    {
      schema: {
        tags,
        summary: 'Link a youth of the same county to the person, with the relationship',
        params: personIdParams,
        body: createLinkBody,
        response: { 201: personLinkSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await linkYouth(requirePermission(req, 'persons.write'), req.params.id, req.body)),
  );

  app.delete(
    '/persons/:id/links/:youthId',
    {
      schema: {
        tags,
        summary: 'Remove the link between the person and a youth',
        params: linkParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await unlinkYouth(requirePermission(req, 'persons.write'), req.params.id, req.params.youthId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/network',
    {
      schema: {
        tags,
        summary:
          'Youth and persons connected to a youth or person through links, allegations and shared phones or handles',
        querystring: networkQuery,
        response: { 200: networkSchema, ...errors },
      },
    },
    async (req) => readNetwork(requirePermission(req, 'persons.read'), req.query),
  );
};
