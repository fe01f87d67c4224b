/**
 * The browser's side of screenings and instruments: query options and calls, typed from the server's
 * schemas (src/server/modules/{screenings,instruments}/*.schemas.ts).
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AdaptBody,
  InstrumentDetail,
  InstrumentRef,
  InstrumentSummary,
  Origin,
  instrumentList,
  versionList,
} from '@server/modules/instruments/instruments.schemas';
import type {
  Screening,
  ScreeningSummary,
  ScreeningWithHistory,
  amendScreeningBody,
  screeningInput,
  screeningList,
} from '@server/modules/screenings/screenings.schemas';
import { api } from '@web/api/client';

export type {
  InstrumentDetail,
  InstrumentRef,
  InstrumentSummary,
  Origin,
  Screening,
  ScreeningSummary,
  ScreeningWithHistory,
};
export type ScreeningBody = z.input<typeof screeningInput>;
export type AmendScreeningBody = z.input<typeof amendScreeningBody>;
export type AdaptInstrumentBody = AdaptBody;

const id = (value: string) => encodeURIComponent(value);

export const screeningKeys = {
  all: ['screenings'] as const,
  detail: (screeningId: string) => ['screenings', 'detail', screeningId] as const,
  forYouth: (youthId: string) => ['screenings', 'youth', youthId] as const,
};

export const instrumentKeys = {
  all: ['instruments'] as const,
  list: ['instruments', 'list'] as const,
  current: (key: string) => ['instruments', 'current', key] as const,
  versions: (key: string) => ['instruments', 'versions', key] as const,
  version: (ref: InstrumentRef) => ['instruments', 'version', ref.key, ref.origin, ref.version] as const,
};

/** After a screening is saved or amended: its page, the youth's list and the youth's timeline. */
export function invalidateScreenings(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: screeningKeys.all });
  void queryClient.invalidateQueries({ queryKey: ['youth'] });
}

export function screeningQueryOptions(screeningId: string) {
  return queryOptions({
    queryKey: screeningKeys.detail(screeningId),
    queryFn: ({ signal }) => api<ScreeningWithHistory>(`/api/v1/screenings/${id(screeningId)}`, { signal }),
  });
}

export function youthScreeningsQueryOptions(youthId: string) {
  return queryOptions({
    queryKey: screeningKeys.forYouth(youthId),
    queryFn: ({ signal }) =>
      api<z.infer<typeof screeningList>>(`/api/v1/youth/${id(youthId)}/screenings`, { signal }),
    select: (data) => data.screenings,
  });
}

export function createScreening(body: ScreeningBody, idempotencyKey: string): Promise<Screening> {
  return api('/api/v1/screenings', { method: 'POST', body, idempotencyKey });
}

export function amendScreening(screeningId: string, body: AmendScreeningBody): Promise<ScreeningWithHistory> {
  return api(`/api/v1/screenings/${id(screeningId)}/amend`, { method: 'POST', body });
}

export function instrumentsQueryOptions() {
  return queryOptions({
    queryKey: instrumentKeys.list,
    queryFn: ({ signal }) => api<z.infer<typeof instrumentList>>('/api/v1/instruments', { signal }),
    select: (data) => data.instruments,
  });
}

export function currentInstrumentQueryOptions(key: string) {
  return queryOptions({
    queryKey: instrumentKeys.current(key),
    queryFn: ({ signal }) => api<InstrumentDetail>(`/api/v1/instruments/${id(key)}`, { signal }),
  });
}

export function instrumentVersionsQueryOptions(key: string) {
  return queryOptions({
    queryKey: instrumentKeys.versions(key),
    queryFn: ({ signal }) =>
      api<z.infer<typeof versionList>>(`/api/v1/instruments/${id(key)}/versions`, { signal }),
    select: (data) => data.versions,
  });
}

/** One exact version (the one a screening was taken with). Versions never change, so cache it for good. */
export function instrumentVersionQueryOptions(ref: InstrumentRef) {
  return queryOptions({
    queryKey: instrumentKeys.version(ref),
    queryFn: ({ signal }) =>
      api<InstrumentDetail>(`/api/v1/instruments/${id(ref.key)}/versions/${ref.origin}/${ref.version}`, {
        signal,
      }),
    staleTime: Infinity,
  });
}

export function adaptInstrument(key: string, body: AdaptInstrumentBody): Promise<InstrumentDetail> {
  return api(`/api/v1/instruments/${id(key)}/versions`, { method: 'POST', body });
}
