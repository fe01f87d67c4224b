import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../platform/errors.schemas';
import { adaptInstrument } from './instruments.adapt';
import { requireInstrumentManager, requireInstrumentReader } from './instruments.policy';
import {
  adaptBody,
  instrumentDetail,
  instrumentKeyParams,
  instrumentList,
  instrumentVersionParams,
  versionList,
} from './instruments.schemas';
import { getCurrentInstrument, getVersion, listInstruments, listVersions } from './instruments.service';

const errors = { 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['instruments'];
/**
 * A whole definition travels in one adaptation: the largest built-in is about 40 KB of compact JSON, and an
 * instrument may hold up to 300 items, so this route accepts more than the API's usual 64 KB.
 */
export const ADAPT_BODY_LIMIT = 512 * 1024;

export const instrumentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instruments',
    {
      schema: {
        tags,
        summary: 'Every screening instrument, in the version a new screening in your county uses',
        response: { 200: instrumentList, ...errors },
      },
    },
    async (req) => listInstruments(requireInstrumentReader(req)),
  );

  app.get(
    '/instruments/:key',
    {
      schema: {
        tags,
        summary: 'The current version of one instrument, with its whole definition',
        params: instrumentKeyParams,
        response: { 200: instrumentDetail, ...errors },
      },
    },
    async (req) => getCurrentInstrument(requireInstrumentReader(req), req.params.key),
  );

  app.get(
    '/instruments/:key/versions',
    {
      schema: {
        tags,
        summary: 'Every version of one instrument, built-in and your county’s, newest first',
        params: instrumentKeyParams,
        response: { 200: versionList, ...errors },
      },
    },
    async (req) => listVersions(requireInstrumentReader(req), req.params.key),
  );

  app.get(
    '/instruments/:key/versions/:origin/:version',
    {
      schema: {
        tags,
        summary: 'One version of an instrument (built-in or your county’s), with its whole definition',
        params: instrumentVersionParams,
        response: { 200: instrumentDetail, ...errors },
      },
    },
    async (req) => getVersion(requireInstrumentReader(req), req.params),
  );

  app.post(
    '/instruments/:key/versions',
    {
      bodyLimit: ADAPT_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Adapt an instrument for your county: saves the next version (409 with the current one if basedOn is stale)',
        params: instrumentKeyParams,
        body: adaptBody,
        response: { 201: instrumentDetail, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await adaptInstrument(requireInstrumentManager(req), req.params.key, req.body)),
  );
};
