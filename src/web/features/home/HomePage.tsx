import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { Grid } from '@trussworks/react-uswds';
import { useCurrentUser } from '@web/features/auth/session';
import { navItemsFor } from '@web/routes/navigation';
import { PageHeading } from '@web/ui/PageHeading';
import { AboutYou } from './AboutYou';

/** Who you are, where you work, what Lantern lets you do, and where to go next. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const pages = navItemsFor(me.abilities).filter((item) => item.to !== '/');

  return (
    <>
      <PageHeading title={t('home.title', { name: me.user.displayName })} />
      <Grid row gap>
        <Grid tablet={{ col: 6 }}>
          <AboutYou me={me} />
          <section aria-labelledby="second-factor-heading" className="margin-top-4">
            <h2 id="second-factor-heading">{t('home.mfaHeading')}</h2>
            <p>
              {me.mfa.enrolled ? t('home.mfaEnrolled') : t('home.mfaNotEnrolled')}{' '}
              {me.mfa.required && t('home.mfaRequired')}
            </p>
            <p>
              <Link to="/account" className="usa-link">
                {me.mfa.enrolled ? t('home.mfaManage') : t('home.mfaSetUp')}
              </Link>
            </p>
          </section>
        </Grid>
        <Grid tablet={{ col: 6 }}>
          <section aria-labelledby="abilities-heading">
            <h2 id="abilities-heading">{t('home.abilitiesHeading')}</h2>
            <ul className="usa-list">
              {me.abilities.map((ability) => (
                <li key={ability}>{t(`permissions.${ability}`)}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="pages-heading" className="margin-top-4">
            <h2 id="pages-heading">{t('home.pagesHeading')}</h2>
            <ul className="usa-list usa-list--unstyled lantern-page-links">
              {pages.map((item) => (
                <li key={item.to}>
                  <Link to={item.to} className="usa-link text-bold">
                    {t(item.label)}
                  </Link>
                  <span className="display-block">{t(item.description)}</span>
                </li>
              ))}
            </ul>
          </section>
        </Grid>
      </Grid>
    </>
  );
}
