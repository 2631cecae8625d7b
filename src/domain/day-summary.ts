import { onTheClock } from './on-the-clock';
import { resets, restsUntil } from './rests';
import type { DaySummary } from './nudge';
import type { PlannerState } from './planner-state';
import { workedToday } from './worked-today';

/**
 * Today so far: time worked, breaks taken (rests begun on the clock that reset the short
 * break timer) and connections logged, all counted from where today's work count starts.
 */
export function daySummary(state: PlannerState, now: Date): DaySummary {
  const at = now.getTime();
  const today = workedToday(state, now);
  const options = { autoStart: state.settings.work.autoStart };
  const breaksTaken = restsUntil(state.activity, at).filter(
    (rest) =>
      rest.start >= today.from &&
      rest.end <= at &&
      resets(rest, state.settings.breaks).short &&
      onTheClock(state.activity, today.workdays, rest.start, options),
  ).length;
  const connections = state.connectionTimes.filter(
    (instant) => instant >= today.from && instant <= at,
  ).length;
  return { workedMs: today.workedMs, breaksTaken, connections };
}
