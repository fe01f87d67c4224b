import { describe, expect, it } from 'vitest';
import {
  ALL_MEANS,
  ALLEGATION_CATEGORIES,
  CARE_TIMING,
  CITIZENSHIP_STATUSES,
  CONTACT_KINDS,
  DEPENDENCY_STATUSES,
  DISPOSITION_STATES,
  DISPOSITIONS,
  EVALUATED_OUT_REASONS,
  EXPLOITATION_SUBCATEGORIES,
  EXPLOITER_RELATIONSHIPS,
  GENDER_EXPRESSIONS,
  GENDER_IDENTITIES,
  GENDERS,
  MEANS,
  PARENT_ROLES,
  PERPETRATOR_KINDS,
  PLACEMENT_STATUSES,
  PROBATION_STATUSES,
  RACE_ETHNICITIES,
  REPORTER_TYPES,
  RESPONSE_TIMES,
  SCREENING_DECISIONS,
  SEXUAL_ORIENTATIONS,
  SOCIAL_PLATFORMS,
  TATTOO_ORIGINS,
} from '@domain/record/vocabulary';
import vocabEn from './parts/vocab.en.json';
import vocabEs from './parts/vocab.es.json';

/** Every code list the web labels, by its key under `vocab`. */
const LISTS: Record<string, readonly string[]> = {
  category: ALLEGATION_CATEGORIES,
  subcategory: EXPLOITATION_SUBCATEGORIES,
  reporterType: REPORTER_TYPES,
  screeningDecision: SCREENING_DECISIONS,
  responseTime: RESPONSE_TIMES,
  evaluatedOutReason: EVALUATED_OUT_REASONS,
  perpetratorKind: PERPETRATOR_KINDS,
  disposition: DISPOSITIONS,
  dispositionState: DISPOSITION_STATES,
  means: ALL_MEANS,
  meansKind: Object.keys(MEANS),
  exploiterRelationship: EXPLOITER_RELATIONSHIPS,
  parentRole: PARENT_ROLES,
  careTiming: CARE_TIMING,
  contactKind: CONTACT_KINDS,
  citizenshipStatus: CITIZENSHIP_STATUSES,
  gender: GENDERS,
  genderIdentity: GENDER_IDENTITIES,
  sexualOrientation: SEXUAL_ORIENTATIONS,
  genderExpression: GENDER_EXPRESSIONS,
  raceEthnicity: RACE_ETHNICITIES,
  dependencyStatus: DEPENDENCY_STATUSES,
  probationStatus: PROBATION_STATUSES,
  placementStatus: PLACEMENT_STATUSES,
  socialPlatform: SOCIAL_PLATFORMS,
  tattooOrigin: TATTOO_ORIGINS,
  yesNoUnknown: ['yes', 'no', 'unknown'],
  sensitiveGroup: ['immigration', 'sogie', 'tattoos', 'identifiers'],
  otherNameKind: ['aka', 'moniker'],
};

const LANGUAGES: Array<[string, Record<string, unknown>]> = [
  ['en', vocabEn.vocab],
  ['es', vocabEs.vocab],
];

describe('vocabulary labels', () => {
  it('cover exactly the lists of the record, in both languages', () => {
    for (const [, vocab] of LANGUAGES) {
      expect(Object.keys(vocab).sort()).toEqual(Object.keys(LISTS).sort());
    }
  });

  for (const [list, codes] of Object.entries(LISTS)) {
    it(`label every ${list} code, and no other, in both languages`, () => {
      for (const [language, vocab] of LANGUAGES) {
        const labels = vocab[list] as Record<string, unknown>;
        expect(labels, `${language}.${list}`).toBeTypeOf('object');
        expect(Object.keys(labels).sort(), `${language}.${list}`).toEqual([...codes].sort());
        const blank = codes.filter((code) => {
          const label = labels[code];
          return typeof label !== 'string' || label.trim() === '';
        });
        expect(blank, `${language}.${list}`).toEqual([]);
      }
    });
  }

  it('give distinct labels within a list, so a choice is never ambiguous', () => {
    for (const [language, vocab] of LANGUAGES) {
      for (const list of Object.keys(LISTS)) {
        const labels = Object.values(vocab[list] as Record<string, string>);
        const repeated = labels.filter((label, i) => labels.indexOf(label) !== i);
        expect(repeated, `${language}.${list}`).toEqual([]);
      }
    }
  });

  it('keep the agreed wording of the exploitation sub-categories and timings', () => {
    expect(vocabEn.vocab.subcategory.involving_child_in_criminal_activity).toBe(
      'Involving a child in criminal activity',
    );
    expect(vocabEs.vocab.subcategory.involving_child_in_criminal_activity).toBe(
      'Involucrar a un menor en actividades delictivas',
    );
    expect(vocabEn.vocab.responseTime.immediate).toBe('Immediate (within 24 hours)');
    expect(vocabEn.vocab.careTiming.while_absent_from_placement).toBe('While absent from placement');
  });
});
