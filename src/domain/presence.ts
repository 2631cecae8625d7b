import { addHours, addMinutes } from 'date-fns';
import { stateAt } from './idle-state';
import { containing } from './intervals';
import { nextWorkdayAfter } from './effective-workday';
import { clockIntervals, LONGEST_STRETCH_HOURS } from './on-the-clock';
import type { PlannerState } from './planner-state';
import { MINUTE_MS } from './time-units';
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

/** When still-here marks are expected: from an instant to the end of a stretch on the clock. */
export interface Marks {
  from: number;
  until: number;
}

/** What the background knows of the user's presence between wakes. */
export interface Presence {
  /** The last time the background saw the user at the computer (a wake or a mark). */
  seenAt: number;
  /**
   * The same moment on the computer's own clock, where it can differ from Tend's (a test
   * build moves Tend's clock): a gap is time that really passed unseen.
   */
  seenReal?: number;
  /** When marks are expected; null while none are (the user away, no stretch ahead). */
  marks: Marks | null;
}

/**
 * When the background should mark the user still here, as things stand at `now`, while they
 * are at the computer: on the clock, from now to the end of that stretch; off the clock
 * with a workday starting by itself ahead, from its start (the wake at that start begins
 * the marks, and a browser that was not running then shows as a gap); otherwise null. Time
 * off the clock is not work, so a gap in it costs nothing.
 */
export function expectedMarks(state: PlannerState, now: Date): Marks | null {
  const at = now.getTime();
  if (stateAt(state.activity, at) !== 'active') return null;
  const { workdays } = workedToday(state, now);
  const options = { autoStart: state.settings.work.autoStart };
  const stretch = containing(clockIntervals(state.activity, workdays, at, options), at);
  if (stretch) return Number.isFinite(stretch.end) ? { from: at, until: stretch.end } : null;
  const { schedule } = state.settings;
  const next = options.autoStart ? nextWorkdayAfter(schedule, now, state.exceptions) : null;
  if (!next) return null;
  const until = Math.max(next.endsAt, addHours(next.startsAt, LONGEST_STRETCH_HOURS).getTime());
  return { from: next.startsAt, until };
}

/**
 * The instant from which the user went unseen, when marks were expected and none came for
 * longer than `GAP_MINUTES` (the browser was quit or the computer slept), or null. Time from
 * then until the browser next says something is away, not work.
 */
export function unseenSince(
  presence: Presence | null,
  now: number,
  realNow: number = now,
): number | null {
  if (!presence?.marks) return null;
  const unseenFor = realNow - (presence.seenReal ?? presence.seenAt);
  if (unseenFor <= GAP_MINUTES * MINUTE_MS) return null;
  const firstDue = Math.max(presence.seenAt, presence.marks.from);
  const lateAfter = addMinutes(firstDue, GAP_MINUTES).getTime();
  // A mark was due before the stretch ended, and none came.
  return now > lateAfter && lateAfter < presence.marks.until ? presence.seenAt : null;
}
