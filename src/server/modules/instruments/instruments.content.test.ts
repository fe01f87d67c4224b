import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { INSTRUMENTS_DIR, readBuiltins } from './instruments.content';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * A copy of the at-risk instrument alone in a directory of its own, changed as given. Its actions that
 * start another instrument start itself instead, so the copy depends on no other file.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function contentDir(change: (atRisk: Record<string, any>) => void, file = 'v1.json'): string {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-instruments-'));
  dirs.push(dir);
  const atRisk = JSON.parse(readFileSync(join(INSTRUMENTS_DIR, 'at-risk/v1.json'), 'utf8'));
  for (const a of atRisk.actions) if (a.kind === 'start_instrument') a.instrument = 'at-risk';
  change(atRisk);
  mkdirSync(join(dir, 'at-risk'));
  writeFileSync(join(dir, 'at-risk', file), JSON.stringify(atRisk));
  return dir;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const firstItem = (d: Record<string, any>) => d.groups[0].items[0];

describe('readBuiltins', () => {
  test('reads a sound directory', () => {
    const builtins = readBuiltins(contentDir(() => {}));
    expect(builtins.get('at-risk')!.map((i) => i.version)).toEqual([1]);
  });

  test('a malformed file stops the load with a message naming the file and the item', () => {
    let key = '';
    const dir = contentDir((d) => {
      key = firstItem(d).key;
      delete firstItem(d).text.es;
    });
    expect(() => readBuiltins(dir)).toThrow(`content/instruments/at-risk/v1.json`);
    expect(() => readBuiltins(dir)).toThrow(`item "${key}" › text.es`);
  });

  test('a rule on an unknown item, a misnamed file, and a start of a missing instrument are refused', () => {
    const ghost = contentDir((d) => d.rules[0].when.any[0].of.push({ item: 'ghost' }));
    expect(() => readBuiltins(ghost)).toThrow(/rule "[a-z_]+": refers to unknown item "ghost"/);
    expect(() => readBuiltins(contentDir(() => {}, 'v2.json'))).toThrow(/file name must match/);
    expect(() => readBuiltins(contentDir(() => {}, 'first.json'))).toThrow(/v<version>\.json/);
    const dangling = contentDir((d) =>
      d.actions.push({
        key: 'open_missing',
        kind: 'start_instrument',
        instrument: 'not-shipped',
        label: { en: 'Open', es: 'Abrir' },
      }),
    );
    expect(() => readBuiltins(dangling)).toThrow('starts unknown instrument "not-shipped"');
  });
});
