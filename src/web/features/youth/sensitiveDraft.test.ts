import { describe, expect, it } from 'vitest';
import { revisionFacts } from './revisions';
import {
  checkSensitiveDraft,
  emptySensitiveDrafts,
  hasSensitiveValues,
  SENSITIVE_GROUPS,
  sensitiveCreateBody,
  sensitiveDraftFrom,
  sensitiveValuesFrom,
} from './sensitiveDraft';

describe('sensitive drafts', () => {
  it('list the four groups in page order', () => {
    expect(SENSITIVE_GROUPS).toEqual(['immigration', 'sogie', 'tattoos', 'identifiers']);
  });

  it('round-trip revealed values through the form unchanged', () => {
    const identifiers = {
      phones: [{ number: '+1 510 555 0100', label: null }],
      handles: [{ platform: 'instagram' as const, handle: '@sol.demo' }],
    };
    expect(sensitiveValuesFrom('identifiers', sensitiveDraftFrom('identifiers', identifiers))).toEqual(
      identifiers,
    );
    const immigration = { citizenshipStatus: 'undocumented' as const, immigrationNotes: 'Arrived 2024.' };
    expect(sensitiveValuesFrom('immigration', sensitiveDraftFrom('immigration', immigration))).toEqual(
      immigration,
    );
  });

  it('send only the groups this person may change, and only when something was entered', () => {
    const drafts = emptySensitiveDrafts();
    drafts.immigration.citizenshipStatus = 'visa_holder';
    drafts.sogie.pronouns = 'they/them';
    drafts.tattoos.tattoos.push({
      key: 'k',
      description: ' Crown ',
      bodyLocation: 'Left wrist',
      origin: 'branding_by_exploiter',
      whereObtained: '',
    });
    expect(sensitiveCreateBody(['immigration', 'tattoos', 'identifiers'], drafts)).toEqual({
      immigration: { citizenshipStatus: 'visa_holder', immigrationNotes: null },
      tattoos: {
        tattoos: [
          {
            description: 'Crown',
            bodyLocation: 'Left wrist',
            origin: 'branding_by_exploiter',
            whereObtained: null,
          },
        ],
      },
    });
  });

  it('tell an empty group from one that holds something', () => {
    expect(hasSensitiveValues('sogie', sensitiveValuesFrom('sogie', emptySensitiveDrafts().sogie))).toBe(
      false,
    );
    expect(hasSensitiveValues('immigration', { citizenshipStatus: null, immigrationNotes: 'Unclear' })).toBe(
      true,
    );
  });

  it('ask for the platform of a handle at the path the API would report', () => {
    const drafts = emptySensitiveDrafts();
    drafts.identifiers.handles.push(
      { key: 'a', platform: 'tiktok', handle: 'x' },
      { key: 'b', platform: '', handle: 'y' },
    );
    expect(checkSensitiveDraft(drafts, { platformRequired: 'Choose.' })).toEqual([
      { path: 'sensitive.identifiers.handles.1.platform', message: 'Choose.' },
    ]);
  });
});

describe('revisionFacts', () => {
  it('reads what a contact revision stored and ignores anything odd', () => {
    expect(
      revisionFacts({
        occurredAt: '2026-03-01T14:30:00.000Z',
        kind: 'phone',
        participants: 'Youth, CSW',
        narrative: 'Called.',
      }),
    ).toEqual({
      occurredAt: '2026-03-01T14:30:00.000Z',
      kind: 'phone',
      participants: 'Youth, CSW',
      narrative: 'Called.',
    });
    expect(revisionFacts({ occurredAt: 'yesterday', kind: 'telepathy', narrative: 3 })).toEqual({
      occurredAt: null,
      kind: null,
      participants: null,
      narrative: null,
    });
  });
});
