/** What the acting user may see of the record, computed once per use case from their role. */
import type { SQL } from 'drizzle-orm';
import { can } from '../../../domain/access/roles';
import type { UseCaseContext } from '../../platform/context';
import { youthVisible } from '../youth/youth.access';
import type { Allegation } from './reports.schemas';

export interface Reader {
  scopeIds: readonly number[];
  /** The relationship rule for a youth column (youth.access.ts). */
  visible: (youthColumn: SQL) => SQL;
  canSeePersons: boolean;
}

export function readerOf(ctx: UseCaseContext): Reader {
  const role = ctx.auth.user.role;
  return {
    scopeIds: ctx.auth.scope.jurisdictionIds,
    visible: (column) => youthVisible(role, column),
    canSeePersons: can(role, 'persons.read'),
  };
}

/** Person-of-interest fields only for holders of persons.read (the perpetrator kind stays visible). */
export function maskPersons<T extends Pick<Allegation, 'personOfInterest'>>(a: T, canSeePersons: boolean): T {
  return canSeePersons ? a : { ...a, personOfInterest: null };
}

/** The same rule for a revision's snapshot of the allegation. */
export function maskSnapshot(data: Record<string, unknown>, canSeePersons: boolean): Record<string, unknown> {
  return canSeePersons ? data : { ...data, personOfInterest: null };
}
