import { useTranslation } from 'react-i18next';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { Button } from '@trussworks/react-uswds';
import { isApiError } from '@web/api/client';
import { ApiErrorAlert } from './alerts';
import { ForbiddenPage, NotFoundPage } from './NotFoundPage';
import { PageHeading } from './PageHeading';

/** What a page shows when it could not load: no access, not found, or a failure worth retrying. */
export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  if (isApiError(error, 403)) return <ForbiddenPage />;
  if (isApiError(error, 404)) return <NotFoundPage />;

  const retry = () => {
    reset();
    void router.invalidate();
  };
  return (
    <>
      <PageHeading title={t('errorPage.title')} />
      <ApiErrorAlert error={error} />
      <Button type="button" onClick={retry} className="margin-top-3">
        {t('errorPage.retry')}
      </Button>
    </>
  );
}
