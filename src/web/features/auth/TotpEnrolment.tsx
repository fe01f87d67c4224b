import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Me } from '@server/modules/auth/auth.schemas';
import { Button, ButtonGroup, Form } from '@trussworks/react-uswds';
import { ApiErrorAlert, Loading } from '@web/ui/alerts';
import { ErrorSummary } from '@web/ui/ErrorSummary';
import { TextField } from '@web/ui/fields';
import { fieldMessage, toFormErrors, type FormErrors } from '@web/ui/formErrors';
import { confirmTotpEnrolment, startTotpEnrolment, type TotpEnrolConfirmResult } from './api';
import { RecoveryCodes } from './RecoveryCodes';

interface TotpEnrolmentProps {
  /** True while signing in (the session is not complete yet), false from the account page. */
  duringSignIn: boolean;
  headingLevel: 'h2' | 'h3';
  onComplete: (me: Me) => void;
  /** The server has enrolled the app (recovery codes are being shown): the signed-in person is up to date. */
  onConfirmed?: (me: Me) => void;
  onCancel?: () => void;
}

const CODE_ID = 'enrol-code';

/** Set up an authenticator app: scan or type the key, prove it works with a code, save recovery codes. */
export function TotpEnrolment({
  duringSignIn,
  headingLevel: Heading,
  onComplete,
  onConfirmed,
  onCancel,
}: TotpEnrolmentProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [confirmed, setConfirmed] = useState<TotpEnrolConfirmResult | null>(null);
  const start = useMutation({ mutationFn: () => startTotpEnrolment(duringSignIn) });
  const confirm = useMutation({
    mutationFn: (value: string) => confirmTotpEnrolment(value, duringSignIn),
    onSuccess: (result) => {
      setConfirmed(result);
      onConfirmed?.(result.me);
    },
    onError: (error) => setErrors(toFormErrors(error, t)),
  });

  // One secret per visit to this step (the ref survives React's development double effects).
  const started = useRef(false);
  const { mutate: begin } = start;
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    begin();
  }, [begin]);

  if (confirmed) {
    return (
      <RecoveryCodes
        codes={confirmed.recoveryCodes}
        headingLevel={Heading}
        onContinue={() => onComplete(confirmed.me)}
      />
    );
  }
  if (start.isError) {
    return (
      <>
        <ApiErrorAlert error={start.error} headingLevel={Heading} />
        <Button type="button" className="margin-top-2" onClick={() => start.mutate()}>
          {t('errorPage.retry')}
        </Button>
      </>
    );
  }
  if (!start.data) return <Loading />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!confirm.isPending) confirm.mutate(code.replace(/\s+/g, ''));
  };

  return (
    <div className="lantern-enrolment">
      <Heading>{t('totp.scanHeading')}</Heading>
      <p>{t('totp.scanBody')}</p>
      <img className="lantern-qr" src={start.data.qrDataUrl} alt={t('totp.qrAlt')} width={200} height={200} />
      <p>{t('totp.manual')}</p>
      <p>
        <code className="lantern-secret" data-testid="totp-secret">
          {start.data.secret}
        </code>
      </p>
      <Heading>{t('totp.confirmHeading')}</Heading>
      <ErrorSummary
        errors={errors}
        fieldIds={{ code: CODE_ID }}
        headingLevel={Heading === 'h2' ? 'h3' : 'h4'}
      />
      <Form onSubmit={submit} noValidate aria-label={t('totp.confirmHeading')}>
        <TextField
          id={CODE_ID}
          name="code"
          label={t('signIn.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={fieldMessage(errors, 'code')}
        />
        <ButtonGroup>
          <Button type="submit" aria-busy={confirm.isPending}>
            {t('signIn.verify')}
          </Button>
          {onCancel && (
            <Button type="button" outline onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </ButtonGroup>
      </Form>
    </div>
  );
}
