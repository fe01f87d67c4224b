/** Row-to-contract helpers shared by the report and allegation repositories. */
export { personDisplayName, reportRef } from '../../../domain/record/references';
export { YOUTH_NAME } from '../youth/youth.view';

export const iso = (v: unknown): string => new Date(v as string).toISOString();
export const isoOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : iso(v));
export const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
export const userRef = (id: unknown, name: unknown) =>
  id === null || id === undefined ? null : { id: String(id), displayName: name ? String(name) : '—' };

/** jsonb arrives parsed from node-postgres and PGlite; text (from a cast) arrives as a string. */
export const parseJson = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
