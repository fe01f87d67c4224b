/**
 * Pure helpers for finding a youth: what a query looks like, which dates a mistyped date of birth could have
 * been, and which of a youth's names a match came from. No I/O.
 */
import { foldName, normalisePhone } from '../../../domain/record/normalise';

/** Trigram thresholds: low enough for two typos in a short name ("Marai Lopes" → "María López"). */
export const WORD_SIMILARITY_THRESHOLD = 0.4;
/** Duplicate candidates found by date of birth still need names at least this alike. */
export const DUPLICATE_NAME_FLOOR = 0.3;

/** A query that is a phone number rather than a name: phone characters only, at least seven digits. */
export function isPhoneLike(q: string): boolean {
  return /^[+()\-.\s\d]{7,25}$/.test(q) && normalisePhone(q).length >= 7;
}

const validDate = (y: number, m: number, d: number): string | null => {
  if (y < 1900 || m < 1 || m > 12 || d < 1) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
};

const fromDigits = (s: string) =>
  validDate(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)));

/**
 * Real dates a person may have meant when typing `date` (YYYY-MM-DD): the date itself, any single digit
 * changed, two neighbouring digits swapped, day and month swapped, and a day either side.
 */
export function dobVariants(date: string): string[] {
  const digits = date.replaceAll('-', '');
  if (!/^\d{8}$/.test(digits)) return [];
  const out = new Set<string>();
  const add = (v: string | null) => v && out.add(v);
  add(fromDigits(digits));
  for (let i = 0; i < 8; i++) {
    for (let n = 0; n <= 9; n++) add(fromDigits(digits.slice(0, i) + n + digits.slice(i + 1)));
    if (i < 7) add(fromDigits(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2)));
  }
  const [y, m, d] = [Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6, 8))];
  add(validDate(y, d, m));
  const t = Date.UTC(y, m - 1, d);
  if (validDate(y, m, d)) {
    add(new Date(t - 86_400_000).toISOString().slice(0, 10));
    add(new Date(t + 86_400_000).toISOString().slice(0, 10));
  }
  return [...out].sort();
}

/** The date, a day either side, and day and month swapped: where to look for a name given with a date of birth. */
export function nearDates(date: string): string[] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (!validDate(y, m, d)) return [];
  const t = Date.UTC(y, m - 1, d);
  const out = new Set([date, ...[-1, 1].map((k) => new Date(t + k * 86_400_000).toISOString().slice(0, 10))]);
  const swapped = validDate(y, d, m);
  if (swapped) out.add(swapped);
  return [...out].sort();
}

/** Name particles people often leave out or add: never required to match. */
const PARTICLES = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'y',
  'e',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'le',
  'el',
  'al',
  'bin',
  'ibn',
]);
/**
 * The words of a folded query that must each be found (typo-tolerantly) among a youth's names: the two
 * longest words that are not particles ("de", "la"…), so a middle name the record may not hold is optional.
 * Each word is matched on its own, so word order does not matter, and requiring both keeps "maria lopez"
 * from matching every Maria and every Lopez. Ranking still uses the whole query.
 */
export function requiredWords(folded: string): string[] {
  const all = [...new Set(folded.split(' ').filter(Boolean))];
  const words = all.filter((w) => !PARTICLES.has(w));
  return (words.length ? words : all)
    .map((w, i) => [w, i] as const)
    .sort((a, b) => b[0].length - a[0].length || a[1] - b[1])
    .slice(0, 2)
    .sort((a, b) => a[1] - b[1])
    .map(([w]) => w);
}

export type NameKind = 'name' | 'other_name';

/** The youth's folded names, each with whether it is a name (legal, preferred) or an AKA or moniker. */
export function nameKinds(y: {
  legalFirstName: string;
  legalMiddleName: string | null;
  legalLastName: string;
  preferredName: string | null;
  otherNames: readonly { name: string }[];
}): Map<string, NameKind> {
  const kinds = new Map<string, NameKind>();
  const legal = [y.legalFirstName, y.legalMiddleName, y.legalLastName].filter(Boolean).join(' ');
  for (const [n, kind] of [
    [legal, 'name'],
    [y.preferredName ?? '', 'name'],
    ...y.otherNames.map((o) => [o.name, 'other_name'] as const),
  ] as const) {
    const folded = foldName(n);
    if (folded && !kinds.has(folded)) kinds.set(folded, kind);
  }
  return kinds;
}

/**
 * Which kinds of name a query matched, from the similarity of the query to each indexed name: every kind at
 * or above the threshold, else the kind of the closest name.
 */
export function matchedNameKinds(
  scores: readonly (readonly [string, number])[],
  kinds: ReadonlyMap<string, NameKind>,
  threshold = WORD_SIMILARITY_THRESHOLD,
): NameKind[] {
  const kindOf = (segment: string) => kinds.get(segment) ?? 'other_name';
  const above = new Set(scores.filter(([, s]) => s >= threshold).map(([n]) => kindOf(n)));
  if (above.size === 0 && scores.length) {
    const best = scores.reduce((a, b) => (b[1] > a[1] ? b : a));
    above.add(kindOf(best[0]));
  }
  return (['name', 'other_name'] as const).filter((k) => above.has(k));
}
