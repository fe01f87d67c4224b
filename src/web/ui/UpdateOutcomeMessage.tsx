import { useTranslation } from 'react-i18next';
import { Alert } from '@trussworks/react-uswds';
import { SuccessMessage } from './alerts';
import { ErrorSummary } from './ErrorSummary';
import type { UpdateOutcome } from './useVersionedUpdate';

/** The result of the last save in an edit panel: saved, changed by someone else, or a problem. */
export function UpdateOutcomeMessage({
  outcome,
  fieldIds,
}: {
  outcome: UpdateOutcome;
  fieldIds: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation();
  if (!outcome) return null;
  if (outcome.kind === 'saved') return <SuccessMessage>{outcome.message}</SuccessMessage>;
  if (outcome.kind === 'unchanged') {
    return (
      <Alert type="info" headingLevel="h3" slim role="status">
        {t('common.noChanges')}
      </Alert>
    );
  }
  if (outcome.kind === 'conflict') {
    return (
      <Alert type="warning" headingLevel="h3" heading={t('errors.conflictHeading')} role="alert">
        {t('errors.conflict')}
      </Alert>
    );
  }
  return <ErrorSummary errors={outcome.errors} fieldIds={fieldIds} headingLevel="h3" />;
}
