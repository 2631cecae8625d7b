import { unite, type Interval } from './intervals';
import type { ActivityTransition, BreakSettings } from './types';
import { MINUTE_MS } from './time-units';

/** Time away from work: idle or locked, or in a break the user started, joined where they touch. */
export interface Rest extends Interval {
  /** It includes a break the user started ('break-start' … 'break-end'). */
  session: boolean;
}

/** Which break timers a rest resets. */
export interface RestCounts {
  short: boolean;
  long: boolean;
}

/**
 * The breaks the user started by `at` ('break-start' … 'break-end'), oldest first. A break's
 * end is written with its start (and moved earlier if the user ends it early), so it can
 * lie ahead of `at`: that break is still running, until its planned end. A start with no
 * end yet runs on.
 */
export function breakSessions(activity: readonly ActivityTransition[], at: number): Interval[] {
  const found: Interval[] = [];
  let startedAt: number | null = null;
  for (const transition of activity) {
    if (transition.state === 'break-start' && transition.at <= at) {
      if (startedAt !== null) found.push({ start: startedAt, end: transition.at });
      startedAt = transition.at;
    }
    if (transition.state === 'break-end' && startedAt !== null) {
      found.push({ start: startedAt, end: transition.at });
      startedAt = null;
    }
  }
  if (startedAt !== null) found.push({ start: startedAt, end: Infinity });
  return found;
}

function awayStretches(activity: readonly ActivityTransition[], at: number): Interval[] {
  const found: Interval[] = [];
  let awaySince: number | null = null;
  for (const { at: instant, state } of activity) {
    if (instant > at) break;
    if (state === 'idle' || state === 'locked') awaySince ??= instant;
    if (state === 'active' && awaySince !== null) {
      found.push({ start: awaySince, end: instant });
      awaySince = null;
    }
  }
  if (awaySince !== null) found.push({ start: awaySince, end: Infinity });
  return found;
}

/**
 * Every rest known at `at`, oldest first; one still going on ends at Infinity, or at the
 * planned end of the break the user started.
 */
export function restsUntil(activity: readonly ActivityTransition[], at: number): Rest[] {
  const breaks = breakSessions(activity, at).sort((a, b) => a.start - b.start);
  // The rests are sorted and disjoint, so their ends only grow: one walk through the breaks
  // (by start) keeps the latest end of those begun before a rest ends, and a break overlaps
  // the rest exactly when that end is after the rest's start. (Asking every break for every
  // rest took most of Insights' time over months of activity.)
  let index = 0;
  let latestEnd = -Infinity;
  return unite([...awayStretches(activity, at), ...breaks]).map((rest) => {
    while (index < breaks.length && (breaks[index] as Interval).start < rest.end) {
      latestEnd = Math.max(latestEnd, (breaks[index] as Interval).end);
      index += 1;
    }
    return { start: rest.start, end: rest.end, session: latestEnd > rest.start };
  });
}

/**
 * The timers a rest resets: a started break or one at least the short length resets the
 * short timer; one at least the long length resets both.
 */
export function resets(rest: Rest, breaks: BreakSettings): RestCounts {
  const length = rest.end - rest.start;
  const long = length >= breaks.longMinutes * MINUTE_MS;
  return { short: long || rest.session || length >= breaks.shortMinutes * MINUTE_MS, long };
}

/**
 * The starts of the breaks taken up to `at`, oldest first: rests that reset the short break
 * timer, begun on the clock (`clock`, sorted intervals on the clock up to `at`) and over
 * before the stretch they began in ended, so the evening's lock, still going on when the day
 * ends, is never a break. `longestMs`, where given, treats a rest that long or longer as
 * time off rather than a break. `rests` are the activity's up to the same `at`.
 */
export function breakStarts(
  activity: readonly ActivityTransition[],
  clock: readonly Interval[],
  breaks: BreakSettings,
  at: number,
  longestMs = Infinity,
  rests: readonly Rest[] = restsUntil(activity, at),
): number[] {
  const starts: number[] = [];
  // Both lists are sorted, so one walk through the clock serves every rest.
  let index = 0;
  for (const rest of rests) {
    if (rest.end > at || rest.end - rest.start >= longestMs || !resets(rest, breaks).short) {
      continue;
    }
    while (index < clock.length && (clock[index] as Interval).end <= rest.start) index += 1;
    const stretch = clock[index];
    if (stretch && stretch.start <= rest.start && rest.end <= stretch.end) starts.push(rest.start);
  }
  return starts;
}
