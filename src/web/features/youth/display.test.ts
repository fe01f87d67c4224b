import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageLabel,
  ageOn,
  displayName,
  excerpt,
  formatCalendarDate,
  languageName,
  legalName,
  localDateParts,
  toInstant,
} from './display';

describe('names', () => {
  const youth = {
    legalFirstName: 'Marisol',
    legalMiddleName: 'Inés',
    legalLastName: 'Quintero',
    preferredName: null as string | null,
  };

  it('uses the legal first and last name when there is no preferred name', () => {
    expect(displayName(youth)).toBe('Marisol Quintero');
  });

  it('uses the preferred name with the legal last name', () => {
    expect(displayName({ ...youth, preferredName: 'Sol' })).toBe('Sol Quintero');
    expect(displayName({ ...youth, preferredName: '   ' })).toBe('Marisol Quintero');
  });

  it('writes the legal name in full, skipping a missing middle name', () => {
    expect(legalName(youth)).toBe('Marisol Inés Quintero');
    expect(legalName({ ...youth, legalMiddleName: null })).toBe('Marisol Quintero');
  });
});

describe('ages', () => {
  it('counts whole years, turning a year older on the birthday', () => {
    expect(ageOn('2010-11-23', '2026-11-22')).toBe(15);
    expect(ageOn('2010-11-23', '2026-11-23')).toBe(16);
    expect(ageOn('2012-02-29', '2026-02-28')).toBe(13);
    expect(ageOn('2012-02-29', '2026-03-01')).toBe(14);
  });

  it('knows no age without a real date of birth, or for one in the future', () => {
    expect(ageOn(null, '2026-11-23')).toBeNull();
    expect(ageOn('2026-02-30', '2026-11-23')).toBeNull();
    expect(ageOn('2027-01-01', '2026-11-23')).toBeNull();
  });

  it('says "about" when the date of birth is estimated', () => {
    expect(ageLabel(15, false)).toEqual({ key: 'youth.age.years', count: 15 });
    expect(ageLabel(15, true)).toEqual({ key: 'youth.age.aboutYears', count: 15 });
    expect(ageLabel(null, true)).toEqual({ key: 'youth.age.unknown' });
  });

  it('never makes an age negative or skips a year between birthdays', () => {
    const day = fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2026, 11, 31) });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [birth, today] = [a, b]
          .sort((x, y) => x - y)
          .map((ms) => new Date(ms).toISOString().slice(0, 10));
        const age = ageOn(birth!, today!)!;
        expect(age).toBeGreaterThanOrEqual(0);
        const years = (new Date(today!).getTime() - new Date(birth!).getTime()) / (365.2425 * 86_400_000);
        expect(Math.abs(age - years)).toBeLessThan(1.01);
      }),
    );
  });
});

describe('dates', () => {
  it('shows a date of birth as the same calendar day in every time zone', () => {
    expect(formatCalendarDate('2011-03-01', 'en-US')).toBe('Mar 1, 2011');
    expect(formatCalendarDate('2011-03-01', 'es')).toMatch(/^1 mar 2011$/);
    expect(formatCalendarDate('not a date', 'en-US')).toBe('not a date');
  });

  it('turns a local date and time into an instant and back', () => {
    const instant = toInstant('2026-03-01', '14:30');
    expect(instant).toMatch(/^2026-03-0[12]T\d{2}:30:00\.000Z$/);
    expect(localDateParts(new Date(instant!))).toEqual({ date: '2026-03-01', time: '14:30' });
  });

  it('refuses a missing or impossible date or time', () => {
    expect(toInstant('', '14:30')).toBeNull();
    expect(toInstant('2026-02-30', '14:30')).toBeNull();
    expect(toInstant('2026-03-01', '')).toBeNull();
    expect(toInstant('2026-03-01', '24:00')).toBeNull();
  });
});

describe('text', () => {
  it('shortens a long narrative at a word, and leaves a short one whole', () => {
    expect(excerpt('  Short note.  ', 50)).toEqual({ text: 'Short note.', truncated: false });
    const long = excerpt('The youth described work at a nail salon for long hours without pay', 30);
    expect(long).toEqual({ text: 'The youth described work at a…', truncated: true });
  });

  it('names a language code in the reader’s language and keeps a typed name as it is', () => {
    expect(languageName('es', 'en')).toBe('Spanish');
    expect(languageName('es', 'es')).toBe('español');
    expect(languageName('K’iche’', 'en')).toBe('K’iche’');
  });
});
