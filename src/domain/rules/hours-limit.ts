import { workIntervals } from '../activity';
import { addCalendarDays, mondayOf } from '../calendar-date';
import { inAfterHours, workingShiftAt } from '../day-windows';
import { effectiveWorkdaysBetween } from '../effective-workday';
import { stateAt } from '../idle-state';
import { containing, instantReaching, totalWithin, type Interval } from '../intervals';
import { clockInStretches, onTheClock } from '../on-the-clock';
import type { HoursLimitNudge } from '../nudge';
import { nudgeKey } from '../nudge-key';
import type { PlannerState } from '../planner-state';
import { localDate, localMidnight, type Workday } from '../workday';
import { workedToday } from '../worked-today';
import type { RuleNudges } from './rule';
import { MINUTE_MS } from '../time-units';

interface Period {
  limit: 'day' | 'week';
  /**
   * The local date the key names: the day today's count belongs to (the day the shift under
   * way started, for a night shift after midnight), or the Monday the week began.
   */
  date: string;
  from: number;
  /** Where the period ends: a limit reached after it belongs to the next one. */
  until: number;
  work: Interval[];
}

function limitNudge(
  state: PlannerState,
  period: Period,
  limitMs: number,
  at: number,
  inTheDay: (instant: number) => boolean,
): RuleNudges {
  const key = nudgeKey({ kind: 'hours-limit', limit: period.limit, date: period.date });
  if (state.nudgeLog.some((entry) => entry.key === key)) return { due: [], upcoming: [] };
  // The work intervals run on while the user stays active, so this is also when it would be.
  const reached = instantReaching(period.work, period.from, limitMs);
  if (reached === null || reached >= period.until) return { due: [], upcoming: [] };
  if (!inTheDay(Math.max(reached, at))) return { due: [], upcoming: [] };
  const nudge: HoursLimitNudge = {
    key,
    kind: 'hours-limit',
    limit: period.limit,
    dueAt: reached,
    workedMs: totalWithin(period.work, period.from, Math.max(at, reached)),
  };
  return reached > at ? { due: [], upcoming: [nudge] } : { due: [nudge], upcoming: [] };
}

function limitMs(minutes: number | null): number | null {
  return minutes !== null && minutes > 0 ? minutes * MINUTE_MS : null;
}

/**
 * One nudge on the day (or in the shift begun that day) the time worked reaches the daily
 * limit, and one in the week (Monday 00:00 to Sunday, local) it reaches the weekly limit,
 * while the user is at work on the clock, and only in their day: a shift's working hours or
 * its after-hours window (not on call), or a stretch they clocked in for. Upcoming: when a
 * limit would be reached if the user stays active.
 */
export function hoursLimitNudges(state: PlannerState, now: Date): RuleNudges {
  const { work, schedule } = state.settings;
  const daily = limitMs(work.dailyLimitMinutes);
  const weekly = limitMs(work.weeklyLimitMinutes);
  if (daily === null && weekly === null) return { due: [], upcoming: [] };
  const at = now.getTime();
  const options = { autoStart: work.autoStart };
  const today = workedToday(state, now);
  const monday = mondayOf(today.date);
  // The shift begun the Sunday before can keep the user on the clock into Monday.
  const weekWorkdays: Workday[] = effectiveWorkdaysBetween(
    state.settings,
    state.exceptions,
    addCalendarDays(monday, -1),
    addCalendarDays(today.date, 1),
  );
  // Told while away, it would only wait unseen; off the clock the day's work is done.
  const atWork =
    stateAt(state.activity, at) === 'active' &&
    onTheClock(state.activity, today.workdays, at, options);
  const clockedIn = clockInStretches(state.activity, today.workdays, at);
  const inTheDay = (instant: number) =>
    workingShiftAt(today.workdays, instant) !== null ||
    inAfterHours(state.settings, state.exceptions, today.workdays, instant) ||
    containing(clockedIn, instant) !== null;
  const periods: [Period, number | null][] = [
    [
      {
        limit: 'day',
        // One shift, one daily limit: a night shift past midnight is still counted from its
        // start, so it keeps the date it started on.
        date: localDate(schedule.timeZone, today.from),
        from: today.from,
        until: localMidnight(schedule.timeZone, addCalendarDays(today.date, 1)),
        work: workIntervals(state.activity, today.workdays, at, options),
      },
      daily,
    ],
    [
      {
        limit: 'week',
        date: monday,
        from: localMidnight(schedule.timeZone, monday),
        until: localMidnight(schedule.timeZone, addCalendarDays(monday, 7)),
        work: workIntervals(state.activity, weekWorkdays, at, options),
      },
      weekly,
    ],
  ];
  const result: RuleNudges = { due: [], upcoming: [] };
  for (const [period, limit] of periods) {
    if (limit === null) continue;
    const part = limitNudge(state, period, limit, at, inTheDay);
    if (atWork) result.due.push(...part.due);
    result.upcoming.push(...part.upcoming);
  }
  return result;
}
