import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { PageHeading } from './PageHeading';

/** A page that only explains why there is nothing to show here, with the way home. */
function MessagePage({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={title} />
      <p className="usa-intro">{body}</p>
      <p>
        <Link to="/" className="usa-link">
          {t('notFound.home')}
        </Link>
      </p>
    </>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return <MessagePage title={t('notFound.title')} body={t('notFound.body')} />;
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return <MessagePage title={t('forbidden.title')} body={t('forbidden.body')} />;
}
