import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from '@trussworks/react-uswds';
import { meQueryKey, updateLocale } from '@web/features/auth/api';
import { useMe } from '@web/features/auth/session';
import { chooseLocale, currentLocale, type Locale } from '@web/i18n';

/**
 * One button that offers the other language, named in that language ("Español" / "English").
 * Signed-in people also keep the choice on their account.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: updateLocale,
    onSuccess: (updated) => queryClient.setQueryData(meQueryKey, updated),
  });
  const next: Locale = currentLocale() === 'es' ? 'en' : 'es';

  const switchLanguage = async () => {
    await chooseLocale(next);
    if (me) save.mutate(next);
  };

  return (
    <span className="lantern-language">
      <Button type="button" unstyled lang={next} className="lantern-header-button" onClick={switchLanguage}>
        {t('language.other')}
      </Button>
      {save.isError && (
        <span className="usa-error-message lantern-inline-error" role="alert">
          {t('language.notSaved')}
        </span>
      )}
    </span>
  );
}
