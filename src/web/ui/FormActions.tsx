import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup } from '@trussworks/react-uswds';

interface FormActionsProps {
  /** The submit button's words; "Save changes" unless given. */
  submit?: string;
  pending: boolean;
  /** The second button: "Cancel" (the default) or "Close". */
  dismiss?: 'cancel' | 'close';
  onDismiss: () => void;
}

/** A form's buttons: submit (busy while it is sent), then cancel or close. */
export function FormActions({ submit, pending, dismiss = 'cancel', onDismiss }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <ButtonGroup>
      <Button type="submit" aria-busy={pending}>
        {submit ?? t('common.save')}
      </Button>
      <Button type="button" outline onClick={onDismiss}>
        {dismiss === 'close' ? t('common.close') : t('common.cancel')}
      </Button>
    </ButtonGroup>
  );
}

/** A filter form's buttons: apply the filters, or clear them all. */
export function FilterActions({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <ButtonGroup className="lantern-filter-actions">
      <Button type="submit">{t('common.applyFilters')}</Button>
      <Button type="button" outline onClick={onClear}>
        {t('common.clearFilters')}
      </Button>
    </ButtonGroup>
  );
}
