import { useState } from 'react';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@web/api/client';
import { toFormErrors, type FormErrors } from './formErrors';

export interface Versioned {
  id: string;
  version: number;
}

export type UpdateOutcome =
  | { kind: 'saved'; message: string }
  | { kind: 'conflict' }
  | { kind: 'unchanged' }
  | { kind: 'error'; errors: FormErrors }
  | null;

/** True when a 409's `current` looks like the record being edited (same id, has a version). */
export function isSameRecord<T extends Versioned>(value: unknown, id: string): value is T {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Versioned>;
  return candidate.id === id && typeof candidate.version === 'number';
}

/**
 * Edits a record that carries a version. Every save sends the version it was based on; when someone
 * else saved first (409), the record as it is now replaces the form's copy and the person is told.
 */
export function useVersionedUpdate<T extends Versioned, P extends object>(
  initial: T,
  update: (id: string, body: P & { version: number }) => Promise<T>,
  invalidate: QueryKey,
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [record, setRecord] = useState<T>(initial);
  const [outcome, setOutcome] = useState<UpdateOutcome>(null);

  const mutation = useMutation({
    mutationFn: ({ patch }: { patch: P; message: string }) =>
      update(record.id, { ...patch, version: record.version }),
    onSuccess: (updated, { message }) => {
      setRecord(updated);
      setOutcome({ kind: 'saved', message });
      void queryClient.invalidateQueries({ queryKey: invalidate });
    },
    onError: (error) => {
      if (isApiError(error, 409) && isSameRecord<T>(error.current, record.id)) {
        setRecord(error.current);
        setOutcome({ kind: 'conflict' });
        void queryClient.invalidateQueries({ queryKey: invalidate });
        return;
      }
      setOutcome({ kind: 'error', errors: toFormErrors(error, t) });
    },
  });

  return {
    record,
    outcome,
    pending: mutation.isPending,
    save: (patch: P, message: string) => {
      if (mutation.isPending) return;
      if (Object.keys(patch).length === 0) return setOutcome({ kind: 'unchanged' });
      setOutcome(null);
      mutation.mutate({ patch, message });
    },
  };
}
