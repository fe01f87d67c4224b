import { can } from '../../../domain/access/roles';
import { isForeignNational } from '../../../domain/record/vocabulary';
import { writeAudit } from '../../platform/audit';
import type { UseCaseContext } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { idempotentCreate } from '../../platform/idempotency';
import { inScope } from '../../platform/scope';
import { contactsForYouth } from '../contacts/contacts.repository';
import { allegationsForYouth, reportSummariesForYouth } from '../reports/reports.repository';
import { screeningsOnYouthPage } from '../screenings/screenings.service';
import { assertMayReveal, assertMayWriteSensitive } from './youth.policy';
import * as repo from './youth.repository';
import type {
  CreateYouthInput,
  RevealResponse,
  SensitiveGroup,
  SensitiveValues,
  UpdateYouthInput,
  Youth,
  YouthPage,
} from './youth.schemas';
import { auditSnapshot, toYouth, youthSearchNames } from './youth.view';

const missing = () => notFound('There is no such youth, or it is outside your jurisdiction.');

/** A youth belongs to one county the user works in: their own by default. */
export function resolveCounty(ctx: UseCaseContext, requested: number | undefined): number {
  const { auth, services } = ctx;
  const id = requested ?? auth.user.jurisdictionId;
  if (!auth.scope.jurisdictionIds.includes(id) || services.tree.get(id)?.kind !== 'county')
    throw new AppError('validation_failed', 'Choose a county you work in.', {
      details: [{ path: 'jurisdictionId', message: 'Not a county in your jurisdiction.' }],
    });
  return id;
}

const EMPTY_SENSITIVE: SensitiveValues = {
  immigration: { citizenshipStatus: null, immigrationNotes: null },
  sogie: { genderIdentity: null, sexualOrientation: null, genderExpression: null, pronouns: null },
  tattoos: { tattoos: [] },
  identifiers: { phones: [], handles: [] },
};

/** The sensitive groups as columns: only the groups given (a group is replaced as a whole). */
function sensitiveColumns(s: Partial<SensitiveValues>): Partial<repo.YouthColumns> {
  return {
    ...(s.immigration && {
      citizenshipStatus: s.immigration.citizenshipStatus,
      immigrationNotes: s.immigration.immigrationNotes ?? null,
    }),
    ...(s.sogie && {
      genderIdentity: s.sogie.genderIdentity,
      sexualOrientation: s.sogie.sexualOrientation,
      genderExpression: s.sogie.genderExpression,
      pronouns: s.sogie.pronouns ?? null,
    }),
    ...(s.tattoos && { tattoos: s.tattoos.tattoos }),
    ...(s.identifiers && { phones: s.identifiers.phones, handles: s.identifiers.handles }),
  };
}

async function audit(
  tx: Tx,
  ctx: UseCaseContext,
  action: 'youth.create' | 'youth.update' | 'youth.read' | 'youth.sensitive_reveal',
  y: repo.YouthRecord,
  extra: { before?: unknown; after?: unknown; meta?: Record<string, unknown> } = {},
) {
  await writeAudit(tx, {
    action,
    actor: ctx.auth.actor,
    jurisdictionId: y.jurisdictionId,
    entityType: 'youth',
    entityId: y.id,
    ...(extra.before !== undefined && { before: extra.before }),
    ...(extra.after !== undefined && { after: extra.after }),
    meta: { requestId: ctx.meta.requestId, ...extra.meta },
  });
}

export async function createYouth(ctx: UseCaseContext, input: CreateYouthInput, key: string | undefined) {
  const { auth, services } = ctx;
  assertMayWriteSensitive(auth.user.role, input.sensitive);
  const jurisdictionId = resolveCounty(ctx, input.jurisdictionId);
  const { sensitive, jurisdictionId: _requested, ...profile } = input;
  const values: repo.YouthColumns = {
    ...profile,
    ...(sensitiveColumns({ ...EMPTY_SENSITIVE, ...sensitive }) as Required<
      ReturnType<typeof sensitiveColumns>
    >),
    searchNames: youthSearchNames(profile),
  };
  return inScope(services.database.db, auth.scope, (tx) =>
    idempotentCreate(
      tx,
      {
        key,
        userId: auth.user.id,
        jurisdictionId: auth.user.jurisdictionId,
        request: ['POST /youth', input],
      },
      async () => {
        const id = await repo.insertYouth(tx, { ...values, jurisdictionId, createdBy: auth.user.id });
        await repo.replaceIdentifiers(tx, {
          youthId: id,
          jurisdictionId,
          phones: values.phones,
          handles: values.handles,
        });
        const created = (await repo.findYouth(tx, id, {
          scopeIds: auth.scope.jurisdictionIds,
          role: auth.user.role,
        }))!;
        await audit(tx, ctx, 'youth.create', created, { after: auditSnapshot(created) });
        return toYouth(created, auth.user.role);
      },
    ),
  );
}

