import { subHours } from 'date-fns';
import { stateAt } from '../idle-state';
import { addCalendarDays, calendarDaysBetween, mondayOf, weekdayOf } from '../calendar-date';
import { effectiveWorkdaysAround } from '../effective-workday';
import { earliestAdded } from '../network/people-index';
import type { GatheringNudge } from '../nudge';
import { nudgeKey } from '../nudge-key';
import type { PlannerState } from '../planner-state';
import type { Weekday } from '../types';
import { localDate, localMidnight, type Workday } from '../workday';
import type { RuleNudges } from './rule';

// Mid-week, when there is still time to arrange something for the days ahead, and never on
// a Monday's full inbox or a Friday when the week is gone. Keeping the chances within three
// days also keeps the week's earlier idea inside the nudge log the planner is given.
const IDEA_DAYS: readonly Weekday[] = [2, 3, 4];
// The quieter end of the workday, when the user is winding down and thinking ahead.
const LAST_HOURS = 2;
const FIRST_MONDAY = '1970-01-05';

// Local dates have no zone of their own: their weeks are counted with the plain date
// arithmetic of calendar-date.ts, which every wake can afford (parsing and formatting them
// with date-fns cost more than the rest of this rule).

/** The ISO week a local date falls in, as '2026-W48': the week of its Thursday, in that Thursday's year. */
function isoWeek(date: string): string {
  const thursday = addCalendarDays(mondayOf(date), 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor(calendarDaysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

// Whole weeks since the first Monday of 1970: consecutive weeks name consecutive ideas, and
// the UI takes it modulo the length of its list.
function ideaIndexOf(date: string): number {
  return calendarDaysBetween(FIRST_MONDAY, mondayOf(date)) / 7;
}

// Before any gathering is logged, the weeks count from when the network began (the first
// person added): Tend cannot say none has happened for a while before it has been there for
// a while, and with nobody in the network there is no one to gather with.
function countedFrom(state: PlannerState): number | null {
  if (state.lastGatheringAt !== null) return state.lastGatheringAt;
  // Kept with the people while they are (people-index.ts): not a walk over them each wake.
  return earliestAdded(state.contacts);
}

// Calendar weeks (Monday to Sunday, in the schedule's zone) from the week of `sinceMonday`
// to the week of the workday: a gathering on a Friday is one week ago on the Monday after.
function weeksSince(zone: string, workday: Workday, sinceMonday: string): number {
  return (
    calendarDaysBetween(sinceMonday, mondayOf(localDate(zone, localMidnight(zone, workday.date)))) /
    7
  );
}

function ideaNudge(workday: Workday): GatheringNudge {
  return {
    key: nudgeKey({ kind: 'gathering-idea', week: isoWeek(workday.date) }),
    kind: 'gathering-idea',
    ideaIndex: ideaIndexOf(workday.date),
    dueAt: Math.max(workday.startsAt, subHours(workday.endsAt, LAST_HOURS).getTime()),
  };
}

/**
 * An idea for an informal get-together or a shared self-care activity when none has been
 * logged for `gatheringAfterWeeks` calendar weeks (or, before the first, since the network
 * began): at most one a week, in the last two hours of a Tuesday, Wednesday or Thursday
 * workday (not on call), and only while the user is active (a prompt
 * left waiting unseen would use up the week's). Upcoming: the next such workday's window.
 */
export function gatheringNudges(state: PlannerState, now: Date): RuleNudges {
  const after = state.settings.checkIns.gatheringAfterWeeks;
  const since = countedFrom(state);
  if (after === null || since === null) return { due: [], upcoming: [] };
  const zone = state.settings.schedule.timeZone;
  const at = now.getTime();
  const shown = new Set(state.nudgeLog.map((entry) => entry.key));
  const active = stateAt(state.activity, at) === 'active';
  // An instant that is not one is no week ago.
  if (Number.isNaN(new Date(since).getTime())) return { due: [], upcoming: [] };
  let sinceMonday: string | undefined;
  const chances = effectiveWorkdaysAround(state.settings, state.exceptions, now)
    .filter(
      (workday) =>
        !workday.onCall && IDEA_DAYS.includes(weekdayOf(workday.date)) && at < workday.endsAt,
    )
    .filter((workday) => {
      sinceMonday ??= mondayOf(localDate(zone, since));
      return weeksSince(zone, workday, sinceMonday) >= after;
    })
    .map(ideaNudge)
    .filter((nudge) => !shown.has(nudge.key));
  const due = chances.filter((nudge) => nudge.dueAt <= at && active).slice(0, 1);
  // Once this week's idea is shown, the week's later chances are gone with it.
  const taken = new Set(due.map((nudge) => nudge.key));
  const upcoming = chances.filter((nudge) => nudge.dueAt > at && !taken.has(nudge.key)).slice(0, 1);
  return { due, upcoming };
}
