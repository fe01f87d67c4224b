import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@web/api/client';
import { toFormErrors, type FieldError } from '@web/ui/formErrors';
import type { UpdateOutcome } from '@web/ui/useVersionedUpdate';
import { invalidateRecord } from './api';

/**
 * One change to a report or allegation that carries the version it was based on. The record on screen
 * comes from the query cache; after a save, or when someone else saved first (409), the cache is
 * refreshed so the page shows the record as it is now, and the outcome says what happened.
 */
export function useRecordAction<B, R = unknown>(
  action: (body: B) => Promise<R>,
  options: { onSaved?: (result: R) => void } = {},
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<UpdateOutcome>(null);

  const mutation = useMutation({
    mutationFn: ({ body }: { body: B; message: string }) => action(body),
    onSuccess: (result, { message }) => {
      setOutcome({ kind: 'saved', message });
      invalidateRecord(queryClient);
      options.onSaved?.(result);
    },
    onError: (error) => {
      if (isApiError(error, 409)) {
        setOutcome({ kind: 'conflict' });
        invalidateRecord(queryClient);
        return;
      }
      setOutcome({ kind: 'error', errors: toFormErrors(error, t) });
    },
  });

  return {
    outcome,
    pending: mutation.isPending,
    errors: outcome?.kind === 'error' ? outcome.errors : null,
    run: (body: B, message: string) => {
      if (mutation.isPending) return;
      setOutcome(null);
      mutation.mutate({ body, message });
    },
    /** Problems found before sending: shown like the server's, in the same places. */
    reject: (fields: FieldError[]) =>
      setOutcome({ kind: 'error', errors: { message: t('errors.checkFields'), fields } }),
    clear: () => setOutcome(null),
  };
}
