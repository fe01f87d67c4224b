// Small helpers shared by the npm scripts (plain Node: they run before anything is built).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

export function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export const node = (args, opts) => run(process.execPath, args, opts);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Build the web app when dist/web is missing or older than its sources. */
export async function buildWebIfStale() {
  const index = join(root, 'dist/web/index.html');
  const sources = [join(root, 'src/web'), join(root, 'src/server/modules'), join(root, 'src/domain')];
  const stale =
    !existsSync(index) || sources.some((d) => existsSync(d) && newestMtime(d) > statSync(index).mtimeMs);
  if (!stale) return 0;
  console.log('Building the web app…');
  return node([join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
}

export function findChromium() {
  const candidates = [
    process.env.LANTERN_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}
