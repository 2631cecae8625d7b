import { addCalendarDays, dateOf, weekdayOf } from './calendar-date';
import { MINUTE_MS } from './time-units';
import type { WorkSchedule } from './types';
import { zonedInstant } from './wall-clock';
import { dayOffset, zonedDate } from './zone-offset';

/** One shift of the weekly schedule, pinned to real instants. */
export interface Workday {
  /** Local 'yyyy-MM-dd' in the schedule's zone: the day the shift starts. */
  date: string;
  /** UTC ms. */
  startsAt: number;
  /** UTC ms. */
  endsAt: number;
  /** Marked on call for the day: no wrap-up and no boundary reminders. */
  onCall?: boolean;
}

/**
 * How long after a shift ends it still owns the evening: boundary reminders stop then, and
 * so does the time a day that started by itself keeps the user on the clock.
 */
export const AFTER_HOURS_WINDOW_HOURS = 12;

const hourFormats = new Map<string, Intl.DateTimeFormat>();

/** The local hour (0–23) of an instant in a zone; an unknown zone counts as UTC. */
export function localHour(timeZone: string, at: number): number {
  let known = hourFormats.get(timeZone);
  if (!known) {
    let zone = timeZone;
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
    } catch {
      zone = 'UTC';
    }
    known = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' });
    hourFormats.set(timeZone, known);
  }
  return Number(known.formatToParts(at).find((part) => part.type === 'hour')?.value ?? 0);
}

/** The local date 'yyyy-MM-dd' of an instant in a zone. */
export function localDate(timeZone: string, at: number | Date): string {
  const instant = typeof at === 'number' ? at : at.getTime();
  // An instant that is not one has no date; format() threw on it too.
  if (!Number.isFinite(instant)) throw new RangeError('Invalid time value');
  // The zone's offset, known for the day (see dayOffset), gives the date without a
  // formatter: the zone's wall clock, read as if UTC.
  const offset = dayOffset(timeZone, instant);
  if (offset !== null) return dateOf(instant + offset * MINUTE_MS);
  return zonedDate(timeZone, instant);
}

/** The instant a local date begins in a zone (after the gap, where midnight is skipped). */
export function localMidnight(timeZone: string, date: string): number {
  return zonedInstant(timeZone, date, '00:00');
}

/**
 * The shift that starts on a local date, or null on a day off. Times in a spring-forward
 * gap move forward past it; times repeated at fall-back mean their first occurrence.
 */
export function workdayOn(schedule: WorkSchedule, date: string): Workday | null {
  const hours = schedule.days[weekdayOf(date)];
  if (!hours) return null;
  const endDate = hours.endsNextDay ? addCalendarDays(date, 1) : date;
  const startsAt = zonedInstant(schedule.timeZone, date, hours.start);
  const endsAt = zonedInstant(schedule.timeZone, endDate, hours.end);
  // A shift swallowed whole by a spring-forward gap (02:00–03:00) has no time in it.
  if (!(endsAt > startsAt)) return null;
  return { date, startsAt, endsAt };
}

/** The workdays starting yesterday, today and tomorrow in the schedule's zone, oldest first. */
export function workdaysAround(schedule: WorkSchedule, now: Date): Workday[] {
  const today = localDate(schedule.timeZone, now);
  return [-1, 0, 1]
    .map((days) => workdayOn(schedule, addCalendarDays(today, days)))
    .filter((workday): workday is Workday => workday !== null);
}
