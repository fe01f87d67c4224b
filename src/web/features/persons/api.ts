import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  createLinkBody,
  createPersonBody,
  Network,
  NetworkEdge,
  NetworkNode,
  Person,
  PersonAllegation,
  PersonLink,
  PersonPage,
  PersonSummary,
  searchPersonsResponse,
  updatePersonBody,
} from '@server/modules/persons/persons.schemas';
import type { searchYouthResponse } from '@server/modules/youth/youth.schemas';
import { api } from '@web/api/client';
import type { NetworkSearch, PersonsSearch } from '@web/routes/search';

export type {
  Network,
  NetworkEdge,
  NetworkNode,
  Person,
  PersonAllegation,
  PersonLink,
  PersonPage,
  PersonSummary,
};
export type CreatePersonBody = z.input<typeof createPersonBody>;
export type UpdatePersonBody = z.input<typeof updatePersonBody>;
export type CreateLinkBody = z.input<typeof createLinkBody>;
type SearchResult = z.infer<typeof searchPersonsResponse>;
type YouthSearchResult = z.infer<typeof searchYouthResponse>;

const PERSONS = '/api/v1/persons';
const personPath = (id: string) => `${PERSONS}/${encodeURIComponent(id)}`;

export const PERSONS_SEARCH_LIMIT = 50;

export const personKeys = {
  all: ['persons'] as const,
  search: (search: PersonsSearch) => ['persons', 'search', search] as const,
  page: (id: string) => ['persons', 'page', id] as const,
  network: (search: NetworkSearch) => ['persons', 'network', search] as const,
};

/** Persons matching the search; with no search, the most recently changed. */
export function personsSearchQueryOptions(search: PersonsSearch) {
  return queryOptions({
    queryKey: personKeys.search(search),
    queryFn: ({ signal }) =>
      api<SearchResult>(PERSONS, { query: { q: search.q, limit: PERSONS_SEARCH_LIMIT }, signal }),
    select: (data) => data.items,
  });
}

export function personPageQueryOptions(id: string) {
  return queryOptions({
    queryKey: personKeys.page(id),
    queryFn: ({ signal }) => api<PersonPage>(personPath(id), { signal }),
  });
}

export function networkQueryOptions(search: NetworkSearch) {
  return queryOptions({
    queryKey: personKeys.network(search),
    queryFn: ({ signal }) => api<Network>('/api/v1/network', { query: { ...search }, signal }),
  });
}

export function createPerson(body: CreatePersonBody, idempotencyKey: string): Promise<Person> {
  return api(PERSONS, { method: 'POST', body, idempotencyKey });
}

export function updatePerson(id: string, body: UpdatePersonBody): Promise<Person> {
  return api(personPath(id), { method: 'PATCH', body });
}

export function linkYouth(personId: string, body: CreateLinkBody): Promise<PersonLink> {
  return api(`${personPath(personId)}/links`, { method: 'POST', body });
}

export function unlinkYouth(personId: string, youthId: string): Promise<void> {
  return api(`${personPath(personId)}/links/${encodeURIComponent(youthId)}`, { method: 'DELETE' });
}

/** Youth matching a name, other name, phone or handle: to choose the youth to link. */
export function searchYouth(q: string, signal?: AbortSignal): Promise<YouthSearchResult> {
  return api('/api/v1/youth', { query: { q, limit: 10 }, signal });
}
