import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '@trussworks/react-uswds';
import { formatDateTime } from '@web/ui/format';
import { describeError } from '@web/ui/formErrors';
import type { Screening } from './api';
import { suggestedAllegations } from './prefill';

/**
 * On the report intake opened from a screening: which screening pre-filled the allegations, that each
 * must be reviewed before saving, and the way back. When the screening cannot be read, the form is
 * simply not pre-filled, and the notice says so.
 */
export function PrefillNotice({ screening, error }: { screening: Screening | null; error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!screening) {
    return (
      <Alert
        type="warning"
        headingLevel="h2"
        heading={t('reports.intake.prefill.failedHeading')}
        role="alert"
      >
        {t('reports.intake.prefill.failed', { problem: describeError(error, t) })}
      </Alert>
    );
  }
  const date = formatDateTime(screening.screenedAt, i18n.language);
  const none = suggestedAllegations(screening.result).length === 0;
  return (
    <Alert type="info" headingLevel="h2" heading={t('reports.intake.prefill.heading')} role="status">
      <p>
        {none ? t('reports.intake.prefill.none', { date }) : t('reports.intake.prefill.notice', { date })}
      </p>
      <p>
        <Link to="/screenings/$screeningId" params={{ screeningId: screening.id }} className="usa-link">
          {t('reports.intake.prefill.back')}
        </Link>
      </p>
    </Alert>
  );
}
