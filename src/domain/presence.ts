import { addMinutes } from 'date-fns';
import { stateAt } from './idle-state';
import { containing } from './intervals';
import { clockIntervals } from './on-the-clock';
import type { PlannerState } from './types';
import { workedToday } from './worked-today';

/**
 * How often the background marks the user still here while they work: a storage write, not
 * a wake. The browser says nothing when it is quit or the computer sleeps without locking;
 * the mark is how Tend knows, to within this, when it stopped seeing the user.
 */
export const STILL_HERE_MINUTES = 10;

/**
 * How long after the last mark the next may come before the time between counts as a gap:
 * one mark's interval and a margin for an alarm that fires late on a busy machine. A sleep
 * or a quit longer than this is counted as time away from its last mark on.
 */
export const GAP_MINUTES = 15;

/** What the background knows of the user's presence between wakes. */
export interface Presence {
  /** The last time the background saw the user at the computer (a wake or a mark). */
  seenAt: number;
  /** Until when marks are expected: the end of the stretch on the clock; null while none are. */
  expectedUntil: number | null;
}

/**
 * Until when the background should mark the user still here, as things stand at `now`: while
 * they are at the computer and on the clock, to the end of that stretch; otherwise null.
 * Time off the clock is not work, so a gap in it costs nothing and needs no marks.
 */
export function markingUntil(state: PlannerState, now: Date): number | null {
  const at = now.getTime();
  if (stateAt(state.activity, at) !== 'active') return null;
  const { workdays } = workedToday(state, now);
  const options = { autoStart: state.settings.work.autoStart };
  const stretch = containing(clockIntervals(state.activity, workdays, at, options), at);
  return stretch && Number.isFinite(stretch.end) ? stretch.end : null;
}

/**
 * The instant from which the user went unseen, when marks were expected and none came for
 * longer than `GAP_MINUTES` (the browser was quit or the computer slept), or null. Time from
 * then until the browser next says something is away, not work.
 */
export function unseenSince(presence: Presence | null, now: number): number | null {
  if (!presence || presence.expectedUntil === null) return null;
  const lateAfter = addMinutes(presence.seenAt, GAP_MINUTES).getTime();
  // A mark was due before the stretch ended, and none came.
  return now > lateAfter && lateAfter < presence.expectedUntil ? presence.seenAt : null;
}
