/**
 * What the schemas cannot check because it lives in the database: every youth, person of interest, worker
 * and setting code an allegation or report points to must belong to the report's county (and be visible to
 * the writer). One 422 names every offending field; a youth of another county reads exactly like a youth
 * that does not exist.
 */
import type { SQL } from 'drizzle-orm';
import { can, type Role } from '../../../domain/access/roles';
import { SETTING_LIST_FOR, type ExtendableList } from '../../../domain/record/vocabulary';
import type { Tx } from '../../platform/db';
import { AppError, type ErrorDetail } from '../../platform/errors';
import { settingCodes } from '../lookups/lookups.service';
import type { AllegationInput } from './reports.schemas';
import { activeUserRole, personIdsIn, visibleYouthIds } from './reports.repository';

export interface ReferenceContext {
  jurisdictionId: number;
  role: Role;
  visible: (youthColumn: SQL) => SQL;
}

export interface AllegationToCheck {
  /** The path of the allegation in the request body ('' when the body is the allegation itself). */
  path: string;
  input: AllegationInput;
  /** On an amendment: the setting codes it already had (a deactivated county value may stay). */
  previousSettings?: readonly string[];
}

const at = (prefix: string, field: string) => (prefix ? `${prefix}.${field}` : field);

export async function allegationProblems(
  tx: Tx,
  ctx: ReferenceContext,
  items: readonly AllegationToCheck[],
): Promise<ErrorDetail[]> {
  const problems: ErrorDetail[] = [];
  const youth = await visibleYouthIds(
    tx,
    [...new Set(items.map((a) => a.input.youthId))],
    ctx.jurisdictionId,
    ctx.visible,
  );
  const personIds = items.flatMap((a) => (a.input.personOfInterestId ? [a.input.personOfInterestId] : []));
  const persons =
    personIds.length && can(ctx.role, 'persons.read')
      ? await personIdsIn(tx, [...new Set(personIds)], ctx.jurisdictionId)
      : new Set<string>();
  const codes = new Map<string, Set<string>>();
  const codesOf = async (list: ExtendableList, includeInactive: boolean) => {
    const key = `${list}:${includeInactive}`;
    if (!codes.has(key))
      codes.set(key, await settingCodes(tx, ctx.jurisdictionId, list, { includeInactive }));
    return codes.get(key)!;
  };

  for (const { path, input, previousSettings } of items) {
    if (!youth.has(input.youthId))
      problems.push({ path: at(path, 'youthId'), message: 'Choose a youth of this county.' });
    if (input.personOfInterestId && !persons.has(input.personOfInterestId))
      problems.push({
        path: at(path, 'personOfInterestId'),
        message: 'Choose a person of interest recorded in this county.',
      });
    const settings = input.exploitation?.settings ?? [];
    if (!input.subcategory || settings.length === 0) continue;
    const list = SETTING_LIST_FOR[input.subcategory];
    if (list === null) {
      problems.push({
        path: at(path, 'exploitation.settings'),
        message: 'This form of exploitation has no list of settings; describe it in "other setting".',
      });
      continue;
    }
    const active = await codesOf(list, false);
    const kept = previousSettings?.length ? await codesOf(list, true) : null;
    settings.forEach((code, j) => {
      const allowed = active.has(code) || (kept?.has(code) && previousSettings?.includes(code));
      if (!allowed)
        problems.push({
          path: at(path, `exploitation.settings.${j}`),
          message: 'Choose a value from the list for this form of exploitation.',
        });
    });
  }
  return problems;
}

/** An assigned worker must be an active person of the county who works reports. */
export async function assignedWorkerProblems(
  tx: Tx,
  jurisdictionId: number,
  assignedWorkerId: string | null | undefined,
): Promise<ErrorDetail[]> {
  if (!assignedWorkerId) return [];
  const role = await activeUserRole(tx, assignedWorkerId, jurisdictionId);
  return role !== null && can(role as Role, 'reports.write')
    ? []
    : [{ path: 'assignedWorkerId', message: 'Choose an active worker of this county.' }];
}

export function throwIfProblems(problems: readonly ErrorDetail[]) {
  if (problems.length === 0) return;
  throw new AppError(
    'validation_failed',
    problems.length === 1 ? problems[0]!.message : 'Some of the information is not valid.',
    { details: [...problems] },
  );
}
