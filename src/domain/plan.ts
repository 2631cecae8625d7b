import { addCalendarDays } from './calendar-date';
import { endOfDayNudges, type RuleNudges } from './rules/end-of-day';
import { reconnectNudges } from './rules/reconnect';
import type { Nudge, Plan, PlannerState, WorkSchedule } from './types';
import { localDate, workdayOn } from './workday';

/** A planner rule: pure, given everything the database holds and the time. */
export type Rule = (state: PlannerState, now: Date) => RuleNudges;

// A new rule is one more line here.
const rules: readonly Rule[] = [endOfDayNudges, reconnectNudges];

// A week and a day: far enough to find the next working day of any weekly schedule.
const LOOKAHEAD_DAYS = 8;

function byDueAt(a: Nudge, b: Nudge): number {
  return a.dueAt - b.dueAt;
}

// At most one nudge of each kind at a time: the most recent one says what matters now.
function latestPerKind(nudges: Nudge[]): Nudge[] {
  const latest = new Map<Nudge['kind'], Nudge>();
  for (const nudge of nudges) {
    const held = latest.get(nudge.kind);
    if (!held || nudge.dueAt > held.dueAt) latest.set(nudge.kind, nudge);
  }
  return [...latest.values()].sort(byDueAt);
}

// The rules look at the workdays around today; the start of the next workday is when a
// day nobody could see yet (after a weekend, say) comes into view.
function nextWorkdayStart(schedule: WorkSchedule, at: number): number | null {
  const today = localDate(schedule.timeZone, at);
  for (let days = 0; days <= LOOKAHEAD_DAYS; days += 1) {
    const workday = workdayOn(schedule, addCalendarDays(today, days));
    if (workday && workday.startsAt > at) return workday.startsAt;
  }
  return null;
}

/** What is due now, what comes next, and when the background should wake to look again. */
export function plan(state: PlannerState, now: Date): Plan {
  const at = now.getTime();
  const results = rules.map((rule) => rule(state, now));
  const due = latestPerKind(results.flatMap((result) => result.due));
  // A wake at or before now would spin; an invalid instant would never come.
  const upcoming = results
    .flatMap((result) => result.upcoming)
    .filter((nudge) => Number.isFinite(nudge.dueAt) && nudge.dueAt > at)
    .sort(byDueAt);
  const next = upcoming[0] ?? null;
  const wakes = [next?.dueAt, nextWorkdayStart(state.settings.schedule, at)].filter(
    (instant): instant is number => instant !== undefined && instant !== null && instant > at,
  );
  return { due, next, nextAt: wakes.length > 0 ? new Date(Math.min(...wakes)) : null };
}
