import { addHours } from 'date-fns';
import { unite, type Interval } from './intervals';
import type { ActivityTransition } from './types';
import { AFTER_HOURS_WINDOW_HOURS, localMidnight, type Workday } from './workday';

/** How the day starts: by itself at the workday's start, or only with a clock-in. */
export interface ClockOptions {
  autoStart: boolean;
}

/**
 * When the user was on the clock, up to `to`: from a clock-in until a clock-out, and (with
 * auto-start) from each workday's start until a clock-out or the end of its after-hours
 * window. An explicit clock-in or clock-out at a workday's start comes after the start and
 * wins, because the user said it. The last interval may run on past `to`.
 */
export function clockIntervals(
  activity: readonly ActivityTransition[],
  workdays: readonly Workday[],
  to: number,
  { autoStart }: ClockOptions,
): Interval[] {
  const clock = activity.filter(
    (transition) =>
      transition.at <= to && (transition.state === 'clock-in' || transition.state === 'clock-out'),
  );
  const intervals: Interval[] = [];
  let clockedInAt: number | null = null;
  for (const { at, state } of clock) {
    if (state === 'clock-in' && clockedInAt === null) clockedInAt = at;
    if (state === 'clock-out' && clockedInAt !== null) {
      intervals.push({ start: clockedInAt, end: at });
      clockedInAt = null;
    }
  }
  if (clockedInAt !== null) intervals.push({ start: clockedInAt, end: Infinity });
  if (autoStart) {
    for (const workday of workdays) {
      if (workday.startsAt > to) continue;
      const said = clock.find((transition) => transition.at >= workday.startsAt)?.at ?? Infinity;
      // Users who let the day start by itself rarely clock out; an evening at the computer
      // stops being yesterday's overtime once its after-hours window closes.
      const windowEnd = addHours(workday.endsAt, AFTER_HOURS_WINDOW_HOURS).getTime();
      intervals.push({ start: workday.startsAt, end: Math.min(said, windowEnd) });
    }
  }
  return unite(intervals);
}

/** Whether the user is on the clock at `at` (see `clockIntervals`). */
export function onTheClock(
  activity: readonly ActivityTransition[],
  workdays: readonly Workday[],
  at: number,
  options: ClockOptions,
): boolean {
  return clockIntervals(activity, workdays, at, options).some(
    ({ start, end }) => start <= at && at < end,
  );
}

/** The clock-in within [from, at] that still holds at `at`, or null. */
export function clockInSince(
  activity: readonly ActivityTransition[],
  from: number,
  at: number,
): number | null {
  let clockedInAt: number | null = null;
  for (const transition of activity) {
    if (transition.at < from || transition.at > at) continue;
    if (transition.state === 'clock-in') clockedInAt = transition.at;
    if (transition.state === 'clock-out') clockedInAt = null;
  }
  return clockedInAt;
}

/**
 * Whether a clock-in on the day a shift starts (or later in it) still holds at `at`: what a
 * workday needs before its nudges count when it does not start by itself.
 */
export function clockedInFor(
  activity: readonly ActivityTransition[],
  workday: Workday,
  timeZone: string,
  at: number,
): boolean {
  const dayStart = Math.min(localMidnight(timeZone, workday.date), workday.startsAt);
  return clockInSince(activity, dayStart, at) !== null;
}
