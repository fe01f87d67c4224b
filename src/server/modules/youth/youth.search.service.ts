import { can } from '../../../domain/access/roles';
import { foldName, normaliseHandle, normalisePhone } from '../../../domain/record/normalise';
import { writeAudit } from '../../platform/audit';
import type { UseCaseContext } from '../../platform/context';
import { inScope } from '../../platform/scope';
import { dobVariants, isPhoneLike, matchedNameKinds, nameKinds, nearDates } from './youth.matching';
import * as repo from './youth.search.repository';
import type { YouthSummary } from './youth.schemas';
import { ageOn, displayName, legalName, youthRef } from './youth.view';
import { resolveCounty } from './youth.service';

const round = (n: number) => Math.round(n * 1000) / 1000;

function toSummary(
  m: repo.MatchRow,
  extra: { matched: YouthSummary['matched']; score: number },
): YouthSummary {
  return {
    id: m.id,
    ref: youthRef(m.ref),
    jurisdictionName: m.jurisdictionName,
    displayName: displayName(m),
    legalName: legalName(m),
    otherNames: m.otherNames.map((n) => n.name),
    dateOfBirth: m.dateOfBirth,
    dobEstimated: m.dobEstimated,
    age: ageOn(m.dateOfBirth),
    gender: m.gender as YouthSummary['gender'],
    matched: extra.matched,
    score: round(extra.score),
  };
}

/**
 * Search by name, AKA or moniker (typo, accent and word-order tolerant), date of birth, and — only for holders
 * of youth.sensitive.identifiers — exact phone or handle. The query is audited: who looked for whom.
 */
export async function searchYouth(
  ctx: UseCaseContext,
  query: { q?: string | undefined; dob?: string | undefined; limit: number },
): Promise<{ items: YouthSummary[] }> {
  const { auth, services, meta } = ctx;
  const q = query.q?.trim() ?? '';
  if (!q && !query.dob) return { items: [] };
  const identifiers = can(auth.user.role, 'youth.sensitive.identifiers');
  const phoneLike = q !== '' && isPhoneLike(q);
  const handle = identifiers && q && !phoneLike ? normaliseHandle(q) : '';
  const criteria: repo.SearchCriteria = {
    scopeIds: auth.scope.jurisdictionIds,
    role: auth.user.role,
    name: phoneLike ? null : foldName(q) || null,
    dob: query.dob ?? null,
    nearDobs: query.dob && q && !phoneLike ? nearDates(query.dob) : [],
    phone: identifiers && phoneLike ? normalisePhone(q) : null,
    handle: handle || null,
    limit: query.limit,
  };
  return inScope(services.database.db, auth.scope, async (tx) => {
    const rows = await repo.searchYouth(tx, criteria);
    const items = rows.map((m) => {
      const matched: YouthSummary['matched'] = [];
      if (m.nameScore > 0) matched.push(...matchedNameKinds(m.segments, nameKinds(m)));
      if (m.dob) matched.push('date_of_birth');
      if (m.phone) matched.push('phone');
      if (m.handle) matched.push('handle');
      return toSummary(m, {
        matched,
        score: m.nameScore + (m.dob ? 0.5 : 0) + (m.phone || m.handle ? 1 : 0),
      });
    });
    await writeAudit(tx, {
      action: 'youth.search',
      actor: auth.actor,
      jurisdictionId: auth.user.jurisdictionId,
      entityType: 'youth',
      meta: {
        requestId: meta.requestId,
        q: q || null,
        dob: query.dob ?? null,
        results: items.length,
        youthIds: items.map((i) => i.id),
      },
    });
    return { items };
  });
}

const DUPLICATE_LIMIT = 10;
/** A candidate needs names this alike, or near-identical dates of birth with names at least loosely alike. */
const NAME_ALONE = 0.6;
const NAME_WITH_DOB = 0.4;

/** Likely duplicates of a youth about to be created, with a score from 0 to 1 (audited). */
export async function checkDuplicates(
  ctx: UseCaseContext,
  body: {
    jurisdictionId?: number | undefined;
    legalFirstName: string;
    legalLastName: string;
    dateOfBirth?: string | null | undefined;
    otherNames?: { name: string }[] | undefined;
  },
): Promise<{ candidates: YouthSummary[] }> {
  const { auth, services, meta } = ctx;
  const jurisdictionId = resolveCounty(ctx, body.jurisdictionId);
  const first = foldName(body.legalFirstName);
  const last = foldName(body.legalLastName);
  const names = [
    ...new Set(
      [`${first} ${last}`, `${last} ${first}`, ...(body.otherNames ?? []).map((n) => foldName(n.name))]
        .map((n) => n.trim())
        .filter(Boolean),
    ),
  ];
  const dob = body.dateOfBirth ?? null;
  return inScope(services.database.db, auth.scope, async (tx) => {
    const rows = await repo.duplicateCandidates(tx, {
      scopeIds: auth.scope.jurisdictionIds,
      role: auth.user.role,
      jurisdictionId,
      names,
      dobs: dob ? dobVariants(dob) : [],
      limit: DUPLICATE_LIMIT * 3,
    });
    const candidates = rows
      .map((m) => {
        const dobScore =
          dob === null || m.dateOfBirth === null ? 0.3 : m.dateOfBirth === dob ? 1 : m.dob ? 0.7 : 0;
        const likely = m.nameScore >= NAME_ALONE || (m.nameScore >= NAME_WITH_DOB && dobScore >= 0.7);
        const matched: YouthSummary['matched'] = matchedNameKinds(m.segments, nameKinds(m));
        if (dobScore >= 0.7) matched.push('date_of_birth');
        return { m, likely, matched, score: 0.65 * m.nameScore + 0.35 * dobScore };
      })
      .filter((c) => c.likely)
      .sort((a, b) => b.score - a.score || a.m.id.localeCompare(b.m.id))
      .slice(0, DUPLICATE_LIMIT)
      .map((c) => toSummary(c.m, { matched: c.matched, score: c.score }));
    await writeAudit(tx, {
      action: 'youth.duplicate_check',
      actor: auth.actor,
      jurisdictionId,
      entityType: 'youth',
      meta: {
        requestId: meta.requestId,
        name: `${body.legalFirstName} ${body.legalLastName}`,
        dateOfBirth: dob,
        results: candidates.length,
        youthIds: candidates.map((c) => c.id),
      },
    });
    return { candidates };
  });
}
