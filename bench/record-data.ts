// What bench/record.ts sends: a realistic mix of youth searches (typos, accents, swapped names, dates of
// birth), a legacy referral extract in the import layout (docs/legacy-import.md), and percentiles.
import { csvLine } from '../src/server/modules/imports/csv';
import { allGivenNames, allSurnames } from '../src/server/demo/population-pools';
import { Rng } from '../src/server/demo/population-random';

export interface SampledYouth {
  id: string;
  first: string;
  middle: string | null;
  last: string;
  otherNames: string[];
  dob: string | null;
}

const NEIGHBOURS = 'qwertyuiopasdfghjklzxcvbnm';
const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', n: 'ñ' };

/** One typing mistake in a word: a wrong letter, a missing letter or two letters swapped (never the first). */
function typo(r: Rng, word: string): string {
  if (word.length < 4) return word;
  const i = r.int(1, word.length - 2);
  const kind = r.int(0, 2);
  if (kind === 0) return word.slice(0, i) + r.pick([...NEIGHBOURS]) + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

/** Accents removed when the name has them, else one added (what people type, both ways). */
function accents(word: string): string {
  const stripped = word.normalize('NFKD').replace(/\p{M}+/gu, '');
  if (stripped !== word) return stripped;
  const i = [...word].findIndex((ch, k) => k > 0 && ACCENTED[ch]);
  return i < 0 ? word : word.slice(0, i) + ACCENTED[word[i]!] + word.slice(i + 1);
}

/** A search as a worker would type it for this youth, and which kind of search it is. */
export function searchFor(r: Rng, y: SampledYouth): { kind: string; q: string; dob?: string } {
  const kind = r.weighted({
    exact: 15,
    swapped: 15,
    typo: 20,
    two_typos: 5,
    accents: 10,
    last_and_dob: 15,
    first_and_dob: 5,
    other_name: 5,
    full_with_middle: 5,
    lower_case: 5,
  });
  switch (kind) {
    case 'exact':
      return { kind, q: `${y.first} ${y.last}` };
    case 'swapped':
      return { kind, q: `${y.last}, ${y.first}` };
    case 'typo':
      return { kind, q: r.chance(0.5) ? `${typo(r, y.first)} ${y.last}` : `${y.first} ${typo(r, y.last)}` };
    case 'two_typos':
      return { kind, q: `${typo(r, y.first)} ${typo(r, y.last)}` };
    case 'accents':
      return { kind, q: `${accents(y.first)} ${accents(y.last)}` };
    case 'last_and_dob':
      return y.dob ? { kind, q: y.last, dob: y.dob } : { kind: 'exact', q: `${y.first} ${y.last}` };
    case 'first_and_dob':
      return y.dob ? { kind, q: y.first, dob: y.dob } : { kind: 'exact', q: `${y.first} ${y.last}` };
    case 'other_name':
      return y.otherNames.length
        ? { kind, q: r.pick(y.otherNames) }
        : { kind: 'exact', q: `${y.first} ${y.last}` };
    case 'full_with_middle':
      return { kind, q: [y.first, y.middle, y.last].filter(Boolean).join(' ') };
    default:
      return { kind: 'lower_case', q: `${y.first} ${y.last}`.toLowerCase() };
  }
}

export function searchPath(s: { q: string; dob?: string }): string {
  const params = new URLSearchParams({ q: s.q, limit: '25' });
  if (s.dob) params.set('dob', s.dob);
  return `/api/v1/youth?${params.toString()}`;
}

/** p in [0, 1] of an ascending list (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** Legacy category, sub-category, weight, and what Lantern maps the pair to (one allegation per key). */
const CATEGORIES: [string, string, number, string][] = [
  ['Exploitation', 'Commercial Sexual Exploitation', 30, 'cse'],
  ['Exploitation', 'CSEC', 5, 'cse'],
  ['Exploitation', "Exploiting Child's Labor", 10, 'labor'],
  ['2177', 'Labor Trafficking', 3, 'labor'],
  ['Exploitation', 'Involving Child in Criminal Activity', 12, 'criminal'],
  ['Exploitation', 'Other Exploitation', 3, 'other'],
  ['General Neglect', '', 14, 'gn'],
  ['Sexual Abuse', '', 7, 'sa'],
  ['Physical Abuse', '', 6, 'pa'],
  ['Emotional Abuse', '', 4, 'ea'],
  ['Caretaker Absence/Incapacity', '', 3, 'ca'],
  ['Substantial Risk', '', 3, 'sr'],
];
const REPORTERS = [
  'Law Enforcement',
  'School Personnel',
  'Medical Professional',
  'Counselor/Therapist',
  'CWS Staff',
  'Probation Officer',
  'Relative',
  'Anonymous',
  'Other',
];
const DAY = 86_400_000;
const GIVEN = [...allGivenNames()];
const SURNAMES = [...allSurnames()];
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A legacy referral extract of `rows` lines: referrals with one to three allegations, a third of the
 * children referred again, spread over `counties` (codes, names and FIPS as legacy systems write them).
 */
export function legacyCsv(
  rows: number,
  counties: readonly { code: string; name: string; fips: string | null }[],
  tag: string,
  seed = 1,
): string {
  const r = new Rng(`import:${seed}`);
  const header =
    'referral_id,received_date,county,child_id,child_first_name,child_last_name,date_of_birth,gender,allegation_category,allegation_subcategory,disposition,disposition_date,reporter_type,screening_decision,response_time';
  const lines = [header];
  const children: {
    id: string;
    county: (typeof counties)[number];
    first: string;
    last: string;
    dob: string;
    gender: string;
  }[] = [];
  const start = Date.parse('2021-01-01T00:00:00Z');
  const end = Date.parse('2026-06-30T00:00:00Z');
  for (let ref = 0; lines.length <= rows; ref++) {
    let child = children.length > 10 && r.chance(0.3) ? r.pick(children.slice(-5000)) : undefined;
    if (!child) {
      const county = counties[r.int(0, counties.length - 1)]!;
      child = {
        id: `BC-${tag}-${children.length}`,
        county,
        first: r.pick(GIVEN),
        last: r.pick(SURNAMES),
        dob: day(start - r.int(10 * 365, 17 * 365) * DAY),
        gender: r.pick(['F', 'Female', 'M', 'Male', 'U']),
      };
      children.push(child);
    }
    const received = start + r.int(0, (end - start) / DAY) * DAY;
    const screenedIn = r.chance(0.8);
    const county = r.weighted({ code: 60, name: 30, fips: 10 }) as 'code' | 'name' | 'fips';
    const countyValue =
      county === 'fips' && child.county.fips
        ? child.county.fips
        : county === 'name'
          ? `${child.county.name} County`
          : child.county.code;
    const reporter = r.pick(REPORTERS);
    const response = screenedIn ? r.pick(['Immediate', '3 Day', '10 Day']) : '';
    const picked = new Set<string>();
    for (let a = r.weighted({ 1: 45, 2: 40, 3: 15 }); a > 0 && lines.length <= rows; a--) {
      const [category, sub, , key] =
        CATEGORIES[Number(r.weighted(Object.fromEntries(CATEGORIES.map((c, i) => [i, c[2]]))))]!;
      if (picked.has(key)) continue;
      picked.add(key);
      const decided = screenedIn && r.chance(0.7);
      lines.push(
        csvLine([
          `BR-${tag}-${ref}`,
          day(received),
          countyValue,
          child.id,
          child.first,
          child.last,
          child.dob,
          child.gender,
          category,
          sub,
          decided ? r.pick(['Substantiated', 'Inconclusive', 'Unfounded']) : '',
          decided ? day(received + r.int(5, 60) * DAY) : '',
          reporter,
          screenedIn ? 'Screened In' : 'Evaluated Out',
          response,
        ]),
      );
    }
  }
  return lines.join('\n') + '\n';
}
