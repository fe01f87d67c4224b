import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  BatchStatus,
  ImportBatch,
  ImportBatchSummary,
  ImportIssue,
  IssueCode,
  listImportsResponse,
} from '@server/modules/imports/imports.schemas';
import { api, ApiError, buildUrl, getCsrfToken, NETWORK_ERROR, toApiError } from '@web/api/client';

export type { BatchStatus, ImportBatch, ImportBatchSummary, ImportIssue, IssueCode };
type ImportList = z.infer<typeof listImportsResponse>;

/** The largest file the server takes through the web (IMPORT_LIMITS.uploadBytes, not imported at run time). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export const importKeys = {
  all: ['imports'] as const,
  list: ['imports', 'list'] as const,
  one: (id: string) => ['imports', 'one', id] as const,
};

export const isRunning = (status: BatchStatus) => status === 'validating' || status === 'importing';

export const importsQueryOptions = queryOptions({
  queryKey: importKeys.list,
  queryFn: ({ signal }) => api<ImportList>('/api/v1/imports', { signal }),
  select: (data) => data.items,
});

/** One batch; asked again every second while it is still being checked or imported. */
export function importQueryOptions(id: string) {
  return queryOptions({
    queryKey: importKeys.one(id),
    queryFn: ({ signal }) => api<ImportBatch>(`/api/v1/imports/${encodeURIComponent(id)}`, { signal }),
    refetchInterval: (query) => (query.state.data && !isRunning(query.state.data.status) ? false : 1_000),
  });
}

/**
 * Send the file itself as the request body (Content-Type: text/csv), not as JSON: the one upload in the
 * API. The same file sent again with the same key answers with the same batch.
 */
export async function uploadReferrals(
  file: File,
  acceptValidOnly: boolean,
  idempotencyKey: string,
): Promise<ImportBatch> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'text/csv',
    'idempotency-key': idempotencyKey,
  };
  const csrf = getCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await fetch(
      buildUrl('/api/v1/imports/referrals', { fileName: file.name.slice(0, 200), acceptValidOnly }),
      { method: 'POST', headers, body: file, credentials: 'same-origin' },
    );
  } catch {
    throw new ApiError({ status: 0, code: NETWORK_ERROR, message: '' });
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as ImportBatch;
}
