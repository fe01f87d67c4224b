import { describe, expect, it } from 'vitest';
import { dayBoundary, toAuditQuery } from './api';

describe('audit date range', () => {
  it('starts "from" at local midnight and ends "to" at the last local millisecond of the day', () => {
    const start = new Date(dayBoundary('2025-03-09', 'start'));
    const end = new Date(dayBoundary('2025-03-09', 'end'));
    expect([
      start.getFullYear(),
      start.getMonth(),
      start.getDate(),
      start.getHours(),
      start.getMinutes(),
    ]).toEqual([2025, 2, 9, 0, 0]);
    expect([
      end.getDate(),
      end.getHours(),
      end.getMinutes(),
      end.getSeconds(),
      end.getMilliseconds(),
    ]).toEqual([9, 23, 59, 59, 999]);
  });

  it('sends ISO instants the API accepts and leaves other filters as they are', () => {
    const query = toAuditQuery({ action: 'user.created', from: '2025-01-01' });
    expect(query.action).toBe('user.created');
    expect(query.from).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(query.to).toBeUndefined();
  });
});
