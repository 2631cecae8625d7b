import { addCalendarDays, weekdayOf } from './calendar-date';
import { minutesOf } from './clock-time';
import type { ClockTime, DayException, Settings, WorkSchedule } from './types';
import { zonedInstant } from './wall-clock';
import { localDate, workdayOn, type Workday } from './workday';

// A late shift keeps its start and ends at `until`: later that day, or after midnight when
// `until` is not after the start. An end that does not parse leaves the day as scheduled.
function lateShiftEnd(schedule: Settings['schedule'], workday: Workday, until: ClockTime): number {
  const start = minutesOf(schedule.days[weekdayOf(workday.date)]?.start ?? '');
  const end = minutesOf(until);
  if (start === null || end === null) return workday.endsAt;
  const endDate = end <= start ? addCalendarDays(workday.date, 1) : workday.date;
  const endsAt = zonedInstant(schedule.timeZone, endDate, until);
  return endsAt > workday.startsAt ? endsAt : workday.endsAt;
}

/**
 * The shift that starts on a local date with that day's exceptions applied: a late shift
 * ends at its `until`, and an on-call day is marked. A day off stays off: an exception only
 * changes a scheduled shift.
 */
export function effectiveWorkdayOn(
  settings: Pick<Settings, 'schedule'>,
  exceptions: readonly DayException[],
  date: string,
): Workday | null {
  const workday = workdayOn(settings.schedule, date);
  if (!workday) return null;
  const effective: Workday = { ...workday };
  for (const exception of exceptions) {
    if (exception.date !== date) continue;
    if (exception.kind === 'on-call') effective.onCall = true;
    if (exception.kind === 'late-shift' && exception.until !== null) {
      effective.endsAt = lateShiftEnd(settings.schedule, workday, exception.until);
    }
  }
  return effective;
}

/** The first shift starting after `now`, looking a week ahead, with the day's exceptions applied. */
export function nextWorkdayAfter(
  schedule: WorkSchedule,
  now: Date,
  exceptions: readonly DayException[] = [],
): Workday | null {
  const today = localDate(schedule.timeZone, now);
  // A week and a day: far enough to find the next working day of any weekly schedule.
  for (let days = 0; days <= 7; days += 1) {
    const workday = effectiveWorkdayOn({ schedule }, exceptions, addCalendarDays(today, days));
    if (workday && workday.startsAt > now.getTime()) return workday;
  }
  return null;
}

/** The effective shifts starting on each local date from `first` to `last`, oldest first. */
export function effectiveWorkdaysBetween(
  settings: Pick<Settings, 'schedule'>,
  exceptions: readonly DayException[],
  first: string,
  last: string,
): Workday[] {
  const workdays: Workday[] = [];
  // 'yyyy-MM-dd' strings sort as the dates do.
  for (let date = first; date <= last; date = addCalendarDays(date, 1)) {
    const workday = effectiveWorkdayOn(settings, exceptions, date);
    if (workday) workdays.push(workday);
  }
  return workdays;
}

/** The effective shifts starting yesterday, today and tomorrow in the schedule's zone, oldest first. */
export function effectiveWorkdaysAround(
  settings: Pick<Settings, 'schedule'>,
  exceptions: readonly DayException[],
  now: Date,
): Workday[] {
  const today = localDate(settings.schedule.timeZone, now);
  return effectiveWorkdaysBetween(
    settings,
    exceptions,
    addCalendarDays(today, -1),
    addCalendarDays(today, 1),
  );
}
