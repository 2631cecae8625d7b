import { tzOffset } from '@date-fns/tz';
import { addCalendarDays } from '../calendar-date';
import type { CheckIn, Occurrence } from '../types';
import { zonedInstant } from '../wall-clock';
import { localDate, localMidnight } from '../workday';
import { isScheduled, scheduledDates } from './scheduled-dates';

const MINUTE_MS = 60 * 1000;

/** How far ahead the next occurrences are looked for, in local days. */
export const LOOK_AHEAD_DAYS = 400;

function instantOf(at: number | Date): number {
  return typeof at === 'number' ? at : at.getTime();
}

// A zone the browser does not know has no offsets; its check-in has no occurrences rather
// than occurrences at made-up times.
function knowsZone(timeZone: string, at: number): boolean {
  return Number.isFinite(at) && !Number.isNaN(tzOffset(timeZone, new Date(at)));
}

function lengthMs(checkIn: CheckIn): number {
  return Number.isFinite(checkIn.durationMinutes) ? checkIn.durationMinutes * MINUTE_MS : 0;
}

/** Where the user moved the occurrence of a local date to, or null when it was not moved. */
function movedTo(checkIn: CheckIn, date: string): number | null {
  const start = Object.hasOwn(checkIn.moved, date) ? checkIn.moved[date] : undefined;
  return start !== undefined && Number.isFinite(start) ? start : null;
}

/** The occurrences at their usual time, by local date, from `from` to `to` (inclusive). */
function* usual(checkIn: CheckIn, from: string, to: string): Generator<Occurrence> {
  const skipped = new Set(checkIn.skipped);
  for (const date of scheduledDates(checkIn, from, to)) {
    if (skipped.has(date) || movedTo(checkIn, date) !== null) continue;
    // Each local date gets the local start time, so the time holds across daylight saving.
    const start = zonedInstant(checkIn.timeZone, date, checkIn.startTime);
    if (!Number.isFinite(start)) return;
    yield { checkInId: checkIn.id, date, start, end: start + lengthMs(checkIn), moved: false };
  }
}

/**
 * The moved occurrences, in no particular order: those whose original date the repetition
 * names and is not skipped (a skip wins over a move; a move of a date it does not name is
 * left over from an earlier repetition and means nothing).
 */
export function movedOccurrences(checkIn: CheckIn): Occurrence[] {
  if (checkIn.paused) return [];
  const skipped = new Set(checkIn.skipped);
  return Object.keys(checkIn.moved).flatMap((date) => {
    const start = movedTo(checkIn, date);
    if (start === null || skipped.has(date) || !isScheduled(checkIn, date)) return [];
    return [{ checkInId: checkIn.id, date, start, end: start + lengthMs(checkIn), moved: true }];
  });
}

function byStart(a: Occurrence, b: Occurrence): number {
  return a.start - b.start || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
}

/**
 * Every occurrence of a check-in whose [start, end) overlaps [from, to), sorted by start;
 * none while it is paused.
 */
export function occurrences(
  checkIn: CheckIn,
  from: number | Date,
  to: number | Date,
): Occurrence[] {
  const [start, end] = [instantOf(from), instantOf(to)];
  if (checkIn.paused || !(start < end) || !knowsZone(checkIn.timeZone, start)) return [];
  const zone = checkIn.timeZone;
  // A day of margin each side: an occurrence that began the evening before still overlaps,
  // and a time pushed over midnight by a daylight-saving gap still belongs to its date.
  const first = addCalendarDays(localDate(zone, start - lengthMs(checkIn)), -1);
  const last = addCalendarDays(localDate(zone, end), 1);
  const overlaps = (occurrence: Occurrence) => occurrence.start < end && occurrence.end > start;
  return [...usual(checkIn, first, last), ...movedOccurrences(checkIn)]
    .filter(overlaps)
    .sort(byStart);
}

/**
 * The first `count` occurrences not yet over at `now` (end > now), sorted by start, looking
 * at most LOOK_AHEAD_DAYS local days ahead.
 */
export function upcomingOccurrences(
  checkIn: CheckIn,
  now: number | Date,
  count: number,
): Occurrence[] {
  const at = instantOf(now);
  if (checkIn.paused || count < 1 || !knowsZone(checkIn.timeZone, at)) return [];
  const zone = checkIn.timeZone;
  const first = addCalendarDays(localDate(zone, at - lengthMs(checkIn)), -1);
  const last = addCalendarDays(localDate(zone, at), LOOK_AHEAD_DAYS);
  const horizon = localMidnight(zone, addCalendarDays(last, 1));
  const found: Occurrence[] = [];
  // The usual ones come in order, so the walk stops after `count` of them.
  for (const occurrence of usual(checkIn, first, last)) {
    if (occurrence.end <= at) continue;
    found.push(occurrence);
    if (found.length === count) break;
  }
  const movedAhead = movedOccurrences(checkIn).filter((o) => o.end > at && o.start < horizon);
  return [...found, ...movedAhead].sort(byStart).slice(0, count);
}

/** The first occurrence not yet over at `now` (end > now), or null within LOOK_AHEAD_DAYS. */
export function nextOccurrence(checkIn: CheckIn, now: number | Date): Occurrence | null {
  return upcomingOccurrences(checkIn, now, 1)[0] ?? null;
}
