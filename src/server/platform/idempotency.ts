import { sql } from 'drizzle-orm';
import { AppError } from './errors';
import { sha256Hex } from './crypto';
import type { Tx } from './db';

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,100}$/;

export interface IdempotencyInput {
  key: string | undefined;
  userId: string;
  jurisdictionId: number;
  /** method, route and body: the same key with a different request is refused. */
  request: unknown;
}

export interface CreateResult<T> {
  status: number;
  body: T;
  replayed: boolean;
}

/**
 * Run a create at most once per (user, Idempotency-Key). The key row is inserted first, inside the same
 * transaction as the create: a concurrent retry blocks on it until the first commits, then replays the
 * stored answer. If the first rolls back, its key row goes with it and the retry runs normally.
 */
export async function idempotentCreate<T>(
  tx: Tx,
  input: IdempotencyInput,
  run: () => Promise<T>,
): Promise<CreateResult<T>> {
  if (input.key === undefined) return { status: 201, body: await run(), replayed: false };
  if (!IDEMPOTENCY_KEY_PATTERN.test(input.key))
    throw new AppError(
      'validation_failed',
      'The Idempotency-Key header must be 8 to 100 letters, digits or -_.: characters.',
      {
        details: [{ path: 'idempotency-key', message: 'Use a random value such as a UUID.' }],
      },
    );
  const fingerprint = sha256Hex(JSON.stringify(input.request));
  const inserted = await tx.execute(sql`
    insert into idempotency_keys (user_id, key, jurisdiction_id, fingerprint)
    values (${input.userId}, ${input.key}, ${input.jurisdictionId}, ${fingerprint})
    on conflict (user_id, key) do nothing returning key`);
  if (inserted.rows.length === 0) {
    const existing = await tx.execute(sql`
      select fingerprint, status_code, response from idempotency_keys where user_id = ${input.userId} and key = ${input.key}`);
    const row = existing.rows[0];
    if (!row) throw new AppError('idempotency_in_progress');
    if (row.fingerprint !== fingerprint) throw new AppError('idempotency_key_reused');
    if (row.status_code === null) throw new AppError('idempotency_in_progress');
    return { status: Number(row.status_code), body: row.response as T, replayed: true };
  }
  const body = await run();
  await tx.execute(sql`
    update idempotency_keys set status_code = 201, response = ${JSON.stringify(body)}::jsonb
    where user_id = ${input.userId} and key = ${input.key}`);
  return { status: 201, body, replayed: false };
}
