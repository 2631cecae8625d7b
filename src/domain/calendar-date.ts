import type { Weekday } from './types';
import { DAY_MS } from './time-units';

// A local date ('yyyy-MM-dd') has no zone of its own. Counting days on UTC midnights keeps
// daylight-saving changes, which belong to instants, out of plain day counting; and plain
// Date.UTC arithmetic is a hundred times cheaper than parsing and formatting each date,
// which a plan does dozens of times and an .ics export thousands.

function utcMidnight(date: string): number {
  // Slices, not split('-').map(Number): this runs thousands of times a plan. A date that is
  // not 'yyyy-MM-dd' is split as before.
  if (date.indexOf('-') !== 4 || date.lastIndexOf('-') !== 7) return splitMidnight(date);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8)));
}

function splitMidnight(date: string): number {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** The UTC date 'yyyy-MM-dd' of an instant (of a wall-clock time read as if UTC). */
export function dateOf(utc: number): string {
  const at = new Date(utc);
  const year = String(at.getUTCFullYear()).padStart(4, '0');
  const month = String(at.getUTCMonth() + 1).padStart(2, '0');
  const day = String(at.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** The local date `days` calendar days after `date` (negative goes back). */
export function addCalendarDays(date: string, days: number): string {
  return dateOf(utcMidnight(date) + days * DAY_MS);
}

/** The weekday of a local date, 0 = Sunday as date-fns counts. */
export function weekdayOf(date: string): Weekday {
  return new Date(utcMidnight(date)).getUTCDay() as Weekday;
}

/** The Monday on or before a local date: the first day of its week. */
export function mondayOf(date: string): string {
  // getUTCDay counts Sunday as 0; a week here runs Monday to Sunday.
  return addCalendarDays(date, -((weekdayOf(date) + 6) % 7));
}

/** Whole calendar days from local date `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}
