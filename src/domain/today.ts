import { clockedOutDuring, stateAt } from './activity';
import { addCalendarDays } from './calendar-date';
import { effectiveWorkdayOn } from './effective-workday';
import { clockInSince } from './on-the-clock';
import { fullPlan } from './plan';
import type { DayException, Nudge, PlannerState, WorkSchedule } from './types';
import { localDate, type Workday } from './workday';
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
  /** When the user clocked in, while that clock-in still holds. */
  clockedInAt: number | null;
  next: Nudge | null;
  /** The next break nudge if the user keeps working, for "time to next break". */
  nextBreak: Nudge | null;
}

/** The first shift starting after `now`, looking a week ahead, with the day's exceptions applied. */
export function nextWorkdayAfter(
  schedule: WorkSchedule,
  now: Date,
  exceptions: readonly DayException[] = [],
): Workday | null {
  const today = localDate(schedule.timeZone, now);
  for (let days = 0; days <= 7; days += 1) {
    const workday = effectiveWorkdayOn({ schedule }, exceptions, addCalendarDays(today, days));
    if (workday && workday.startsAt > now.getTime()) return workday;
  }
  return null;
}

/** Working or not, time worked, the day's shift and the next nudge, at `now`. */
export function today(state: PlannerState, now: Date): Today {
  const { schedule } = state.settings;
  const at = now.getTime();
  const { current, workday, from, workedMs } = workedToday(state, now);
  const clockedInAt = clockInSince(state.activity, from, at);
  const clockedOut = workday !== null && clockedOutDuring(state.activity, workday.startsAt, at);
  const idle = stateAt(state.activity, at);
  // Without auto-start a shift is only under way once the user has clocked in.
  const underWay = current !== null && state.settings.work.autoStart;

  let status: DayStatus;
  if (clockedOut && clockedInAt === null) status = 'clocked-out';
  else if (underWay || clockedInAt !== null)
    status = idle === 'idle' || idle === 'locked' ? 'away' : 'working';
  // A shift waiting for its clock-in (auto-start off) has not begun yet.
  else if (workday && (at < workday.startsAt || current !== null)) status = 'before-work';
  else if (workday) status = 'after-hours';
  else status = 'day-off';

  const planned = fullPlan(state, now);
  return {
    status,
    workday,
    nextWorkday: current ? null : nextWorkdayAfter(schedule, now, state.exceptions),
    workedMs,
    clockedInAt,
    next: planned.next,
    nextBreak: planned.upcoming.find((nudge) => nudge.kind === 'break') ?? null,
  };
}
