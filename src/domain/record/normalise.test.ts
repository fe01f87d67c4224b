import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldName, normaliseHandle, normalisePhone, searchNames } from './normalise';

describe('normal forms for matching', () => {
  test('names lose accents, case and punctuation', () => {
    expect(foldName("  José-Luis  O'Neill ")).toBe('jose luis o neill');
    expect(foldName('MARÍA Ñúñez')).toBe('maria nunez');
  });

  test('folding is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => foldName(foldName(s)) === foldName(s)));
  });

  test('phones keep digits and drop a US country code', () => {
    expect(normalisePhone('+1 (510) 555-0142')).toBe('5105550142');
    expect(normalisePhone('510.555.0142')).toBe('5105550142');
    expect(normalisePhone('+52 55 5555 0142')).toBe('525555550142');
  });

  test('handles drop a leading @ and case', () => {
    expect(normaliseHandle(' @@Star.Dust ')).toBe('star.dust');
  });

  test('search text holds each distinct folded name once', () => {
    expect(searchNames(['Ana Ruiz', 'ana  ruíz', '', 'Lil A'])).toBe('ana ruiz | lil a');
  });
});
