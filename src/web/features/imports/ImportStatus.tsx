import { useEffect, useRef } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Tag } from '@trussworks/react-uswds';
import { ApiErrorAlert, Loading } from '@web/ui/alerts';
import { importKeys, importQueryOptions, isRunning } from './api';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';

/**
 * One import: its progress while it runs (polled every second), then what it did. Its heading takes focus
 * when it appears, so keyboard and screen reader users land on it.
 */
export function ImportStatus({ id }: { id: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const batch = useQuery(importQueryOptions(id));
  const heading = useRef<HTMLHeadingElement>(null);
  const status = batch.data?.status;

  useEffect(() => heading.current?.focus(), [id]);
  useEffect(() => {
    // The list of recent imports shows the new status once this one has finished.
    if (status && !isRunning(status)) void queryClient.invalidateQueries({ queryKey: importKeys.list });
  }, [status, queryClient]);

  return (
    <section aria-labelledby="import-status-heading" className="lantern-section" data-testid="import-status">
      <h2 id="import-status-heading" ref={heading} tabIndex={-1}>
        {t('imports.progress.heading', { file: batch.data?.fileName ?? '' })}{' '}
        {status && <Tag className="margin-left-1 text-middle">{t(`imports.status.${status}`)}</Tag>}
      </h2>
      {batch.isError && <ApiErrorAlert error={batch.error} headingLevel="h3" />}
      {batch.isPending && <Loading />}
      {batch.data && isRunning(batch.data.status) && <ImportProgress batch={batch.data} />}
      {batch.data && !isRunning(batch.data.status) && <ImportResult batch={batch.data} />}
    </section>
  );
}
