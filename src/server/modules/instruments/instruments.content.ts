/**
 * Built-in instruments: content/instruments/<key>/v<version>.json, one file per version. Read and
 * validated once, on first use (and at start-up, so a malformed file stops Lantern with a message naming
 * the item). A landed version file never changes (scripts/check-migrations.mjs checks it, like
 * migrations): a change is a new file with the next version. Used by the server and by
 * `lantern screen evaluate`, which needs no database.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Instrument } from '../../../domain/identification/instrument';
import { loadInstrument } from '../../../domain/identification/instrument.validate';

export const INSTRUMENTS_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../content/instruments',
);

const FILE = /^v([1-9]\d*)\.json$/;

/** Every built-in version of every instrument, by key, oldest first. Throws naming every problem. */
export function readBuiltins(dir = INSTRUMENTS_DIR): Map<string, Instrument[]> {
  const out = new Map<string, Instrument[]>();
  for (const key of readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    const versions: Instrument[] = [];
    for (const file of readdirSync(join(dir, key)).sort()) {
      const m = FILE.exec(file);
      if (!m) throw new Error(`content/instruments/${key}/${file}: name files v<version>.json.`);
      const path = `content/instruments/${key}/${file}`;
      const inst = loadInstrument(JSON.parse(readFileSync(join(dir, key, file), 'utf8')), path);
      if (inst.key !== key || inst.version !== Number(m[1]))
        throw new Error(`${path}: holds ${inst.key} version ${inst.version}; the file name must match.`);
      versions.push(inst);
    }
    out.set(
      key,
      versions.sort((a, b) => a.version - b.version),
    );
  }
  const problems = [...out.values()]
    .flat()
    .flatMap((inst) =>
      inst.actions
        .filter((a) => a.kind === 'start_instrument' && !out.has(a.instrument!))
        .map(
          (a) =>
            `${inst.key} v${inst.version}: action "${a.key}" starts unknown instrument "${a.instrument}".`,
        ),
    );
  if (problems.length)
    throw new Error(
      `Built-in instruments refer to instruments that do not exist:\n  - ${problems.join('\n  - ')}`,
    );
  return out;
}

let cache: Map<string, Instrument[]> | null = null;
export function builtins(): Map<string, Instrument[]> {
  cache ??= readBuiltins();
  return cache;
}

/** A built-in version, or the latest when no version is given; null when there is none. */
export function builtin(key: string, version?: number): Instrument | null {
  const versions = builtins().get(key);
  if (!versions?.length) return null;
  return version === undefined ? versions.at(-1)! : (versions.find((v) => v.version === version) ?? null);
}
