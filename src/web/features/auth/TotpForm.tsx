import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Me } from '@server/modules/auth/auth.schemas';
import { Button, Form } from '@trussworks/react-uswds';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { TextField } from '@web/ui/fields';
import { fieldMessage, toFormErrors, type FormErrors } from '@web/ui/formErrors';
import { verifyTotp } from './api';

const FIELD_IDS = { code: 'totp-code', recoveryCode: 'totp-recovery-code' } as const;

/** The second step of signing in: a code from the authenticator app, or one of the recovery codes. */
export function TotpForm({
  onVerified,
  onStartOver,
}: {
  onVerified: (me: Me) => void;
  onStartOver: () => void;
}) {
  const { t } = useTranslation();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const mutation = useMutation({
    mutationFn: verifyTotp,
    onSuccess: (result) => onVerified(result.me),
    onError: (error) => setErrors(toFormErrors(error, t)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    mutation.mutate(useRecovery ? { recoveryCode: recoveryCode.trim() } : { code: code.replace(/\s+/g, '') });
  };

  return (
    <>
      <p className="usa-intro">{useRecovery ? t('signIn.recoveryIntro') : t('signIn.totpIntro')}</p>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} />
      <Form onSubmit={submit} noValidate aria-label={t('signIn.totpFormLabel')}>
        {useRecovery ? (
          <TextField
            id={FIELD_IDS.recoveryCode}
            name="recoveryCode"
            label={t('signIn.recoveryCode')}
            hint={t('signIn.recoveryHint')}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={recoveryCode}
            onChange={(event) => setRecoveryCode(event.target.value)}
            error={fieldMessage(errors, 'recoveryCode')}
          />
        ) : (
          <TextField
            id={FIELD_IDS.code}
            name="code"
            label={t('signIn.code')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            error={fieldMessage(errors, 'code')}
          />
        )}
        <Button type="submit" aria-busy={mutation.isPending}>
          {t('signIn.verify')}
        </Button>
      </Form>
      <p className="margin-top-3">
        <Button
          type="button"
          unstyled
          onClick={() => {
            setErrors(null);
            setUseRecovery(!useRecovery);
          }}
        >
          {useRecovery ? t('signIn.useCode') : t('signIn.useRecovery')}
        </Button>
      </p>
      <p>
        <Button type="button" unstyled onClick={onStartOver}>
          {t('signIn.startOver')}
        </Button>
      </p>
    </>
  );
}
