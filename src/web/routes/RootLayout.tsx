import { useEffect, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useRouter } from '@tanstack/react-router';
import { GridContainer } from '@trussworks/react-uswds';
import { AppHeader } from '@web/ui/AppHeader';
import { focusPageHeading } from '@web/ui/PageHeading';

const MAIN_ID = 'main-content';

/** Skip link, header, the page, footer. After each move to another page, focus goes to its h1. */
export function RootLayout() {
  const { t } = useTranslation();
  const router = useRouter();

  useEffect(
    () =>
      router.subscribe('onRendered', (event) => {
        if (event.fromLocation && event.pathChanged) focusPageHeading();
      }),
    [router],
  );

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(MAIN_ID)?.focus();
  };

  return (
    <>
      <a className="usa-skipnav" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id={MAIN_ID} tabIndex={-1} className="lantern-main">
        <GridContainer containerSize="desktop-lg">
          <Outlet />
        </GridContainer>
      </main>
      <footer className="usa-footer usa-footer--slim lantern-footer">
        <GridContainer containerSize="desktop-lg">
          <p>{t('app.footer')}</p>
        </GridContainer>
      </footer>
    </>
  );
}

/** When the layout itself cannot render, the page still has a main landmark and a heading. */
export function RootErrorLayout(props: { children: ReactNode }) {
  return (
    <main id={MAIN_ID} tabIndex={-1} className="lantern-main">
      <GridContainer containerSize="desktop-lg">{props.children}</GridContainer>
    </main>
  );
}
