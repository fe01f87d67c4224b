import { describe, expect, it } from 'vitest';
import { sortQueue } from './reviewQueue';

const item = (id: string, proposedAt: string | null, updatedAt = '2026-01-01T00:00:00.000Z') => ({
  id,
  proposedAt,
  updatedAt,
});

describe('sortQueue', () => {
  const queue = [
    item('b', '2026-03-01T10:00:00.000Z'),
    item('a', '2026-11-20T09:00:00.000Z'),
    item('c', null, '2025-06-01T00:00:00.000Z'),
  ];

  it('puts the newest proposal first, or the oldest when asked', () => {
    expect(sortQueue(queue, false).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(sortQueue(queue, true).map((x) => x.id)).toEqual(['c', 'b', 'a']);
  });

  it('orders proposals made at the same moment the same way every time, without changing the list given', () => {
    const same = [item('y', '2026-01-02T00:00:00.000Z'), item('x', '2026-01-02T00:00:00.000Z')];
    expect(sortQueue(same, false).map((x) => x.id)).toEqual(['x', 'y']);
    expect(same.map((x) => x.id)).toEqual(['y', 'x']);
  });
});
