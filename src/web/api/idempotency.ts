/**
 * One idempotency key per submission: retrying the same body reuses the key, so the server can answer
 * a repeat with the record it already created instead of creating it twice. A changed body, or a
 * finished submission (`reset`), gets a fresh key.
 */
export interface IdempotencyKeeper {
  keyFor(body: unknown): string;
  reset(): void;
}

export function createIdempotencyKeeper(newKey: () => string = () => crypto.randomUUID()): IdempotencyKeeper {
  let last: { fingerprint: string; key: string } | null = null;
  return {
    keyFor(body) {
      const fingerprint = JSON.stringify(body);
      if (last?.fingerprint !== fingerprint) last = { fingerprint, key: newKey() };
      return last.key;
    },
    reset() {
      last = null;
    },
  };
}
