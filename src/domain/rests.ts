import { unite, type Interval } from './intervals';
import type { ActivityTransition, BreakSettings } from './types';

const MINUTE_MS = 60 * 1000;

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
  const breaks = breakSessions(activity, at);
  return unite([...awayStretches(activity, at), ...breaks]).map((rest) => ({
    ...rest,
    session: breaks.some((one) => one.start < rest.end && one.end > rest.start),
  }));
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
