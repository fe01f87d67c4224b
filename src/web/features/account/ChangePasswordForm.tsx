import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, Form } from '@trussworks/react-uswds';
import { changePassword } from '@web/features/auth/api';
import { SuccessMessage } from '@web/ui/alerts';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { TextField } from '@web/ui/fields';
import { fieldMessage, toFormErrors, type FormErrors } from '@web/ui/formErrors';

const FIELD_IDS = {
  currentPassword: 'current-password',
  newPassword: 'new-password',
  confirmPassword: 'confirm-password',
} as const;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      setErrors(null);
      setCurrentPassword('');
      setNewPassword('');
      setConfirmPassword('');
    },
    onError: (error) => setErrors(toFormErrors(error, t)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    mutation.reset();
    if (newPassword !== confirmPassword) {
      const message = t('account.passwordMismatch');
      setErrors({ message, fields: [{ path: 'confirmPassword', message }] });
      return;
    }
    mutation.mutate({ currentPassword, newPassword });
  };

  return (
    <section aria-labelledby="password-heading" className="lantern-section">
      <h2 id="password-heading">{t('account.passwordHeading')}</h2>
      {mutation.isSuccess && <SuccessMessage>{t('account.passwordChanged')}</SuccessMessage>}
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} headingLevel="h3" />
      <Form onSubmit={submit} noValidate aria-labelledby="password-heading">
        <TextField
          id={FIELD_IDS.currentPassword}
          type="password"
          label={t('account.currentPassword')}
          autoComplete="current-password"
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          error={fieldMessage(errors, 'currentPassword')}
        />
        <TextField
          id={FIELD_IDS.newPassword}
          type="password"
          label={t('account.newPassword')}
          hint={t('account.newPasswordHint')}
          autoComplete="new-password"
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
          error={fieldMessage(errors, 'newPassword')}
        />
        <TextField
          id={FIELD_IDS.confirmPassword}
          type="password"
          label={t('account.confirmPassword')}
          autoComplete="new-password"
          value={confirmPassword}
          onChange={(event) => setConfirmPassword(event.target.value)}
          error={fieldMessage(errors, 'confirmPassword')}
        />
        <Button type="submit" aria-busy={mutation.isPending}>
          {t('account.changePassword')}
        </Button>
      </Form>
    </section>
  );
}
