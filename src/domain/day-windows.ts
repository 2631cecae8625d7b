import { addHours, addMinutes } from 'date-fns';
import { addCalendarDays } from './calendar-date';
import { effectiveWorkdayOn } from './effective-workday';
import type { DayException, Settings } from './types';
import { AFTER_HOURS_WINDOW_HOURS, localMidnight, type Workday } from './workday';

// When each kind of nudge may come, in the words a social worker would use:
// - "my working hours": a shift's start to its end, on a day that is not on call;
// - "my day": those hours and the after-hours window that follows them, in which the
//   boundary reminders speak and the hours limits still count;
// - outside the day (nights, days off, on-call days) nothing comes but what a check-in set
//   for that time brings.

/** Whether the local date `date` is marked on call (a day off can be, as a workday can). */
export function onCallOn(exceptions: readonly DayException[], date: string): boolean {
  return exceptions.some((exception) => exception.date === date && exception.kind === 'on-call');
}

/**
 * Where a shift's after-hours window closes: 12 hours after its end, at the next shift's
 * start, or when an on-call day after it begins (on call, staying reachable is the job, and
 * yesterday's shift is no longer the subject), whichever comes first.
 */
export function afterHoursEnd(
  settings: Pick<Settings, 'schedule'>,
  exceptions: readonly DayException[],
  workday: Workday,
): number {
  const nextDate = addCalendarDays(workday.date, 1);
  const following = effectiveWorkdayOn(settings, exceptions, nextDate);
  const onCallBegins = onCallOn(exceptions, nextDate)
    ? localMidnight(settings.schedule.timeZone, nextDate)
    : Infinity;
  return Math.min(
    addHours(workday.endsAt, AFTER_HOURS_WINDOW_HOURS).getTime(),
    following?.startsAt ?? Infinity,
    onCallBegins,
  );
}

/** The shift, not on call, whose working hours hold `at`, or null. */
export function workingShiftAt(workdays: readonly Workday[], at: number): Workday | null {
  return (
    workdays.find((workday) => !workday.onCall && workday.startsAt <= at && at < workday.endsAt) ??
    null
  );
}

/** Whether `at` falls in a shift's after-hours window (see `afterHoursEnd`), not on call. */
export function inAfterHours(
  settings: Pick<Settings, 'schedule'>,
  exceptions: readonly DayException[],
  workdays: readonly Workday[],
  at: number,
): boolean {
  return workdays.some(
    (workday) =>
      !workday.onCall && workday.endsAt <= at && at < afterHoursEnd(settings, exceptions, workday),
  );
}

/** How far before its end a moved time of day lands, when the wanted time is past the shift. */
const LAST_HOUR_MINUTES = 60;

/**
 * A moment of a shift for a prompt wanted at `wanted` (the reflection at 15:00, preparation
 * at 16:00): the wanted moment when the shift holds it, its start when the shift starts
 * later, and the start of its last hour when the shift is over by then (a part-timer's
 * 09:00–13:00 gets the 15:00 prompt at 12:00).
 */
export function intoShift(workday: Workday, wanted: number): number {
  // A time that does not read as one (an unparsable setting) stays no instant at all.
  if (Number.isNaN(wanted)) return wanted;
  if (wanted < workday.startsAt) return workday.startsAt;
  if (wanted < workday.endsAt) return wanted;
  return Math.max(workday.startsAt, addMinutes(workday.endsAt, -LAST_HOUR_MINUTES).getTime());
}
