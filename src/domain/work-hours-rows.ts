import { CLOCK_STATES, IDLE_STATES } from './idle-state';
import { addCalendarDays, mondayOf, weekdayOf } from './calendar-date';
import { toCsv, type CsvCell } from './csv';
import { effectiveWorkdaysBetween } from './effective-workday';
import { clockIntervals } from './on-the-clock';
import { breakStarts } from './rests';
import type { ActivityTransition, DayException, Settings, Weekday } from './types';
import { weekHours } from './week-hours';
import { localDate, localMidnight } from './workday';
import { MINUTE_MS } from './time-units';

/** One day of the work-hours export. */
export interface WorkHoursRow {
  /** Local 'yyyy-MM-dd' in the schedule's zone. */
  date: string;
  weekday: Weekday;
  /** The shift that starts that day, after its exceptions; 0 on a day off. */
  scheduledMs: number;
  /** Active time on the clock between that day's local midnights, as the week view counts it. */
  workedMs: number;
  /** Rests begun on the clock that day that reset the short break timer, as the wrap-up counts them. */
  breaksTaken: number;
  onCall: boolean;
  /** Worked more than the daily limit that day; null when there is no daily limit. */
  overDailyLimit: boolean | null;
  /** The week's work, Monday up to this day, is past the weekly limit; null without one. */
  overWeeklyLimit: boolean | null;
}

// The starts of the breaks taken, oldest first, by the rule of `daySummary` (a rest begun on
// the clock that resets the short break timer) over the whole history at once: whether a rest
// began on the clock does not depend on what came after its start, so one set of clock
// intervals up to `at` answers for every rest. A rest must also end within that stretch on
// the clock: the wrap-up never counts the evening's lock, still going on then, and neither
// does the export.
function breaksTaken(
  settings: Settings,
  exceptions: readonly DayException[],
  activity: readonly ActivityTransition[],
  first: string,
  last: string,
  at: number,
): number[] {
  const workdays = effectiveWorkdaysBetween(
    settings,
    exceptions,
    addCalendarDays(first, -1),
    addCalendarDays(last, 1),
  );
  const clock = clockIntervals(activity, workdays, at, { autoStart: settings.work.autoStart });
  return breakStarts(activity, clock, settings.breaks, at);
}

