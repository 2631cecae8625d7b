import { addHours } from 'date-fns';
import { stateAt } from './idle-state';
import { unite, type Interval } from './intervals';
import { restsUntil, type Rest } from './rests';
import type { ActivityTransition } from './types';
import { localMidnight, type Workday } from './workday';
import { MINUTE_MS } from './time-units';

/** How the day starts: by itself at the workday's start, or only with a clock-in. */
export interface ClockOptions {
  autoStart: boolean;
}

/**
 * How long before a shift's start a clock-in already belongs to it. Eight hours splits the
 * night between two office days: a clock-in at 00:30 is late overtime, one at 04:00 an early
 * start of the 09:00 shift.
 */
export const CLOCK_IN_LEAD_HOURS = 8;

/**
 * The longest Tend keeps anyone on the clock without a new word from them: 12 hours from the
 * start of the stretch (or to the end of a shift that is longer). A clock-in left running,
 * or a computer that never reports the user idle, never becomes a night of work.
 */
export const LONGEST_STRETCH_HOURS = 12;

/**
 * How long after a clock transition it can still count: a clock-in's stretch stops within
 * `LONGEST_STRETCH_HOURS`, or at the end of the shift it belongs to, which it comes at most
 * `CLOCK_IN_LEAD_HOURS` before; a shift lasts a day at most (a late shift to its own start
 * time; 25 hours across a clock change), as the settings form and a backup check its hours.
 * A window's reads carry in no clock transition from longer than this before it (they take
 * a week: `clockCarriedFrom` in src/db/activity.ts), where a user who never clocks in had
 * every wake read back through all their years looking for one.
 */
export const CLOCK_REACH_HOURS = CLOCK_IN_LEAD_HOURS + 25;

/**
 * How long a rest after the shift's end must last to be leaving for the day: a five-minute
 * phone call away from the keyboard at 17:10 is still overtime, a quarter of an hour away
 * is going home.
 */
export const LEAVING_MINUTES = 15;

/**
 * Where a stretch on the clock begun at `start` stops by itself, when no clock-out ends it.
 * With a shift's end ahead of it, it runs to that end; past it, the rule is the one a user
 * would state: "if I stay on after my shift, that is overtime until I leave". So it stops
 * at the end when the user is away then, or where they first leave after it (away at least
 * `LEAVING_MINUTES`: idle, locked, a break, the browser closed or the computer asleep), and
 * never later than `LONGEST_STRETCH_HOURS` after the start. Coming back in the evening is
 * not work unless the user clocks in. Without a shift's end (a clock-in on a day off, or
 * after the shift), it runs for `LONGEST_STRETCH_HOURS`. `rests` are sorted and disjoint (as
 * `restsUntil` returns them), so the rests around the shift's end are found by halving.
 */
function stopsAt(
  activity: readonly ActivityTransition[],
  rests: readonly Rest[],
  start: number,
  shiftEnd: number | null,
): number {
  const cap = Math.max(addHours(start, LONGEST_STRETCH_HOURS).getTime(), shiftEnd ?? -Infinity);
  if (shiftEnd === null || shiftEnd >= cap) return cap;
  const after = firstStartingAfter(rests, shiftEnd);
  // Only the last rest begun by the shift's end can hold it: the rests are disjoint.
  const restingAtEnd = after > 0 && shiftEnd < (rests[after - 1] as Rest).end;
  if (restingAtEnd || stateAt(activity, shiftEnd) !== 'active') return shiftEnd;
  const leaving = LEAVING_MINUTES * MINUTE_MS;
  let leaves = Infinity;
  for (let index = after; index < rests.length; index += 1) {
    const rest = rests[index] as Rest;
    if (rest.end - rest.start >= leaving) {
      leaves = rest.start;
      break;
    }
  }
  return Math.min(leaves, cap);
}

