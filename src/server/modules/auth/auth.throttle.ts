import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';

/** Failed attempts allowed per window before a temporary lock, by account and by client address. */
export const THROTTLE = {
  windowMinutes: 15,
  lockMinutes: 15,
  accountLimit: 5,
  addressLimit: 50,
} as const;

export const accountKey = (email: string) => `account:${email.toLowerCase()}`;
export const addressKey = (ip: string) => `address:${ip}`;

/** Seconds until the first of these keys unlocks, or 0 when none is locked. */
export async function lockedFor(tx: Tx, keys: string[]): Promise<number> {
  const res = await tx.execute(sql`
    select coalesce(max(extract(epoch from (locked_until - now()))), 0) as seconds
    from login_throttle where key in (${sql.join(
      keys.map((k) => sql`${k}`),
      sql`, `,
    )}) and locked_until > now()`);
  return Math.ceil(Number(res.rows[0]?.seconds ?? 0));
}

/** Count one failure against each key; returns true when this failure locked the account. */
export async function recordFailure(tx: Tx, keys: { account: string; address: string }): Promise<boolean> {
  let accountLocked = false;
  for (const [key, limit] of [
    [keys.account, THROTTLE.accountLimit],
    [keys.address, THROTTLE.addressLimit],
  ] as const) {
    const res = await tx.execute(sql`
      insert into login_throttle (key, failures, window_started_at) values (${key}, 1, now())
      on conflict (key) do update set
        failures = case when login_throttle.window_started_at < now() - make_interval(mins => ${THROTTLE.windowMinutes})
                        then 1 else login_throttle.failures + 1 end,
        window_started_at = case when login_throttle.window_started_at < now() - make_interval(mins => ${THROTTLE.windowMinutes})
                        then now() else login_throttle.window_started_at end
      returning failures`);
    const failures = Number(res.rows[0]?.failures ?? 0);
    if (failures >= limit) {
      await tx.execute(sql`
        update login_throttle set locked_until = now() + make_interval(mins => ${THROTTLE.lockMinutes}), failures = 0,
               window_started_at = now()
        where key = ${key}`);
      if (key === keys.account) accountLocked = true;
    }
  }
  return accountLocked;
}

export async function clearFailures(tx: Tx, key: string): Promise<void> {
  await tx.execute(sql`delete from login_throttle where key = ${key}`);
}
