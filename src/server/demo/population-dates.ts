/** Date helpers for the synthetic population: all UTC, all in milliseconds or ISO strings. */
export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const isoTime = (ms: number) => new Date(ms).toISOString();
export const dayStart = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** Whole years from a date of birth (YYYY-MM-DD) to a moment. */
export function ageAt(dateOfBirth: string, atMs: number): number {
  const dob = new Date(`${dateOfBirth}T00:00:00Z`);
  const at = new Date(atMs);
  let age = at.getUTCFullYear() - dob.getUTCFullYear();
  const beforeBirthday =
    at.getUTCMonth() < dob.getUTCMonth() ||
    (at.getUTCMonth() === dob.getUTCMonth() && at.getUTCDate() < dob.getUTCDate());
  if (beforeBirthday) age--;
  return age;
}

/** The moment `years` after `ms` (same month and day). */
export function addYears(ms: number, years: number): number {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
}
