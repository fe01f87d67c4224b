// CLI = UI: a screening recorded through the API and `lantern screen evaluate` on the same answers and age
// give the same result, for a built-in instrument and for a county version exported from the API.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { screenCommand } from '../src/cli/screen';
import { signInAs, startTestApp, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const dir = mkdtempSync(join(tmpdir(), 'lantern-cli-ui-'));
const examples = resolve(import.meta.dirname, '../docs/examples/identification');
const example = (name: string) => JSON.parse(readFileSync(join(examples, name), 'utf8'));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

/** Whole years from a date of birth to a moment, as a person counts birthdays. */
function ageAt(dob: string, at: string): number {
  const [y, m, d] = dob.split('-').map(Number) as [number, number, number];
  const when = new Date(at);
  const before = when.getUTCMonth() + 1 < m || (when.getUTCMonth() + 1 === m && when.getUTCDate() < d);
  return when.getUTCFullYear() - y - (before ? 1 : 0);
}

async function youth(api: Awaited<ReturnType<typeof signInAs>>['api'], dateOfBirth: string) {
  const res = await api.post('/api/v1/youth', {
    legalFirstName: 'Marisol',
    legalLastName: `Cliequal ${Math.random().toString(36).slice(2, 8)}`,
    dateOfBirth,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

describe('the CLI and the API give the same result', () => {
  test.each([
    ['at-risk', 'answers-at-risk.json', '2010-08-30'],
    ['red-flags', 'answers-red-flags.json', '2011-02-14'],
  ])('%s', async (key, file, dob) => {
    const { api } = await signInAs(t, 'social_worker');
    const youthId = await youth(api, dob);
    const { answers } = example(file);
    const screenedAt = '2026-03-01T15:00:00.000Z';
    const res = await api.post('/api/v1/screenings', {
      youthId,
      instrument: { key, version: 1, origin: 'builtin' },
      context: 'intake',
      language: 'en',
      screenedAt,
      answers,
    });
    expect(res.statusCode, res.body).toBe(201);
    const stored = res.json().result;

    const age = ageAt(dob, screenedAt);
    const cli = screenCommand([
      'evaluate',
      '--instrument',
      `${key}@1`,
      '--answers',
      write(`${key}.json`, { answers, age }),
    ]);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.stdout).evaluation).toEqual(stored);
  });

  test('a county version exported from the API (--instrument-file)', async () => {
    const coordinator = await signInAs(t, 'coordinator');
    const current = await coordinator.api.get('/api/v1/instruments/at-risk');
    expect(current.statusCode, current.body).toBe(200);
    const definition = structuredClone(current.json().definition);
    // The county counts one of D–H as enough (a stricter local rule).
    const rule = definition.rules.find((r: { key: string }) => r.key === 'at_risk_cse');
    rule.when.any[1].atLeast = 1;
    const adapted = await coordinator.api.post('/api/v1/instruments/at-risk/versions', {
      basedOn: { origin: current.json().origin, version: current.json().version },
      definition,
      changeNote: 'One of D–H is enough in this county.',
    });
    expect(adapted.statusCode, adapted.body).toBe(201);
    const version = adapted.json().version as number;
    const exported = await coordinator.api.get(`/api/v1/instruments/at-risk/versions/county/${version}`);
    expect(exported.statusCode, exported.body).toBe(200);

    const youthId = await youth(coordinator.api, '2012-05-05');
    const answers = { ...example('answers-at-risk.json').answers, runaway_or_unstable_housing: 'yes' };
    const screenedAt = '2026-04-10T10:00:00.000Z';
    const res = await coordinator.api.post('/api/v1/screenings', {
      youthId,
      instrument: { key: 'at-risk', version, origin: 'county' },
      context: 'return_from_runaway',
      language: 'es',
      screenedAt,
      answers,
    });
    expect(res.statusCode, res.body).toBe(201);
    const stored = res.json().result;
    expect(stored.outcomes).toContain('at_risk_cse');

    const cli = screenCommand([
      'evaluate',
      '--instrument-file',
      write('county.json', exported.json()),
      '--answers',
      write('county-answers.json', answers),
      '--age',
      String(ageAt('2012-05-05', screenedAt)),
    ]);
    expect(cli.stderr).toBe('');
    expect(JSON.parse(cli.stdout).evaluation).toEqual(stored);
  });
});
