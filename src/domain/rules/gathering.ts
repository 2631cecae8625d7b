import { tz } from '@date-fns/tz';
import {
  differenceInCalendarDays,
  differenceInCalendarWeeks,
  format,
  parseISO,
  subHours,
} from 'date-fns';
import { stateAt } from '../activity';
import { mondayOf, weekdayOf } from '../calendar-date';
import { effectiveWorkdaysAround } from '../effective-workday';
import type { Nudge, PlannerState, Weekday } from '../types';
import { localMidnight, type Workday } from '../workday';
import type { RuleNudges } from './end-of-day';

const PREFIX = 'gathering-idea:';
// Mid-week, when there is still time to arrange something for the days ahead, and never on
// a Monday's full inbox or a Friday when the week is gone. Keeping the chances within three
// days also keeps the week's earlier idea inside the nudge log the planner is given.
const IDEA_DAYS: readonly Weekday[] = [2, 3, 4];
// The quieter end of the workday, when the user is winding down and thinking ahead.
const LAST_HOURS = 2;
// Local dates have no zone of their own; their calendar is read in UTC.
const calendar = tz('UTC');
const FIRST_MONDAY = parseISO('1970-01-05', { in: calendar });

/** The ISO week a local date falls in, as '2026-W48'. */
function isoWeek(date: string): string {
  return format(parseISO(date, { in: calendar }), "RRRR-'W'II");
}

// Whole weeks since the first Monday of 1970: consecutive weeks name consecutive ideas, and
// the UI takes it modulo the length of its list.
function ideaIndexOf(date: string): number {
  return differenceInCalendarDays(parseISO(mondayOf(date), { in: calendar }), FIRST_MONDAY) / 7;
}

// Before any gathering is logged, the weeks count from when the network began (the first
// person added): Tend cannot say none has happened for a while before it has been there for
// a while, and with nobody in the network there is no one to gather with.
function countedFrom(state: PlannerState): number | null {
  if (state.lastGatheringAt !== null) return state.lastGatheringAt;
  const added = state.contacts.map((contact) => contact.createdAt).filter(Number.isFinite);
  return added.length > 0 ? Math.min(...added) : null;
}

// Calendar weeks (Monday to Sunday, in the schedule's zone) from `since` to the week of the
// workday: a gathering on a Friday is one week ago on the Monday after.
function weeksSince(zone: string, workday: Workday, since: number): number {
  return differenceInCalendarWeeks(localMidnight(zone, workday.date), since, {
    in: tz(zone),
    weekStartsOn: 1,
  });
}

function ideaNudge(workday: Workday): Nudge {
  return {
    key: `${PREFIX}${isoWeek(workday.date)}`,
    kind: 'gathering-idea',
    ideaIndex: ideaIndexOf(workday.date),
    dueAt: Math.max(workday.startsAt, subHours(workday.endsAt, LAST_HOURS).getTime()),
  };
}

/**
 * An idea for an informal get-together or a shared self-care activity when none has been
 * logged for `gatheringAfterWeeks` calendar weeks (or, before the first, since the network
 * began): at most one a week, in the last two hours
 * of a Tuesday, Wednesday or Thursday workday, and only while the user is active (a prompt
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
  const chances = effectiveWorkdaysAround(state.settings, state.exceptions, now)
    .filter((workday) => IDEA_DAYS.includes(weekdayOf(workday.date)) && at < workday.endsAt)
    .filter((workday) => weeksSince(zone, workday, since) >= after)
    .map(ideaNudge)
    .filter((nudge) => !shown.has(nudge.key));
  const due = chances.filter((nudge) => nudge.dueAt <= at && active).slice(0, 1);
  // Once this week's idea is shown, the week's later chances are gone with it.
  const taken = new Set(due.map((nudge) => nudge.key));
  const upcoming = chances.filter((nudge) => nudge.dueAt > at && !taken.has(nudge.key)).slice(0, 1);
  return { due, upcoming };
}
