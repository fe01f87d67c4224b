import { useState, type ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert, Loading } from '@web/ui/alerts';
import { PageHeading } from '@web/ui/PageHeading';
import { importsQueryOptions } from './api';
import { FileLayout } from './FileLayout';
import { ImportStatus } from './ImportStatus';
import { RecentImports } from './RecentImports';
import { UploadForm } from './UploadForm';
import './imports.css';

/**
 * Administration: bring a legacy referral extract into Lantern. Upload a CSV file, watch it being checked
 * and imported, then see what it created and every problem, line by line.
 */
export function ImportsPage(): ReactElement {
  const { t } = useTranslation();
  const recent = useQuery(importsQueryOptions);
  const [shown, setShown] = useState<string | null>(null);

  return (
    <>
      <PageHeading title={t('imports.title')} />
      <p className="usa-intro">{t('imports.intro')}</p>
      <FileLayout />
      <UploadForm onStarted={(batch) => setShown(batch.id)} />
      {shown && <ImportStatus key={shown} id={shown} />}
      {recent.isError && <ApiErrorAlert error={recent.error} />}
      {recent.isPending && <Loading />}
      {recent.data && <RecentImports items={recent.data} shownId={shown} onShow={setShown} />}
    </>
  );
}
