// Local dates ('yyyy-MM-dd') carry no zone; their arithmetic is done on UTC midnights with
// Date.UTC, as in calendar-date.ts (which counts the days between two): exact for whole
// days, and far cheaper than a time-zone library, which the benchmark showed dominating
// every wake with 50 check-ins.

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date written 'yyyy-MM-dd' (no 2026-02-30). */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [, year = '', month = '', day = ''] = match;
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(Number(year), m);
}

/** Days in a month, month 1–12. */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The year and month (1–12) of a local date. */
export function yearMonthOf(date: string): { year: number; month: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

/** The local date of a day in a month; the caller keeps `day` within the month. */
export function dateIn(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
