/** Who may use the instruments routes. */
import type { FastifyRequest } from 'fastify';
import { can } from '../../../domain/access/roles';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { requestMeta, requireAuth, requirePermission } from '../../platform/http';

/** Reading instruments serves those who screen youth and those who adapt the instruments. */
export function requireInstrumentReader(req: FastifyRequest): UseCaseContext {
  const auth = requireAuth(req);
  if (!can(auth.user.role, 'screenings.read') && !can(auth.user.role, 'instruments.manage'))
    throw new AppError('forbidden');
  return { services: req.server.services, auth, meta: requestMeta(req) };
}

/** Adapting an instrument is for the county's coordinator, working in a county (not a region or the state). */
export function requireInstrumentManager(req: FastifyRequest): UseCaseContext {
  const ctx = requirePermission(req, 'instruments.manage');
  if (ctx.services.tree.get(ctx.auth.user.jurisdictionId)?.kind !== 'county')
    throw new AppError('forbidden', 'Instruments are adapted by a county, for that county.');
  return ctx;
}
