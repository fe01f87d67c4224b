import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export const PAGE_HEADING_ID = 'page-heading';

/** Moves focus to the page's h1, so a screen reader starts reading the new page from its title. */
export function focusPageHeading(): void {
  document.getElementById(PAGE_HEADING_ID)?.focus();
}

export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [t, title]);
}

/** The one h1 of a page; it also names the browser tab. */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <h1 id={PAGE_HEADING_ID} tabIndex={-1} className="lantern-page-heading">
      {children ?? title}
    </h1>
  );
}
