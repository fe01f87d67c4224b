import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DISPOSITION_STATES } from '../../../domain/record/vocabulary';
import { proposalRefusal, reviewRefusal } from './allegations.policy';

const someone = { id: '11111111-1111-4111-8111-111111111111', displayName: 'A' };
const other = '22222222-2222-4222-8222-222222222222';

describe('allegation disposition policy', () => {
  test('a disposition can be proposed only when open or returned', () => {
    expect(proposalRefusal({ dispositionState: 'open', proposedBy: null })).toBeNull();
    expect(proposalRefusal({ dispositionState: 'returned', proposedBy: someone })).toBeNull();
    expect(proposalRefusal({ dispositionState: 'proposed', proposedBy: someone })).toBe('awaiting_review');
    expect(proposalRefusal({ dispositionState: 'approved', proposedBy: someone })).toBe('already_approved');
  });

  test('only a proposed disposition is reviewed, and never by the person who proposed it', () => {
    expect(reviewRefusal(other, { dispositionState: 'proposed', proposedBy: someone })).toBeNull();
    expect(reviewRefusal(someone.id, { dispositionState: 'proposed', proposedBy: someone })).toBe(
      'own_proposal',
    );
    fc.assert(
      fc.property(fc.constantFrom(...DISPOSITION_STATES), fc.boolean(), (state, own) => {
        const refusal = reviewRefusal(own ? someone.id : other, {
          dispositionState: state,
          proposedBy: someone,
        });
        // Exactly one state (proposed, by someone else) can be reviewed.
        expect(refusal === null).toBe(state === 'proposed' && !own);
      }),
    );
  });
});
