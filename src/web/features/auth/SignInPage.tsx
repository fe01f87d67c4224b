import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '@server/modules/auth/auth.schemas';
import { Button } from '@trussworks/react-uswds';
import { ApiError } from '@web/api/client';
import { focusPageHeading, PageHeading } from '@web/ui/PageHeading';
import { ApiErrorAlert } from '@web/ui/alerts';
import { meQueryOptions, type SignInResult } from './api';
import { CredentialsForm } from './CredentialsForm';
import { startSession } from './session';
import { TotpEnrolment } from './TotpEnrolment';
import { TotpForm } from './TotpForm';

const route = getRouteApi('/session/sign-in');

type Step = 'credentials' | 'totp' | 'enrol';

/** Sign in: password, then (when the role needs it) the authenticator code or first-time enrolment. */
export function SignInPage(): ReactElement {
  const { t } = useTranslation();
  const search = route.useSearch();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>('credentials');
  const [finishError, setFinishError] = useState<unknown>(null);

  const previousStep = useRef(step);
  useEffect(() => {
    if (previousStep.current !== step) focusPageHeading();
    previousStep.current = step;
  }, [step]);

  const finish = async (me: Me) => {
    await startSession(queryClient, me);
    await router.navigate({ href: search.redirect ?? '/' });
  };

  const onCredentials = async (result: SignInResult) => {
    if (result.step === 'totp') return setStep('totp');
    if (result.step === 'totp-enrol') return setStep('enrol');
    const me = result.me ?? (await queryClient.fetchQuery({ ...meQueryOptions, staleTime: 0 }));
    if (me) return finish(me);
    setFinishError(new ApiError({ status: 401, code: 'UNAUTHENTICATED', message: t('signIn.sessionLost') }));
  };

  const startOver = () => {
    setFinishError(null);
    setStep('credentials');
  };

  // The browser tab says "Sign in – Lantern" rather than repeating the product name.
  const titles: Record<Step, string> = {
    credentials: t('signIn.formLabel'),
    totp: t('signIn.totpTitle'),
    enrol: t('signIn.enrolTitle'),
  };

  return (
    <div className="lantern-narrow">
      <PageHeading title={titles[step]}>
        {step === 'credentials' ? t('signIn.title') : titles[step]}
      </PageHeading>
      {finishError !== null && <ApiErrorAlert error={finishError} />}
      {step === 'credentials' && <CredentialsForm onResult={onCredentials} />}
      {step === 'totp' && <TotpForm onVerified={finish} onStartOver={startOver} />}
      {step === 'enrol' && (
        <>
          <p className="usa-intro">{t('signIn.enrolIntro')}</p>
          <TotpEnrolment duringSignIn headingLevel="h2" onComplete={finish} />
          <p className="margin-top-3">
            <Button type="button" unstyled onClick={startOver}>
              {t('signIn.startOver')}
            </Button>
          </p>
        </>
      )}
    </div>
  );
}
