import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Youth } from '@server/modules/youth/youth.schemas';
import {
  emptyProfileDraft,
  parseLanguages,
  profileBody,
  profileDraftFrom,
  profilePatch,
  toggle,
} from './draft';
import { errorFieldIds, fieldId, fieldIdCandidates, messageUnder } from './fieldIds';

const youth: Youth = {
  id: '00000000-0000-4000-8000-000000000001',
  ref: 'Y-1',
  jurisdictionId: 3,
  jurisdictionName: 'Alameda',
  legalFirstName: 'Marisol',
  legalMiddleName: null,
  legalLastName: 'Quintero',
  preferredName: 'Sol',
  otherNames: [{ kind: 'moniker', name: 'Lucky' }],
  dateOfBirth: '2011-03-01',
  dobEstimated: true,
  age: 15,
  gender: 'female',
  raceEthnicity: ['hispanic_latino', 'white'],
  tribalAffiliation: null,
  languages: ['es', 'mam'],
  interpreterNeeded: true,
  countryOfBirth: 'Guatemala',
  school: null,
  dependencyStatus: 'dependent',
  probationStatus: null,
  placementStatus: 'foster_family',
  sensitive: {
    immigration: { present: true, canReveal: true },
    sogie: { present: false, canReveal: false },
    tattoos: { present: false, canReveal: true },
    identifiers: { present: true, canReveal: true },
  },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 4,
};

describe('profile drafts', () => {
  it('turn blank text into "not recorded" and trim what was typed', () => {
    const body = profileBody({
      ...emptyProfileDraft(),
      legalFirstName: '  Ana ',
      legalLastName: 'Ruiz',
      preferredName: '   ',
      languages: 'Spanish, , mam',
    });
    expect(body).toMatchObject({
      legalFirstName: 'Ana',
      legalLastName: 'Ruiz',
      legalMiddleName: null,
      preferredName: null,
      dateOfBirth: null,
      gender: null,
      languages: ['Spanish', 'mam'],
      dependencyStatus: null,
    });
  });

  it('send other-name rows as they are, so a server error about row 2 lands on row 2', () => {
    const draft = profileDraftFrom(youth);
    draft.otherNames.push({ key: 'k', kind: 'aka', name: '' });
    expect(profileBody(draft).otherNames).toEqual([
      { kind: 'moniker', name: 'Lucky' },
      { kind: 'aka', name: '' },
    ]);
  });

  it('patch nothing when nothing changed, and only what changed otherwise', () => {
    expect(profilePatch(youth, profileDraftFrom(youth))).toEqual({});
    const draft = profileDraftFrom(youth);
    draft.school = 'Fremont High';
    draft.raceEthnicity = ['white', 'hispanic_latino'];
    draft.preferredName = '';
    expect(profilePatch(youth, draft)).toEqual({ school: 'Fremont High', preferredName: null });
  });

  it('read the same profile back after a round trip through the form', () => {
    const draft = profileDraftFrom(youth);
    const { jurisdictionId: _j, ...rest } = { jurisdictionId: 0, ...profileBody(draft) };
    expect(rest).toMatchObject({
      legalFirstName: youth.legalFirstName,
      otherNames: youth.otherNames,
      dateOfBirth: youth.dateOfBirth,
      languages: youth.languages,
      placementStatus: youth.placementStatus,
    });
  });
});

describe('parseLanguages', () => {
  it('drops blanks and repeats in any case, keeping the first spelling', () => {
    expect(parseLanguages('Spanish; spanish,\nMam , ')).toEqual(['Spanish', 'Mam']);
  });

  it('is stable: parsing what it printed gives the same list', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = parseLanguages(text);
        expect(parseLanguages(once.join(', '))).toEqual(once);
        for (const language of once) expect(language).toBe(language.trim());
      }),
    );
  });
});

describe('toggle', () => {
  it('adds and removes a choice, keeping the list order and no repeats', () => {
    const order = ['a', 'b', 'c'] as const;
    expect(toggle<string>(['c'], 'a', true, order)).toEqual(['a', 'c']);
    expect(toggle<string>(['a', 'c'], 'a', true, order)).toEqual(['a', 'c']);
    expect(toggle<string>(['a', 'c'], 'c', false, order)).toEqual(['a']);
  });
});

describe('field ids', () => {
  it('follow the API path, so a 422 can link to its input', () => {
    expect(fieldId('new-youth', 'otherNames.1.name')).toBe('new-youth-otherNames-1-name');
    expect(fieldIdCandidates('p', 'raceEthnicity.3')).toEqual(['p-raceEthnicity-3', 'p-raceEthnicity']);
  });

  it('link each reported path to the most specific input on the page, or leave it unlinked', () => {
    const onPage = new Set(['p-legalFirstName', 'p-raceEthnicity', 'p-narrative']);
    const errors = {
      message: 'Check',
      fields: [
        { path: 'legalFirstName', message: 'Enter a name.' },
        { path: 'raceEthnicity.3', message: 'Invalid option' },
        { path: 'version', message: 'Required' },
        { path: 'contact.narrative', message: 'Write what happened.' },
      ],
    };
    expect(
      errorFieldIds(
        errors,
        'p',
        (id) => onPage.has(id),
        (path) => path.replace(/^contact\./, ''),
      ),
    ).toEqual({
      legalFirstName: 'p-legalFirstName',
      'raceEthnicity.3': 'p-raceEthnicity',
      'contact.narrative': 'p-narrative',
    });
    expect(messageUnder(errors, 'raceEthnicity')).toBe('Invalid option');
    expect(messageUnder(errors, 'race')).toBeUndefined();
  });
});
