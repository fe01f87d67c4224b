import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { jurisdictions } from './jurisdictions';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: integer('jurisdiction_id')
      .notNull()
      .references(() => jurisdictions.id),
    agencyId: uuid('agency_id'),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(),
    active: boolean('active').notNull().default(true),
    locale: text('locale').notNull().default('en'),
    passwordHash: text('password_hash'),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    /** AES-256-GCM ciphertext of the base32 TOTP secret; never stored in clear. */
    totpSecretEnc: text('totp_secret_enc'),
    totpEnrolledAt: timestamp('totp_enrolled_at', { withTimezone: true }),
    /** Last accepted TOTP time step: a code is never accepted twice. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    /** HMAC-SHA-256 of each unused recovery code. */
    recoveryCodes: jsonb('recovery_codes').$type<string[]>().notNull().default([]),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    index('users_jurisdiction_idx').on(t.jurisdictionId),
    // An agency must belong to the user's own jurisdiction: enforced by the database, not only by code.
    foreignKey({
      name: 'users_agency_same_jurisdiction_fk',
      columns: [t.agencyId, t.jurisdictionId],
      foreignColumns: [agencies.id, agencies.jurisdictionId],
    }),
    check(
      'users_role_check',
      sql`${t.role} in ('social_worker','supervisor','coordinator','partner','county_analyst','state_analyst','county_admin','system_admin','auditor')`,
    ),
    check('users_locale_check', sql`${t.locale} in ('en','es')`),
  ],
);
