import { useTranslation } from 'react-i18next';
import { PageHeading } from '@web/ui/PageHeading';
import { ChangePasswordForm } from './ChangePasswordForm';
import { SecondFactorSection } from './SecondFactorSection';
import { SignOutEverywhereSection } from './SignOutEverywhereSection';

export function AccountPage() {
  const { t } = useTranslation();
  return (
    <div className="lantern-readable">
      <PageHeading title={t('account.title')} />
      <SecondFactorSection />
      <ChangePasswordForm />
      <SignOutEverywhereSection />
    </div>
  );
}
