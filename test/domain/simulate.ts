import { tz } from '@date-fns/tz';
import { format, subDays } from 'date-fns';
import { addCalendarDays } from '../../src/domain/calendar-date';
import { plan } from '../../src/domain/plan';
import type {
  ActivityTransition,
  DayException,
  Nudge,
  NudgeLogEntry,
  PlannerState,
  Settings,
} from '../../src/domain/types';
import { localDate } from '../../src/domain/workday';

/** A stretch of days to play the background through. */
export interface Scenario {
  settings: Settings;
  /** Everything the browser and the user will say, oldest first. */
  activity: ActivityTransition[];
  from: number;
  until: number;
  /** Check-ins the user is in. */
  busy?: { start: number; end: number }[];
  exceptions?: DayException[];
  connectionTimes?: number[];
  pausedUntil?: number | null;
  snoozes?: PlannerState['snoozes'];
  /** Weeks with a reflection saved or skipped. */
  reflectedWeekStarts?: string[];
}

/** A nudge as the user saw it. */
export interface ShownNudge extends Nudge {
  shownAt: number;
}

export interface Simulation {
  shown: ShownNudge[];
  wakes: number[];
}

const IDLE_STATES = new Set(['active', 'idle', 'locked']);
const CLOCK_STATES = new Set(['clock-in', 'clock-out']);
// The background loads 8 days of activity (the weekly limit needs the whole week).
const ACTIVITY_DAYS = 8;
const MAX_WAKES = 50_000;

// What the database holds at `now`: what has happened, plus the planned end of a break
// already started (it is written with the start).
function known(activity: ActivityTransition[], now: number): ActivityTransition[] {
  const happened = activity.filter((transition, index) => {
    if (transition.at <= now) return true;
    if (transition.state !== 'break-end') return false;
    const start = activity.slice(0, index).findLast((one) => one.state === 'break-start');
    return start !== undefined && start.at <= now;
  });
  // As the database's activitySince: the window, and the idle and clock state before it.
  const since = subDays(now, ACTIVITY_DAYS).getTime();
  const before = happened.filter((transition) => transition.at < since);
  const lastOf = (states: Set<string>) => before.findLast((one) => states.has(one.state));
  return [
    ...[lastOf(IDLE_STATES), lastOf(CLOCK_STATES)]
      .filter((one): one is ActivityTransition => one !== undefined)
      .sort((a, b) => a.at - b.at),
    ...happened.filter((transition) => transition.at >= since),
  ];
}

function stateAt(scenario: Scenario, log: NudgeLogEntry[], now: number): PlannerState {
  const zone = scenario.settings.schedule.timeZone;
  const today = localDate(zone, now);
  const dates = [-1, 0, 1].map((days) => addCalendarDays(today, days));
  return {
    settings: scenario.settings,
    activity: known(scenario.activity, now),
    nudgeLog: log,
    contacts: [],
    exceptions: (scenario.exceptions ?? []).filter((one) => dates.includes(one.date)),
    pausedUntil: scenario.pausedUntil ?? null,
    snoozes: scenario.snoozes ?? {},
    busy: scenario.busy ?? [],
    checkIns: [],
    lastGatheringAt: null,
    connectionTimes: (scenario.connectionTimes ?? []).filter((instant) => instant <= now),
    reflectedWeekStarts: scenario.reflectedWeekStarts ?? [],
  };
}

/**
 * Plays the background over a scenario: it plans at every change of activity the browser or
 * the user reports and at every wake the planner asked for, shows what is due and records
 * it. A break's planned end is no event: the planner has to wake for it itself. Throws when
 * the planner breaks its contract (a wake not after now, a key shown twice, two of a kind).
 */
export function simulate(scenario: Scenario): Simulation {
  const log: NudgeLogEntry[] = [];
  const shown: ShownNudge[] = [];
  const wakes: number[] = [];
  const events = [
    ...new Set(
      scenario.activity
        .filter((transition) => transition.state !== 'break-end')
        .map((transition) => transition.at),
    ),
  ].sort((a, b) => a - b);
  let now: number | null = scenario.from;
  while (now !== null && now <= scenario.until) {
    if (wakes.length >= MAX_WAKES) throw new Error('the planner keeps waking: polling?');
    wakes.push(now);
    const result = plan(stateAt(scenario, log, now), new Date(now));
    const kinds = new Set(result.due.map((nudge) => nudge.kind));
    if (kinds.size !== result.due.length) throw new Error(`two of a kind due at ${now}`);
    for (const nudge of result.due) {
      if (log.some((entry) => entry.key === nudge.key)) throw new Error(`${nudge.key} twice`);
      log.push({ key: nudge.key, kind: nudge.kind, shownAt: now });
      shown.push({ ...nudge, shownAt: now });
    }
    const nextAt = result.nextAt?.getTime() ?? null;
    if (nextAt !== null && !(nextAt > now)) throw new Error(`a wake at ${nextAt} from ${now}`);
    const current: number = now;
    const nextEvent = events.find((instant) => instant > current) ?? null;
    const candidates = [nextAt, nextEvent].filter((one): one is number => one !== null);
    now = candidates.length > 0 ? Math.min(...candidates) : null;
  }
  return { shown, wakes };
}

/**
 * Shown nudges as 'HH:mm key' in a zone (or another date-fns pattern), with the instant in
 * a break key ('break:short:<ms>:0') and the end in a wrap-up or boundary key
 * ('boundary:2026-11-16:<ms>:0') written the same way, so a test reads like a diary.
 */
export function diary(shown: ShownNudge[], timeZone: string, pattern = 'HH:mm'): string[] {
  const local = (instant: number) => format(instant, pattern, { in: tz(timeZone) });
  return shown.map(
    (nudge) =>
      `${local(nudge.shownAt)} ${nudge.key.replace(/^(break:\w+:|(?:wrap-up|boundary):\d{4}-\d\d-\d\d:)(\d+)/, (_, prefix: string, ms: string) => `${prefix}${local(Number(ms))}`)}`,
  );
}
