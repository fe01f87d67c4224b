/**
 * How a youth is named and dated on screen and on paper: pure functions, no React, no i18n instance.
 */
import { youthDisplayName } from '@domain/record/references';

interface Names {
  legalFirstName: string;
  legalMiddleName?: string | null;
  legalLastName: string;
  preferredName?: string | null;
}

const joinWords = (...parts: Array<string | null | undefined>) =>
  parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');

/**
 * The name people use for the youth: their preferred name (or legal first name) and legal last name, as
 * the server names search hits, so a youth reads the same in a list and on their page.
 */
export const displayName = (names: Names): string => youthDisplayName(names);

/** First, middle and last legal names in order. */
export function legalName(names: Names): string {
  return joinWords(names.legalFirstName, names.legalMiddleName, names.legalLastName);
}

/** Which words describe an age: unknown, "15 years", or "about 15 years" when the birth date is estimated. */
export type AgeLabel =
  { key: 'youth.age.unknown' } | { key: 'youth.age.years' | 'youth.age.aboutYears'; count: number };

export function ageLabel(age: number | null, dobEstimated: boolean): AgeLabel {
  if (age === null || !Number.isFinite(age) || age < 0) return { key: 'youth.age.unknown' };
  return { key: dobEstimated ? 'youth.age.aboutYears' : 'youth.age.years', count: age };
}

/** Whole years between a calendar date of birth (YYYY-MM-DD) and a calendar day; null when not a date. */
export function ageOn(dateOfBirth: string | null, today: string): number | null {
  const birth = parseCalendarDate(dateOfBirth);
  const now = parseCalendarDate(today);
  if (!birth || !now) return null;
  let years = now.year - birth.year;
  if (now.month < birth.month || (now.month === birth.month && now.day < birth.day)) years -= 1;
  return years < 0 ? null : years;
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function parseCalendarDate(value: string | null | undefined): CalendarDate | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

/**
 * A calendar date (YYYY-MM-DD) in the person's language. It is a day, not an instant, so it is formatted
 * in UTC: a date of birth never moves by a day in a time zone west of Greenwich.
 */
export function formatCalendarDate(value: string, locale: string): string {
  const date = parseCalendarDate(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(date.year, date.month - 1, date.day)),
  );
}

/** Today as a calendar date in the browser's own time zone. */
export function localToday(now: Date = new Date()): string {
  return localDateParts(now).date;
}

/** An instant as the local date and time a date and a time input show. */
export function localDateParts(instant: Date): { date: string; time: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`,
    time: `${pad(instant.getHours())}:${pad(instant.getMinutes())}`,
  };
}

/**
 * A local date (YYYY-MM-DD) and time (HH:MM) as the ISO instant the API expects; null when either is
 * missing or not real.
 */
export function toInstant(date: string, time: string): string | null {
  if (!parseCalendarDate(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const instant = new Date(year, month - 1, day, hours, minutes);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** The first `max` characters of a long text, cut at a word where possible. */
export function excerpt(text: string, max: number): { text: string; truncated: boolean } {
  const clean = text.trim();
  if (clean.length <= max) return { text: clean, truncated: false };
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return { text: `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`, truncated: true };
}

/** A language as recorded ("es", "mam" or a name typed in full) in the reader's language where it is a code. */
export function languageName(value: string, locale: string): string {
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) return value;
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(value) ?? value;
  } catch {
    return value;
  }
}
