/**
 * The determination reasons (domain/identification/reasons.labels.ts, used by the CLI) put codes into the
 * same words the web shows for them. The domain cannot read the web's translation files, so the words are
 * kept twice; this test keeps the two copies equal (the domain's in lower case, to sit mid-sentence).
 */
import { describe, expect, it } from 'vitest';
import { BENEFICIARIES, EMPLOYMENT_FACTS, LABOR_KINDS, VALUE_KINDS } from '@domain/identification/facts';
import type { Language } from '@domain/identification/forms';
import { detailWords } from '@domain/identification/reasons.labels';
import { ALL_MEANS, PARENT_ROLES } from '@domain/record/vocabulary';
import { en, es } from './resources';

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const LISTS: [readonly string[], (d: typeof en) => Record<string, string>][] = [
  [ALL_MEANS, (d) => d.vocab.means],
  [PARENT_ROLES.filter((r) => r !== 'unknown'), (d) => d.vocab.parentRole],
  [VALUE_KINDS, (d) => d.identification.valueKinds],
  [LABOR_KINDS, (d) => d.identification.laborKinds],
  [BENEFICIARIES, (d) => d.identification.beneficiaries],
  [EMPLOYMENT_FACTS, (d) => d.identification.employment],
];

describe('words in determination reasons', () => {
  for (const [lang, dict] of [
    ['en', en],
    ['es', es],
  ] as [Language, typeof en][])
    it(`match the web's labels in ${lang}`, () => {
      for (const [codes, labels] of LISTS)
        for (const code of codes) expect(detailWords(code, lang), code).toBe(lower(labels(dict)[code]!));
    });
});
