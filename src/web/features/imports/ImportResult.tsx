import { useTranslation } from 'react-i18next';
import { Alert, Table } from '@trussworks/react-uswds';
import { TableRegion } from '@web/ui/TableRegion';
import type { ImportBatch, ImportIssue } from './api';

const KINDS = ['youth', 'reports', 'allegations'] as const;

/** What the import did: a sentence, the records created and found, and every problem listed. */
export function ImportResult({ batch }: { batch: ImportBatch }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => v.toLocaleString(i18n.language);
  const total = n(batch.totalRows);
  const invalid = n(batch.invalidRows);
  return (
    <>
      {batch.status === 'completed' && (
        <Alert type={batch.invalidRows ? 'warning' : 'success'} headingLevel="h3" slim role="status">
          {t('imports.result.completed', { total })}{' '}
          {batch.invalidRows > 0 && t('imports.result.skipped', { invalid })}
        </Alert>
      )}
      {batch.status === 'rejected' && (
        <Alert type="error" headingLevel="h3" slim role="status">
          {batch.totalRows
            ? t('imports.result.rejected', { invalid, total })
            : t('imports.result.rejectedFile')}
        </Alert>
      )}
      {batch.status === 'failed' && (
        <Alert type="error" headingLevel="h3" slim role="status">
          {t('imports.result.failed')}
        </Alert>
      )}
      {batch.status === 'completed' && (
        <TableRegion label={t('imports.result.countsCaption')}>
          <Table caption={t('imports.result.countsCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('imports.result.record')}</th>
                <th scope="col">{t('imports.result.created')}</th>
                <th scope="col">{t('imports.result.alreadyPresent')}</th>
              </tr>
            </thead>
            <tbody>
              {KINDS.map((kind) => (
                <tr key={kind}>
                  <th scope="row">{t(`imports.result.${kind}`)}</th>
                  <td data-testid={`created-${kind}`}>{n(batch.created[kind])}</td>
                  <td>{n(batch.alreadyPresent[kind])}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableRegion>
      )}
      {batch.errors.length > 0 && <IssueTable issues={batch.errors} invalidRows={batch.invalidRows} />}
    </>
  );
}

/** One row per problem: the line of the file, the column, and what is wrong, in the reader's language. */
function IssueTable({ issues, invalidRows }: { issues: readonly ImportIssue[]; invalidRows: number }) {
  const { t, i18n } = useTranslation();
  const shown = issues.length.toLocaleString(i18n.language);
  const caption = (
    <>
      {t('imports.errors.caption')}{' '}
      <span className="lantern-caption-detail">
        {t('imports.errors.captionDetail', { shown })}
        {issues.length >= 200 && invalidRows > 0 && <> {t('imports.errors.captionLimit', { shown })}</>}
      </span>
    </>
  );
  return (
    <TableRegion label={t('imports.errors.caption')}>
      <Table fullWidth caption={caption} className="lantern-import-errors">
        <thead>
          <tr>
            <th scope="col">{t('imports.errors.line')}</th>
            <th scope="col">{t('imports.errors.column')}</th>
            <th scope="col">{t('imports.errors.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={`${issue.line}:${issue.column ?? ''}:${i}`}>
              <th scope="row">
                {issue.line ? issue.line.toLocaleString(i18n.language) : t('imports.errors.wholeFile')}
              </th>
              <td>{issue.column ? <code>{issue.column}</code> : t('imports.errors.wholeLine')}</td>
              <td>{t(`imports.issue.${issue.code}`, { ...issue.params, column: issue.column ?? '' })}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableRegion>
  );
}
