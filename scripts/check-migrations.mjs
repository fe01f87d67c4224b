// Fails when a migration that was committed before has changed since it was first added (landed migrations
// are immutable), or when a migration file is not listed in drizzle's journal. Built-in instruments are held
// to the same rule: a file under content/instruments that was committed must never change or disappear
// (screenings taken with a version keep pointing at it); a change is a new file with the next version.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** The commit that first added a path (renames count as adding the new path), or undefined. */
const addedIn = (f) =>
  git('log', '--no-renames', '--diff-filter=A', '--format=%H', '--', f)
    .trim()
    .split('\n')
    .filter(Boolean)
    .pop();

/** A problem when a path committed before differs from (or no longer matches) what was first added. */
function unchanged(f, advice) {
  const added = addedIn(f);
  if (!added) return; // new in this working tree: not landed yet
  const path = join(root, f);
  if (!existsSync(path))
    return problems.push(`${f} was deleted after it was committed in ${added.slice(0, 8)}: ${advice}`);
  if (git('show', `${added}:${f}`) !== readFileSync(path, 'utf8'))
    problems.push(`${f} changed after it was committed in ${added.slice(0, 8)}: ${advice}`);
}

for (const f of [
  ...files.map((f) => `drizzle/${f}`),
  ...readdirSync(join(dir, 'meta'))
    .filter((f) => f.endsWith('_snapshot.json'))
    .map((f) => `drizzle/meta/${f}`),
])
  unchanged(f, 'add a new migration instead');

// Every instrument file ever committed, including ones since deleted from the working tree.
const instrumentFiles = [
  ...new Set(
    git('log', '--no-renames', '--diff-filter=A', '--name-only', '--format=', '--', 'content/instruments')
      .split('\n')
      .filter(Boolean),
  ),
].sort();
for (const f of instrumentFiles) unchanged(f, 'add the next version as a new file instead');

if (problems.length) {
  console.error('Migration check failed:\n  ' + problems.join('\n  '));
  process.exit(1);
}
console.log(
  `Migration check: ${files.length} migrations and ${instrumentFiles.length} built-in instrument files, none changed since committed.`,
);
