/**
 * Lookup lists a county can extend: built-in values from content/lookups plus the county's own. Built-in
 * values never change here; county values are relabelled or (de)activated, never deleted, so records that
 * use a deactivated value stay valid.
 */
import { foldName } from '../../../domain/record/normalise';
import { EXTENDABLE_LISTS, type ExtendableList } from '../../../domain/record/vocabulary';
import { writeAudit } from '../../platform/audit';
import type { UseCaseContext } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError, notFound, pgErrorCode } from '../../platform/errors';
import { idempotentCreate } from '../../platform/idempotency';
import { inScope } from '../../platform/scope';
import { builtInLookups, codeFromLabel } from './lookups.content';
import * as repo from './lookups.repository';
import type { LookupValue, Lookups } from './lookups.schemas';

/**
 * The codes a record in the jurisdiction may use from one list: every built-in code and the county's active
 * values (with `includeInactive`, deactivated county values too: an amendment may keep what it had).
 */
export async function settingCodes(
  tx: Tx,
  jurisdictionId: number,
  list: ExtendableList,
  opts: { includeInactive?: boolean } = {},
): Promise<Set<string>> {
  const county = await repo.countyCodes(tx, jurisdictionId, list, opts.includeInactive === true);
  return new Set([...builtInLookups()[list].map((e) => e.code), ...county]);
}

const builtInValue = (e: { code: string; en: string; es: string }): LookupValue => ({
  id: null,
  code: e.code,
  labelEn: e.en,
  labelEs: e.es,
  builtIn: true,
  active: true,
  version: null,
});

const publicValue = (v: repo.CountyValue): LookupValue => ({
  id: v.id,
  code: v.code,
  labelEn: v.labelEn,
  labelEs: v.labelEs,
  builtIn: false,
  active: v.active,
  version: v.version,
});

function chooseJurisdiction(ctx: UseCaseContext, requested: number | undefined, forWrite: boolean): number {
  const { auth, services } = ctx;
  const id = requested ?? auth.user.jurisdictionId;
  const inScope = auth.scope.jurisdictionIds.includes(id);
  if (!inScope || (forWrite && services.tree.get(id)?.kind !== 'county'))
    throw new AppError('validation_failed', 'Choose a county in your jurisdiction.', {
      details: [{ path: 'jurisdictionId', message: 'Not a county you work in.' }],
    });
  return id;
}

/** Built-in values first (in the order of the content file), then the county's own by label. */
export function getLookups(
  ctx: UseCaseContext,
  q: { jurisdictionId?: number | undefined },
): Promise<Lookups> {
  const { auth, services } = ctx;
  const jurisdictionId = chooseJurisdiction(ctx, q.jurisdictionId, false);
  return inScope(services.database.db, auth.scope, async (tx) => {
    const county = await repo.countyValues(tx, jurisdictionId, auth.scope.jurisdictionIds);
    const builtIns = builtInLookups();
    const lists = Object.fromEntries(
      EXTENDABLE_LISTS.map((l) => [
        l,
        [...builtIns[l].map(builtInValue), ...county.filter((v) => v.list === l).map(publicValue)],
      ]),
    ) as Lookups['lists'];
    return { lists };
  });
}

const duplicate = (path: 'labelEn' | 'labelEs', message: string) =>
  new AppError('already_exists', message, { details: [{ path, message }] });

/** 409 when a label (either language, ignoring case and accents) or the derived code is already in the list. */
async function assertDistinct(
  tx: Tx,
  ctx: UseCaseContext,
  v: {
    jurisdictionId: number;
    list: ExtendableList;
    code?: string;
    labelEn?: string;
    labelEs?: string;
    selfId?: string;
  },
) {
  const others = [
    ...builtInLookups()[v.list].map((e) => ({ code: e.code, labelEn: e.en, labelEs: e.es })),
    ...(await repo.countyValues(tx, v.jurisdictionId, ctx.auth.scope.jurisdictionIds, v.list)).filter(
      (c) => c.id !== v.selfId,
    ),
  ];
  if (v.code !== undefined && others.some((o) => o.code === v.code))
    throw duplicate('labelEn', 'This list already has a value with that name.');
  for (const lang of ['labelEn', 'labelEs'] as const) {
    const label = v[lang];
    if (label === undefined) continue;
    const folded = foldName(label);
    if (others.some((o) => foldName(o[lang]) === folded))
      throw duplicate(lang, 'This list already has a value with that label.');
  }
}

export async function createLookupValue(
  ctx: UseCaseContext,
  list: ExtendableList,
  input: { jurisdictionId?: number | undefined; labelEn: string; labelEs: string },
  key: string | undefined,
) {
  const { auth, services, meta } = ctx;
  const jurisdictionId = chooseJurisdiction(ctx, input.jurisdictionId, true);
  const code = codeFromLabel(input.labelEn);
  if (!code)
    throw new AppError('validation_failed', 'The English label needs at least one letter or digit.', {
      details: [{ path: 'labelEn', message: 'Use letters or digits.' }],
    });
  try {
    return await inScope(services.database.db, auth.scope, (tx) =>
      idempotentCreate(
        tx,
        { key, userId: auth.user.id, jurisdictionId, request: [`POST /lookups/${list}`, input] },
        async () => {
          await assertDistinct(tx, ctx, { jurisdictionId, list, code, ...input });
          const id = await repo.insertValue(tx, { jurisdictionId, list, code, ...input });
          const value = (await repo.findValue(tx, id, auth.scope.jurisdictionIds))!;
          await writeAudit(tx, {
            action: 'lookup.create',
            actor: auth.actor,
            jurisdictionId,
            entityType: 'lookup_value',
            entityId: id,
            after: value,
            meta: { requestId: meta.requestId },
          });
          return publicValue(value);
        },
      ),
    );
  } catch (err) {
    if (pgErrorCode(err) === '23505')
      throw duplicate('labelEn', 'This list already has a value with that name.');
    throw err;
  }
}

export function updateLookupValue(
  ctx: UseCaseContext,
  id: string,
  patch: {
    version: number;
    labelEn?: string | undefined;
    labelEs?: string | undefined;
    active?: boolean | undefined;
  },
) {
  const { auth, services, meta } = ctx;
  return inScope(services.database.db, auth.scope, async (tx) => {
    const before = await repo.findValue(tx, id, auth.scope.jurisdictionIds);
    if (!before) throw notFound('There is no such lookup value, or it is outside your jurisdiction.');
    const current = async () => publicValue((await repo.findValue(tx, id, auth.scope.jurisdictionIds))!);
    if (before.version !== patch.version)
      throw new AppError('version_conflict', undefined, { current: await current() });
    await assertDistinct(tx, ctx, {
      jurisdictionId: before.jurisdictionId,
      list: before.list as ExtendableList,
      labelEn: patch.labelEn,
      labelEs: patch.labelEs,
      selfId: id,
    });
    if (!(await repo.updateValue(tx, id, patch.version, patch)))
      throw new AppError('version_conflict', undefined, { current: await current() });
    const after = (await repo.findValue(tx, id, auth.scope.jurisdictionIds))!;
    await writeAudit(tx, {
      action: 'lookup.update',
      actor: auth.actor,
      jurisdictionId: after.jurisdictionId,
      entityType: 'lookup_value',
      entityId: id,
      before,
      after,
      meta: { requestId: meta.requestId },
    });
    return publicValue(after);
  });
}
