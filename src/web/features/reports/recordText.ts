import type { TFunction } from 'i18next';
import type { AllegationCategory, ExploitationSubcategory } from '@domain/record/vocabulary';

/** The name a youth goes by: their preferred name when they have one, with the legal family name. */
export function youthDisplayName(y: {
  preferredName: string | null;
  legalFirstName: string;
  legalLastName: string;
}): string {
  return `${y.preferredName ?? y.legalFirstName} ${y.legalLastName}`;
}

/** "Commercial sexual exploitation" for an exploitation allegation, otherwise the category. */
export function allegationForm(
  a: { category: AllegationCategory; subcategory: ExploitationSubcategory | null },
  t: TFunction,
): string {
  return a.subcategory ? t(`vocab.subcategory.${a.subcategory}`) : t(`vocab.category.${a.category}`);
}

/** A calendar date (YYYY-MM-DD) in the person's language, without shifting it across time zones. */
export function formatDate(date: string, locale: string): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
