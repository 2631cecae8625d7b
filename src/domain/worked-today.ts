import { workedMs } from './activity';
import { effectiveWorkdaysAround } from './effective-workday';
import type { PlannerState } from './planner-state';
import { localDate, localMidnight, type Workday } from './workday';

/** The day so far, as the popup and the day's nudges count it. */
export interface WorkedToday {
  /** Local 'yyyy-MM-dd' of now in the schedule's zone. */
  date: string;
  /** Where today's count starts: local midnight, or the start of a shift begun yesterday. */
  from: number;
  /** The effective shifts of yesterday, today and tomorrow. */
  workdays: Workday[];
  /** The shift under way, if any. */
  current: Workday | null;
  /** The shift under way, or else the one that starts today. */
  workday: Workday | null;
  workedMs: number;
}

/** What today is at `now`: its shifts, where its count starts and the time worked in it. */
export function workedToday(state: PlannerState, now: Date): WorkedToday {
  const { schedule, work } = state.settings;
  const at = now.getTime();
  const date = localDate(schedule.timeZone, at);
  const workdays = effectiveWorkdaysAround(state.settings, state.exceptions, now);
  const current = workdays.find((shift) => shift.startsAt <= at && at < shift.endsAt) ?? null;
  const workday = current ?? workdays.find((shift) => shift.date === date) ?? null;
  // A night shift begun yesterday counts from its start, not from midnight.
  const from = Math.min(localMidnight(schedule.timeZone, date), current?.startsAt ?? Infinity);
  return {
    date,
    from,
    workdays,
    current,
    workday,
    workedMs: workedMs(state.activity, workdays, from, at, { autoStart: work.autoStart }),
  };
}
