/**
 * Which instrument a screening is taken with. Built-in versions come from content/instruments; a county's
 * adaptations are instrument_versions rows (validated when saved, parsed again here). Used by the
 * screenings module to take and re-evaluate screenings.
 */
import type { Instrument } from '../../../domain/identification/instrument';
import { parseInstrument } from '../../../domain/identification/instrument.validate';
import type { Tx } from '../../platform/db';
import { builtin } from './instruments.content';
import * as repo from './instruments.repository';
import type { InstrumentRef, Origin } from './instruments.schemas';

export interface ResolvedInstrument {
  instrument: Instrument;
  origin: Origin;
  /** The instrument_versions row of a county version; null for a built-in one. */
  countyInstrumentId: string | null;
}

/** A stored county definition; it was validated on save, so a failure here means the row was tampered with. */
export function countyInstrument(row: repo.CountyVersionRow): Instrument {
  const parsed = parseInstrument(row.definition);
  if (!parsed.ok)
    throw new Error(
      `County instrument ${row.key} v${row.version} (${row.id}) is not valid: ${parsed.problems
        .map((p) => p.message)
        .join('; ')}`,
    );
  return parsed.instrument;
}

const fromRow = (row: repo.CountyVersionRow): ResolvedInstrument => ({
  instrument: countyInstrument(row),
  origin: 'county',
  countyInstrumentId: row.id,
});

/** One exact version for this county: built-in from content, or the county's row. null when none. */
export async function resolveInstrument(
  tx: Tx,
  jurisdictionId: number,
  ref: InstrumentRef,
): Promise<ResolvedInstrument | null> {
  if (ref.origin === 'builtin') {
    const instrument = builtin(ref.key, ref.version);
    return instrument ? { instrument, origin: 'builtin', countyInstrumentId: null } : null;
  }
  const row = await repo.countyVersion(tx, jurisdictionId, ref.key, ref.version);
  return row ? fromRow(row) : null;
}

/** The version a new screening uses: the county's latest adaptation of the key, else the latest built-in. */
export async function currentInstrument(
  tx: Tx,
  jurisdictionId: number,
  key: string,
): Promise<ResolvedInstrument | null> {
  const row = await repo.latestCountyVersion(tx, jurisdictionId, key);
  if (row) return fromRow(row);
  const instrument = builtin(key);
  return instrument ? { instrument, origin: 'builtin', countyInstrumentId: null } : null;
}
