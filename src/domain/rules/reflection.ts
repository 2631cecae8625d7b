import { stateAt } from '../idle-state';
import { addCalendarDays, mondayOf } from '../calendar-date';
import { intoShift, workingShiftAt } from '../day-windows';
import { effectiveWorkdayOn, effectiveWorkdaysAround } from '../effective-workday';
import type { ReflectionNudge } from '../nudge';
import { nudgeKey } from '../nudge-key';
import type { PlannerState } from '../planner-state';
import type { Weekday } from '../types';
import { zonedInstant } from '../wall-clock';
import { localDate, localMidnight, type Workday } from '../workday';
import type { RuleNudges } from './rule';

// A nudge the user was not there to see is held for the rest of that day and the next, then
// let go: a late reminder would nag, and the week's form is still there on the options page.
// Two local days also keep the week's shown nudge inside the log the planner is given (from
// the start of yesterday).
const HELD_DAYS = 2;

/** The Monday ('yyyy-MM-dd') of the week an instant falls in, in a zone: a reflection's week. */
export function weekStartOf(timeZone: string, at: number): string {
  return mondayOf(localDate(timeZone, at));
}

interface Chance {
  nudge: ReflectionNudge;
  /** The moment the week's nudge is let go unseen. */
  until: number;
}

/**
 * The last workday of the user's week: the one their weekend follows, the longest run of
 * days off in the schedule (Friday for Monday to Friday, Thursday for Sunday to Thursday or
 * a four-day week, Saturday for Tuesday to Saturday). Sunday when every day is worked.
 */
export function lastWorkday(schedule: PlannerState['settings']['schedule']): Weekday {
  const works = (day: number) => schedule.days[(((day % 7) + 7) % 7) as Weekday] !== null;
  let best: Weekday = 0;
  let longest = -1;
  // Monday to Sunday, so a tie goes to the later day of the week.
  for (const day of [1, 2, 3, 4, 5, 6, 0] as const) {
    if (!works(day)) continue;
    let off = 0;
    while (off < 6 && !works(day + off + 1)) off += 1;
    if (off >= longest) {
      best = day;
      longest = off;
    }
  }
  return best;
}

/**
 * The shift the week's reflection comes in: on the last workday of the user's week by
 * default (see `lastWorkday`), or the chosen weekday; when that is not a workday (or is on
 * call), the last workday before it that week, else the first after it. A Monday-to-Thursday
 * week reflects on Thursday, not on a Friday nobody is at work. Null for a week with no
 * workday at all.
 */
export function reflectionShift(
  settings: PlannerState['settings'],
  exceptions: PlannerState['exceptions'],
  weekStart: string,
): Workday | null {
  const week = Array.from({ length: 7 }, (_, days) => addCalendarDays(weekStart, days));
  const shifts = week.map((date) => {
    const shift = effectiveWorkdayOn(settings, exceptions, date);
    return shift && !shift.onCall ? shift : null;
  });
  const chosen = settings.reflection.weekday ?? lastWorkday(settings.schedule);
  // Weeks run Monday to Sunday; weekday counts Sunday as 0, so Sunday is the week's last day.
  const index = (chosen + 6) % 7;
  const onOrBefore = shifts.slice(0, index + 1).findLast((shift) => shift !== null);
  return onOrBefore ?? shifts.slice(index + 1).find((shift) => shift !== null) ?? null;
}

// The week's nudge: the chosen local time on its day, moved into that day's shift, pinned in
// the schedule's zone (a time in a spring-forward gap moves past it).
function chanceIn(state: PlannerState, weekStart: string): Chance | null {
  const zone = state.settings.schedule.timeZone;
  const shift = reflectionShift(state.settings, state.exceptions, weekStart);
  if (!shift) return null;
  const wanted = zonedInstant(zone, shift.date, state.settings.reflection.time);
  const held = localMidnight(zone, addCalendarDays(shift.date, HELD_DAYS));
  const weekEnds = localMidnight(zone, addCalendarDays(weekStart, 7));
  return {
    nudge: {
      key: nudgeKey({ kind: 'reflection', weekStart }),
      kind: 'reflection',
      dueAt: intoShift(shift, wanted),
    },
    until: Math.min(held, weekEnds),
  };
}

/**
 * The weekly reflection prompt: on the reflection day (see `reflectionShift`) at the chosen
 * local time, once a week, and not at all for a week whose reflection is already saved or
 * skipped. It waits for the user to be at the computer in working hours, as a reconnect
 * prompt does, so it does not land on an empty desk; unseen by the end of the next day (or
 * the week), it is let go. Upcoming: this week's prompt while it is ahead, otherwise next
 * week's.
 */
export function reflectionNudges(state: PlannerState, now: Date): RuleNudges {
  if (!state.settings.reflection.enabled) return { due: [], upcoming: [] };
  const at = now.getTime();
  const thisWeek = weekStartOf(state.settings.schedule.timeZone, at);
  const done = new Set(state.reflectedWeekStarts);
  const shown = new Set(state.nudgeLog.map((entry) => entry.key));
  const chances = [thisWeek, addCalendarDays(thisWeek, 7)]
    .filter((weekStart) => !done.has(weekStart))
    .map((weekStart) => chanceIn(state, weekStart))
    .filter((chance): chance is Chance => chance !== null)
    .filter((chance) => at < chance.until && !shown.has(chance.nudge.key))
    .map((chance) => chance.nudge);
  const atDesk =
    stateAt(state.activity, at) === 'active' &&
    workingShiftAt(effectiveWorkdaysAround(state.settings, state.exceptions, now), at) !== null;
  const due = chances.filter((nudge) => nudge.dueAt <= at && atDesk).slice(0, 1);
  const upcoming = chances.filter((nudge) => nudge.dueAt > at).slice(0, 1);
  return { due, upcoming };
}
