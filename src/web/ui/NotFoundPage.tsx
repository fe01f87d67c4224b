import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('notFound.title')} />
      <p className="usa-intro">{t('notFound.body')}</p>
      <p>
        <Link to="/" className="usa-link">
          {t('notFound.home')}
        </Link>
      </p>
    </>
  );
}
