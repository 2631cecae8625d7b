import { addCalendarDays } from './calendar-date';
import { effectiveWorkdayOn } from './effective-workday';
import { breakNudges } from './rules/breaks';
import { checkInNudges } from './rules/check-ins';
import { endOfDayNudges, type RuleNudges } from './rules/end-of-day';
import { gatheringNudges } from './rules/gathering';
import { hoursLimitNudges } from './rules/hours-limit';
import { reconnectNudges } from './rules/reconnect';
import { reflectionNudges } from './rules/reflection';
import type { Nudge, NudgeKind, Plan, PlannerState } from './types';
import { localDate } from './workday';

/** A planner rule: pure, given everything the database holds and the time. */
export type Rule = (state: PlannerState, now: Date) => RuleNudges;

// A new rule is one more line here.
const rules: readonly Rule[] = [
  endOfDayNudges,
  reconnectNudges,
  breakNudges,
  hoursLimitNudges,
  checkInNudges,
  gatheringNudges,
  reflectionNudges,
];

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
function nextWorkdayStart(state: PlannerState, at: number): number | null {
  const today = localDate(state.settings.schedule.timeZone, at);
  for (let days = 0; days <= LOOKAHEAD_DAYS; days += 1) {
    const date = addCalendarDays(today, days);
    const workday = effectiveWorkdayOn(state.settings, state.exceptions, date);
    if (workday && workday.startsAt > at) return workday.startsAt;
  }
  return null;
}

// What the user said about nudges, applied here once for every rule: a muted kind never
// comes, and a paused or snoozed one is held until the pause or the snooze ends.
function heldUntil(state: PlannerState, kind: NudgeKind): number {
  return Math.max(state.pausedUntil ?? -Infinity, state.snoozes[kind] ?? -Infinity);
}

/** A plan with every nudge expected after now, soonest first, for views that show more than the next. */
export interface FullPlan extends Plan {
  upcoming: Nudge[];
}

/** What is due now, what comes next, and when the background should wake to look again. */
export function plan(state: PlannerState, now: Date): Plan {
  const { due, next, nextAt } = fullPlan(state, now);
  return { due, next, nextAt };
}

/** The plan, with everything expected after now once mutes, snoozes and a pause apply. */
export function fullPlan(state: PlannerState, now: Date): FullPlan {
  const at = now.getTime();
  const muted = new Set(state.settings.mutedKinds);
  const results = rules.map((rule) => rule(state, now));
  const heard = (nudge: Nudge) => !muted.has(nudge.kind);
  const due = latestPerKind(
    results
      .flatMap((result) => result.due)
      .filter((nudge) => heard(nudge) && heldUntil(state, nudge.kind) <= at),
  );
  // A wake at or before now would spin; an invalid instant would never come. What a pause
  // or a snooze holds back is looked at again when it ends, as things then stand.
  const upcoming = results
    .flatMap((result) => result.upcoming)
    .filter((nudge) => heard(nudge) && nudge.dueAt >= heldUntil(state, nudge.kind))
    .filter((nudge) => Number.isFinite(nudge.dueAt) && nudge.dueAt > at)
    .sort(byDueAt);
  const next = upcoming[0] ?? null;
  // The end of a pause or a snooze lets held nudges through: look again then.
  const releases = [
    state.pausedUntil,
    ...Object.entries(state.snoozes)
      .filter(([kind]) => !muted.has(kind as NudgeKind))
      .map(([, until]) => until),
  ];
  const wakes = [next?.dueAt, nextWorkdayStart(state, at), ...releases].filter(
    (instant): instant is number =>
      typeof instant === 'number' && Number.isFinite(instant) && instant > at,
  );
  return { due, next, nextAt: wakes.length > 0 ? new Date(Math.min(...wakes)) : null, upcoming };
}
