/**
 * `lantern screen evaluate` and `lantern determine`: the identification engine on the command line, with no
 * database. The same pure functions the server uses (domain/identification), on a built-in instrument
 * (content/instruments) or a county version exported from the API. Each command returns
 * { code, stdout, stderr } so tests run it in process; main.ts writes the streams and exits with the code.
 *
 * Exit codes: 0 the result is printed (JSON on stdout); 1 the input does not fit (every problem on stderr,
 * one per line, naming the item or fact); 2 a wrong command: unknown option or instrument, missing or
 * unreadable file.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { answersSchema, checkAnswers, type Answers } from '../domain/identification/answers';
import { determine, type DeterminationResult } from '../domain/identification/determine';
import { evaluate } from '../domain/identification/evaluate';
import { factsSchema } from '../domain/identification/facts';
import { LANGUAGES, type Language } from '../domain/identification/forms';
import type { Instrument } from '../domain/identification/instrument';
import { parseInstrument } from '../domain/identification/instrument.validate';
import { DETERMINATION_NAMES, STATUS_NAMES, explain } from '../domain/identification/reasons';
import type { Evaluation } from '../domain/identification/result';
import { builtins } from '../server/modules/instruments/instruments.content';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const SCREEN_HELP = `  screen evaluate         evaluate answers against an instrument, without a database (docs/instruments.md)
      --instrument <key>[@<version>]   a built-in instrument (default: its latest version)
      --instrument-file <file.json>    or an instrument definition, e.g. a county version exported from the API
      --answers <file.json>            { "answers": {…}, "age": 15 } or a bare answers object
      --age <years>                    the youth's age at the time (overrides "age" in the file)
      --lang en|es                     the language of the reasons (default en)
  determine               decide each determination from documented facts, without a database
      --facts <file.json>              the facts (docs/instruments.md, "Facts")
      --lang en|es                     the language of the reasons (default en)`;

/** Input files are small JSON documents; anything larger is refused before it is read. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;
const AGE = z.number().int().min(0).max(25);

const ok = (value: unknown): CliResult => ({
  code: 0,
  stdout: `${JSON.stringify(value, null, 2)}\n`,
  stderr: '',
});
const fail = (code: 1 | 2, lines: string[]): CliResult => ({
  code,
  stdout: '',
  stderr: lines.map((l) => `${l}\n`).join(''),
});

class InputError extends Error {
  constructor(
    readonly code: 1 | 2,
    readonly lines: string[],
  ) {
    super(lines.join('\n'));
  }
}

/** A JSON file: 2 when it cannot be read (or is too large), 1 when it is not JSON. */
function readJson(file: string, what: string): unknown {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new InputError(2, [`Cannot read the ${what} file ${file}.`]);
  }
  if (size > MAX_INPUT_BYTES)
    throw new InputError(2, [`The ${what} file ${file} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB.`]);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (err) {
    throw new InputError(1, [
      `The ${what} file ${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
    ]);
  }
}

const issues = (prefix: string, error: z.ZodError) =>
  error.issues.map((i) => `${[prefix, ...i.path.map(String)].filter(Boolean).join('.')}: ${i.message}`);

function language(value: string | undefined): Language {
  const lang = value ?? 'en';
  if (!(LANGUAGES as readonly string[]).includes(lang))
    throw new InputError(2, [`--lang must be one of: ${LANGUAGES.join(', ')}.`]);
  return lang as Language;
}

function options<T extends Record<string, { type: 'string' }>>(args: string[], spec: T) {
  try {
    return parseArgs({ args, options: spec, allowPositionals: false }).values;
  } catch (err) {
    throw new InputError(2, [err instanceof Error ? err.message : String(err)]);
  }
}

/** The reasons for each determination, as sentences in the language (domain/identification/reasons.ts). */
export function reasonsFor(result: DeterminationResult, lang: Language) {
  return result.determinations.map((d) => ({
    key: d.key,
    name: DETERMINATION_NAMES[d.key][lang],
    status: d.status,
    statusName: STATUS_NAMES[d.status][lang],
    sentences: explain(d, lang),
  }));
}

/** The built-in instruments; a broken content file is reported, not thrown. */
function builtinsOrFail(): Map<string, Instrument[]> {
  try {
    return builtins();
  } catch (err) {
    throw new InputError(1, [err instanceof Error ? err.message : String(err)]);
  }
}

/** A built-in instrument by `key` or `key@version`; exit 2 naming what exists when there is none. */
export function builtinInstrument(spec: string): Instrument {
  const [key, versionText, extra] = spec.split('@');
  const all = builtinsOrFail();
  const versions = all.get(key ?? '');
  if (!versions?.length || extra !== undefined)
    throw new InputError(2, [
      `There is no built-in instrument "${spec}". Built-in instruments: ${[...all.keys()].join(', ')}.`,
    ]);
  if (versionText === undefined) return versions.at(-1)!;
  const found = /^[1-9]\d{0,5}$/.test(versionText)
    ? versions.find((v) => v.version === Number(versionText))
    : undefined;
  if (!found)
    throw new InputError(2, [
      `${key} has no version "${versionText}". Versions: ${versions.map((v) => v.version).join(', ')}.`,
    ]);
  return found;
}

/** A definition file: the definition itself, or an instrument version as the API returns it ({ definition }). */
export function instrumentFromFile(file: string): Instrument {
  const raw = readJson(file, 'instrument');
  const definition =
    raw && typeof raw === 'object' && !Array.isArray(raw) && 'definition' in raw
      ? (raw as { definition: unknown }).definition
      : raw;
  const parsed = parseInstrument(definition);
  if (!parsed.ok)
    throw new InputError(1, [
      `The instrument in ${file} is not valid:`,
      ...parsed.problems.map((p) => `  ${p.message}`),
    ]);
  return parsed.instrument;
}

const answersFile = z.strictObject({
  /** An instrument to use when the command names none: "key" or "key@version". */
  instrument: z.string().max(80).optional(),
  age: AGE.nullable().optional(),
  answers: answersSchema,
});
export type AnswersFile = z.infer<typeof answersFile>;

/**
 * The answers file: `{ "answers": {…}, "age"?: n, "instrument"?: "key@version" }` when it has an `answers`
 * object (an answer itself is never an object), otherwise the whole file is the answers.
 */
export function parseAnswersFile(raw: unknown): AnswersFile {
  const wrapped =
    raw !== null &&
    typeof raw === 'object' &&
    !Array.isArray(raw) &&
    typeof (raw as Record<string, unknown>).answers === 'object' &&
    !Array.isArray((raw as Record<string, unknown>).answers);
  if (wrapped) {
    const parsed = answersFile.safeParse(raw);
    if (!parsed.success) throw new InputError(1, issues('', parsed.error));
    return parsed.data;
  }
  const parsed = answersSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(1, issues('answers', parsed.error));
  return { answers: parsed.data };
}

export interface EvaluateOutput {
  evaluation: Evaluation;
  reasons: ReturnType<typeof reasonsFor> | null;
}

/** Check the answers as the server does, then evaluate; problems name `answers.<item>`. */
export function evaluateAnswers(
  instrument: Instrument,
  answers: Answers,
  age: number | null,
  lang: Language,
  today = new Date().toISOString().slice(0, 10),
): EvaluateOutput {
  const problems = checkAnswers(instrument, answers, { today });
  if (problems.length)
    throw new InputError(
      1,
      problems.map((p) => p.message),
    );
  const evaluation = evaluate(instrument, answers, { age });
  return {
    evaluation,
    reasons: evaluation.determination ? reasonsFor(evaluation.determination, lang) : null,
  };
}

function evaluateCommand(args: string[]): CliResult {
  const v = options(args, {
    instrument: { type: 'string' },
    'instrument-file': { type: 'string' },
    answers: { type: 'string' },
    age: { type: 'string' },
    lang: { type: 'string' },
  });
  const lang = language(v.lang);
  if (!v.answers) throw new InputError(2, ['screen evaluate needs --answers <file.json>.']);
  if (v.instrument && v['instrument-file'])
    throw new InputError(2, ['Give --instrument or --instrument-file, not both.']);
  let age: number | undefined;
  if (v.age !== undefined) {
    const parsed = AGE.safeParse(/^\d+$/.test(v.age) ? Number(v.age) : NaN);
    if (!parsed.success) throw new InputError(2, ['--age must be a whole number of years from 0 to 25.']);
    age = parsed.data;
  }
  const file = parseAnswersFile(readJson(v.answers, 'answers'));
  const spec = v.instrument ?? file.instrument;
  const instrument = v['instrument-file']
    ? instrumentFromFile(v['instrument-file'])
    : spec
      ? builtinInstrument(spec)
      : null;
  if (!instrument)
    throw new InputError(2, [
      `Name the instrument: --instrument <key>[@<version>] or --instrument-file <file.json>. Built-in instruments: ${[...builtinsOrFail().keys()].join(', ')}.`,
    ]);
  return ok(evaluateAnswers(instrument, file.answers, age ?? file.age ?? null, lang));
}

/** Validate the facts (factsSchema), then determine; problems name the fact. */
export function determineFacts(raw: unknown, lang: Language) {
  const parsed = factsSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(1, issues('facts', parsed.error));
  const result = determine(parsed.data);
  return { facts: parsed.data, determination: result, reasons: reasonsFor(result, lang) };
}

function run(fn: () => CliResult): CliResult {
  try {
    return fn();
  } catch (err) {
    if (err instanceof InputError) return fail(err.code, err.lines);
    throw err;
  }
}

/** `lantern screen <sub-command> …` */
export function screenCommand(args: string[]): CliResult {
  const [sub, ...rest] = args;
  if (sub !== 'evaluate') return fail(2, ['Usage:', SCREEN_HELP]);
  return run(() => evaluateCommand(rest));
}

/** `lantern determine --facts <file.json> [--lang en|es]` */
export function determineCommand(args: string[]): CliResult {
  return run(() => {
    const v = options(args, { facts: { type: 'string' }, lang: { type: 'string' } });
    const lang = language(v.lang);
    if (!v.facts) throw new InputError(2, ['determine needs --facts <file.json>.']);
    return ok(determineFacts(readJson(v.facts, 'facts'), lang));
  });
}
