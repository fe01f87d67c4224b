import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Server-side sessions. The cookie carries a random token; only its SHA-256 is stored here, so a copy of
 * this table cannot be replayed. Not a tenant table: a session is found by its secret before anyone's
 * jurisdiction is known (see docs/security.md).
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** 'active', or a sign-in still waiting for its second factor: 'totp' or 'totp-enrol'. */
    state: text('state', { enum: ['active', 'totp', 'totp-enrol'] }).notNull(),
    csrfToken: text('csrf_token').notNull(),
    /** During enrolment: the AES-GCM ciphertext of the secret not yet confirmed. */
    pendingTotpSecretEnc: text('pending_totp_secret_enc'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Failed sign-in counters, keyed by account and by client address. Shared by every Lantern process. */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});
