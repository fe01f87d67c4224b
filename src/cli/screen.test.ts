import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../domain/identification/evaluate';
import { builtin } from '../server/modules/instruments/instruments.content';
import { determineCommand, screenCommand, type CliResult } from './screen';

const root = resolve(import.meta.dirname, '../..');
const examples = join(root, 'docs/examples/identification');
const dir = mkdtempSync(join(tmpdir(), 'lantern-screen-cli-'));
let n = 0;
/** A JSON file in a scratch directory. */
const file = (value: unknown) => {
  const path = join(dir, `input-${++n}.json`);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};
const json = (r: CliResult) => {
  expect(r.stderr, r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown> & {
    evaluation: ReturnType<typeof evaluate>;
    reasons: { key: string; name: string; status: string; sentences: string[] }[] | null;
  };
};
const lines = (r: CliResult) => r.stderr.trim().split('\n');

const atRisk = builtin('at-risk', 1)!;
/** Every at-risk item answered "no", then the given answers. */
const atRiskAnswers = (over: Record<string, string> = {}) => ({
  ...Object.fromEntries(atRisk.groups.flatMap((g) => g.items).map((i) => [i.key, 'no'])),
  ...over,
});

describe('lantern screen evaluate', () => {
  test('prints the evaluation the server stores, with the age from the file', () => {
    const answers = atRiskAnswers({
      runaway_or_unstable_housing: 'yes',
      law_enforcement_involvement: 'unknown',
    });
    const out = json(
      screenCommand(['evaluate', '--instrument', 'at-risk@1', '--answers', file({ answers, age: 14 })]),
    );
    expect(out.evaluation).toEqual(evaluate(atRisk, answers, { age: 14 }));
    const rule = out.evaluation.rules.find((r) => r.key === 'at_risk_cse')!;
    expect(rule).toEqual({
      key: 'at_risk_cse',
      value: null,
      because: [],
      open: ['law_enforcement_involvement'],
    });
    expect(out.reasons).toBeNull(); // at-risk binds no facts
  });

  test('a bare answers object, the latest version, and --age', () => {
    const answers = atRiskAnswers({ controlled_or_groomed: 'yes' });
    const out = json(
      screenCommand(['evaluate', '--instrument', 'at-risk', '--answers', file(answers), '--age', '12']),
    );
    expect(out.evaluation.outcomes).toEqual(['at_risk_cse', 'increased_risk_labor']);
    expect(out.evaluation).toEqual(evaluate(atRisk, answers, { age: 12 }));
  });

  test('reasons per determination in the chosen language; --age overrides the file', () => {
    const example = JSON.parse(readFileSync(join(examples, 'answers-red-flags.json'), 'utf8'));
    const path = join(examples, 'answers-red-flags.json');
    const es = json(screenCommand(['evaluate', '--answers', path, '--lang', 'es', '--age', '19']));
    expect(es.evaluation).toEqual(evaluate(builtin('red-flags', 1)!, example.answers, { age: 19 }));
    const sex = es.reasons!.find((r) => r.key === 'sex_trafficking')!;
    expect(sex.name).toBe('Trata sexual');
    // At 19 the sex act needs force, fraud or coercion, which these answers document (debt bondage), so
    // the age is context; the codes are in Spanish words.
    expect(es.evaluation.determination!.minor).toBe(false);
    expect(sex.status).toBe('met');
    expect(sex.sentences).toContain(
      'Trata sexual requiere fuerza, fraude o coerción: presente — servidumbre por deudas, amenazas a la persona joven',
    );
    expect(sex.sentences).toContain('Contexto: menor de 18 años en ese momento: ausente — 19');
    expect(sex.sentences[0]).toMatch(
      /^Trata sexual requiere un acto sexual a cambio de algo de valor: presente — /,
    );
  });

  test('answers that do not fit: exit 1 with every problem, each naming the item', () => {
    const r = screenCommand([
      'evaluate',
      '--instrument',
      'at-risk',
      '--answers',
      file({ controlled_or_groomed: 'maybe', not_an_item: 'yes' }),
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines(r)).toEqual([
      'answers.controlled_or_groomed: answer "yes", "no", "unknown" or "declined".',
      'answers.not_an_item: there is no item "not_an_item" in at-risk version 1.',
    ]);
    const missing = screenCommand(['evaluate', '--instrument', 'at-risk', '--answers', file({})]);
    expect(missing.code).toBe(1);
    expect(lines(missing)).toHaveLength(atRisk.groups.flatMap((g) => g.items).length);
    expect(missing.stderr).toContain(
      'answers.poverty: answer this question, or mark it unknown or declined.',
    );
  });

  test('an answer to an item that is not asked is refused', () => {
    const example = JSON.parse(readFileSync(join(examples, 'answers-red-flags.json'), 'utf8'));
    const answers = { ...example.answers, commercial_sex: 'no' };
    const r = screenCommand(['evaluate', '--instrument', 'red-flags', '--answers', file({ answers })]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('answers.value_exchanged: not asked, because its condition is not met.');
  });

  test('unknown instrument or version: exit 2 naming what exists', () => {
    const answers = file({});
    const r = screenCommand(['evaluate', '--instrument', 'no-such', '--answers', answers]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /There is no built-in instrument "no-such"\. Built-in instruments: .*at-risk.*red-flags/,
    );
    const v = screenCommand(['evaluate', '--instrument', 'at-risk@99', '--answers', answers]);
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/at-risk has no version "99"\. Versions: 1/);
    expect(screenCommand(['evaluate', '--answers', answers]).code).toBe(2);
  });

  test('wrong commands and files: exit 2; malformed JSON and shapes: exit 1', () => {
    const answers = file(atRiskAnswers());
    const run = (...args: string[]) => screenCommand(['evaluate', '--instrument', 'at-risk', ...args]);
    expect(screenCommand(['judge']).code).toBe(2);
    expect(run('--answers', join(dir, 'missing.json')).stderr).toMatch(/Cannot read the answers file/);
    expect(run('--answers', answers, '--lang', 'fr').code).toBe(2);
    expect(run('--answers', answers, '--age', '30').code).toBe(2);
    expect(run('--answers', answers, '--age', 'fifteen').code).toBe(2);
    expect(run('--answers', answers, '--colour', 'red').code).toBe(2);
    expect(run().code).toBe(2);
    const broken = run('--answers', file('{ "answers": '));
    expect([broken.code, broken.stderr]).toEqual([1, expect.stringMatching(/is not valid JSON/)]);
    const badAge = run('--answers', file({ answers: atRiskAnswers(), age: -1 }));
    expect([badAge.code, lines(badAge)[0]]).toEqual([1, expect.stringMatching(/^age: /)]);
    const extra = run('--answers', file({ answers: atRiskAnswers(), youth: 'x' }));
    expect(extra.code).toBe(1);
    const wrongShape = run('--answers', file({ poverty: { nested: true } }));
    expect([wrongShape.code, lines(wrongShape)[0]]).toEqual([
      1,
      expect.stringMatching(/^answers\.poverty: /),
    ]);
  });

  test('--instrument-file: a definition, or a version as the API returns it; invalid → exit 1 naming the item', () => {
    const definition = JSON.parse(readFileSync(join(examples, 'instrument-work-check.json'), 'utf8'));
    const answers = join(examples, 'answers-work-check.json');
    const direct = json(
      screenCommand(['evaluate', '--instrument-file', file(definition), '--answers', answers]),
    );
    const exported = { key: 'work-check', version: 3, origin: 'county', definition };
    const api = json(screenCommand(['evaluate', '--instrument-file', file(exported), '--answers', answers]));
    expect(api.evaluation).toEqual(direct.evaluation);
    const broken = structuredClone(definition);
    broken.groups[0].items[1].type = 'number';
    const r = screenCommand(['evaluate', '--instrument-file', file(broken), '--answers', answers]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('item "works_for_someone"');
    const both = screenCommand([
      'evaluate',
      '--instrument',
      'at-risk',
      '--instrument-file',
      file(definition),
      '--answers',
      answers,
    ]);
    expect(both.code).toBe(2);
  });
});

describe('lantern determine', () => {
  test('prints the facts with defaults, the determinations and their reasons', () => {
    const out = JSON.parse(determineCommand(['--facts', file({ age: 16, commercialSex: true })]).stdout);
    expect(out.facts.means).toEqual([]);
    const sex = out.determination.determinations.find((d: { key: string }) => d.key === 'sex_trafficking');
    expect(sex).toMatchObject({ status: 'met', hotline: true });
    expect(out.reasons[0].sentences).toContain('Context: force, fraud or coercion: not required');
  });

  test('facts that do not fit: exit 1 naming each fact', () => {
    const r = determineCommand(['--facts', file({ age: 40, means: ['bribery'], colour: 'red' })]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines(r)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^facts\.age: /),
        expect.stringMatching(/^facts\.means\.0: /),
        expect.stringMatching(/^facts: .*colour/),
      ]),
    );
  });

  test('a non-minor dependent under 18: exit 1 naming the fact', () => {
    const r = determineCommand(['--facts', file({ age: 16, nonMinorDependent: true, commercialSex: true })]);
    expect([r.code, r.stdout, lines(r)]).toEqual([
      1,
      '',
      ['facts.nonMinorDependent: A non-minor dependent is 18 or older.'],
    ]);
    expect(determineCommand(['--facts', file({ age: 18, nonMinorDependent: true })]).code).toBe(0);
  });

  test('a missing --facts, an unreadable file or a wrong language: exit 2', () => {
    expect(determineCommand([]).code).toBe(2);
    expect(determineCommand(['--facts', join(dir, 'nope.json')]).code).toBe(2);
    expect(determineCommand(['--facts', file({}), '--lang', 'de']).code).toBe(2);
  });
});

