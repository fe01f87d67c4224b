import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from './config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'lantern-config-test-'));
const STRONG_SECRET = 'k9Qz3vT7wLp2Xr8mN4bY6hJc1sFd5gAe0uKiOoPl'; // 40 random characters

describe('loadConfig in production', () => {
  test('refuses to start without a session secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', LANTERN_DATA_DIR: dataDir() })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', LANTERN_DATA_DIR: dataDir() })).toThrow(
      /LANTERN_SESSION_SECRET/,
    );
  });

  test('refuses a known default secret', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', LANTERN_DATA_DIR: dataDir(), LANTERN_SESSION_SECRET: 'changeme' }),
    ).toThrow(ConfigError);
  });

  test('refuses a short secret', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        LANTERN_DATA_DIR: dataDir(),
        LANTERN_SESSION_SECRET: 'short-but-not-default-0123',
      }),
    ).toThrow(/LANTERN_SESSION_SECRET/);
  });

  test('accepts a 40-character random secret, and never seeds demo accounts', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      LANTERN_DATA_DIR: dataDir(),
      LANTERN_SESSION_SECRET: STRONG_SECRET,
      LANTERN_SEED_DEMO: 'true',
    });
    expect(config.production).toBe(true);
    expect(config.sessionSecret).toBe(STRONG_SECRET);
    expect(config.seedDemo).toBe(false);
  });
});

describe('LANTERN_MFA_REQUIRED_ROLES', () => {
  test('an unknown role is refused with a message naming it', () => {
    const load = () =>
      loadConfig({
        NODE_ENV: 'test',
        LANTERN_DATA_DIR: dataDir(),
        LANTERN_SESSION_SECRET: STRONG_SECRET,
        LANTERN_MFA_REQUIRED_ROLES: 'county_admin, wizard',
      });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/wizard/);
  });

  test('known roles are accepted, trimmed', () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      LANTERN_DATA_DIR: dataDir(),
      LANTERN_SESSION_SECRET: STRONG_SECRET,
      LANTERN_MFA_REQUIRED_ROLES: ' county_admin , auditor ',
    });
    expect([...config.mfaRequiredRoles].sort()).toEqual(['auditor', 'county_admin']);
  });
});
