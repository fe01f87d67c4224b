import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  dobVariants,
  isPhoneLike,
  matchedNameKinds,
  nameKinds,
  nearDates,
  requiredWords,
} from './youth.matching';
import { ageOn } from './youth.view';

const realDate = fc
  .date({ min: new Date('1996-01-01T00:00:00Z'), max: new Date('2026-11-23T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('nearDates', () => {
  test('the date, a day either side, and day and month swapped', () => {
    expect(nearDates('2011-04-05')).toEqual(['2011-04-04', '2011-04-05', '2011-04-06', '2011-05-04']);
    expect(nearDates('2011-12-31')).toEqual(['2011-12-30', '2011-12-31', '2012-01-01']);
    expect(nearDates('2011-02-30')).toEqual([]);
  });
});

describe('dobVariants', () => {
  test('holds the date itself, only real dates, and each differs by a small typo', () => {
    fc.assert(
      fc.property(realDate, (date) => {
        const variants = dobVariants(date);
        expect(variants).toContain(date);
        for (const v of variants) {
          expect(new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10)).toBe(v);
          const a = date.replaceAll('-', '');
          const b = v.replaceAll('-', '');
          const differing = [...a].filter((c, i) => c !== b[i]).length;
          const days = Math.abs(Date.parse(v) - Date.parse(date)) / 86_400_000;
          const swapped = v === `${date.slice(0, 4)}-${date.slice(8, 10)}-${date.slice(5, 7)}`;
          expect(differing <= 2 || days <= 1 || swapped, `${date} → ${v}`).toBe(true);
        }
      }),
    );
  });

  test('covers the usual slips', () => {
    const v = dobVariants('2011-04-05');
    expect(v).toEqual(
      expect.arrayContaining(['2011-04-06', '2011-04-04', '2011-05-04', '2011-04-15', '2010-04-05']),
    );
    expect(v).not.toContain('2011-04-31');
    expect(dobVariants('not a date')).toEqual([]);
  });
});

describe('isPhoneLike', () => {
  test.each([
    ['(510) 555-0142', true],
    ['+1 510 555 0142', true],
    ['5550142', true],
    ['555-01', false],
    ['María 5105550142', false],
    ['@star.dust', false],
  ])('%s → %s', (q, expected) => expect(isPhoneLike(q)).toBe(expected));
});

describe('requiredWords', () => {
  test.each([
    ['maria lopez', ['maria', 'lopez']],
    ['lopez maria', ['lopez', 'maria']],
    ['maria jose lopez', ['maria', 'lopez']],
    ['maria de la cruz', ['maria', 'cruz']],
    ['de la', ['de', 'la']],
    ['cherry', ['cherry']],
    ['', []],
  ])('%s → %j', (q, expected) => expect(requiredWords(q)).toEqual(expected));
});

describe('matchedNameKinds', () => {
  const kinds = nameKinds({
    legalFirstName: 'María',
    legalMiddleName: null,
    legalLastName: 'López',
    preferredName: 'Mari',
    otherNames: [{ name: 'La Flaca' }],
  });

  test('folds each name and keeps legal and preferred names apart from AKAs and monikers', () => {
    expect([...kinds]).toEqual([
      ['maria lopez', 'name'],
      ['mari', 'name'],
      ['la flaca', 'other_name'],
    ]);
  });

  test('reports every kind above the threshold, else the closest', () => {
    expect(
      matchedNameKinds(
        [
          ['maria lopez', 0.9],
          ['la flaca', 0.1],
        ],
        kinds,
      ),
    ).toEqual(['name']);
    expect(
      matchedNameKinds(
        [
          ['maria lopez', 0.5],
          ['la flaca', 0.5],
        ],
        kinds,
      ),
    ).toEqual(['name', 'other_name']);
    expect(
      matchedNameKinds(
        [
          ['maria lopez', 0.1],
          ['la flaca', 0.2],
        ],
        kinds,
      ),
    ).toEqual(['other_name']);
  });
});

describe('ageOn', () => {
  test('counts whole years, turning over on the birthday', () => {
    const today = new Date('2026-11-23T12:00:00Z');
    expect(ageOn('2011-11-23', today)).toBe(15);
    expect(ageOn('2011-11-24', today)).toBe(14);
    expect(ageOn(null, today)).toBeNull();
  });
});
