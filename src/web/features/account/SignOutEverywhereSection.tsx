import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@trussworks/react-uswds';
import { signOutEverywhere } from '@web/features/auth/api';
import { endSession } from '@web/features/auth/session';
import { ApiErrorAlert } from '@web/ui/alerts';

/** Ends every session of this account, here and on other devices. */
export function SignOutEverywhereSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: signOutEverywhere,
    onSuccess: async () => {
      endSession(queryClient);
      await router.navigate({ to: '/sign-in' });
    },
  });

  return (
    <section aria-labelledby="everywhere-heading" className="lantern-section">
      <h2 id="everywhere-heading">{t('account.everywhereHeading')}</h2>
      <p>{t('account.everywhereBody')}</p>
      {mutation.isError && <ApiErrorAlert error={mutation.error} headingLevel="h3" />}
      <Button type="button" secondary onClick={() => mutation.mutate()} aria-busy={mutation.isPending}>
        {t('account.everywhereButton')}
      </Button>
    </section>
  );
}
