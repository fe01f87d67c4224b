import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { ROLES, type Role } from '../domain/access/roles';

/** Values that must never be accepted as a production secret. */
const KNOWN_DEFAULT_SECRETS = new Set([
  'changeme',
  'change-me',
  'secret',
  'lantern',
  'development',
  'dev-secret',
]);

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url().optional()),
  LANTERN_DATA_DIR: z.string().default('./data'),
  LANTERN_SESSION_SECRET: z.string().optional(),
  LANTERN_DEMO_PASSWORD: z.string().optional(),
  LANTERN_SEED_DEMO: bool.optional(),
  LANTERN_IDLE_TIMEOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  LANTERN_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  LANTERN_MFA_REQUIRED_ROLES: z.string().optional(),
  LANTERN_DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  LANTERN_TRUST_PROXY: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  production: boolean;
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string;
  demoPassword: string | undefined;
  seedDemo: boolean;
  idleTimeoutSeconds: number;
  sessionMaxSeconds: number;
  mfaRequiredRoles: ReadonlySet<Role>;
  dbPoolMax: number;
  trustProxy: boolean;
  logLevel: string;
}

export class ConfigError extends Error {}

function parseRoles(value: string | undefined, fallback: Role[]): Set<Role> {
  if (value === undefined) return new Set(fallback);
  const roles = value
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  for (const r of roles) {
    if (!(ROLES as readonly string[]).includes(r))
      throw new ConfigError(`LANTERN_MFA_REQUIRED_ROLES: "${r}" is not a role (${ROLES.join(', ')}).`);
  }
  return new Set(roles as Role[]);
}

/**
 * Outside production a missing secret is generated once and kept in the data directory, so TOTP secrets
 * (encrypted with it) survive restarts. Production refuses to start without a strong one.
 */
function resolveSecret(env: z.infer<typeof envSchema>, dataDir: string): string {
  const given = env.LANTERN_SESSION_SECRET;
  if (env.NODE_ENV === 'production') {
    if (!given)
      throw new ConfigError('LANTERN_SESSION_SECRET is required in production (at least 32 characters).');
    if (given.length < 32 || KNOWN_DEFAULT_SECRETS.has(given.toLowerCase()))
      throw new ConfigError(
        'LANTERN_SESSION_SECRET is a default or too short: use at least 32 random characters.',
      );
    return given;
  }
  if (given) return given;
  const file = join(dataDir, '.session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Configuration is not valid:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  const dataDir = resolve(env.LANTERN_DATA_DIR);
  return {
    env: env.NODE_ENV,
    production,
    host: env.HOST,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    dataDir,
    sessionSecret: resolveSecret(env, dataDir),
    demoPassword: env.LANTERN_DEMO_PASSWORD,
    seedDemo: production ? false : (env.LANTERN_SEED_DEMO ?? env.NODE_ENV === 'development'),
    idleTimeoutSeconds: env.LANTERN_IDLE_TIMEOUT_MINUTES * 60,
    sessionMaxSeconds: env.LANTERN_SESSION_MAX_HOURS * 3600,
    mfaRequiredRoles: parseRoles(
      env.LANTERN_MFA_REQUIRED_ROLES,
      production ? ['system_admin', 'county_admin', 'auditor'] : [],
    ),
    dbPoolMax: env.LANTERN_DB_POOL_MAX,
    trustProxy: env.LANTERN_TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
  };
}
