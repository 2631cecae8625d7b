import { activityParts, workIntervals, type ActivityParts } from './activity';
import { addCalendarDays } from './calendar-date';
import { effectiveWorkdayOn, effectiveWorkdaysBetween } from './effective-workday';
import { totalWithin } from './intervals';
import type { ActivityTransition, DayException, Settings } from './types';
import { localMidnight } from './workday';
import { MINUTE_MS } from './time-units';

/** One day of the week view. */
export interface DayHours {
  /** Local 'yyyy-MM-dd'. */
  date: string;
  /** The length of the shift that starts that day (after its exceptions); 0 on a day off. */
  scheduledMs: number;
  /** Active time on the clock between that day's local midnights, up to now. */
  workedMs: number;
  onCall: boolean;
}

/** A week's hours against the schedule and the limits. */
export interface WeekHours {
  days: DayHours[];
  scheduledMs: number;
  workedMs: number;
  dailyLimitMs: number | null;
  weeklyLimitMs: number | null;
}

function toMs(minutes: number | null): number | null {
  return minutes !== null && minutes > 0 ? minutes * MINUTE_MS : null;
}

/**
 * The week starting on the local Monday `weekStart`: each day's scheduled and worked time
 * (counted as the weekly hours limit counts it), the totals, and the limits. `parts` are the
 * activity's up to `now`: a caller counting many weeks works them out once.
 */
export function weekHours(
  settings: Settings,
  exceptions: readonly DayException[],
  activity: readonly ActivityTransition[],
  weekStart: string,
  now: Date,
  parts: ActivityParts = activityParts(activity, now.getTime()),
): WeekHours {
  const at = now.getTime();
  const zone = settings.schedule.timeZone;
  const dates = Array.from({ length: 7 }, (_, days) => addCalendarDays(weekStart, days));
  // The shift begun the Sunday before can keep the user on the clock into Monday.
  const workdays = effectiveWorkdaysBetween(
    settings,
    exceptions,
    addCalendarDays(weekStart, -1),
    addCalendarDays(weekStart, 6),
  );
  const work = workIntervals(activity, workdays, at, { autoStart: settings.work.autoStart }, parts);
  const days = dates.map((date) => {
    const workday = effectiveWorkdayOn(settings, exceptions, date);
    const from = localMidnight(zone, date);
    const until = Math.min(localMidnight(zone, addCalendarDays(date, 1)), at);
    return {
      date,
      scheduledMs: workday ? workday.endsAt - workday.startsAt : 0,
      workedMs: until > from ? totalWithin(work, from, until) : 0,
      onCall: exceptions.some(
        (exception) => exception.date === date && exception.kind === 'on-call',
      ),
    };
  });
  return {
    days,
    scheduledMs: days.reduce((sum, day) => sum + day.scheduledMs, 0),
    workedMs: days.reduce((sum, day) => sum + day.workedMs, 0),
    dailyLimitMs: toMs(settings.work.dailyLimitMinutes),
    weeklyLimitMs: toMs(settings.work.weeklyLimitMinutes),
  };
}
