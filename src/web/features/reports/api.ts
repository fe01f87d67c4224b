import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Allegation,
  Report,
  ReportSummary,
  Revision,
  allegationInput,
  allegationWithHistorySchema,
  amendAllegationBody,
  createReportBody,
  exploitationDetailsSchema,
  listAllegationsResponse,
  listReportsResponse,
  proposeDispositionBody,
  reviewDispositionBody,
  updateReportBody,
} from '@server/modules/reports/reports.schemas';
import type { searchPersonsResponse } from '@server/modules/persons/persons.schemas';
import type { searchYouthResponse, YouthPage, YouthSummary } from '@server/modules/youth/youth.schemas';
import { api } from '@web/api/client';
import type { ReportsSearch } from '@web/routes/search';

export type { Allegation, Report, ReportSummary, Revision, YouthSummary };
export type AllegationWithHistory = z.infer<typeof allegationWithHistorySchema>;
export type CreateReportBody = z.input<typeof createReportBody>;
export type AllegationBody = z.input<typeof allegationInput>;
export type ExploitationBody = z.input<typeof exploitationDetailsSchema>;
export type UpdateReportBody = z.input<typeof updateReportBody>;
export type AmendAllegationBody = z.input<typeof amendAllegationBody>;
export type ProposeDispositionBody = z.input<typeof proposeDispositionBody>;
export type ReviewDispositionBody = z.input<typeof reviewDispositionBody>;
type ReportList = z.infer<typeof listReportsResponse>;
type AllegationList = z.infer<typeof listAllegationsResponse>;
type YouthSearchResult = z.infer<typeof searchYouthResponse>;
type PersonSearchResult = z.infer<typeof searchPersonsResponse>;

const id = (value: string) => encodeURIComponent(value);

export const reportKeys = {
  all: ['reports'] as const,
  list: (filters: ReportsSearch) => ['reports', 'list', filters] as const,
  detail: (reportId: string) => ['reports', 'detail', reportId] as const,
};

export const allegationKeys = {
  all: ['allegations'] as const,
  queue: ['allegations', 'queue'] as const,
  detail: (allegationId: string) => ['allegations', 'detail', allegationId] as const,
};

/** After any change to a report or allegation: lists, pages and the youth's timeline may all show it. */
export function invalidateRecord(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: reportKeys.all });
  void queryClient.invalidateQueries({ queryKey: allegationKeys.all });
  void queryClient.invalidateQueries({ queryKey: ['youth'] });
}

export const REPORTS_PAGE_SIZE = 100;

export function reportsQueryOptions(filters: ReportsSearch) {
  return queryOptions({
    queryKey: reportKeys.list(filters),
    queryFn: ({ signal }) =>
      api<ReportList>('/api/v1/reports', {
        query: {
          assigned: filters.assigned ?? 'anyone',
          decision: filters.decision,
          limit: REPORTS_PAGE_SIZE,
        },
        signal,
      }),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
  });
}

export function reportQueryOptions(reportId: string) {
  return queryOptions({
    queryKey: reportKeys.detail(reportId),
    queryFn: ({ signal }) => api<Report>(`/api/v1/reports/${id(reportId)}`, { signal }),
  });
}

export function allegationQueryOptions(allegationId: string) {
  return queryOptions({
    queryKey: allegationKeys.detail(allegationId),
    queryFn: ({ signal }) =>
      api<AllegationWithHistory>(`/api/v1/allegations/${id(allegationId)}`, { signal }),
  });
}

export const reviewQueueQueryOptions = queryOptions({
  queryKey: allegationKeys.queue,
  queryFn: ({ signal }) =>
    api<AllegationList>('/api/v1/allegations', { query: { state: 'proposed', limit: 200 }, signal }),
  select: (data) => data.items,
});

export function createReport(body: CreateReportBody, idempotencyKey: string): Promise<Report> {
  return api('/api/v1/reports', { method: 'POST', body, idempotencyKey });
}

export function updateReport(reportId: string, body: UpdateReportBody): Promise<Report> {
  return api(`/api/v1/reports/${id(reportId)}`, { method: 'PATCH', body });
}

export function addAllegation(
  reportId: string,
  body: AllegationBody,
  idempotencyKey: string,
): Promise<Allegation> {
  return api(`/api/v1/reports/${id(reportId)}/allegations`, { method: 'POST', body, idempotencyKey });
}

export function amendAllegation(allegationId: string, body: AmendAllegationBody): Promise<Allegation> {
  return api(`/api/v1/allegations/${id(allegationId)}/amend`, { method: 'POST', body });
}

export function proposeDisposition(allegationId: string, body: ProposeDispositionBody): Promise<Allegation> {
  return api(`/api/v1/allegations/${id(allegationId)}/disposition`, { method: 'POST', body });
}

export function reviewDisposition(allegationId: string, body: ReviewDispositionBody): Promise<Allegation> {
  return api(`/api/v1/allegations/${id(allegationId)}/review`, { method: 'POST', body });
}

/** Youth matching a name, nickname or date of birth, to pick the youth an allegation is about. */
export function searchYouth(q: string, signal?: AbortSignal): Promise<YouthSearchResult> {
  return api('/api/v1/youth', { query: { q, limit: 10 }, signal });
}

/** Persons of interest matching a name, moniker, phone or handle (only for holders of persons.read). */
export function searchPersons(q: string, signal?: AbortSignal): Promise<PersonSearchResult> {
  return api('/api/v1/persons', { query: { q, limit: 10 }, signal });
}

/** The youth named in the address (/reports/new?youthId=…), to start the report's first allegation. */
export function youthQueryOptions(youthId: string) {
  return queryOptions({
    queryKey: ['youth', 'intake', youthId],
    queryFn: ({ signal }) => api<YouthPage>(`/api/v1/youth/${id(youthId)}`, { signal }),
  });
}