/** The index of the first of the sorted `rests` that starts after `at` (their length if none). */
function firstStartingAfter(rests: readonly Rest[], at: number): number {
  let low = 0;
  let high = rests.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((rests[middle] as Rest).start <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

// The shift a clock-in belongs to: one it comes early for (within CLOCK_IN_LEAD_HOURS) or
// falls in, the latest-starting if two do. A clock-in after a shift's end belongs to none.
function shiftOf(clockedInAt: number, workdays: readonly Workday[]): Workday | null {
  let owner: Workday | null = null;
  for (const workday of workdays) {
    const leadStart = addHours(workday.startsAt, -CLOCK_IN_LEAD_HOURS).getTime();
    if (clockedInAt < leadStart || clockedInAt >= workday.endsAt) continue;
    if (!owner || workday.startsAt > owner.startsAt) owner = workday;
  }
  return owner;
}

/** A stretch on the clock the user started: from a clock-in to a clock-out or where it stops. */
interface ClockedIn extends Interval {
  /** The last clock-in within it (a repeated clock-in restates the first one). */
  lastClockIn: number;
}

// Clock-ins and clock-outs up to `to`, replayed. A clock-in while clocked in restates it
// and may hold longer; one after the last has stopped starts a new stretch.
function clockedInStretches(
  activity: readonly ActivityTransition[],
  workdays: readonly Workday[],
  rests: readonly Rest[],
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
      const stops = stopsAt(activity, rests, at, shiftOf(at, workdays)?.endsAt ?? null);
      if (open) {
        open.end = Math.max(open.end, stops);
        open.lastClockIn = at;
      } else open = { start: at, end: stops, lastClockIn: at };
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
 * When the user was on the clock, up to `to`: from a clock-in, and (with auto-start) from
 * each workday's start, until a clock-out or until the stretch stops by itself (see
 * `stopsAt`). An explicit clock-in or clock-out at a workday's start comes after the start
 * and wins, because the user said it. The last interval may run on past `to`, as it would
 * if the user stays as they are. `rests` are the activity's up to the same `to`.
 */
export function clockIntervals(
  activity: readonly ActivityTransition[],
  workdays: readonly Workday[],
  to: number,
  { autoStart }: ClockOptions,
  rests: readonly Rest[] = restsUntil(activity, to),
): Interval[] {
  const intervals: Interval[] = clockedInStretches(activity, workdays, rests, to).map(
    ({ start, end }) => ({ start, end }),
  );
  // The 12 hours count from where the user came on the clock: a clock-in before the shift
  // started, or the shift's own start.
  const begun = (workday: Workday) =>
    intervals.find(({ start, end }) => start <= workday.startsAt && workday.startsAt < end)
      ?.start ?? workday.startsAt;
  if (autoStart) {
    const clock = activity.filter(
      (transition) =>
        transition.at <= to &&
        (transition.state === 'clock-in' || transition.state === 'clock-out'),
    );
    for (const workday of workdays) {
      if (workday.startsAt > to) continue;
      const said = clock.find((transition) => transition.at >= workday.startsAt)?.at ?? Infinity;
      const stops = stopsAt(activity, rests, begun(workday), workday.endsAt);
      intervals.push({ start: workday.startsAt, end: Math.min(said, stops) });
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

/** The clock-in stretches up to `at`, for rules that treat a user's own clock-in apart. */
export function clockInStretches(
  activity: readonly ActivityTransition[],
  workdays: readonly Workday[],
  at: number,
): Interval[] {
  const rests = restsUntil(activity, at);
  return clockedInStretches(activity, workdays, rests, at).map(({ start, end }) => ({
    start,
    end,
  }));
}

/**
 * The clock-in within [from, at] that still holds at `at` (neither ended by a clock-out nor
 * stopped by itself, see `stopsAt`), or null.
 */
export function clockInSince(
  activity: readonly ActivityTransition[],
  workdays: readonly Workday[],
  from: number,
  at: number,
): number | null {
  const rests = restsUntil(activity, at);
  const holding = clockedInStretches(activity, workdays, rests, at).find(
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
