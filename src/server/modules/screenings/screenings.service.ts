import { can } from '../../../domain/access/roles';
import { checkAnswers, type Answers } from '../../../domain/identification/answers';
import { evaluate } from '../../../domain/identification/evaluate';
import type { Instrument } from '../../../domain/identification/instrument';
import { writeAudit, type AuditAction } from '../../platform/audit';
import type { AuthContext, UseCaseContext } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { idempotentCreate } from '../../platform/idempotency';
import { inScope } from '../../platform/scope';
import { resolveInstrument } from '../instruments/instruments.resolve';
import { ageOn } from '../youth/youth.view';
import * as repo from './screenings.repository';
import type {
  AmendScreeningBody,
  Screening,
  ScreeningInput,
  ScreeningSummary,
  ScreeningWithHistory,
} from './screenings.schemas';
import { toScreening, toSummary } from './screenings.view';

const missingYouth = () => notFound('There is no such youth, or it is outside your jurisdiction.');
const missingScreening = () => notFound('There is no such screening, or it is outside your jurisdiction.');
const scopeOf = (auth: AuthContext) => ({ scopeIds: auth.scope.jurisdictionIds, role: auth.user.role });
const invalid = (message: string, details: { path: string; message: string }[]) =>
  new AppError('validation_failed', message, { details });

/** The same answers, whatever the order of keys or of the options in a multiple choice. */
function sameAnswers(a: Answers, b: Answers): boolean {
  const canonical = (x: Answers) =>
    JSON.stringify(
      Object.keys(x)
        .sort()
        .map((k) => [k, Array.isArray(x[k]) ? [...(x[k] as string[])].sort() : x[k]]),
    );
  return canonical(a) === canonical(b);
}

/** Today (UTC) as YYYY-MM-DD, for answers that are dates. */
const today = () => new Date().toISOString().slice(0, 10);

/** Checks the answers against the exact version and evaluates them at the youth's age then; 422 naming items. */
function score(instrument: Instrument, answers: Answers, dateOfBirth: string | null, at: string) {
  const problems = checkAnswers(instrument, answers, { today: today() });
  if (problems.length)
    throw invalid(
      `Some answers do not fit ${instrument.key} version ${instrument.version}.`,
      problems.map((p) => ({ path: p.path, message: p.message })),
    );
  return evaluate(instrument, answers, { age: ageOn(dateOfBirth, new Date(at)) });
}

async function audit(
  tx: Tx,
  ctx: UseCaseContext,
  action: AuditAction,
  s: repo.ScreeningRow,
  extra: { before?: unknown; after?: unknown; meta?: Record<string, unknown> } = {},
) {
  await writeAudit(tx, {
    action,
    actor: ctx.auth.actor,
    jurisdictionId: s.jurisdictionId,
    entityType: 'screening',
    entityId: s.id,
    ...extra,
    // Never the answers: what was asked and found is in the record, with its own access rules.
    meta: {
      requestId: ctx.meta.requestId,
      youthId: s.youth.id,
      instrument: s.instrument,
      context: s.context,
      ...extra.meta,
    },
  });
}

async function withHistory(tx: Tx, s: repo.ScreeningRow, scopeIds: readonly number[]) {
  return { ...toScreening(s), history: await repo.screeningRevisions(tx, s.id, scopeIds) };
}

/** Inside the create's transaction, once the youth is known to be visible: resolve, check, evaluate, store. */
async function record(
  tx: Tx,
  ctx: UseCaseContext,
  input: ScreeningInput,
  youth: NonNullable<Awaited<ReturnType<typeof repo.visibleYouth>>>,
): Promise<Screening> {
  const { auth } = ctx;
  // Any saved version is accepted: a worker mid-screening keeps their work when a new one is saved.
  const resolved = await resolveInstrument(tx, youth.jurisdictionId, input.instrument);
  if (!resolved)
    throw invalid('Choose an instrument available in this county.', [
      {
        path: 'instrument',
        message: `There is no ${input.instrument.origin} version ${input.instrument.version} of "${input.instrument.key}".`,
      },
    ]);
  const screenedAt = input.screenedAt ?? new Date().toISOString();
  if (youth.dateOfBirth && new Date(screenedAt).toISOString().slice(0, 10) < youth.dateOfBirth)
    throw invalid('The screening cannot be before the youth was born.', [
      { path: 'screenedAt', message: 'The time is before the youth’s date of birth.' },
    ]);
  const { instrument, origin, countyInstrumentId } = resolved;
  const result = score(instrument, input.answers, youth.dateOfBirth, screenedAt);
  const screenedBy = { id: auth.user.id, displayName: auth.user.displayName };
  const ref = { key: instrument.key, version: instrument.version, origin };
  const stored = await repo.insertScreening(tx, {
    ...input,
    jurisdictionId: youth.jurisdictionId,
    instrument: ref,
    countyInstrumentId,
    screenedAt,
    result,
    screenedBy,
  });
  // Built from what was written (no read-back): the same shape findScreening gives.
  const created: repo.ScreeningRow = {
    ...stored,
    jurisdictionId: youth.jurisdictionId,
    youth: youth.youth,
    instrument: ref,
    countyInstrumentId,
    countyTitle: origin === 'county' ? instrument.title : null,
    context: input.context,
    contextNote: input.contextNote,
    language: input.language,
    screenedAt: new Date(screenedAt).toISOString(),
    screenedBy,
    answers: input.answers,
    result,
  };
  await audit(tx, ctx, 'screening.create', created, { after: toSummary(created) });
  return toScreening(created);
}

