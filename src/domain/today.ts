import { clockedOutDuring } from './activity';
import { nextWorkdayAfter } from './effective-workday';
import { clockInSince, onTheClock } from './on-the-clock';
import { stateAt } from './idle-state';
import type { Nudge } from './nudge';
import { plan, type Plan } from './plan';
import type { PlannerState } from './planner-state';
import type { Workday } from './workday';
import { workedToday } from './worked-today';

export type DayStatus =
  'working' | 'away' | 'before-work' | 'after-hours' | 'day-off' | 'clocked-out';

/** What the popup says about today. */
export interface Today {
  status: DayStatus;
  /** The shift under way, or today's shift before or after it; null on a day off. */
  workday: Workday | null;
  /** The next shift to start, when none is under way. */
  nextWorkday: Workday | null;
  workedMs: number;
  /**
   * On the clock now, as the planner counts time and fires nudges: then the popup offers to
   * end the day, whatever the status says.
   */
  onClock: boolean;
  /** When the user clocked in, while that clock-in still holds. */
  clockedInAt: number | null;
  next: Nudge | null;
  /** The next break nudge if the user keeps working, for "time to next break". */
  nextBreak: Nudge | null;
}

/**
 * Working or not, time worked, the day's shift and the next nudge, at `now`; a caller that
 * has just planned from the same state passes its plan rather than planning twice.
 */
export function today(state: PlannerState, now: Date, planned: Plan = plan(state, now)): Today {
  const { schedule } = state.settings;
  const at = now.getTime();
  const { current, workday, workdays, from, workedMs } = workedToday(state, now);
  const options = { autoStart: state.settings.work.autoStart };
  const onClock = onTheClock(state.activity, workdays, at, options);
  const clockedInAt = clockInSince(state.activity, workdays, from, at);
  const clockedOut = workday !== null && clockedOutDuring(state.activity, workday.startsAt, at);
  const idle = stateAt(state.activity, at);
  const atWork: DayStatus = idle === 'idle' || idle === 'locked' ? 'away' : 'working';

  let status: DayStatus;
  if (onClock && current !== null) status = atWork;
  // On the clock outside a shift: past a workday's end (a day that started by itself runs
  // on through its after-hours window, as does a clock-in never ended) it is after hours,
  // and the popup still offers to end the day. Before the shift, or on a day off, a clock-in
  // of today's says the user is working.
  else if (onClock) {
    const pastEnd = workday !== null && at >= workday.endsAt;
    status = pastEnd || clockedInAt === null ? 'after-hours' : atWork;
  } else if (clockedOut) status = 'clocked-out';
  // A shift waiting for its clock-in (auto-start off) has not begun yet.
  else if (workday && (at < workday.startsAt || current !== null)) status = 'before-work';
  else if (workday) status = 'after-hours';
  else status = 'day-off';

  return {
    status,
    workday,
    nextWorkday: current ? null : nextWorkdayAfter(schedule, now, state.exceptions),
    workedMs,
    onClock,
    clockedInAt,
    next: planned.next,
    nextBreak: planned.upcoming.find((nudge) => nudge.kind === 'break') ?? null,
  };
}