export async function updateYouth(ctx: UseCaseContext, id: string, patch: UpdateYouthInput): Promise<Youth> {
  const { auth, services } = ctx;
  assertMayWriteSensitive(auth.user.role, patch.sensitive);
  const scope = { scopeIds: auth.scope.jurisdictionIds, role: auth.user.role };
  return inScope(services.database.db, auth.scope, async (tx) => {
    const before = await repo.findYouth(tx, id, scope);
    if (!before) throw missing();
    const { version, sensitive, ...profile } = patch;
    const stale = async () =>
      new AppError('version_conflict', undefined, {
        current: toYouth((await repo.findYouth(tx, id, scope)) ?? before, auth.user.role),
      });
    if (before.version !== version) throw await stale();
    const changes: Partial<repo.YouthColumns> = { ...profile, ...sensitiveColumns(sensitive ?? {}) };
    const defined = Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined));
    changes.searchNames = youthSearchNames({ ...before, ...defined });
    if (!(await repo.updateYouth(tx, id, version, changes))) throw await stale();
    if (sensitive?.identifiers)
      await repo.replaceIdentifiers(tx, {
        youthId: id,
        jurisdictionId: before.jurisdictionId,
        phones: sensitive.identifiers.phones,
        handles: sensitive.identifiers.handles,
      });
    const after = (await repo.findYouth(tx, id, scope))!;
    await audit(tx, ctx, 'youth.update', after, {
      before: auditSnapshot(before),
      after: auditSnapshot(after),
    });
    return toYouth(after, auth.user.role);
  });
}

/** The youth page: profile, reports about the youth, the youth's allegations, contacts and screenings; one audited read. */
export function getYouthPage(ctx: UseCaseContext, id: string): Promise<YouthPage> {
  const { auth, services } = ctx;
  const scopeIds = auth.scope.jurisdictionIds;
  return inScope(services.database.db, auth.scope, async (tx) => {
    const youth = await repo.findYouth(tx, id, { scopeIds, role: auth.user.role });
    if (!youth) throw missing();
    const reports = await reportSummariesForYouth(tx, id, scopeIds);
    const allegations = await allegationsForYouth(tx, id, scopeIds, {
      canSeePersons: can(auth.user.role, 'persons.read'),
    });
    const contacts = await contactsForYouth(tx, id, scopeIds);
    const screenings = await screeningsOnYouthPage(tx, auth, id);
    await audit(tx, ctx, 'youth.read', youth);
    return { youth: toYouth(youth, auth.user.role), reports, allegations, contacts, screenings };
  });
}

/** Reveal one sensitive group: 404 for a youth the reader cannot see, 403 without the group's permission. */
export function revealSensitive(
  ctx: UseCaseContext,
  id: string,
  group: SensitiveGroup,
): Promise<RevealResponse> {
  const { auth, services } = ctx;
  return inScope(services.database.db, auth.scope, async (tx) => {
    const youth = await repo.findYouth(tx, id, {
      scopeIds: auth.scope.jurisdictionIds,
      role: auth.user.role,
    });
    if (!youth) throw missing();
    assertMayReveal(auth.user.role, group);
    await audit(tx, ctx, 'youth.sensitive_reveal', youth, { meta: { group } });
    const s = youth.sensitive;
    switch (group) {
      case 'immigration':
        return {
          group,
          values: { ...s.immigration, foreignNational: isForeignNational(s.immigration.citizenshipStatus) },
        };
      case 'sogie':
        return { group, values: s.sogie };
      case 'tattoos':
        return { group, values: s.tattoos };
      case 'identifiers':
        return { group, values: s.identifiers };
    }
  });
}
