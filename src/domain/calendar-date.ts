import { tz } from '@date-fns/tz';
import { addDays, format, getDay, parseISO } from 'date-fns';
import type { Weekday } from './types';

// A local date ('yyyy-MM-dd') has no zone of its own; doing its arithmetic in UTC keeps
// daylight-saving changes, which belong to instants, out of plain day counting.
const calendar = tz('UTC');

// One plan asks about the same few dates dozens of times, and parsing and formatting each
// time made up most of its cost; the answers never change, so they are kept (a bounded few).
const MEMO_LIMIT = 2048;
const sums = new Map<string, string>();
const weekdays = new Map<string, Weekday>();

function remember<T>(memo: Map<string, T>, key: string, compute: () => T): T {
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const value = compute();
  memo.set(key, value);
  return value;
}

/** The local date `days` calendar days after `date` (negative goes back). */
export function addCalendarDays(date: string, days: number): string {
  return remember(sums, `${date}${days}`, () =>
    format(addDays(parseISO(date, { in: calendar }), days), 'yyyy-MM-dd'),
  );
}

/** The weekday of a local date, 0 = Sunday as date-fns counts. */
export function weekdayOf(date: string): Weekday {
  return remember(weekdays, date, () => getDay(parseISO(date, { in: calendar })) as Weekday);
}

/** The Monday on or before a local date: the first day of its week. */
export function mondayOf(date: string): string {
  // getDay counts Sunday as 0; a week here runs Monday to Sunday.
  return addCalendarDays(date, -((weekdayOf(date) + 6) % 7));
}
