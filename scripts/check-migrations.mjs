// Fails when a migration that was committed before has changed since it was first added (landed migrations
// are immutable), or when a migration file is not listed in drizzle's journal.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const dir = join(root, 'drizzle');
const journal = JSON.parse(readFileSync(join(dir, 'meta/_journal.json'), 'utf8'));
const tags = new Set(journal.entries.map((e) => e.tag));
const problems = [];
const files = readdirSync(dir).filter((f) => f.endsWith('.sql'));
for (const f of files) {
  if (!tags.has(f.replace(/\.sql$/, ''))) problems.push(`${f} is not in drizzle/meta/_journal.json`);
}
for (const f of [
  ...files.map((f) => `drizzle/${f}`),
  ...readdirSync(join(dir, 'meta'))
    .filter((f) => f.endsWith('_snapshot.json'))
    .map((f) => `drizzle/meta/${f}`),
]) {
  const added = git('log', '--diff-filter=A', '--format=%H', '--', f)
    .trim()
    .split('\n')
    .filter(Boolean)
    .pop();
  if (!added) continue; // new in this working tree: not landed yet
  const first = git('show', `${added}:${f}`);
  if (first !== readFileSync(join(root, f), 'utf8'))
    problems.push(`${f} changed after it was committed in ${added.slice(0, 8)}: add a new migration instead`);
}
if (problems.length) {
  console.error('Migration check failed:\n  ' + problems.join('\n  '));
  process.exit(1);
}
console.log(`Migration check: ${files.length} migrations, none changed since committed.`);
