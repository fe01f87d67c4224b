import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Jurisdiction,
  listJurisdictionsResponse,
} from '@server/modules/jurisdictions/jurisdictions.schemas';
import { api } from '@web/api/client';

type JurisdictionList = z.infer<typeof listJurisdictionsResponse>;

/** The jurisdictions this person may see. They change rarely, so they are kept for a while. */
export const jurisdictionsQueryOptions = queryOptions({
  queryKey: ['jurisdictions'],
  queryFn: ({ signal }) => api<JurisdictionList>('/api/v1/jurisdictions', { signal }),
  staleTime: 5 * 60_000,
  select: (data) => data.items,
});

export type JurisdictionKind = Jurisdiction['kind'];

/** Counties first, then regions, then states, each alphabetical: how administrators look for them. */
export function sortJurisdictions(items: readonly Jurisdiction[]): Jurisdiction[] {
  const order: Record<JurisdictionKind, number> = { county: 0, region: 1, state: 2 };
  return [...items].sort((a, b) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name));
}

export function jurisdictionName(
  items: readonly Jurisdiction[] | undefined,
  id: number | null,
): string | null {
  if (id === null) return null;
  return items?.find((item) => item.id === id)?.name ?? null;
}
