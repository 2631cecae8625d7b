import type { Weekday } from './types';
import { DAY_MS } from './time-units';

// A local date ('yyyy-MM-dd') has no zone of its own. Counting days on UTC midnights keeps
// daylight-saving changes, which belong to instants, out of plain day counting; and plain
// Date.UTC arithmetic is a hundred times cheaper than parsing and formatting each date,
// which a plan does dozens of times and an .ics export thousands.

const ZERO = 48; // '0'
const DASH = 45; // '-'

// The number the decimal digits of text[from, to) write, or NaN if one is not a digit: no
// string is cut out for it. A wake reads several hundred dates.
export function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let at = from; at < to; at += 1) {
    const digit = text.charCodeAt(at) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The UTC midnight of a local date 'yyyy-MM-dd', as Date.UTC gives it for the date's fields. A
 * date written otherwise (another length, a sign or a space in a field) is split at its
 * dashes, as this module always did.
 */
export function utcMidnight(date: string): number {
  if (date.length === 10 && date.charCodeAt(4) === DASH && date.charCodeAt(7) === DASH) {
    const midnight = Date.UTC(
      digitsAt(date, 0, 4),
      digitsAt(date, 5, 7) - 1,
      digitsAt(date, 8, 10),
    );
    if (!Number.isNaN(midnight)) return midnight;
  }
  return splitMidnight(date);
}

function splitMidnight(date: string): number {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

// The dates written so far, by UTC day number: a plan asks for the same few dozen days
// hundreds of times, and writing one out costs a Date and three strings.
const written = new Map<number, string>();
const DATES_KEPT = 4096;
// Instants a Date holds, ±100 000 000 days from 1970: outside, dates are written each time.
const LAST_INSTANT = 8.64e15;

function writeDate(utc: number): string {
  const at = new Date(utc);
  const year = String(at.getUTCFullYear()).padStart(4, '0');
  const month = String(at.getUTCMonth() + 1).padStart(2, '0');
  const day = String(at.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** The UTC date 'yyyy-MM-dd' of an instant (of a wall-clock time read as if UTC). */
export function dateOf(utc: number): string {
  if (!(Math.abs(utc) <= LAST_INSTANT)) return writeDate(utc);
  // Whole milliseconds first, as a Date takes them (toward zero): -0.5 is still 1970-01-01.
  const day = Math.floor(Math.trunc(utc) / DAY_MS);
  let date = written.get(day);
  if (date === undefined) {
    date = writeDate(day * DAY_MS);
    if (written.size >= DATES_KEPT) written.clear();
    written.set(day, date);
  }
  return date;
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
