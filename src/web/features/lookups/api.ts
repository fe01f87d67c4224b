import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ExtendableList } from '@domain/record/vocabulary';
import type {
  LookupValue,
  Lookups,
  createLookupBody,
  updateLookupBody,
} from '@server/modules/lookups/lookups.schemas';
import { api } from '@web/api/client';
import type { Locale } from '@web/i18n';

export type { LookupValue, Lookups };
export type CreateLookupBody = z.input<typeof createLookupBody>;
export type UpdateLookupBody = z.input<typeof updateLookupBody>;

/** A value a county added: it has an id and a version, and can be relabelled or deactivated. */
export type CountyLookupValue = LookupValue & { id: string; version: number };

export function isCountyValue(value: LookupValue): value is CountyLookupValue {
  return !value.builtIn && value.id !== null && value.version !== null;
}

export const lookupKeys = {
  all: ['lookups'] as const,
  of: (jurisdictionId: number | null) => ['lookups', jurisdictionId ?? 'mine'] as const,
};

/** Built-in values and a county's own (the reader's county unless another is named), for every list. */
export function lookupsForQueryOptions(jurisdictionId: number | null) {
  return queryOptions({
    queryKey: lookupKeys.of(jurisdictionId),
    queryFn: ({ signal }) =>
      api<Lookups>('/api/v1/lookups', { query: { jurisdictionId: jurisdictionId ?? undefined }, signal }),
    staleTime: 5 * 60_000,
  });
}

/** The lists as the forms of the reader's own county offer them. */
export const lookupsQueryOptions = lookupsForQueryOptions(null);

export function createLookupValue(
  list: ExtendableList,
  body: CreateLookupBody,
  idempotencyKey: string,
): Promise<LookupValue> {
  return api(`/api/v1/lookups/${encodeURIComponent(list)}`, { method: 'POST', body, idempotencyKey });
}

export function updateLookupValue(id: string, body: UpdateLookupBody): Promise<CountyLookupValue> {
  return api(`/api/v1/lookups/values/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function lookupLabel(value: Pick<LookupValue, 'labelEn' | 'labelEs'>, locale: Locale): string {
  return locale === 'es' ? value.labelEs : value.labelEn;
}

/**
 * The values to offer on a form: the active ones, plus any already chosen that have since been
 * deactivated (a record keeps its value; it is only no longer offered for new ones).
 */
export function offeredValues(values: readonly LookupValue[], chosen: readonly string[]): LookupValue[] {
  return values.filter((value) => value.active || chosen.includes(value.code));
}

/** A code's label from a list, or the code itself when the list does not know it (yet). */
export function labelForCode(
  values: readonly LookupValue[] | undefined,
  code: string,
  locale: Locale,
): string {
  const found = values?.find((value) => value.code === code);
  return found ? lookupLabel(found, locale) : code;
}
