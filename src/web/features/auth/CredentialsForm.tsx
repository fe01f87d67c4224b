import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, Form } from '@trussworks/react-uswds';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { TextField } from '@web/ui/fields';
import { fieldMessage, toFormErrors, type FormErrors } from '@web/ui/formErrors';
import { signIn, type SignInResult } from './api';

const FIELD_IDS = { email: 'sign-in-email', password: 'sign-in-password' } as const;

/** Email and password. Lockout and throttling messages come from the server as they are. */
export function CredentialsForm({ onResult }: { onResult: (result: SignInResult) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: (result) => {
      setErrors(null);
      onResult(result);
    },
    onError: (error) => setErrors(toFormErrors(error, t)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!mutation.isPending) mutation.mutate({ email, password });
  };

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} />
      <Form onSubmit={submit} noValidate aria-label={t('signIn.formLabel')}>
        <TextField
          id={FIELD_IDS.email}
          name="email"
          type="email"
          label={t('signIn.email')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldMessage(errors, 'email')}
        />
        <TextField
          id={FIELD_IDS.password}
          name="password"
          type="password"
          label={t('signIn.password')}
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldMessage(errors, 'password')}
        />
        <Button type="submit" aria-busy={mutation.isPending}>
          {t('signIn.submit')}
        </Button>
      </Form>
    </>
  );
}
