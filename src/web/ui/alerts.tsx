import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@trussworks/react-uswds';
import { ApiError } from '@web/api/client';
import { describeError } from './formErrors';

/** A short confirmation that something worked, announced politely. */
export function SuccessMessage({ children }: { children: ReactNode }) {
  return (
    <Alert type="success" headingLevel="h2" slim role="status">
      {children}
    </Alert>
  );
}

/** A failed load or action, with the request id the help desk can look up. */
export function ApiErrorAlert({
  error,
  headingLevel = 'h2',
}: {
  error: unknown;
  headingLevel?: 'h2' | 'h3';
}) {
  const { t } = useTranslation();
  const requestId = error instanceof ApiError ? error.requestId : null;
  return (
    <Alert type="error" headingLevel={headingLevel} heading={t('errors.heading')} role="alert">
      {describeError(error, t)}
      {requestId && (
        <>
          {' '}
          <span className="lantern-reference">{t('errors.reference', { requestId })}</span>
        </>
      )}
    </Alert>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="lantern-loading" role="status">
      {t('common.loading')}
    </p>
  );
}
