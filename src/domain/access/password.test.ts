import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkPassword, normalizePassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password';

// The shipped list (content is data); read here directly so this pure test needs no server code.
const BLOCKLIST: ReadonlySet<string> = new Set(
  readFileSync(new URL('../../../content/passwords/common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean),
);
const WORDS = [...BLOCKLIST];
const ctx = { blocklist: BLOCKLIST };
const codePoints = (s: string) => [...s].length;

/** Characters whose NFKC form is several code points long: ligatures, squared words, Arabic honorifics. */
const EXPANDING = [
  '\uFB03',
  '\uFB04',
  '\u3300',
  '\u337F',
  '\u32CF',
  '\uFDFA',
  '\uFDFB',
  '\u2474',
  '\u33FF',
  '\u2163',
];
const anyCodePoint = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom(...EXPANDING),
);

/** Letters-only passphrase words that are not themselves on the list. */
const word = fc.stringMatching(/^[a-z]{4,9}$/).filter((w) => !BLOCKLIST.has(w));
const pad = fc.string({
  unit: fc.constantFrom(...'0123456789!@#$%^&*()-_=+.?~ '),
  minLength: 1,
  maxLength: 12,
});
const padded = (w: string, p: string, where: 'before' | 'after' | 'both') =>
  where === 'before' ? p + w : where === 'after' ? w + p : p + w + p;
const where = fc.constantFrom('before' as const, 'after' as const, 'both' as const);

/** ASCII → its full-width form (U+FF01–FF5E; space → ideographic space), which NFKC maps back. */
const fullWidth = (s: string) =>
  [...s]
    .map((c) =>
      c === ' ' ? '\u3000' : c >= '!' && c <= '~' ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c,
    )
    .join('');

describe('checkPassword', () => {
  test('any string shorter than the minimum, counted in code points as typed, is too_short', () => {
    fc.assert(
      fc.property(fc.array(anyCodePoint, { maxLength: PASSWORD_MIN_LENGTH - 1 }), (cps) => {
        expect(checkPassword(cps.join(''), ctx)).toBe('too_short');
      }),
    );
  });

  test('a single code point that NFKC expands is still a one-character password', () => {
    expect(codePoints('\uFDFA')).toBe(1);
    expect(checkPassword('\uFDFA', ctx)).toBe('too_short');
  });

  test('anything longer than the maximum is too_long', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: 'grapheme-ascii',
          minLength: PASSWORD_MAX_LENGTH + 1,
          maxLength: PASSWORD_MAX_LENGTH + 50,
        }),
        (s) => {
          expect(checkPassword(s, ctx)).toBe('too_long');
        },
      ),
    );
  });

  test('a listed word made only of letters is rejected, also with digits or punctuation before or after it', () => {
    const letters = WORDS.filter((w) => /^[a-z]+$/.test(w) && w.length >= 4);
    fc.assert(
      fc.property(fc.constantFrom(...letters), pad, where, fc.boolean(), (w, p, at, upper) => {
        const pw = padded(upper ? w.toUpperCase() : w, p, at);
        expect(checkPassword(pw, ctx), JSON.stringify(pw)).not.toBeNull();
      }),
    );
  });

  test('any listed password is rejected, also with digits or punctuation before or after it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDS), pad, where, (w, p, at) => {
        const pw = padded(w, p, at);
        expect(checkPassword(pw, ctx), JSON.stringify(pw)).not.toBeNull();
      }),
    );
  });

  test.each(['abc123!!!!!!!!!!', '!!!!!!!!!1qaz2wsx', '123456789!!!!!!!', 'p@ssw0rd........'])(
    'a listed password padded with punctuation (%s) is rejected',
    (pw) => {
      expect(checkPassword(pw, ctx)).not.toBeNull();
    },
  );

  test('a password containing the email local part (4 or more characters, any case) is contains_identity', () => {
    const local = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9._-]{3,15}$/);
    fc.assert(
      fc.property(local, fc.boolean(), (name, upper) => {
        const shown = upper ? name.toUpperCase() : name.toLowerCase();
        const pw = `quiet ${shown} river crossing`;
        expect(checkPassword(pw, { ...ctx, email: `${name}@county.example.gov` })).toBe('contains_identity');
      }),
    );
  });

  test('composition is never required: a long lowercase passphrase of unlisted words passes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 4, maxLength: 6 }), (words) => {
        const pw = words.join(' ');
        fc.pre(new Set(pw.replace(/ /g, '')).size > 3 && !BLOCKLIST.has(pw));
        expect(checkPassword(pw, ctx)).toBeNull();
      }),
    );
  });

  test('NFKC makes full-width and ASCII forms equivalent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
        fc.stringMatching(/^[a-z]{4,10}$/),
        (s, local) => {
          expect(normalizePassword(fullWidth(s))).toBe(normalizePassword(s));
          const withCtx = { ...ctx, email: `${local}@county.example.gov` };
          expect(checkPassword(fullWidth(s), withCtx)).toBe(checkPassword(s, withCtx));
        },
      ),
    );
    expect(checkPassword(fullWidth('password'.repeat(2)), ctx)).toBe('common');
    expect(checkPassword(fullWidth('copper kettle morning fog'), ctx)).toBeNull();
  });
});

describe('sequential and repetitive runs', () => {
  const blocklist = new Set<string>();
  test.each([
    'abcdefghijklmnop',
    '9876543210987654',
    '1234567890123456',
    'zyxwvutsrqponmlk',
    'aaaabbbbccccdddd',
  ])('%s is refused as repetitive', (pw) => {
    expect(checkPassword(pw, { blocklist })).toBe('repetitive');
  });

  test('ordinary passphrases are not mistaken for runs', () => {
    for (const pw of [
      'quiet lantern river crossing 42',
      'correct horse battery staple',
      'mi perro come tortillas',
    ])
      expect(checkPassword(pw, { blocklist })).toBeNull();
  });
});
