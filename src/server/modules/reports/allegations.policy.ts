/**
 * Who may move an allegation's disposition, and from which state (the permissions themselves —
 * reports.write to propose, allegations.review to review — are checked at the route). Pure: no I/O.
 *
 *   open ──propose──▶ proposed ──approve──▶ approved
 *                        │  ▲
 *                 return │  │ propose again
 *                        ▼  │
 *                      returned
 */
import type { Allegation } from './reports.schemas';

type DispositionFacts = Pick<Allegation, 'dispositionState' | 'proposedBy'>;

export type ProposalRefusal = 'awaiting_review' | 'already_approved';
export type ReviewRefusal = 'nothing_proposed' | 'own_proposal';

/** Why a disposition cannot be proposed now, or null when it can (open, or returned by a reviewer). */
export function proposalRefusal(a: DispositionFacts): ProposalRefusal | null {
  if (a.dispositionState === 'proposed') return 'awaiting_review';
  if (a.dispositionState === 'approved') return 'already_approved';
  return null;
}

/** Why this reviewer cannot review now, or null when they can. Nobody approves their own proposal. */
export function reviewRefusal(reviewerId: string, a: DispositionFacts): ReviewRefusal | null {
  if (a.dispositionState !== 'proposed') return 'nothing_proposed';
  if (a.proposedBy?.id === reviewerId) return 'own_proposal';
  return null;
}
