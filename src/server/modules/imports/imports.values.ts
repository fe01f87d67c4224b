/** Reading the dates and ids of a legacy extract. Pure functions; each returns a value or a problem code. */
import type { IssueCode } from './imports.schemas';

export type Read<T> =
  { ok: true; value: T } | { ok: false; code: IssueCode; params?: Record<string, string> };

const ID = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const FUTURE_SLACK_MS = 60_000;

const fail = <T>(code: IssueCode, params?: Record<string, string>): Read<T> =>
  params ? { ok: false, code, params } : { ok: false, code };

/** A legacy id: no spaces or colons (allegation keys join ids with ":"). */
export function readId(value: string): Read<string> {
  return ID.test(value) ? { ok: true, value } : fail('invalid_id');
}

/** A calendar date that exists (no 2024-02-30), not in the future and not before `minYear`. */
export function readDate(value: string, minYear: number, now: number): Read<string> {
  if (!DATE.test(value)) return fail('invalid_date');
  const t = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== value) return fail('invalid_date');
  if (t > now + FUTURE_SLACK_MS) return fail('date_in_future');
  if (Number(value.slice(0, 4)) < minYear) return fail('date_too_early', { min: String(minYear) });
  return { ok: true, value };
}

export interface Received {
  /** The instant, as an ISO string. */
  at: string;
  /** The calendar date as the file gives it (compared with the disposition date). */
  date: string;
}

/**
 * The received date: YYYY-MM-DD, stored as 12:00 UTC that day (so it shows as that day in every U.S. time
 * zone), or an ISO date and time with its zone. A time without a zone is refused rather than guessed.
 */
export function readReceived(value: string, minYear: number, now: number): Read<Received> {
  if (DATE.test(value)) {
    const d = readDate(value, minYear, now);
    return d.ok ? { ok: true, value: { at: `${value}T12:00:00.000Z`, date: value } } : d;
  }
  const m = DATETIME.exec(value);
  if (!m) return fail('invalid_datetime');
  const [, date, hh, mm, ss, frac, zone] = m as unknown as [
    string,
    string,
    string,
    string,
    string | undefined,
    string | undefined,
    string | undefined,
  ];
  if (!zone) return fail('datetime_without_zone');
  const day = readDate(date, minYear, now + 86_400_000);
  if (!day.ok) return day.code === 'invalid_date' ? fail('invalid_datetime') : day;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) return fail('invalid_datetime');
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  if (offset !== 'Z' && (Number(zone.slice(1, 3)) > 14 || Number(zone.slice(-2)) > 59))
    return fail('invalid_datetime');
  const t = Date.parse(`${date}T${hh}:${mm}:${ss ?? '00'}${frac ?? ''}${offset}`);
  if (Number.isNaN(t)) return fail('invalid_datetime');
  if (t > now + FUTURE_SLACK_MS) return fail('date_in_future');
  return { ok: true, value: { at: new Date(t).toISOString(), date } };
}
