import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Me } from '@server/modules/auth/auth.schemas';
import { Button } from '@trussworks/react-uswds';
import { meQueryKey } from '@web/features/auth/api';
import { useCurrentUser } from '@web/features/auth/session';
import { TotpEnrolment } from '@web/features/auth/TotpEnrolment';
import { SuccessMessage } from '@web/ui/alerts';

/** Set up, or replace, the authenticator app used as the second step of signing in. */
export function SecondFactorSection() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [enrolling, setEnrolling] = useState(false);
  const [done, setDone] = useState(false);

  const complete = (updated: Me) => {
    queryClient.setQueryData(meQueryKey, updated);
    setEnrolling(false);
    setDone(true);
  };

  return (
    <section aria-labelledby="mfa-heading" className="lantern-section">
      <h2 id="mfa-heading">{t('account.mfaHeading')}</h2>
      {done && <SuccessMessage>{t('account.mfaDone')}</SuccessMessage>}
      {!enrolling && (
        <p>
          {me.mfa.enrolled ? t('home.mfaEnrolled') : t('home.mfaNotEnrolled')}{' '}
          {me.mfa.required && t('home.mfaRequired')}
        </p>
      )}
      {enrolling ? (
        <TotpEnrolment
          duringSignIn={false}
          headingLevel="h3"
          onComplete={complete}
          onConfirmed={(updated) => queryClient.setQueryData(meQueryKey, updated)}
          onCancel={() => setEnrolling(false)}
        />
      ) : (
        <>
          {me.mfa.enrolled && <p>{t('account.replaceWarning')}</p>}
          <Button
            type="button"
            onClick={() => {
              setDone(false);
              setEnrolling(true);
            }}
          >
            {me.mfa.enrolled ? t('account.replace') : t('account.setUp')}
          </Button>
        </>
      )}
    </section>
  );
}
