import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../platform/errors.schemas';
import { requirePermission } from '../../platform/http';
import { listJurisdictionsResponse } from './jurisdictions.schemas';

export const jurisdictionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/jurisdictions',
    {
      schema: {
        tags: ['jurisdictions'],
        summary: 'My jurisdiction and everything under it',
        response: { 200: listJurisdictionsResponse, 401: errorBody, 403: errorBody },
      },
    },
    async (req) => {
      const { auth, services } = requirePermission(req, 'jurisdictions.read');
      const items = auth.scope.jurisdictionIds
        .map((id) => services.tree.get(id)!)
        .sort((a, b) =>
          a.kind === b.kind
            ? a.name.localeCompare(b.name)
            : ['state', 'region', 'county'].indexOf(a.kind) - ['state', 'region', 'county'].indexOf(b.kind),
        );
      return { items };
    },
  );
};
