import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportBatch } from './api';

const percentOf = (b: ImportBatch) => (b.totalRows ? Math.floor((b.processedRows / b.totalRows) * 100) : 0);

/** What a screen reader hears: each change of status, and every quarter of the way while importing. */
function announcement(b: ImportBatch, t: TFunction, locale: string): string {
  if (b.status === 'validating') return t('imports.progress.validating');
  const quarter = Math.floor(percentOf(b) / 25) * 25;
  const done = Math.round((quarter / 100) * b.totalRows);
  return t('imports.progress.importing', {
    done: done.toLocaleString(locale),
    total: b.totalRows.toLocaleString(locale),
    percent: quarter,
  });
}

/**
 * A progress bar while the file is checked (no value: the browser shows it as busy) and imported
 * (lines done of lines in the file). The visible text says the same; a polite live region announces the
 * status and each quarter, rather than every second's change.
 */
export function ImportProgress({ batch }: { batch: ImportBatch }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const importing = batch.status === 'importing' && batch.totalRows > 0;

  return (
    <div>
      <p id="import-progress-label" className="text-bold margin-bottom-0">
        {t('imports.progress.label')}
      </p>
      <progress
        className="lantern-progress"
        aria-labelledby="import-progress-label"
        aria-describedby="import-progress-text"
        max={importing ? batch.totalRows : undefined}
        value={importing ? batch.processedRows : undefined}
        data-testid="import-progress"
      />
      <p id="import-progress-text" className="margin-top-05">
        {importing
          ? t('imports.progress.importing', {
              done: batch.processedRows.toLocaleString(locale),
              total: batch.totalRows.toLocaleString(locale),
              percent: percentOf(batch),
            })
          : t('imports.progress.validating')}
      </p>
      <div className="usa-sr-only" aria-live="polite" aria-atomic="true">
        {announcement(batch, t, locale)}
      </div>
    </div>
  );
}