// The first index of a sorted list at which `isBefore` stops holding.
function firstIndex(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A function giving the transitions from `from` to `to`, oldest first, with the idle state
 * and the clock as they stood before `from` (as the database's `activitySince` gives them).
 * `weekHours` reads its activity from the start each time; handing it the week and the one
 * before, not years of history, keeps a long export fast. What happened earlier cannot reach
 * into the week: a break lasts minutes and a clock-in lapses within a day or two.
 */
function activityWindows(
  activity: readonly ActivityTransition[],
): (from: number, to: number) => ActivityTransition[] {
  const sorted = [...activity].sort((a, b) => a.at - b.at);
  // carried[i]: the last idle state and the last clock transition before sorted[i].
  const carried: ActivityTransition[][] = [[]];
  let idle: ActivityTransition | null = null;
  let clock: ActivityTransition | null = null;
  for (const transition of sorted) {
    if (IDLE_STATES.includes(transition.state)) idle = transition;
    if (CLOCK_STATES.includes(transition.state)) clock = transition;
    carried.push([idle, clock].filter((one) => one !== null).sort((a, b) => a.at - b.at));
  }
  return (from, to) => {
    const start = firstIndex(
      sorted.length,
      (index) => (sorted[index] as ActivityTransition).at < from,
    );
    const end = firstIndex(
      sorted.length,
      (index) => (sorted[index] as ActivityTransition).at <= to,
    );
    return [...(carried[start] ?? []), ...sorted.slice(start, end)];
  };
}

/**
 * One row per local day, from the first stored activity to today, that had a shift, time
 * worked or a break. Worked and scheduled time come from `weekHours`, week by week, so the
 * export says what the week view says: 23- and 25-hour days and night shifts included (a
 * night shift's hours fall on the calendar days they were worked). The schedule, zone and
 * limits are the current ones; Tend keeps no history of them.
 */
export function workHoursRows(
  settings: Settings,
  exceptions: readonly DayException[],
  activity: readonly ActivityTransition[],
  now: Date,
): WorkHoursRow[] {
  if (activity.length === 0) return [];
  const zone = settings.schedule.timeZone;
  const at = now.getTime();
  // A spread of a long history would overflow the call stack.
  const earliest = activity.reduce((min, transition) => Math.min(min, transition.at), Infinity);
  const first = localDate(zone, earliest);
  const last = localDate(zone, at);
  if (first > last) return [];
  const breaks = breaksTaken(settings, exceptions, activity, first, last, at);
  const breaksWithin = (from: number, until: number) =>
    firstIndex(breaks.length, (index) => (breaks[index] as number) < until) -
    firstIndex(breaks.length, (index) => (breaks[index] as number) < from);
  const windowOf = activityWindows(activity);
  const rows: WorkHoursRow[] = [];
  // 'yyyy-MM-dd' strings sort as the dates do.
  for (let monday = mondayOf(first); monday <= last; monday = addCalendarDays(monday, 7)) {
    const window = windowOf(
      localMidnight(zone, addCalendarDays(monday, -7)),
      localMidnight(zone, addCalendarDays(monday, 7)),
    );
    const week = weekHours(settings, exceptions, window, monday, now);
    let weekSoFar = 0;
    for (const day of week.days) {
      weekSoFar += day.workedMs;
      if (day.date < first || day.date > last) continue;
      const breaksTaken = breaksWithin(
        localMidnight(zone, day.date),
        localMidnight(zone, addCalendarDays(day.date, 1)),
      );
      if (day.scheduledMs === 0 && day.workedMs === 0 && breaksTaken === 0) continue;
      rows.push({
        date: day.date,
        weekday: weekdayOf(day.date),
        scheduledMs: day.scheduledMs,
        workedMs: day.workedMs,
        breaksTaken,
        onCall: day.onCall,
        overDailyLimit: week.dailyLimitMs === null ? null : day.workedMs > week.dailyLimitMs,
        overWeeklyLimit: week.weeklyLimitMs === null ? null : weekSoFar > week.weeklyLimitMs,
      });
    }
  }
  return rows;
}

// Whole minutes, rounded down as the app's own durations are, so both hour columns agree
// with each other and with what the week view shows.
function wholeMinutes(ms: number): number {
  return Math.max(0, Math.floor(ms / MINUTE_MS));
}

/** Hours as a decimal a spreadsheet can sum: '7.50'. */
export function decimalHours(ms: number): string {
  return (wholeMinutes(ms) / 60).toFixed(2);
}

/** Hours and minutes as a clock reads them: '7:30'. */
export function clockHours(ms: number): string {
  const minutes = wholeMinutes(ms);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The words of the work-hours export, from the message catalogue (the caller has it). */
export interface WorkHoursLabels {
  header: Record<
    | 'date'
    | 'weekday'
    | 'scheduledHours'
    | 'workedHours'
    | 'workedClock'
    | 'breaks'
    | 'onCall'
    | 'overDailyLimit'
    | 'overWeeklyLimit',
    string
  >;
  /** The weekday's name of a local date, in the user's language. */
  weekday: (date: string) => string;
  yes: string;
  no: string;
}

/** The work hours as a CSV file. */
export function workHoursCsv(rows: readonly WorkHoursRow[], labels: WorkHoursLabels): string {
  const { header } = labels;
  const yesNo = (value: boolean | null) => (value === null ? null : value ? labels.yes : labels.no);
  return toCsv(
    [
      header.date,
      header.weekday,
      header.scheduledHours,
      header.workedHours,
      header.workedClock,
      header.breaks,
      header.onCall,
      header.overDailyLimit,
      header.overWeeklyLimit,
    ],
    rows.map((row): CsvCell[] => [
      row.date,
      labels.weekday(row.date),
      decimalHours(row.scheduledMs),
      decimalHours(row.workedMs),
      clockHours(row.workedMs),
      row.breaksTaken,
      yesNo(row.onCall),
      yesNo(row.overDailyLimit),
      yesNo(row.overWeeklyLimit),
    ]),
  );
}
