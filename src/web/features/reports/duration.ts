/**
 * Length of time trafficked, from the start date to the end date (or to today while it is ongoing),
 * counting both days. Short spans read in days, longer ones in months, rounded. Null when it cannot be known.
 */
export interface Duration {
  amount: number;
  unit: 'days' | 'months';
}

const DAY = 86_400_000;
const AVERAGE_MONTH_DAYS = 365.25 / 12;

function utcDay(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY;
}

export function timeTrafficked(
  startDate: string | null,
  endDate: string | null,
  ongoing: boolean,
  now: Date,
): Duration | null {
  if (!startDate) return null;
  const start = utcDay(startDate);
  const end = ongoing
    ? Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY
    : endDate
      ? utcDay(endDate)
      : null;
  if (start === null || end === null || end < start) return null;
  const days = end - start + 1;
  if (days < 60) return { amount: days, unit: 'days' };
  return { amount: Math.round(days / AVERAGE_MONTH_DAYS), unit: 'months' };
}
