import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../platform/errors.schemas';
import { idempotencyKey, requirePermission, sendCreated } from '../../platform/http';
import {
  createUserBody,
  listUsersQuery,
  listUsersResponse,
  updateUserBody,
  userIdParams,
  userSchema,
} from './users.schemas';
import { createUser, getUser, listUsers, updateUser } from './users.service';

const errors = { 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['users'];

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'List users in my jurisdiction',
        querystring: listUsersQuery,
        response: { 200: listUsersResponse, ...errors },
      },
    },
    async (req) => listUsers(requirePermission(req, 'users.read'), req.query),
  );

  app.get(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'One user (audited read)',
        params: userIdParams,
        response: { 200: userSchema, ...errors },
      },
    },
    async (req) => getUser(requirePermission(req, 'users.read'), req.params.id),
  );

  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Create a user (send an Idempotency-Key header to make retries safe)',
        body: createUserBody,
        response: { 201: userSchema, ...errors },
      },
    },
    async (req, reply) =>
      sendCreated(
        reply,
        await createUser(requirePermission(req, 'users.manage'), req.body, idempotencyKey(req)),
      ),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Change name, role, agency or active; 409 with the current user if version is stale',
        params: userIdParams,
        body: updateUserBody,
        response: { 200: userSchema, ...errors },
      },
    },
    async (req) => updateUser(requirePermission(req, 'users.manage'), req.params.id, req.body),
  );
};
