import { describe, expect, it } from 'vitest';
import { en, es, PARTS } from './resources';
import { pickInitialLocale } from './index';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a translation file as [dotted.key, text]. */
function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value] as [string, string]] : leaves(value, path);
  });
}

const english = new Map(leaves(en));
const spanish = new Map(leaves(es));
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('split into parts that never define the same top-level key twice', () => {
    for (const parts of [PARTS.en, PARTS.es]) {
      const keys = parts.flatMap((part) => Object.keys(part));
      expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    }
  });

  it('have exactly the same keys in English and Spanish', () => {
    const missingInSpanish = [...english.keys()].filter((key) => !spanish.has(key));
    const missingInEnglish = [...spanish.keys()].filter((key) => !english.has(key));
    expect(missingInSpanish).toEqual([]);
    expect(missingInEnglish).toEqual([]);
  });

  it('have no empty values', () => {
    const empty = [...english, ...spanish].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same {{placeholders}} in both languages', () => {
    const mismatched = [...english].filter(
      ([key, text]) => placeholders(text).join() !== placeholders(spanish.get(key) ?? '').join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('never label a young person by their exploitation', () => {
    const banned = [/victim/i, /víctima/i, /csec/i, /prostitut/i];
    const offending = [...english, ...spanish]
      .filter(([, text]) => banned.some((word) => word.test(text)))
      .map(([key, text]) => `${key}: ${text}`);
    expect(offending).toEqual([]);
  });

  it('name the language switch in the language it switches to', () => {
    expect(english.get('language.other')).toBe('Español');
    expect(spanish.get('language.other')).toBe('English');
  });

  it('keep the labels automated browser tests rely on', () => {
    expect([
      english.get('signIn.email'),
      english.get('signIn.password'),
      english.get('signIn.submit'),
    ]).toEqual(['Email', 'Password', 'Sign in']);
    expect([spanish.get('signIn.email'), spanish.get('signIn.password')]).toEqual([
      'Correo electrónico',
      'Contraseña',
    ]);
    expect([english.get('signIn.code'), spanish.get('signIn.code')]).toEqual([
      '6-digit code',
      'Código de 6 dígitos',
    ]);
    expect(english.get('signIn.verify')).toBe('Verify');
    expect(english.get('users.create.submit')).toBe('Create user');
  });
});

describe('pickInitialLocale', () => {
  it('prefers a saved choice', () => {
    expect(pickInitialLocale('es', ['en-US'])).toBe('es');
  });

  it('falls back to the first supported browser language, then English', () => {
    expect(pickInitialLocale(null, ['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(pickInitialLocale('klingon', ['fr-FR'])).toBe('en');
    expect(pickInitialLocale(null, [])).toBe('en');
  });
});
