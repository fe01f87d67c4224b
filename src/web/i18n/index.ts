import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Me } from '@server/modules/auth/auth.schemas';
import { en, es } from './resources';

/** The languages Lantern speaks, as the server names them. */
export type Locale = Me['user']['locale'];

export const resources = {
  en: { translation: en },
  es: { translation: es },
} as const;

const STORAGE_KEY = 'lantern.locale';

/** Set once the person picks a language during this visit: their choice then wins over the saved one. */
let chosenThisVisit = false;

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'es';
}

/** A saved choice first, then the browser's languages, then English. */
export function pickInitialLocale(saved: string | null, browserLanguages: readonly string[]): Locale {
  if (isLocale(saved)) return saved;
  for (const language of browserLanguages) {
    const base = language.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : 'en';
}

export async function initI18n(): Promise<void> {
  const lng = pickInitialLocale(readSaved(), navigator.languages ?? [navigator.language]);
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: ['en', 'es'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
}

/** The person switched language: show it now and remember it on this device. */
export async function chooseLocale(locale: Locale): Promise<void> {
  chosenThisVisit = true;
  save(locale);
  await i18next.changeLanguage(locale);
}

/** After sign-in or on load: use the account's saved language unless the person just picked one. */
export async function adoptAccountLocale(locale: Locale): Promise<void> {
  if (chosenThisVisit || currentLocale() === locale) return;
  save(locale);
  await i18next.changeLanguage(locale);
}

function readSaved(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage can be disabled; the browser's languages decide instead
  }
}

function save(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // storage can be disabled; the choice then lasts for this page load only
  }
}
