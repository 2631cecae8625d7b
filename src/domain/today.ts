import { tz } from '@date-fns/tz';
import { startOfDay } from 'date-fns';
import { clockedOutDuring, stateAt, workedMs } from './activity';
import { addCalendarDays } from './calendar-date';
import { plan } from './plan';
import type { ActivityTransition, Nudge, PlannerState, WorkSchedule } from './types';
import { localDate, workdayOn, workdaysAround, type Workday } from './workday';

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
}

/** The first shift starting after `now`, looking a week ahead. */
export function nextWorkdayAfter(schedule: WorkSchedule, now: Date): Workday | null {
  const today = localDate(schedule.timeZone, now);
  for (let days = 0; days <= 7; days += 1) {
    const workday = workdayOn(schedule, addCalendarDays(today, days));
    if (workday && workday.startsAt > now.getTime()) return workday;
  }
  return null;
}

function lastClockIn(activity: ActivityTransition[], since: number, at: number): number | null {
  let clockedInAt: number | null = null;
  for (const transition of activity) {
    if (transition.at < since || transition.at > at) continue;
    if (transition.state === 'clock-in') clockedInAt = transition.at;
    if (transition.state === 'clock-out') clockedInAt = null;
  }
  return clockedInAt;
}

/** Working or not, time worked, the day's shift and the next nudge, at `now`. */
export function today(state: PlannerState, now: Date): Today {
  const { schedule } = state.settings;
  const at = now.getTime();
  const dayStart = startOfDay(now, { in: tz(schedule.timeZone) }).getTime();
  const todayDate = localDate(schedule.timeZone, now);
  const shifts = workdaysAround(schedule, now);
  const current = shifts.find((shift) => shift.startsAt <= at && at < shift.endsAt) ?? null;
  const workday = current ?? shifts.find((shift) => shift.date === todayDate) ?? null;
  // A night shift begun yesterday counts from its start, not from midnight.
  const countFrom = Math.min(dayStart, current?.startsAt ?? dayStart);
  const clockedInAt = lastClockIn(state.activity, countFrom, at);
  const clockedOut = workday !== null && clockedOutDuring(state.activity, workday.startsAt, at);
  const idle = stateAt(state.activity, at);

  let status: DayStatus;
  if (clockedOut && clockedInAt === null) status = 'clocked-out';
  else if (current || clockedInAt !== null)
    status = idle === 'idle' || idle === 'locked' ? 'away' : 'working';
  else if (workday && at < workday.startsAt) status = 'before-work';
  else if (workday) status = 'after-hours';
  else status = 'day-off';

  return {
    status,
    workday,
    nextWorkday: current ? null : nextWorkdayAfter(schedule, now),
    workedMs: workedMs(state.activity, workday, countFrom, at),
    clockedInAt,
    next: plan(state, now).next,
  };
}
