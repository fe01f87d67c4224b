import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Person } from './api';
import { changedFields, checkDraft, draftFrom, emptyDraft, fieldId, toBody } from './draft';

const t = ((key: string) => key) as unknown as TFunction;

const person: Person = {
  id: '0b6f3c1e-8a1d-4c2e-9f7a-1234567890ab',
  ref: 'P-7',
  jurisdictionId: 3,
  jurisdictionName: 'Alameda',
  displayName: 'Dario Q',
  names: [
    { kind: 'name', name: 'Dario Q' },
    { kind: 'moniker', name: 'Smoke' },
  ],
  approximateAge: 31,
  phones: [{ number: '510 555 0100', label: null }],
  handles: [{ platform: 'instagram', handle: '@smoke' }],
  addresses: [{ line: '100 Harbor Way', city: 'Oakland', state: null, note: null }],
  vehicles: [{ description: 'Grey sedan', plate: null }],
  notes: 'Seen near the transit centre.',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  version: 3,
};

describe('the person form draft', () => {
  it('round-trips a saved person without inventing changes', () => {
    expect(toBody(draftFrom(person))).toMatchObject({
      names: person.names,
      approximateAge: 31,
      phones: person.phones,
      addresses: person.addresses,
    });
    expect(changedFields(person, toBody(draftFrom(person)))).toEqual({});
  });

  it('sends only what changed, trimmed, with empty optional text as null', () => {
    const draft = draftFrom(person);
    draft.approximateAge = '';
    draft.phones[0]!.label = '  burner ';
    draft.notes = '  Seen near the transit centre.  ';
    expect(changedFields(person, toBody(draft))).toEqual({
      approximateAge: null,
      phones: [{ number: '510 555 0100', label: 'burner' }],
    });
  });

  it('catches blank entries, a bad age and short phones with the server’s field paths', () => {
    const draft = emptyDraft();
    draft.approximateAge = '130';
    draft.phones = [{ number: '12-34', label: '' }];
    draft.handles = [{ platform: '', handle: ' ' }];
    expect(checkDraft(draft, t).map((p) => p.path)).toEqual([
      'names.0.name',
      'approximateAge',
      'phones.0.number',
      'handles.0.platform',
      'handles.0.handle',
    ]);
    expect(checkDraft(draftFrom(person), t)).toEqual([]);
  });

  it('names inputs after the server’s field paths', () => {
    expect(fieldId('phones.2.number')).toBe('person-phones-2-number');
  });
});