/** Record a finalised screening, with the instrument version it was taken with and its result. */
export function createScreening(ctx: UseCaseContext, input: ScreeningInput, key: string | undefined) {
  const { auth, services } = ctx;
  return inScope(services.database.db, auth.scope, async (tx) => {
    const youth = await repo.visibleYouth(tx, input.youthId, scopeOf(auth));
    if (!youth) throw missingYouth();
    return idempotentCreate(
      tx,
      {
        key,
        userId: auth.user.id,
        jurisdictionId: auth.user.jurisdictionId,
        request: ['POST /screenings', input],
      },
      () => record(tx, ctx, input, youth),
    );
  });
}

/** The screening with its result and history; an audited read. */
export function getScreening(ctx: UseCaseContext, id: string): Promise<ScreeningWithHistory> {
  const { auth, services } = ctx;
  const scope = scopeOf(auth);
  return inScope(services.database.db, auth.scope, async (tx) => {
    const s = await repo.findScreening(tx, id, scope);
    if (!s) throw missingScreening();
    await audit(tx, ctx, 'screening.read', s);
    return withHistory(tx, s, scope.scopeIds);
  });
}

/** A youth's screenings, newest first; an audited read (404 for a youth the reader cannot see). */
export function listScreenings(
  ctx: UseCaseContext,
  youthId: string,
): Promise<{ screenings: ScreeningSummary[] }> {
  const { auth, services } = ctx;
  const scope = scopeOf(auth);
  return inScope(services.database.db, auth.scope, async (tx) => {
    const youth = await repo.visibleYouth(tx, youthId, scope);
    if (!youth) throw missingYouth();
    const rows = await repo.screeningsForYouth(tx, youthId, scope);
    await writeAudit(tx, {
      action: 'screening.list',
      actor: auth.actor,
      jurisdictionId: youth.jurisdictionId,
      entityType: 'youth',
      entityId: youthId,
      meta: { requestId: ctx.meta.requestId, count: rows.length },
    });
    return { screenings: rows.map(toSummary) };
  });
}

/**
 * The screenings on the youth page (the caller has checked the youth and audits the page read): empty
 * for a reader without screenings.read.
 */
export async function screeningsOnYouthPage(
  tx: Tx,
  auth: AuthContext,
  youthId: string,
): Promise<ScreeningSummary[]> {
  if (!can(auth.user.role, 'screenings.read')) return [];
  return (await repo.screeningsForYouth(tx, youthId, scopeOf(auth))).map(toSummary);
}

/**
 * Correct the answers (never silently): the version the writer saw, and why; 409 with the current
 * screening otherwise. Re-evaluated against the same instrument version the screening was taken with.
 */
export function amendScreening(
  ctx: UseCaseContext,
  id: string,
  body: AmendScreeningBody,
): Promise<ScreeningWithHistory> {
  const { auth, services } = ctx;
  const scope = scopeOf(auth);
  return inScope(services.database.db, auth.scope, async (tx) => {
    const before = await repo.findScreening(tx, id, scope);
    if (!before) throw missingScreening();
    const stale = async () =>
      new AppError('version_conflict', undefined, {
        current: await withHistory(tx, (await repo.findScreening(tx, id, scope)) ?? before, scope.scopeIds),
      });
    if (before.version !== body.version) throw await stale();
    const resolved = await resolveInstrument(tx, before.jurisdictionId, before.instrument);
    if (!resolved)
      throw new Error(
        `Screening ${id} was taken with ${before.instrument.key} v${before.instrument.version}, which is missing.`,
      );
    if (sameAnswers(before.answers, body.answers))
      throw invalid('Nothing to amend: the answers are the same as the current ones.', [
        { path: 'answers', message: 'Change at least one answer, or leave the screening as it is.' },
      ]);
    const youth = await repo.visibleYouth(tx, before.youth.id, scope);
    const result = score(resolved.instrument, body.answers, youth?.dateOfBirth ?? null, before.screenedAt);
    if (!(await repo.amendScreening(tx, id, body.version, { answers: body.answers, result })))
      throw await stale();
    const after = (await repo.findScreening(tx, id, scope))!;
    await repo.insertScreeningRevision(tx, {
      screening: after,
      change: 'amended',
      reason: body.reason,
      actorId: auth.user.id,
      actorName: auth.user.displayName,
    });
    await audit(tx, ctx, 'screening.amend', after, {
      before: toSummary(before),
      after: toSummary(after),
      meta: { reason: body.reason, fromVersion: before.version, toVersion: after.version },
    });
    return withHistory(tx, after, scope.scopeIds);
  });
}
