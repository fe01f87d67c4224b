import type { Allegation } from './api';

/** When a disposition was proposed (its last change, for one proposed before that was recorded). */
export const proposedAt = (a: Pick<Allegation, 'proposedAt' | 'updatedAt'>): string =>
  a.proposedAt ?? a.updatedAt;

/** The review queue in the order asked for: newest proposal first, or oldest first. Ties keep one order. */
export function sortQueue<A extends Pick<Allegation, 'id' | 'proposedAt' | 'updatedAt'>>(
  queue: readonly A[],
  oldestFirst: boolean,
): A[] {
  const sign = oldestFirst ? 1 : -1;
  return [...queue].sort(
    (a, b) => sign * (Date.parse(proposedAt(a)) - Date.parse(proposedAt(b))) || a.id.localeCompare(b.id),
  );
}
