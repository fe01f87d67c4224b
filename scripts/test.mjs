// npm test: unit and integration tests (PGlite, or PostgreSQL when DATABASE_URL is set), then the browser tier.
// Prints one closing line: "N passed, N failed".
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, node, root } from './lib.mjs';

console.log(
  `Lantern tests on Node ${process.version}, ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite'}`,
);
const out = mkdtempSync(join(tmpdir(), 'lantern-results-'));
const counts = { passed: 0, failed: 0, skipped: 0 };
function add(file) {
  if (!existsSync(file)) return false;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += r.numPassedTests ?? 0;
  counts.failed += (r.numFailedTests ?? 0) + (r.success === false && !r.numFailedTests ? 1 : 0);
  counts.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  return true;
}

const vitest = join(root, 'node_modules/vitest/vitest.mjs');
const unitFile = join(out, 'unit.json');
const unitCode = await node([
  vitest,
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitFile}`,
]);
if (!add(unitFile) || unitCode !== 0) counts.failed += unitCode !== 0 && counts.failed === 0 ? 1 : 0;

let browserNote = '';
if (process.env.LANTERN_SKIP_BROWSER === '1') {
  browserNote = 'Browser tier skipped (LANTERN_SKIP_BROWSER=1).';
} else if (!findChromium()) {
  browserNote =
    'Browser tier SKIPPED: no Chromium found. Install it (Debian: apt-get install -y chromium) or set LANTERN_CHROMIUM to its path.';
  if (process.env.CI === 'true') {
    browserNote += ' Under CI=true a skipped browser tier is a failure.';
    counts.failed += 1;
  }
} else {
  const e2eFile = join(out, 'e2e.json');
  const code = await node([join(root, 'scripts/e2e.mjs'), `--outputFile.json=${e2eFile}`]);
  if (!add(e2eFile) || code !== 0) counts.failed += code !== 0 && !existsSync(e2eFile) ? 1 : 0;
}

if (browserNote) console.log(`\n${browserNote}`);
console.log(
  `\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`,
);
process.exit(counts.failed > 0 ? 1 : 0);
