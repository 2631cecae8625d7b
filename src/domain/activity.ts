import { intersect, subtract, totalWithin, unite, type Interval } from './intervals';
import { clockIntervals, type ClockOptions } from './on-the-clock';
import { breakSessions, restsUntil, type Rest } from './rests';
import { isIdleState } from './idle-state';
import type { ActivityState, ActivityTransition } from './types';
import type { Workday } from './workday';

function isClockState(state: ActivityState): boolean {
  return state === 'clock-in' || state === 'clock-out';
}

/** True when the user's last clock-in or clock-out within [from, to] ended their day. */
export function clockedOutDuring(
  activity: readonly ActivityTransition[],
  from: number,
  to: number,
): boolean {
  let clockedOut = false;
  for (const transition of activity) {
    if (transition.at < from || transition.at > to || !isClockState(transition.state)) continue;
    clockedOut = transition.state === 'clock-out';
  }
  return clockedOut;
}

/** When the browser said the user was active, up to `to` (the last stretch may run on past it). */
export function activeIntervals(activity: readonly ActivityTransition[], to: number): Interval[] {
  const intervals: Interval[] = [];
  let activeSince: number | null = null;
  for (const { at, state } of activity) {
    if (at > to) break;
    if (!isIdleState(state)) continue;
    if (state === 'active') activeSince ??= at;
    else if (activeSince !== null) {
      intervals.push({ start: activeSince, end: at });
      activeSince = null;
    }
  }
  if (activeSince !== null) intervals.push({ start: activeSince, end: Infinity });
  return unite(intervals);
}

/**
 * What the stretches of work up to `to` are cut from that does not depend on the workdays:
 * when the user was active, the breaks they started (united), and their rests. Worked out
 * once, it serves every week of a window (see `workIntervals`).
 */
export interface ActivityParts {
  active: Interval[];
  breaks: Interval[];
  rests: Rest[];
}

export function activityParts(activity: readonly ActivityTransition[], to: number): ActivityParts {
  return {
    active: activeIntervals(activity, to),
    breaks: unite(breakSessions(activity, to)),
    rests: restsUntil(activity, to),
  };
}

/**
 * The stretches of work up to `to`: active while on the clock (see `clockIntervals`), and
 * not in a break the user started (one still running counts as break until its planned end).
 * `parts` are the activity's, up to the same `to`.
 */
export function workIntervals(
  activity: readonly ActivityTransition[],
  workdays: readonly Workday[],
  to: number,
  options: ClockOptions,
  parts: ActivityParts = activityParts(activity, to),
): Interval[] {
  const onTheClock = intersect(
    parts.active,
    clockIntervals(activity, workdays, to, options, parts.rests),
  );
  return subtract(onTheClock, parts.breaks);
}

/**
 * Milliseconds the user was active and on the clock within [dayStart, now]: from a workday's
 * start (unless `autoStart` is off) or a clock-in, until a clock-out; breaks left out.
 */
export function workedMs(
  activity: readonly ActivityTransition[],
  workday: Workday | readonly Workday[] | null,
  dayStart: number,
  now: number,
  { autoStart = true }: Partial<ClockOptions> = {},
): number {
  if (now <= dayStart) return 0;
  const workdays = workday === null ? [] : 'startsAt' in workday ? [workday] : workday;
  return totalWithin(workIntervals(activity, workdays, now, { autoStart }), dayStart, now);
}
