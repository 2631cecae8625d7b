import { stateAt } from '../activity';
import { addCalendarDays, mondayOf } from '../calendar-date';
import type { Nudge, PlannerState } from '../types';
import { zonedInstant } from '../wall-clock';
import { localDate, localMidnight } from '../workday';
import type { RuleNudges } from './end-of-day';

const PREFIX = 'reflection:';
// A nudge the user was not there to see is held for the rest of that day and the next, then
// let go: a late reminder would nag, and the week's form is still there on the options page.
// Two local days also keep the week's shown nudge inside the log the planner is given (from
// the start of yesterday).
const HELD_DAYS = 2;

/** The Monday ('yyyy-MM-dd') of the week an instant falls in, in a zone: a reflection's week. */
export function weekStartOf(timeZone: string, at: number): string {
  return mondayOf(localDate(timeZone, at));
}

/** The key of the reflection nudge for the week starting on Monday `weekStart`. */
export function reflectionKey(weekStart: string): string {
  return `${PREFIX}${weekStart}`;
}

interface Chance {
  nudge: Nudge;
  /** The moment the week's nudge is let go unseen. */
  until: number;
}

// The week's nudge: the chosen weekday and local time of the week starting `weekStart`,
// pinned in the schedule's zone (a time in a spring-forward gap moves past it).
function chanceIn(state: PlannerState, weekStart: string): Chance {
  const zone = state.settings.schedule.timeZone;
  const { weekday, time } = state.settings.reflection;
  // Weeks run Monday to Sunday; weekday counts Sunday as 0, so Sunday is the week's last day.
  const date = addCalendarDays(weekStart, (weekday + 6) % 7);
  const held = localMidnight(zone, addCalendarDays(date, HELD_DAYS));
  const weekEnds = localMidnight(zone, addCalendarDays(weekStart, 7));
  return {
    nudge: {
      key: reflectionKey(weekStart),
      kind: 'reflection',
      dueAt: zonedInstant(zone, date, time),
    },
    until: Math.min(held, weekEnds),
  };
}

/**
 * The weekly reflection prompt: on the chosen weekday at the chosen local time (in the
 * schedule's zone), once a week, and not at all for a week whose reflection is already saved
 * or skipped. It waits for the user to be active, as a reconnect prompt does, so it does not
 * land on an empty desk; unseen by the end of the next day (or the week), it is let go.
 * Upcoming: this week's prompt while it is ahead, otherwise next week's.
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
    .filter((chance) => at < chance.until && !shown.has(chance.nudge.key))
    .map((chance) => chance.nudge);
  const active = stateAt(state.activity, at) === 'active';
  const due = chances.filter((nudge) => nudge.dueAt <= at && active).slice(0, 1);
  const upcoming = chances.filter((nudge) => nudge.dueAt > at).slice(0, 1);
  return { due, upcoming };
}
