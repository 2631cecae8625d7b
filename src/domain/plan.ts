import { nextWorkdayAfter } from './effective-workday';
import { stateAt } from './idle-state';
import { containing, unite } from './intervals';
import { breakNudges } from './rules/breaks';
import { checkInNudges } from './rules/check-ins';
import { endOfDayNudges } from './rules/end-of-day';
import { gatheringNudges } from './rules/gathering';
import { hoursLimitNudges } from './rules/hours-limit';
import { reconnectNudges } from './rules/reconnect';
import { reflectionNudges } from './rules/reflection';
import { timeZoneNudges } from './rules/time-zone';
import type { Nudge } from './nudge';
import type { Rule, RuleNudges } from './rules/rule';
import type { PlannerState } from './planner-state';
import type { NudgeKind } from './types';
import { localHour } from './workday';

// A new rule is one more line here.
const rules: readonly Rule[] = [
  endOfDayNudges,
  reconnectNudges,
  breakNudges,
  hoursLimitNudges,
  checkInNudges,
  gatheringNudges,
  reflectionNudges,
  timeZoneNudges,
];

/**
 * What a check-in set for its own time brings: it comes whether or not the user is at the
 * computer (a reminder still matters to someone who just came back, and waits in the popup
 * until then), and during another check-in. Every other nudge is for someone at the
 * computer, outside check-ins: it waits for them, and no wake is spent on it while they are
 * away.
 */
const CHECK_IN_OWN: ReadonlySet<NudgeKind> = new Set(['check-in-reminder', 'check-in-log']);

/** Most relevant first: when more is due than one wake shows, these come first. */
const RELEVANCE: readonly NudgeKind[] = [
  'check-in-reminder',
  'time-zone',
  'boundary',
  'wrap-up',
  'hours-limit',
  'break',
  'check-in-log',
  'check-in-prep',
  'reconnect',
  'reflection',
  'gathering-idea',
];

/**
 * The most notifications one wake shows. After a sleep or a long absence several nudges can
 * be due at once; a burst of them is noise, so the two most relevant come and the rest wait
 * in the popup's list (where a stale one then expires unseen).
 */
export const MOST_PER_WAKE = 2;

/** Night where the user is: from midnight to this hour only someone at the computer is notified. */
const NIGHT_ENDS_HOUR = 6;

/** What the background does at a wake: what to show, what to list, when to wake again. */
export interface Plan {
  /** Due now and not yet shown, to show as notifications: the most relevant first, two at most. */
  due: Nudge[];
  /**
   * Due now too, but listed in the popup's "waiting" list without a notification: more than
   * one wake should show, or at night when the user is not at the computer.
   */
  listed: Nudge[];
  /** When to wake next; `null` when nothing can come without new data. */
  nextAt: Date | null;
  /** The next nudge expected after `now`, for the popup's "next nudge and why". */
  next: Nudge | null;
  /** Every nudge expected after now, soonest first, for views that show more than the next. */
  upcoming: Nudge[];
}

function byDueAt(a: Nudge, b: Nudge): number {
  return a.dueAt - b.dueAt;
}

function byRelevance(a: Nudge, b: Nudge): number {
  return RELEVANCE.indexOf(a.kind) - RELEVANCE.indexOf(b.kind) || byDueAt(a, b);
}

// The rules look at the workdays around today; the start of the next workday is when a
// day nobody could see yet (after a weekend, say) comes into view.
function nextWorkdayStart(state: PlannerState, at: number): number | null {
  return (
    nextWorkdayAfter(state.settings.schedule, new Date(at), state.exceptions)?.startsAt ?? null
  );
}

// What the user said about nudges, applied here once for every rule: a muted kind never
// comes, and a paused or snoozed one is held until the pause or the snooze ends.
function heldUntil(state: PlannerState, kind: NudgeKind): number {
  return Math.max(state.pausedUntil ?? -Infinity, state.snoozes[kind] ?? -Infinity);
}

function isInstantAfter(at: number) {
  return (instant: number | null | undefined): instant is number =>
    typeof instant === 'number' && Number.isFinite(instant) && instant > at;
}

/**
 * What is due now (to notify, and to list quietly), what comes next, and when the background
 * should wake to look again: at the next nudge that may come then, the end of a pause, a
 * snooze or a check-in that holds one back, or the next workday's start. While the user is
 * away only what a check-in brings is worth a wake; the rest waits for them to come back,
 * which is itself a wake.
 */
export function plan(state: PlannerState, now: Date): Plan {
  const at = now.getTime();
  const muted = new Set(state.settings.mutedKinds);
  const present = stateAt(state.activity, at) === 'active';
  const busy = unite(state.busy);
  const inCheckIn = containing(busy, at);
  const results = rules.map((rule) => rule(state, now));
  const heard = (nudge: Nudge) => !muted.has(nudge.kind);
  const waitsForCheckIn = (nudge: Nudge) => inCheckIn !== null && !CHECK_IN_OWN.has(nudge.kind);

  const candidates = results.flatMap((result) => result.due).filter(heard);
  const due = candidates
    .filter((nudge) => heldUntil(state, nudge.kind) <= at && !waitsForCheckIn(nudge))
    .sort(byRelevance);
  // At night the phone on the bedside table stays dark; the popup keeps it for the morning.
  const night = !present && localHour(state.userTimeZone, at) < NIGHT_ENDS_HOUR;
  const notify = night ? [] : due.slice(0, MOST_PER_WAKE);

  // A wake at or before now would spin; an invalid instant would never come. What a pause
  // or a snooze holds back is looked at again when it ends, as things then stand; what a
  // check-in holds back, when it is over.
  const checkInEnd = (instant: number) => containing(busy, instant)?.end ?? instant;
  const upcoming = results
    .flatMap((result) => result.upcoming)
    .filter((nudge) => heard(nudge) && nudge.dueAt >= heldUntil(state, nudge.kind))
    .map((nudge) =>
      CHECK_IN_OWN.has(nudge.kind) ? nudge : { ...nudge, dueAt: checkInEnd(nudge.dueAt) },
    )
    .filter((nudge) => isInstantAfter(at)(nudge.dueAt))
    .sort(byDueAt);
  const worthWaking = (kind: NudgeKind) => present || CHECK_IN_OWN.has(kind);
  const held = candidates.filter((nudge) => !due.includes(nudge) && worthWaking(nudge.kind));
  const releases = held.map((nudge) =>
    Math.max(heldUntil(state, nudge.kind), waitsForCheckIn(nudge) ? (inCheckIn?.end ?? at) : at),
  );
  const wakes = [
    upcoming.find((nudge) => worthWaking(nudge.kind))?.dueAt,
    nextWorkdayStart(state, at),
    ...releases,
    ...pauseEnds(state, results, worthWaking),
  ].filter(isInstantAfter(at));
  return {
    due: notify,
    listed: due.filter((nudge) => !notify.includes(nudge)),
    next: upcoming[0] ?? null,
    upcoming,
    nextAt: wakes.length > 0 ? new Date(Math.min(...wakes)) : null,
  };
}

// The end of a pause or a snooze that holds back a nudge expected meanwhile: from then on
// it may come, as things then stand.
function pauseEnds(
  state: PlannerState,
  results: readonly RuleNudges[],
  worthWaking: (kind: NudgeKind) => boolean,
): number[] {
  return results
    .flatMap((result) => result.upcoming)
    .filter((nudge) => worthWaking(nudge.kind) && nudge.dueAt < heldUntil(state, nudge.kind))
    .map((nudge) => heldUntil(state, nudge.kind));
}
