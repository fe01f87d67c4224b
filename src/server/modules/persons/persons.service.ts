/**
 * Use cases for persons of interest: search, create, read, change, link and unlink youth. Each runs in one
 * short scoped transaction and writes its audit event inside it. Reads are audited too: who looked at an
 * exploiter's record, and whom they searched for, is part of the record. The network view is in
 * persons.network.service.ts.
 */
import { normaliseHandle, normalisePhone, foldName } from '../../../domain/record/normalise';
import { writeAudit } from '../../platform/audit';
import type { UseCaseContext } from '../../platform/context';
import { AppError, notFound, pgErrorCode } from '../../platform/errors';
import { idempotentCreate } from '../../platform/idempotency';
import { inScope } from '../../platform/scope';
import { youthVisible } from '../youth/youth.access';
import * as linkRepo from './persons.links.repository';
import * as repo from './persons.repository';
import type {
  CreateLinkInput,
  CreatePersonInput,
  Person,
  PersonPage,
  UpdatePersonInput,
} from './persons.schemas';

const ENTITY = 'person_of_interest';
const missing = () => notFound('There is no such person of interest, or it is outside your jurisdiction.');

export const visibleFor =
  (ctx: UseCaseContext): repo.Visible =>
  (column) =>
    youthVisible(ctx.auth.user.role, column);

/** What a query could be: a name (folded), a phone (7+ digits), a handle (one word). */
export function interpretQuery(q: string | undefined): repo.PersonSearch {
  const text = (q ?? '').trim();
  if (!text) return { name: null, phone: null, handle: null };
  const phone = normalisePhone(text);
  const looksLikePhone = /^[+()\-.\s\d]+$/.test(text) && phone.length >= 7;
  const handle = /\s/.test(text) ? '' : normaliseHandle(text);
  return {
    name: looksLikePhone ? null : foldName(text) || null,
    phone: looksLikePhone ? phone : null,
    handle: handle && !looksLikePhone ? handle : null,
  };
}

export function searchPersons(ctx: UseCaseContext, query: { q?: string | undefined; limit: number }) {
  const { auth, services, meta } = ctx;
  return inScope(services.database.db, auth.scope, async (tx) => {
    const items = await repo.searchPersons(
      tx,
      auth.scope.jurisdictionIds,
      interpretQuery(query.q),
      query.limit,
    );
    await writeAudit(tx, {
      action: 'person.search',
      actor: auth.actor,
      jurisdictionId: auth.user.jurisdictionId,
      entityType: ENTITY,
      meta: { requestId: meta.requestId, query: query.q ?? '', results: items.map((p) => p.id) },
    });
    return items;
  });
}

/** A person belongs to a county: the one given, or the creator's own. */
function chooseJurisdiction(ctx: UseCaseContext, requested: number | undefined): number {
  const id = requested ?? ctx.auth.user.jurisdictionId;
  if (!ctx.auth.scope.jurisdictionIds.includes(id) || ctx.services.tree.get(id)?.kind !== 'county')
    throw new AppError('validation_failed', 'Choose a county within your jurisdiction.', {
      details: [{ path: 'jurisdictionId', message: 'Choose a county within your jurisdiction.' }],
    });
  return id;
}

export async function createPerson(ctx: UseCaseContext, input: CreatePersonInput, key: string | undefined) {
  const { auth, services, meta } = ctx;
  const jurisdictionId = chooseJurisdiction(ctx, input.jurisdictionId);
  return inScope(services.database.db, auth.scope, (tx) =>
    idempotentCreate(
      tx,
      { key, userId: auth.user.id, jurisdictionId, request: ['POST /persons', input] },
      async () => {
        const id = await repo.insertPerson(tx, { ...input, jurisdictionId, createdBy: auth.user.id });
        const person = (await repo.findPerson(tx, id, auth.scope.jurisdictionIds))!;
        await repo.replaceIdentifiers(tx, person);
        await writeAudit(tx, {
          action: 'person.create',
          actor: auth.actor,
          jurisdictionId,
          entityType: ENTITY,
          entityId: id,
          after: person,
          meta: { requestId: meta.requestId },
        });
        return person;
      },
    ),
  );
}

