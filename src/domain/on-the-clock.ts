import { addHours } from 'date-fns';
import { unite, type Interval } from './intervals';
import type { ActivityTransition } from './types';
import { AFTER_HOURS_WINDOW_HOURS, localMidnight, type Workday } from './workday';

/** How the day starts: by itself at the workday's start, or only with a clock-in. */
export interface ClockOptions {
  autoStart: boolean;
}

/**
 * How long before a shift's start a clock-in already belongs to it. Eight hours splits the
 * night between two office days (17:00 + 12 h reaches 05:00, 09:00 − 8 h is 01:00): a
 * clock-in at 00:30 is late overtime, one at 04:00 an early start.
 */
export const CLOCK_IN_LEAD_HOURS = 8;

// The end of a shift's after-hours window: where the evening stops belonging to it.
function afterHoursEnd(workday: Workday): number {
  return addHours(workday.endsAt, AFTER_HOURS_WINDOW_HOURS).getTime();
}

/**
 * When a clock-in the user never ended stops holding: where the after-hours window of the
 * shift it belongs to closes (the shift starting latest among those from whose start, less
 * `CLOCK_IN_LEAD_HOURS`, to the window's end it falls), or 12 hours after it outside any
 * shift. A forgotten clock-out is capped as a day that started by itself is.
 */
export function clockInLapsesAt(clockedInAt: number, workdays: readonly Workday[]): number {
  let owner: Workday | null = null;
  for (const workday of workdays) {
    const leadStart = addHours(workday.startsAt, -CLOCK_IN_LEAD_HOURS).getTime();
    if (clockedInAt < leadStart || clockedInAt >= afterHoursEnd(workday)) continue;
    if (!owner || workday.startsAt > owner.startsAt) owner = workday;
  }
  return owner ? afterHoursEnd(owner) : addHours(clockedInAt, AFTER_HOURS_WINDOW_HOURS).getTime();
}

/** A stretch on the clock the user started: from a clock-in to a clock-out or its lapse. */
interface ClockedIn extends Interval {
  /** The last clock-in within it (a repeated clock-in restates the first one). */
  lastClockIn: number;
}

// Clock-ins and clock-outs up to `to`, replayed. A clock-in while clocked in restates it
// and may hold longer; one after the last has lapsed starts a new stretch.
function clockedInStretches(
  activity: readonly ActivityTransition[],
  workdays: readonly Workday[],
  to: number,
): ClockedIn[] {
  const stretches: ClockedIn[] = [];
  let open: ClockedIn | null = null;
  for (const { at, state } of activity) {
    if (at > to || (state !== 'clock-in' && state !== 'clock-out')) continue;
    if (open && at >= open.end) {
      stretches.push(open);
      open = null;
    }
    if (state === 'clock-in') {
      const lapsesAt = clockInLapsesAt(at, workdays);
      if (open) {
        open.end = Math.max(open.end, lapsesAt);
        open.lastClockIn = at;
      } else open = { start: at, end: lapsesAt, lastClockIn: at };
    } else if (open) {
      open.end = at;
      stretches.push(open);
      open = null;
    }
  }
  if (open) stretches.push(open);
  return stretches;
}

/**
 * When the user was on the clock, up to `to`: from a clock-in until a clock-out or until it
 * lapses (see `clockInLapsesAt`), and (with auto-start) from each workday's start until a
 * clock-out or the end of its after-hours window. An explicit clock-in or clock-out at a
 * workday's start comes after the start and wins, because the user said it. The last
 * interval may run on past `to`.
 */
export function clockIntervals(
  activity: readonly ActivityTransition[],
  workdays: readonly Workday[],
  to: number,
  { autoStart }: ClockOptions,
): Interval[] {
  const intervals: Interval[] = clockedInStretches(activity, workdays, to).map(
    ({ start, end }) => ({ start, end }),
  );
  if (autoStart) {
    const clock = activity.filter(
      (transition) =>
        transition.at <= to &&
        (transition.state === 'clock-in' || transition.state === 'clock-out'),
    );
    for (const workday of workdays) {
      if (workday.startsAt > to) continue;
      const said = clock.find((transition) => transition.at >= workday.startsAt)?.at ?? Infinity;
      // Users who let the day start by itself rarely clock out; an evening at the computer
      // stops being yesterday's overtime once its after-hours window closes.
      intervals.push({ start: workday.startsAt, end: Math.min(said, afterHoursEnd(workday)) });
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

/**
 * The clock-in within [from, at] that still holds at `at` (neither ended by a clock-out nor
 * lapsed, see `clockInLapsesAt`), or null.
 */
export function clockInSince(
  activity: readonly ActivityTransition[],
  workdays: readonly Workday[],
  from: number,
  at: number,
): number | null {
  const holding = clockedInStretches(activity, workdays, at).find(
    ({ start, end }) => start <= at && at < end,
  );
  return holding && holding.lastClockIn >= from ? holding.lastClockIn : null;
}

/**
 * Whether a clock-in on the day a shift starts (or later in it) still holds at `at`: what a
 * workday needs before its nudges count when it does not start by itself. `workdays` are the
 * shifts around it, which tell what a clock-in belongs to.
 */
export function clockedInFor(
  activity: readonly ActivityTransition[],
  workdays: readonly Workday[],
  workday: Workday,
  timeZone: string,
  at: number,
): boolean {
  const dayStart = Math.min(localMidnight(timeZone, workday.date), workday.startsAt);
  return clockInSince(activity, workdays, dayStart, at) !== null;
}
