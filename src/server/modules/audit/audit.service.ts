import { sql, type SQL } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { UseCaseContext } from '../../platform/context';
import { inScope, withinScope } from '../../platform/scope';
import type { AuditEventRow } from './audit.schemas';

export interface AuditFilter {
  action?: string | undefined;
  actorEmail?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  before?: number | undefined;
  limit: number;
}

const toRow = (r: Record<string, unknown>): AuditEventRow => ({
  seq: Number(r.seq),
  occurredAt: new Date(r.occurred_at as string).toISOString(),
  actorUserId: (r.actor_user_id as string | null) ?? null,
  actorEmail: (r.actor_email as string | null) ?? null,
  actorRole: (r.actor_role as string | null) ?? null,
  jurisdictionId: r.jurisdiction_id === null ? null : Number(r.jurisdiction_id),
  action: String(r.action),
  entityType: (r.entity_type as string | null) ?? null,
  entityId: (r.entity_id as string | null) ?? null,
  before: r.before ?? null,
  after: r.after ?? null,
  meta: r.meta ?? null,
});

/** Browse the log, newest first. Searching the audit log is itself audited. */
export function searchAudit(ctx: UseCaseContext, f: AuditFilter) {
  const { auth, services, meta } = ctx;
  return inScope(services.database.db, auth.scope, async (tx) => {
    const own = withinScope(sql`jurisdiction_id`, auth.scope.jurisdictionIds);
    const where: SQL[] = [auth.scope.system ? sql`(${own} or jurisdiction_id is null)` : own];
    if (f.action) where.push(sql`action like ${f.action.replace(/[\\%_]/g, (c) => `\\${c}`) + '%'}`);
    if (f.actorEmail) where.push(sql`lower(actor_email) = ${f.actorEmail.toLowerCase()}`);
    if (f.entityType) where.push(sql`entity_type = ${f.entityType}`);
    if (f.entityId) where.push(sql`entity_id = ${f.entityId}`);
    if (f.from) where.push(sql`occurred_at >= ${f.from}::timestamptz`);
    if (f.to) where.push(sql`occurred_at <= ${f.to}::timestamptz`);
    if (f.before) where.push(sql`seq < ${f.before}`);
    const res = await tx.execute(sql`
      select seq, occurred_at, actor_user_id, actor_email, actor_role, jurisdiction_id, action, entity_type, entity_id, before, after, meta
      from audit_events where ${sql.join(where, sql` and `)} order by seq desc limit ${f.limit + 1}`);
    const rows = res.rows.slice(0, f.limit).map(toRow);
    const nextBefore = res.rows.length > f.limit ? rows[rows.length - 1]!.seq : null;
    await writeAudit(tx, {
      action: 'audit.search',
      actor: auth.actor,
      jurisdictionId: auth.user.jurisdictionId,
      meta: { requestId: meta.requestId, filter: { ...f } },
    });
    return { items: rows, nextBefore };
  });
}