export function readPerson(ctx: UseCaseContext, id: string): Promise<PersonPage> {
  const { auth, services, meta } = ctx;
  const scopeIds = auth.scope.jurisdictionIds;
  return inScope(services.database.db, auth.scope, async (tx) => {
    const person = await repo.findPerson(tx, id, scopeIds);
    if (!person) throw missing();
    const links = await linkRepo.listLinks(tx, id, scopeIds, visibleFor(ctx));
    const allegations = await linkRepo.listAllegations(tx, id, scopeIds, visibleFor(ctx));
    await writeAudit(tx, {
      action: 'person.read',
      actor: auth.actor,
      jurisdictionId: person.jurisdictionId,
      entityType: ENTITY,
      entityId: id,
      meta: { requestId: meta.requestId },
    });
    return { person, links, allegations };
  });
}

export function updatePerson(ctx: UseCaseContext, id: string, patch: UpdatePersonInput): Promise<Person> {
  const { auth, services, meta } = ctx;
  const scopeIds = auth.scope.jurisdictionIds;
  return inScope(services.database.db, auth.scope, async (tx) => {
    const before = await repo.findPerson(tx, id, scopeIds);
    if (!before) throw missing();
    if (before.version !== patch.version || !(await repo.updatePerson(tx, id, patch)))
      throw new AppError('version_conflict', undefined, { current: await repo.findPerson(tx, id, scopeIds) });
    const after = (await repo.findPerson(tx, id, scopeIds))!;
    if (patch.phones !== undefined || patch.handles !== undefined) await repo.replaceIdentifiers(tx, after);
    await writeAudit(tx, {
      action: 'person.update',
      actor: auth.actor,
      jurisdictionId: after.jurisdictionId,
      entityType: ENTITY,
      entityId: id,
      before,
      after,
      meta: { requestId: meta.requestId },
    });
    return after;
  });
}

export async function linkYouth(ctx: UseCaseContext, id: string, input: CreateLinkInput) {
  const { auth, services, meta } = ctx;
  const scopeIds = auth.scope.jurisdictionIds;
  const visible = visibleFor(ctx);
  const alreadyLinked = () =>
    new AppError('already_exists', 'This youth is already linked to this person.', {
      details: [{ path: 'youthId', message: 'This youth is already linked to this person.' }],
    });
  try {
    return await inScope(services.database.db, auth.scope, async (tx) => {
      const person = await repo.findPerson(tx, id, scopeIds);
      if (!person) throw missing();
      const youthJurisdiction = await linkRepo.findYouthJurisdiction(tx, input.youthId, scopeIds, visible);
      if (youthJurisdiction !== person.jurisdictionId)
        throw new AppError(
          'validation_failed',
          'Choose a youth recorded in the same county as this person.',
          {
            details: [
              { path: 'youthId', message: 'Choose a youth recorded in the same county as this person.' },
            ],
          },
        );
      if (await linkRepo.findLink(tx, id, input.youthId, scopeIds, visible)) throw alreadyLinked();
      await linkRepo.insertLink(tx, {
        jurisdictionId: person.jurisdictionId,
        personId: id,
        youthId: input.youthId,
        relationship: input.relationship,
        note: input.note,
        createdBy: auth.user.id,
      });
      const link = (await linkRepo.findLink(tx, id, input.youthId, scopeIds, visible))!;
      await writeAudit(tx, {
        action: 'person.link',
        actor: auth.actor,
        jurisdictionId: person.jurisdictionId,
        entityType: ENTITY,
        entityId: id,
        after: { youthId: link.youthId, relationship: link.relationship, note: link.note },
        meta: { requestId: meta.requestId },
      });
      return link;
    });
  } catch (err) {
    if (pgErrorCode(err) === '23505') throw alreadyLinked();
    throw err;
  }
}

export function unlinkYouth(ctx: UseCaseContext, id: string, youthId: string): Promise<void> {
  const { auth, services, meta } = ctx;
  const scopeIds = auth.scope.jurisdictionIds;
  return inScope(services.database.db, auth.scope, async (tx) => {
    const person = await repo.findPerson(tx, id, scopeIds);
    if (!person) throw missing();
    const link = await linkRepo.findLink(tx, id, youthId, scopeIds, visibleFor(ctx));
    if (!link) throw notFound('This youth is not linked to this person.');
    await linkRepo.deleteLink(tx, id, youthId);
    await writeAudit(tx, {
      action: 'person.unlink',
      actor: auth.actor,
      jurisdictionId: person.jurisdictionId,
      entityType: ENTITY,
      entityId: id,
      before: { youthId: link.youthId, relationship: link.relationship, note: link.note },
      meta: { requestId: meta.requestId },
    });
  });
}
