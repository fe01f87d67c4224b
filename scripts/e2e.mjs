// The browser tier: build the app, start Lantern on a fresh embedded database with the demo county, and drive
// Debian's Chromium through playwright-core (test/e2e/*.e2e.ts). Extra arguments go to vitest.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWebIfStale, findChromium, node, root } from './lib.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error('No Chromium found: apt-get install -y chromium, or set LANTERN_CHROMIUM.');
  process.exit(1);
}
if ((await buildWebIfStale()) !== 0) process.exit(1);

const port = await new Promise((resolve) => {
  const srv = createServer().listen(0, '127.0.0.1', () => {
    const p = srv.address().port;
    srv.close(() => resolve(p));
  });
});
const dataDir = mkdtempSync(join(tmpdir(), 'lantern-e2e-'));
const password = 'demo password for the browser tier';
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
  cwd: root,
  env: {
    ...process.env,
    DATABASE_URL: '',
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    LANTERN_DATA_DIR: dataDir,
    LANTERN_DEMO_PASSWORD: password,
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
delete process.env.DATABASE_URL;

const base = `http://127.0.0.1:${port}`;
const deadline = Date.now() + 120_000;
for (;;) {
  try {
    if ((await fetch(`${base}/readyz`)).ok) break;
  } catch {
    // not listening yet
  }
  if (Date.now() > deadline || server.exitCode !== null) {
    console.error('Lantern did not become ready for the browser tier.');
    server.kill('SIGKILL');
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 500));
}

const code = await node(
  [
    join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--config',
    'vitest.e2e.config.ts',
    '--reporter=default',
    '--reporter=json',
    ...process.argv.slice(2),
  ],
  {
    env: {
      ...process.env,
      LANTERN_E2E_BASE_URL: base,
      LANTERN_E2E_PASSWORD: password,
      LANTERN_CHROMIUM: chromium,
      LANTERN_E2E_DATA_DIR: dataDir,
    },
  },
);
server.kill('SIGTERM');
await new Promise((r) => setTimeout(r, 1500));
if (server.exitCode === null) server.kill('SIGKILL');
rmSync(dataDir, { recursive: true, force: true });
process.exit(code);
