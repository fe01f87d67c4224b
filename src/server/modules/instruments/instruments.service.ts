/**
 * Reading instruments: the built-in versions (content/instruments) and the county's own adaptations
 * (instrument_versions). Every read is for the reader's own jurisdiction: a county never sees another
 * county's adaptations. Instruments hold no personal data, so reads are not audited.
 */
import type { UseCaseContext } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { inScope } from '../../platform/scope';
import { builtins } from './instruments.content';
import * as repo from './instruments.repository';
import { countyInstrument } from './instruments.resolve';
import type { InstrumentDetail, InstrumentSummary, Origin } from './instruments.schemas';
import { builtinEntry, detailOf, newestFirst, summaryOf, type VersionEntry } from './instruments.views';

export const missingInstrument = () => notFound('There is no instrument with that key.');

const countyEntry = (row: repo.CountyVersionRow): VersionEntry => ({
  instrument: countyInstrument(row),
  row,
});

/** Every version of a key for the county, newest first; empty when Lantern has no such instrument. */
export async function allVersions(tx: Tx, jurisdictionId: number, key: string): Promise<VersionEntry[]> {
  const county = (await repo.countyVersions(tx, jurisdictionId, key)).map(countyEntry);
  const builtIn = (builtins().get(key) ?? []).map(builtinEntry);
  return [...county, ...builtIn].sort(newestFirst);
}

/** The version a new screening uses: the county's latest adaptation, else the latest built-in. */
export function currentOf(versions: readonly VersionEntry[]): VersionEntry | undefined {
  return versions.find((v) => v.row !== null) ?? versions.find((v) => v.row === null);
}

const sameVersion = (a: VersionEntry, b: VersionEntry | undefined) =>
  !!b && a.instrument.version === b.instrument.version && (a.row === null) === (b.row === null);

function readIn<T>(ctx: UseCaseContext, fn: (tx: Tx, jurisdictionId: number) => Promise<T>): Promise<T> {
  const { auth, services } = ctx;
  return inScope(services.database.db, auth.scope, (tx) => fn(tx, auth.user.jurisdictionId));
}

/** One entry per built-in key: the county's latest adaptation when it has one, else the latest built-in. */
export function listInstruments(ctx: UseCaseContext): Promise<{ instruments: InstrumentSummary[] }> {
  return readIn(ctx, async (tx, jurisdictionId) => {
    const adapted = new Map(
      (await repo.latestCountyVersions(tx, jurisdictionId)).map((row) => [row.key, row]),
    );
    const instruments = [...builtins()].map(([key, versions]) => {
      const row = adapted.get(key);
      return summaryOf(row ? countyEntry(row) : builtinEntry(versions.at(-1)!), true);
    });
    return { instruments };
  });
}

export function getCurrentInstrument(ctx: UseCaseContext, key: string): Promise<InstrumentDetail> {
  return readIn(ctx, async (tx, jurisdictionId) => {
    const current = currentOf(await allVersions(tx, jurisdictionId, key));
    if (!current) throw missingInstrument();
    return detailOf(current, true);
  });
}

export function listVersions(ctx: UseCaseContext, key: string): Promise<{ versions: InstrumentSummary[] }> {
  return readIn(ctx, async (tx, jurisdictionId) => {
    const versions = await allVersions(tx, jurisdictionId, key);
    if (!versions.length) throw missingInstrument();
    const current = currentOf(versions);
    return { versions: versions.map((v) => summaryOf(v, sameVersion(v, current))) };
  });
}

export function getVersion(
  ctx: UseCaseContext,
  ref: { key: string; origin: Origin; version: number },
): Promise<InstrumentDetail> {
  return readIn(ctx, async (tx, jurisdictionId) => {
    const versions = await allVersions(tx, jurisdictionId, ref.key);
    const found = versions.find(
      (v) => v.instrument.version === ref.version && (v.row ? 'county' : 'builtin') === ref.origin,
    );
    if (!found) throw notFound('There is no such version of this instrument.');
    return detailOf(found, sameVersion(found, currentOf(versions)));
  });
}
