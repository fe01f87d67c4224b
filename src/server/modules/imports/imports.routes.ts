import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors';
import { errorBody } from '../../platform/errors.schemas';
import { idempotencyKey, requirePermission } from '../../platform/http';
import {
  IMPORT_LIMITS,
  importBatchSchema,
  importIdParams,
  listImportsQuery,
  listImportsResponse,
  startImportQuery,
} from './imports.schemas';
import { getImport, listImports, startImport } from './imports.service';

const errors = { 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['imports'];
const NOT_UTF8 = 'The file is not UTF-8 text. Save it as "CSV UTF-8" and upload it again.';

const isCsv = (req: FastifyRequest) =>
  (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() === 'text/csv';

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  // CSV bodies, up to the upload limit, for this plugin's routes only (the rest of the API stays JSON at 64 KiB).
  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'buffer', bodyLimit: IMPORT_LIMITS.uploadBytes },
    (_req, body, done) => {
      try {
        done(null, new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body as Buffer));
      } catch {
        done(new AppError('validation_failed', NOT_UTF8, { details: [{ path: 'body', message: NOT_UTF8 }] }));
      }
    },
  );

  app.post(
    '/imports/referrals',
    {
      // Who may, and what kind of body, before a large upload is read.
      preParsing: async (req) => {
        requirePermission(req, 'imports.run');
        if (!isCsv(req))
          throw new AppError('unsupported_media_type', 'Send the file as CSV (Content-Type: text/csv).');
      },
      schema: {
        tags,
        summary:
          'Import a legacy referral extract (CSV body, Content-Type: text/csv; at most 50 MB). Answers 202 with the batch; poll GET /imports/:id until it is completed, rejected or failed.',
        consumes: ['text/csv'],
        querystring: startImportQuery,
        body: z.string(),
        response: { 202: importBatchSchema, 413: errorBody, 415: errorBody, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = requirePermission(req, 'imports.run');
      const { body, replayed } = await startImport(
        ctx,
        {
          csv: req.body,
          fileName: req.query.fileName,
          acceptValidOnly: req.query.acceptValidOnly === 'true',
        },
        idempotencyKey(req),
        req.log,
      );
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(202).send(body);
    },
  );

  app.get(
    '/imports',
    {
      schema: {
        tags,
        summary: 'Recent imports in my jurisdiction',
        querystring: listImportsQuery,
        response: { 200: listImportsResponse, ...errors },
      },
    },
    async (req) => listImports(requirePermission(req, 'imports.run'), req.query),
  );

  app.get(
    '/imports/:id',
    {
      schema: {
        tags,
        summary: 'One import: status, progress (processedRows of totalRows), counts and the first problems',
        params: importIdParams,
        response: { 200: importBatchSchema, ...errors },
      },
    },
    async (req) => getImport(requirePermission(req, 'imports.run'), req.params.id),
  );
};
