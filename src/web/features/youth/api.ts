import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { notFound } from '@tanstack/react-router';
import type { z } from 'zod';
import type {
  amendContactBody,
  Contact,
  contactInput,
  contactWithHistorySchema,
} from '@server/modules/contacts/contacts.schemas';
import type { Allegation, ReportSummary, Revision } from '@server/modules/reports/reports.schemas';
import type {
  duplicateCheckBody,
  duplicateCheckResponse,
  RevealResponse,
  searchYouthResponse,
  SensitiveGroup,
  Youth,
  YouthPage,
  YouthSummary,
} from '@server/modules/youth/youth.schemas';
import { api } from '@web/api/client';
import type { YouthSearch } from '@web/routes/search';
import type { CreateYouthBody, UpdateYouthBody } from './draft';

export type { Allegation, Contact, ReportSummary, RevealResponse, Revision, Youth, YouthPage, YouthSummary };
export type DuplicateCheckBody = z.input<typeof duplicateCheckBody>;
export type ContactBody = z.input<typeof contactInput>;
export type AmendContactBody = z.input<typeof amendContactBody>;
export type ContactWithHistory = z.infer<typeof contactWithHistorySchema>;

type SearchResult = z.infer<typeof searchYouthResponse>;
type DuplicateResult = z.infer<typeof duplicateCheckResponse>;

const YOUTH = '/api/v1/youth';
const youthPath = (id: string) => `${YOUTH}/${encodeURIComponent(id)}`;

export const YOUTH_SEARCH_LIMIT = 25;

export const youthKeys = {
  all: ['youth'] as const,
  search: (search: YouthSearch) => ['youth', 'search', search] as const,
  page: (id: string) => ['youth', 'page', id] as const,
  contact: (id: string) => ['youth', 'contact', id] as const,
};

/** True when the search says what to look for (a name, phone or handle, or a date of birth). */
export function hasSearchTerms(search: YouthSearch): boolean {
  return Boolean(search.q || search.dob);
}

export function youthSearchQueryOptions(search: YouthSearch) {
  return queryOptions({
    queryKey: youthKeys.search(search),
    queryFn: ({ signal }) =>
      api<SearchResult>(YOUTH, {
        query: { q: search.q, dob: search.dob, limit: YOUTH_SEARCH_LIMIT },
        signal,
      }),
    select: (data) => data.items,
    enabled: hasSearchTerms(search),
  });
}

/**
 * The youth page: profile, reports, allegations and contacts in one answer. Each visit reads it afresh (a
 * report recorded elsewhere a moment ago shows up), and each read is audited as one look at the record.
 */
export function youthPageQueryOptions(id: string) {
  return queryOptions({
    queryKey: youthKeys.page(id),
    queryFn: ({ signal }) => api<YouthPage>(youthPath(id), { signal }),
    staleTime: 0,
  });
}

export function checkDuplicates(body: DuplicateCheckBody): Promise<YouthSummary[]> {
  return api<DuplicateResult>(`${YOUTH}/duplicate-check`, { method: 'POST', body }).then(
    (result) => result.candidates,
  );
}

export function createYouth(body: CreateYouthBody, idempotencyKey: string): Promise<Youth> {
  return api(YOUTH, { method: 'POST', body, idempotencyKey });
}

export function updateYouth(id: string, body: UpdateYouthBody): Promise<Youth> {
  return api(youthPath(id), { method: 'PATCH', body });
}

/** Shows one sensitive group's values. The server writes an audit event for every call. */
export function revealSensitive(id: string, group: SensitiveGroup): Promise<RevealResponse> {
  return api(`${youthPath(id)}/sensitive/${group}`);
}

export function addContact(youthId: string, body: ContactBody, idempotencyKey: string): Promise<Contact> {
  return api(`${youthPath(youthId)}/contacts`, { method: 'POST', body, idempotencyKey });
}

export function amendContact(id: string, body: AmendContactBody): Promise<Contact> {
  return api(`/api/v1/contacts/${encodeURIComponent(id)}/amend`, { method: 'POST', body });
}

/** A contact with its earlier versions (an audited read, fetched when the history is opened). */
export function contactHistoryQueryOptions(id: string) {
  return queryOptions({
    queryKey: youthKeys.contact(id),
    queryFn: ({ signal }) =>
      api<ContactWithHistory>(`/api/v1/contacts/${encodeURIComponent(id)}`, { signal }),
    staleTime: Infinity,
  });
}

/** Youth just created in this tab: their page says so once. */
const justCreated = new Set<string>();

export function markJustCreated(id: string): void {
  justCreated.add(id);
}

export function wasJustCreated(id: string): boolean {
  return justCreated.has(id);
}

/** Said once: the next visit to the page is an ordinary one. */
export function forgetJustCreated(id: string): void {
  justCreated.delete(id);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The youth page's route loader: the page renders (and its heading takes focus) once the record is here.
 * An address that cannot be a youth id is "not found" without asking the server. Every visit reads afresh.
 */
export function loadYouthPage(queryClient: QueryClient, id: string): Promise<YouthPage> {
  if (!UUID.test(id)) throw notFound();
  return queryClient.fetchQuery(youthPageQueryOptions(id));
}
