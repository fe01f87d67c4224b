/** What the API shows of an instrument version, built-in or the county's. */
import type { Instrument } from '../../../domain/identification/instrument';
import { items } from '../../../domain/identification/instrument';
import type { CountyVersionRow } from './instruments.repository';
import type { InstrumentDetail, InstrumentSummary } from './instruments.schemas';

/** One version as the service handles it: the parsed definition and where it comes from. */
export interface VersionEntry {
  instrument: Instrument;
  row: CountyVersionRow | null;
}

export const builtinEntry = (instrument: Instrument): VersionEntry => ({ instrument, row: null });

export function summaryOf(entry: VersionEntry, current: boolean): InstrumentSummary {
  const { instrument: i, row } = entry;
  return {
    key: i.key,
    version: i.version,
    origin: row ? 'county' : 'builtin',
    kind: i.kind,
    audience: i.audience,
    title: i.title,
    description: i.description,
    forms: i.forms,
    itemCount: items(i).filter((item) => item.type !== 'info').length,
    current,
    basedOn: row?.basedOn ?? null,
    changeNote: row?.changeNote ?? null,
    createdAt: row?.createdAt ?? null,
    createdBy: row?.createdBy ?? null,
  };
}

export function detailOf(entry: VersionEntry, current: boolean): InstrumentDetail {
  return {
    ...summaryOf(entry, current),
    definition: { ...(entry.instrument as unknown as Record<string, unknown>) },
  };
}

/** Newest first; when a built-in and a county version share a number, the county's comes first. */
export function newestFirst(a: VersionEntry, b: VersionEntry): number {
  return b.instrument.version - a.instrument.version || (b.row ? 1 : 0) - (a.row ? 1 : 0);
}
