/**
 * An item's answer in words, in the reader's language, using the labels of the exact instrument version
 * the youth was asked: "Yes", an option's label, a list of labels, a number, a date. "Not known" and
 * "Declined to answer" are always said as such, never as "No". Pure: the page, the print copy and the
 * history all say an answer the same way.
 */
import type { TFunction } from 'i18next';
import type { AnswerValue } from '@domain/identification/answers';
import { say, type Language } from '@domain/identification/forms';
import type { Item } from '@domain/identification/instrument';
import { formatDate } from '@web/features/reports/recordText';

export function answerText(item: Item, value: AnswerValue | undefined, lang: Language, t: TFunction): string {
  if (value === undefined) return t('identification.answers.notAnswered');
  if (value === 'unknown') return t('identification.answers.unknown');
  if (value === 'declined') return t('identification.answers.declined');
  const option = (key: string) => {
    const found = item.options?.find((o) => o.key === key);
    return found ? say(found.label, lang) : key;
  };
  switch (item.type) {
    case 'yes_no':
      return value === 'yes'
        ? t('identification.answers.yes')
        : value === 'no'
          ? t('identification.answers.no')
          : String(value);
    case 'single':
      return typeof value === 'string' ? option(value) : String(value);
    case 'multi':
      if (!Array.isArray(value)) return String(value);
      return value.length === 0 ? t('screeningResult.answers.noneOfThese') : value.map(option).join('; ');
    case 'date':
      return typeof value === 'string' ? formatDate(value, lang) : String(value);
    default:
      return Array.isArray(value) ? value.join('; ') : String(value);
  }
}

/** An item's wording in the reader's language, with its short code when it has one ("A. …"). */
export function itemLabel(item: Item, lang: Language): string {
  const text = say(item.text, lang);
  return item.code ? `${item.code}. ${text}` : text;
}

/** The reader's language as an instrument language (Lantern speaks English and Spanish). */
export function instrumentLanguage(language: string): Language {
  return language.startsWith('es') ? 'es' : 'en';
}
