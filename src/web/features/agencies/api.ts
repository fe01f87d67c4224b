import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Agency,
  AgencyKind,
  createAgencyBody,
  listAgenciesResponse,
  updateAgencyBody,
} from '@server/modules/agencies/agencies.schemas';
import { api } from '@web/api/client';
import type { AgenciesSearch } from '@web/routes/search';

export type { Agency, AgencyKind };

/**
 * The kinds of agency, in the order a form lists them. Typed against the server's AgencyKind, so adding or
 * removing a kind there fails the type check here (and the zod runtime stays out of the browser bundle).
 */
const KIND_ORDER: Record<AgencyKind, number> = {
  county_child_welfare: 0,
  probation: 1,
  mental_health: 2,
  public_health: 3,
  law_enforcement: 4,
  juvenile_court: 5,
  education: 6,
  community_based_organization: 7,
  tribal: 8,
  state: 9,
};
export const AGENCY_KINDS = (Object.keys(KIND_ORDER) as AgencyKind[]).sort(
  (a, b) => KIND_ORDER[a] - KIND_ORDER[b],
);

type AgencyList = z.infer<typeof listAgenciesResponse>;
export type CreateAgencyBody = z.input<typeof createAgencyBody>;
export type UpdateAgencyBody = z.input<typeof updateAgencyBody>;

export const agencyKeys = {
  all: ['agencies'] as const,
  list: (filters: AgenciesSearch) => ['agencies', 'list', filters] as const,
};

export function agenciesQueryOptions(filters: AgenciesSearch) {
  return queryOptions({
    queryKey: agencyKeys.list(filters),
    queryFn: ({ signal }) => api<AgencyList>('/api/v1/agencies', { query: { ...filters }, signal }),
    select: (data) => data.items,
  });
}

export function createAgency(body: CreateAgencyBody, idempotencyKey: string): Promise<Agency> {
  return api('/api/v1/agencies', { method: 'POST', body, idempotencyKey });
}

export function updateAgency(id: string, body: UpdateAgencyBody): Promise<Agency> {
  return api(`/api/v1/agencies/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}