/** docs/instruments.md shows these files and their results: they must keep working. */
describe('the documented examples', () => {
  const expected: Record<string, Record<string, string>> = {
    'facts-minor-sex-trafficking.json': { sex_trafficking: 'met', none: 'not_met' },
    'facts-nmd-needs-means.json': { sex_trafficking: 'possible', illegal_child_labor: 'not_met' },
    'facts-labor-trafficking-criminal.json': {
      labor_trafficking_criminal_activity: 'met',
      labor_trafficking_exploiting_labor: 'not_met',
      sex_trafficking: 'not_met',
    },
    'facts-illegal-child-labor.json': {
      illegal_child_labor: 'met',
      labor_exploitation: 'met',
      labor_trafficking_exploiting_labor: 'not_met',
    },
    'facts-nothing-found.json': { none: 'met', sex_trafficking: 'not_met' },
    'answers-red-flags.json': {
      sex_trafficking: 'met',
      labor_trafficking_criminal_activity: 'met',
      labor_exploitation: 'not_met',
    },
    'answers-work-check.json': { labor_trafficking_exploiting_labor: 'met', sex_trafficking: 'possible' },
  };
  const files = readdirSync(examples).filter((f) => f.endsWith('.json'));

  test('the reasons docs/instruments.md quotes', () => {
    const sentences = (f: string, lang: string) =>
      (
        json(determineCommand(['--facts', join(examples, f), '--lang', lang])).reasons as {
          sentences: string[];
        }[]
      ).flatMap((r) => r.sentences);
    expect(sentences('facts-minor-sex-trafficking.json', 'en')).toContain(
      'Sex trafficking requires under 18 at the time: present — 15',
    );
    expect(sentences('facts-labor-trafficking-criminal.json', 'es')).toContain(
      'Trata laboral: involucrar a un menor en actividades delictivas requiere fuerza, fraude o coerción: presente — servidumbre por deudas, amenazas a la persona joven',
    );
  });

  test('every facts and answers file has its expectations here', () => {
    const runnable = files.filter((f) => f.startsWith('facts-') || f.startsWith('answers-'));
    expect(runnable.filter((f) => !(f in expected) && f !== 'answers-at-risk.json')).toEqual([]);
  });

  test.each(files.filter((f) => f.startsWith('facts-')))('%s', (f) => {
    const out = json(determineCommand(['--facts', join(examples, f)]));
    const statuses = Object.fromEntries(
      (out.determination as { determinations: { key: string; status: string }[] }).determinations.map((d) => [
        d.key,
        d.status,
      ]),
    );
    expect(statuses).toMatchObject(expected[f]!);
  });

  test.each(files.filter((f) => f.startsWith('answers-')))('%s', (f) => {
    const instrument =
      f === 'answers-work-check.json'
        ? ['--instrument-file', join(examples, 'instrument-work-check.json')]
        : [];
    const out = json(screenCommand(['evaluate', ...instrument, '--answers', join(examples, f)]));
    expect(out.evaluation.complete).toBe(true);
    if (f === 'answers-at-risk.json') {
      expect(out.evaluation.outcomes).toEqual(['increased_risk_labor']);
      expect(out.evaluation.rules.find((r) => r.key === 'at_risk_cse')!.value).toBeNull();
      return;
    }
    const statuses = Object.fromEntries(
      out.evaluation.determination!.determinations.map((d) => [d.key, d.status]),
    );
    expect(statuses).toMatchObject(expected[f]!);
  });
});

describe('bin/lantern', () => {
  const exec = promisify(execFile);
  const bin = join(root, 'bin/lantern.mjs');

  test('runs determine as a process, without a database, and exits 0', async () => {
    const { stdout } = await exec(
      process.execPath,
      [bin, 'determine', '--facts', join(examples, 'facts-minor-sex-trafficking.json'), '--lang', 'es'],
      {
        env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', LANTERN_DATA_DIR: dir },
      },
    );
    const out = JSON.parse(stdout);
    expect(out.reasons[0].name).toBe('Trata sexual');
    expect(out.reasons[0].sentences).toContain(
      'Trata sexual requiere un acto sexual a cambio de algo de valor: presente — comida, alojamiento o un lugar donde quedarse',
    );
  }, 60_000);

  test('exits 2 for an unknown instrument, listing the built-in ones', async () => {
    const err = await exec(process.execPath, [
      bin,
      'screen',
      'evaluate',
      '--instrument',
      'none-such',
      '--answers',
      join(examples, 'answers-at-risk.json'),
    ]).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err?.code).toBe(2);
    expect(err?.stderr).toContain('Built-in instruments: ');
  }, 60_000);
});
