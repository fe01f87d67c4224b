import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { FocusTrap } from 'focus-trap-react';
import { Button, Header, Icon, NavMenuButton, Title } from '@trussworks/react-uswds';
import { useMe, useSignOut } from '@web/features/auth/session';
import { navItemsFor } from '@web/routes/navigation';
import { LanguageSwitch } from './LanguageSwitch';

const NAV_ID = 'primary-navigation';

/** The Lantern name, the pages this person may use, who they are, the language switch and sign out. */
export function AppHeader() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const [menuOpen, setMenuOpen] = useState(false);
  const items = me ? navItemsFor(me.abilities) : [];
  const closeMenu = () => setMenuOpen(false);

  return (
    <Header basic showMobileOverlay={menuOpen} className="lantern-header">
      <div className="usa-nav-container">
        <div className="usa-navbar">
          <Title>
            <Link to="/" className="lantern-brand">
              {t('app.name')}
            </Link>
          </Title>
          <NavMenuButton
            label={t('nav.menu')}
            onClick={() => setMenuOpen(true)}
            aria-controls={NAV_ID}
            aria-expanded={menuOpen}
          />
        </div>
        <FocusTrap
          active={menuOpen}
          focusTrapOptions={{
            onDeactivate: closeMenu,
            clickOutsideDeactivates: true,
            escapeDeactivates: true,
          }}
        >
          <nav id={NAV_ID} aria-label={t('nav.label')} className={`usa-nav${menuOpen ? ' is-visible' : ''}`}>
            <button type="button" className="usa-nav__close" aria-label={t('nav.close')} onClick={closeMenu}>
              <Icon.Close size={3} aria-hidden="true" />
            </button>
            {items.length > 0 && (
              <ul className="usa-nav__primary usa-accordion">
                {items.map((item) => (
                  <li key={item.to} className="usa-nav__primary-item">
                    <Link
                      to={item.to}
                      className="usa-nav-link"
                      activeOptions={{ exact: item.to === '/' }}
                      activeProps={{ className: 'usa-current' }}
                      onClick={closeMenu}
                    >
                      <span>{t(item.label)}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            <div className="lantern-nav-utility">
              {me && (
                <span className="lantern-user-name" data-testid="signed-in-user">
                  {me.user.displayName}
                </span>
              )}
              <LanguageSwitch />
              {me && (
                <Button
                  type="button"
                  unstyled
                  className="lantern-header-button"
                  onClick={() => signOut.mutate()}
                  disabled={signOut.isPending}
                >
                  {t('nav.signOut')}
                </Button>
              )}
              {signOut.isError && (
                <span className="usa-error-message lantern-inline-error" role="alert">
                  {t('nav.signOutFailed')}
                </span>
              )}
            </div>
          </nav>
        </FocusTrap>
      </div>
    </Header>
  );
}
