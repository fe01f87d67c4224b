import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../platform/errors.schemas';
import { idempotencyKey, requirePermission, sendCreated } from '../../platform/http';
import { addAllegation } from './allegations.service';
import {
  allegationInput,
  allegationSchema,
  createReportBody,
  listReportsQuery,
  listReportsResponse,
  reportIdParams,
  reportSchema,
  updateReportBody,
} from './reports.schemas';
import { createReport, getReport, listReports, updateReport } from './reports.service';

const errors = { 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['reports'];

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reports',
    {
      schema: {
        tags,
        summary: 'Reports I may see, newest received first (assigned to me, by decision, about a youth)',
        querystring: listReportsQuery,
        response: { 200: listReportsResponse, ...errors },
      },
    },
    async (req) => ({ items: await listReports(requirePermission(req, 'reports.read'), req.query) }),
  );

  app.post(
    '/reports',
    {
      schema: {
        tags,
        summary:
          'Record a report with 1–20 allegations in one transaction (Idempotency-Key makes retries safe)',
        body: createReportBody,
        response: { 201: reportSchema, ...errors },
      },
    },
    async (req, reply) =>
      sendCreated(
        reply,
        await createReport(requirePermission(req, 'reports.write'), req.body, idempotencyKey(req)),
      ),
  );

  app.get(
    '/reports/:id',
    {
      schema: {
        tags,
        summary: 'A report with its allegations',
        params: reportIdParams,
        response: { 200: reportSchema, ...errors },
      },
    },
    async (req) => getReport(requirePermission(req, 'reports.read'), req.params.id),
  );

  app.patch(
    '/reports/:id',
    {
      schema: {
        tags,
        summary:
          'Change the screening decision, assignment or narrative; 409 with the current report if version is stale',
        params: reportIdParams,
        body: updateReportBody,
        response: { 200: reportSchema, ...errors },
      },
    },
    async (req) => updateReport(requirePermission(req, 'reports.write'), req.params.id, req.body),
  );

  app.post(
    '/reports/:id/allegations',
    {
      schema: {
        tags,
        summary: 'Add an allegation to a report (Idempotency-Key makes retries safe)',
        params: reportIdParams,
        body: allegationInput,
        response: { 201: allegationSchema, ...errors },
      },
    },
    async (req, reply) =>
      sendCreated(
        reply,
        await addAllegation(
          requirePermission(req, 'reports.write'),
          req.params.id,
          req.body,
          idempotencyKey(req),
        ),
      ),
  );
};
