import { tz } from '@date-fns/tz';
import { addDays, format, getDay, parseISO } from 'date-fns';
import type { Weekday } from './types';

// A local date ('yyyy-MM-dd') has no zone of its own; doing its arithmetic in UTC keeps
// daylight-saving changes, which belong to instants, out of plain day counting.
const calendar = tz('UTC');

/** The local date `days` calendar days after `date` (negative goes back). */
export function addCalendarDays(date: string, days: number): string {
  return format(addDays(parseISO(date, { in: calendar }), days), 'yyyy-MM-dd');
}

/** The weekday of a local date, 0 = Sunday as date-fns counts. */
export function weekdayOf(date: string): Weekday {
  return getDay(parseISO(date, { in: calendar })) as Weekday;
}
