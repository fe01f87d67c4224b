import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../platform/errors.schemas';
import { requirePermission } from '../../platform/http';
import { listAuditQuery, listAuditResponse } from './audit.schemas';
import { searchAudit } from './audit.service';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Browse the audit log of my jurisdiction, newest first',
        querystring: listAuditQuery,
        response: { 200: listAuditResponse, 401: errorBody, 403: errorBody, 422: errorBody },
      },
    },
    async (req) => searchAudit(requirePermission(req, 'audit.read'), req.query),
  );
};
