import { writeAudit } from '../../platform/audit';
import type { UseCaseContext } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { idempotentCreate } from '../../platform/idempotency';
import { inScope } from '../../platform/scope';
import * as repo from './contacts.repository';
import type { Contact, ContactInput } from './contacts.schemas';

const missingYouth = () => notFound('There is no such youth, or it is outside your jurisdiction.');
const missingContact = () => notFound('There is no such entry, or it is outside your jurisdiction.');

const publicContact = ({ jurisdictionId: _j, ...c }: repo.ContactRow): Contact => c;

/** A linked report must be one about this youth, in the youth's county: 422 naming reportId otherwise. */
async function assertReport(
  tx: Tx,
  v: { reportId: string | null; youthId: string; jurisdictionId: number; scopeIds: readonly number[] },
) {
  if (v.reportId === null) return;
  if (!(await repo.reportIsAboutYouth(tx, { ...v, reportId: v.reportId })))
    throw new AppError('validation_failed', 'Choose a report about this youth.', {
      details: [{ path: 'reportId', message: 'Not a report about this youth in your jurisdiction.' }],
    });
}

async function withHistory(tx: Tx, c: repo.ContactRow, scopeIds: readonly number[]) {
  return { ...publicContact(c), history: await repo.contactRevisions(tx, c.id, scopeIds) };
}

export function createContact(
  ctx: UseCaseContext,
  youthId: string,
  input: ContactInput,
  key: string | undefined,
) {
  const { auth, services, meta } = ctx;
  const scope = { scopeIds: auth.scope.jurisdictionIds, role: auth.user.role };
  return inScope(services.database.db, auth.scope, async (tx) => {
    const jurisdictionId = await repo.visibleYouthJurisdiction(tx, youthId, scope);
    if (jurisdictionId === null) throw missingYouth();
    return idempotentCreate(
      tx,
      {
        key,
        userId: auth.user.id,
        jurisdictionId: auth.user.jurisdictionId,
        request: ['POST /youth/:id/contacts', youthId, input],
      },
      async () => {
        await assertReport(tx, {
          reportId: input.reportId,
          youthId,
          jurisdictionId,
          scopeIds: scope.scopeIds,
        });
        const id = await repo.insertContact(tx, {
          ...input,
          youthId,
          jurisdictionId,
          authorId: auth.user.id,
        });
        const contact = (await repo.findContact(tx, id, scope))!;
        await repo.insertContactRevision(tx, {
          contact,
          change: 'created',
          reason: null,
          actorId: auth.user.id,
          actorName: auth.user.displayName,
        });
        await writeAudit(tx, {
          action: 'contact.create',
          actor: auth.actor,
          jurisdictionId,
          entityType: 'contact',
          entityId: id,
          after: contact,
          meta: { requestId: meta.requestId, youthId },
        });
        return publicContact(contact);
      },
    );
  });
}

/** The entry with its history; an audited read. */
export function getContact(ctx: UseCaseContext, id: string) {
  const { auth, services, meta } = ctx;
  const scope = { scopeIds: auth.scope.jurisdictionIds, role: auth.user.role };
  return inScope(services.database.db, auth.scope, async (tx) => {
    const contact = await repo.findContact(tx, id, scope);
    if (!contact) throw missingContact();
    await writeAudit(tx, {
      action: 'contact.read',
      actor: auth.actor,
      jurisdictionId: contact.jurisdictionId,
      entityType: 'contact',
      entityId: id,
      meta: { requestId: meta.requestId, youthId: contact.youthId },
    });
    return withHistory(tx, contact, scope.scopeIds);
  });
}

/** Amend (never silently edit): the version the writer saw, and why. 409 with the current entry otherwise. */
export function amendContact(
  ctx: UseCaseContext,
  id: string,
  body: { version: number; reason: string; contact: ContactInput },
) {
  const { auth, services, meta } = ctx;
  const scope = { scopeIds: auth.scope.jurisdictionIds, role: auth.user.role };
  return inScope(services.database.db, auth.scope, async (tx) => {
    const before = await repo.findContact(tx, id, scope);
    if (!before) throw missingContact();
    const stale = async () => {
      const current = (await repo.findContact(tx, id, scope)) ?? before;
      return new AppError('version_conflict', undefined, {
        current: await withHistory(tx, current, scope.scopeIds),
      });
    };
    if (before.version !== body.version) throw await stale();
    await assertReport(tx, {
      reportId: body.contact.reportId,
      youthId: before.youthId,
      jurisdictionId: before.jurisdictionId,
      scopeIds: scope.scopeIds,
    });
    if (!(await repo.amendContact(tx, id, body.version, body.contact))) throw await stale();
    const after = (await repo.findContact(tx, id, scope))!;
    await repo.insertContactRevision(tx, {
      contact: after,
      change: 'amended',
      reason: body.reason,
      actorId: auth.user.id,
      actorName: auth.user.displayName,
    });
    await writeAudit(tx, {
      action: 'contact.amend',
      actor: auth.actor,
      jurisdictionId: after.jurisdictionId,
      entityType: 'contact',
      entityId: id,
      before,
      after,
      meta: { requestId: meta.requestId, youthId: after.youthId, reason: body.reason },
    });
    return withHistory(tx, after, scope.scopeIds);
  });
}
