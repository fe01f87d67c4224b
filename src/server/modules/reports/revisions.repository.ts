/**
 * Reading the history of an amended record (allegations, contacts, screenings): record_revisions is one
 * insert-only table for all of them, keyed by entity type and id.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { withinScope } from '../../platform/scope';
import type { Revision } from './reports.schemas';

export type RevisedEntity = 'allegation' | 'contact' | 'screening';

/** Every revision of the record, oldest first, within the reader's scope. */
export async function revisionsOf(
  tx: Tx,
  entityType: RevisedEntity,
  id: string,
  scopeIds: readonly number[],
): Promise<Revision[]> {
  const res = await tx.execute(sql`
    select version, change, reason, actor_name, created_at, data from record_revisions
    where entity_type = ${entityType} and entity_id = ${id} and ${withinScope(sql`jurisdiction_id`, scopeIds)}
    order by version`);
  return res.rows.map((r) => ({
    version: Number(r.version),
    change: r.change as Revision['change'],
    reason: r.reason === null ? null : String(r.reason),
    actor: r.actor_name === null ? null : String(r.actor_name),
    at: new Date(r.created_at as string).toISOString(),
    data: (typeof r.data === 'string' ? JSON.parse(r.data) : r.data) as Record<string, unknown>,
  }));
}
