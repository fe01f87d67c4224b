import { describe, expect, it } from 'vitest';
import { createIdempotencyKeeper } from './idempotency';

function counter() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('createIdempotencyKeeper', () => {
  it('reuses the key when the same submission is retried', () => {
    const keeper = createIdempotencyKeeper(counter());
    expect(keeper.keyFor({ email: 'a@b.gov' })).toBe('key-1');
    expect(keeper.keyFor({ email: 'a@b.gov' })).toBe('key-1');
  });

  it('uses a new key when the submission changes, or after it succeeded', () => {
    const keeper = createIdempotencyKeeper(counter());
    keeper.keyFor({ email: 'a@b.gov' });
    expect(keeper.keyFor({ email: 'c@d.gov' })).toBe('key-2');
    keeper.reset();
    expect(keeper.keyFor({ email: 'c@d.gov' })).toBe('key-3');
  });

  it('makes UUIDs by default', () => {
    expect(createIdempotencyKeeper().keyFor({})).toMatch(/^[0-9a-f-]{36}$/);
  });
});
