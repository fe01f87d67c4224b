import { infiniteQueryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuditEventRow, listAuditResponse } from '@server/modules/audit/audit.schemas';
import { api } from '@web/api/client';
import type { AuditSearch } from '@web/routes/search';

export type { AuditEventRow };
type AuditPage = z.infer<typeof listAuditResponse>;

export const AUDIT_PAGE_SIZE = 50;

/** A calendar date in the person's time zone, as the instant its day starts (or ends). */
export function dayBoundary(date: string, edge: 'start' | 'end'): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const instant =
    edge === 'start' ? new Date(year, month - 1, day) : new Date(year, month - 1, day, 23, 59, 59, 999);
  return instant.toISOString();
}

/** The page's filters as the API's query: dates become the start of "from" and the end of "to". */
export function toAuditQuery(search: AuditSearch) {
  return {
    action: search.action,
    actorEmail: search.actorEmail,
    entityType: search.entityType,
    entityId: search.entityId,
    from: search.from ? dayBoundary(search.from, 'start') : undefined,
    to: search.to ? dayBoundary(search.to, 'end') : undefined,
  };
}

/** Newest first; each further page continues below the oldest event already shown. */
export function auditQueryOptions(search: AuditSearch) {
  return infiniteQueryOptions({
    queryKey: ['audit', search],
    queryFn: ({ pageParam, signal }) =>
      api<AuditPage>('/api/v1/audit', {
        query: { ...toAuditQuery(search), before: pageParam, limit: AUDIT_PAGE_SIZE },
        signal,
      }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}
