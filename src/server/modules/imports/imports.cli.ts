/**
 * `lantern import referrals <file.csv> [--accept-valid-only] [--jurisdiction CODE]`: the same import as the
 * upload page, run by an operator with system scope (or the scope of one jurisdiction). A progress bar goes
 * to stderr — animated on a terminal, one line per tenth otherwise — and the summary to stdout. Exit 0 when
 * the file was imported, 1 when it was rejected or failed (the problems go to stderr, line by line), 2 for
 * a wrong command.
 */
import { statSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Services } from '../../platform/context';
import { importReferrals, type ImportOutcome, type ImportProgress } from './imports.run';
import { IMPORT_LIMITS } from './imports.schemas';

export const IMPORT_HELP = `  import referrals <file.csv>   import a legacy referral extract (layout: docs/legacy-import.md)
      --accept-valid-only     import the valid lines and list the others (default: import nothing unless every line is valid)
      --jurisdiction <code>   only counties within this jurisdiction (default: every county)`;

export interface Io {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream & { isTTY?: boolean };
}

const n = (v: number) => v.toLocaleString('en-US');

/** A text progress bar: redrawn in place on a terminal, otherwise a line each time another tenth is done. */
export function progressPrinter(err: Io['err']) {
  const tty = err.isTTY === true;
  let lastTenth = -1;
  let lastStatus = '';
  let drawn = false;
  return {
    update(p: ImportProgress) {
      if (p.status === 'validating') {
        if (lastStatus !== 'validating') err.write('Checking every line…\n');
        lastStatus = p.status;
        return;
      }
      if (p.status !== 'importing' || p.totalRows === 0) return;
      lastStatus = p.status;
      const share = Math.min(1, p.processedRows / p.totalRows);
      if (tty) {
        const width = 30;
        const full = Math.round(share * width);
        err.write(
          `\r[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${n(p.processedRows)} of ${n(p.totalRows)} lines`,
        );
        drawn = true;
        return;
      }
      const tenth = Math.floor(share * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        err.write(`${tenth * 10}% (${n(p.processedRows)} of ${n(p.totalRows)} lines)\n`);
      }
    },
    done() {
      if (drawn) err.write('\n');
    },
  };
}

export function printOutcome(o: ImportOutcome, io: Io) {
  const counts = (c: ImportOutcome['created']) =>
    `${n(c.youth)} youth, ${n(c.reports)} referrals, ${n(c.allegations)} allegations`;
  if (o.status === 'completed') {
    io.out.write(`Imported ${n(o.totalRows)} lines (batch ${o.batchId}).\n`);
    io.out.write(`Created: ${counts(o.created)}.\n`);
    io.out.write(`Already in Lantern, left as they were: ${counts(o.alreadyPresent)}.\n`);
    if (o.invalidRows) io.out.write(`Skipped ${n(o.invalidRows)} invalid lines (listed on stderr).\n`);
  } else if (o.status === 'rejected') {
    io.err.write(
      `Rejected: nothing was imported. ${n(o.invalidRows)} of ${n(o.totalRows)} lines have problems (batch ${o.batchId}).\n`,
    );
  }
  for (const e of o.errors)
    io.err.write(`${e.line ? `line ${e.line}` : 'file'}${e.column ? `, ${e.column}` : ''}: ${e.message}\n`);
  if (o.errorCount > o.errors.length)
    io.err.write(`… and ${n(o.errorCount - o.errors.length)} more problems.\n`);
}

export async function importCommand(services: Services, args: string[], io: Io): Promise<number> {
  const usage = 'Usage: lantern import referrals <file.csv> [--accept-valid-only] [--jurisdiction CODE]\n';
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { 'accept-valid-only': { type: 'boolean' }, jurisdiction: { type: 'string' } },
    });
  } catch (err) {
    io.err.write(`${err instanceof Error ? err.message : String(err)}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [what, file, ...extra] = positionals;
  if (what !== 'referrals' || !file || extra.length) {
    io.err.write(usage);
    return 2;
  }
  const { tree } = services;
  const root = tree.all().find((j) => j.parentId === null);
  const target = values.jurisdiction ? tree.all().find((j) => j.code === values.jurisdiction) : root;
  if (!target) {
    io.err.write(`There is no jurisdiction with code ${values.jurisdiction}.\n`);
    return 2;
  }
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    io.err.write(`Cannot read ${file}.\n`);
    return 2;
  }
  if (size > IMPORT_LIMITS.fileBytes) {
    io.err.write(
      `${file} is larger than ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB. Split it into smaller files.\n`,
    );
    return 1;
  }
  const bar = progressPrinter(io.err);
  let outcome: ImportOutcome;
  try {
    outcome = await importReferrals(
      services.database.db,
      tree.scopeFor(target.id),
      readFileSync(file),
      {
        tree,
        fileName: basename(file).slice(0, 200),
        acceptValidOnly: values['accept-valid-only'] === true,
        actor: null,
        batchJurisdictionId: target.id,
        via: 'cli',
      },
      (p) => bar.update(p),
    );
  } catch (err) {
    bar.done();
    io.err.write(
      `The import failed, and nothing from this file was kept: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return 1;
  }
  bar.done();
  printOutcome(outcome, io);
  return outcome.status === 'completed' ? 0 : 1;
}
