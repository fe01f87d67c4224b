/** Row-to-contract helpers shared by the report and allegation repositories. */
import { sql } from 'drizzle-orm';

export const iso = (v: unknown): string => new Date(v as string).toISOString();
export const isoOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : iso(v));
export const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
export const userRef = (id: unknown, name: unknown) =>
  id === null || id === undefined ? null : { id: String(id), displayName: name ? String(name) : '—' };

/** How a report is shown to people: R-<ref>. */
export const reportRef = (ref: unknown) => `R-${String(ref)}`;

/** The youth's name as shown on reports and allegations: the preferred name, else legal first + last. */
export const YOUTH_NAME = sql`coalesce(nullif(y.preferred_name, ''), y.legal_first_name || ' ' || y.legal_last_name)`;

/** A person of interest's display name: the first recorded name, else the first moniker, else P-<ref>. */
export function personDisplayName(names: unknown, ref: unknown): string {
  const list = Array.isArray(names) ? (names as { kind?: string; name?: string }[]) : [];
  const named = list.find((n) => n.kind === 'name' && n.name) ?? list.find((n) => n.name);
  return named?.name ? String(named.name) : `P-${String(ref)}`;
}

/** jsonb arrives parsed from node-postgres and PGlite; text (from a cast) arrives as a string. */
export const parseJson = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
