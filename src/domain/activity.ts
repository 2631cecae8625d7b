import type { ActivityState, ActivityTransition } from './types';
import type { Workday } from './workday';

type IdleState = 'active' | 'idle' | 'locked';

function isIdleState(state: ActivityState): state is IdleState {
  return state === 'active' || state === 'idle' || state === 'locked';
}

function isClockState(state: ActivityState): boolean {
  return state === 'clock-in' || state === 'clock-out';
}

/** What the browser last said about the user at or before `at` ('unknown' before anything was said). */
export function stateAt(activity: ActivityTransition[], at: number): IdleState | 'unknown' {
  let state: IdleState | 'unknown' = 'unknown';
  for (const transition of activity) {
    if (transition.at > at) break;
    if (isIdleState(transition.state)) state = transition.state;
  }
  return state;
}

/** True when the user's last clock-in or clock-out within [from, to] ended their day. */
export function clockedOutDuring(
  activity: ActivityTransition[],
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

// The start of the workday counts as a clock-in at that instant; an explicit clock-in or
// clock-out at the same instant comes after it and wins, because the user said it.
function onTheClock(activity: ActivityTransition[], workday: Workday | null, at: number): boolean {
  let on = false;
  let startPending = workday !== null && workday.startsAt <= at;
  for (const transition of activity) {
    if (transition.at > at) break;
    if (!isClockState(transition.state)) continue;
    if (startPending && workday !== null && transition.at >= workday.startsAt) startPending = false;
    on = transition.state === 'clock-in';
  }
  return on || startPending;
}

/**
 * Milliseconds the user was active and on the clock within [dayStart, now]: from the
 * workday's start or a clock-in, until a clock-out.
 */
export function workedMs(
  activity: ActivityTransition[],
  workday: Workday | null,
  dayStart: number,
  now: number,
): number {
  if (now <= dayStart) return 0;
  // Between two consecutive cuts neither the idle state nor the clock changes.
  const cuts = new Set<number>([dayStart, now]);
  for (const { at } of activity) if (at > dayStart && at < now) cuts.add(at);
  if (workday && workday.startsAt > dayStart && workday.startsAt < now) cuts.add(workday.startsAt);
  const ordered = [...cuts].sort((a, b) => a - b);
  let worked = 0;
  for (let i = 0; i < ordered.length - 1; i += 1) {
    const from = ordered[i] as number;
    const to = ordered[i + 1] as number;
    if (stateAt(activity, from) === 'active' && onTheClock(activity, workday, from)) {
      worked += to - from;
    }
  }
  return worked;
}
