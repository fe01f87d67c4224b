import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { en, es } from '@web/i18n/resources';
import { timeTrafficked } from './duration';
import {
  fieldLabel,
  hiddenInHistory,
  KNOWN_FIELD_PATHS,
  VALUE_LISTS,
  valueText,
  type HistoryContext,
} from './historyText';

/** Looks a dotted key up in a translation tree, as i18next would (without plurals or placeholders). */
function lookup(tree: unknown, key: string): string {
  const found = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
  return typeof found === 'string' ? found : key;
}
const ctxFor = (tree: unknown): HistoryContext => ({
  t: ((key: string) => lookup(tree, key)) as unknown as TFunction,
  locale: 'en-US',
  settingLabel: (code) => (code === 'street' ? 'Street-based exploitation' : code),
});
const ctx = ctxFor(en);

describe('the allegation history', () => {
  it('names every field it knows in both languages', () => {
    for (const path of KNOWN_FIELD_PATHS) {
      expect(fieldLabel(path, ctx)).not.toMatch(/^allegations\./);
      expect(fieldLabel(path, ctxFor(es))).not.toMatch(/^allegations\./);
    }
  });

  it('has a label for every code of every vocabulary it shows', () => {
    for (const list of new Set(Object.values(VALUE_LISTS))) {
      expect(Object.keys(en.vocab[list]).length).toBeGreaterThan(0);
    }
    expect(valueText('exploitation.means', ['debt_bondage', 'isolation'], ctx)).toBe(
      'Debt bondage; Isolation',
    );
    expect(valueText('category', 'exploitation', ctx)).toBe('Exploitation');
    expect(valueText('exploitation.movedAcrossStateLines', 'yes', ctx)).toBe('Yes');
  });

  it('shows settings, places, dates and nothing in words', () => {
    expect(valueText('exploitation.settings', ['street'], ctx)).toBe('Street-based exploitation');
    expect(
      valueText(
        'exploitation.places',
        [{ description: 'Motel', county: 'Kern', state: 'CA', country: null }],
        ctx,
      ),
    ).toBe('Motel (Kern, CA)');
    expect(valueText('dispositionDate', '2026-03-05', ctx)).toBe('Mar 5, 2026');
    expect(valueText('reviewNote', null, ctx)).toBe('None');
    expect(valueText('exploitation.ongoing', true, ctx)).toBe('Yes');
  });

  it('keeps an unknown code or field readable rather than hiding the change', () => {
    expect(valueText('category', 'new_category', ctx)).toBe('new_category');
    expect(fieldLabel('exploitation.newField', ctx)).toBe('exploitation › new field');
  });

  it('hides ids and the who/when the revision already states', () => {
    for (const path of ['id', 'youthId', 'personOfInterest.id', 'proposedBy.displayName', 'reviewedAt'])
      expect(hiddenInHistory(path)).toBe(true);
    for (const path of ['youthName', 'personOfInterest.displayName', 'reviewNote', 'exploitation.startDate'])
      expect(hiddenInHistory(path)).toBe(false);
  });
});

describe('timeTrafficked', () => {
  const now = new Date(2026, 10, 23);
  it('counts both days, in days when short and in months when long', () => {
    expect(timeTrafficked('2026-03-01', '2026-03-01', false, now)).toEqual({ amount: 1, unit: 'days' });
    expect(timeTrafficked('2026-03-01', '2026-03-31', false, now)).toEqual({ amount: 31, unit: 'days' });
    expect(timeTrafficked('2025-11-23', '2026-11-22', false, now)).toEqual({ amount: 12, unit: 'months' });
  });

  it('runs to today while ongoing, and is unknown without a start or with dates out of order', () => {
    expect(timeTrafficked('2026-11-01', null, true, now)).toEqual({ amount: 23, unit: 'days' });
    expect(timeTrafficked(null, '2026-03-01', false, now)).toBeNull();
    expect(timeTrafficked('2026-03-01', null, false, now)).toBeNull();
    expect(timeTrafficked('2026-03-02', '2026-03-01', false, now)).toBeNull();
  });
});
