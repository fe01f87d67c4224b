import { useTranslation } from 'react-i18next';
import { isApiError } from '@web/api/client';
import { ApiErrorAlert } from '@web/ui/alerts';
import { ForbiddenPage, NotFoundPage } from '@web/ui/NotFoundPage';
import { PageHeading } from '@web/ui/PageHeading';

/**
 * A record page that could not load: not found (which is also what another county's record answers),
 * no access, or a failure worth retrying.
 */
export function LoadProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error, 404)) return <NotFoundPage />;
  if (isApiError(error, 403)) return <ForbiddenPage />;
  return (
    <>
      <PageHeading title={t('errorPage.title')} />
      <ApiErrorAlert error={error} />
    </>
  );
}
