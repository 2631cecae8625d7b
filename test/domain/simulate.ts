import { tz } from '@date-fns/tz';
import { addMinutes, format, subDays } from 'date-fns';
import { busyIntervals } from '../../src/domain/busy';
import { clockCarriedFrom } from '../../src/db/activity';
import { addCalendarDays } from '../../src/domain/calendar-date';
import { CLOCK_STATES, IDLE_STATES, isIdleState, stateAt } from '../../src/domain/idle-state';
import { plan } from '../../src/domain/plan';
import {
  expectedMarks,
  STILL_HERE_MINUTES,
  unseenSince,
  type Presence,
} from '../../src/domain/presence';
import { weekStartOf } from '../../src/domain/rules/reflection';
import type { Nudge } from '../../src/domain/nudge';
import type { PlannerState, ScheduleChange } from '../../src/domain/planner-state';
import type {
  ActivityTransition,
  CheckIn,
  Contact,
  DayException,
  NudgeLogEntry,
  Settings,
} from '../../src/domain/types';
import { localDate } from '../../src/domain/workday';

/** A stretch of days to play the background through, as the user lives it. */
export interface Scenario {
  settings: Settings;
  /**
   * What the user does, oldest first: at the computer or away from it (as the browser would
   * report it, if it were running), clock in and out, breaks started ('break-end' is their
   * planned end, written with the start).
   */
  activity: ActivityTransition[];
  from: number;
  until: number;
  /**
   * When the browser sees nothing: the computer asleep without locking, or (`quit`) the
   * browser closed, which starts again with an event of its own.
   */
  offline?: { start: number; end: number; quit?: boolean }[];
  /** The user changes settings at these moments (a rota edit, say), in order. */
  settingsChanges?: { at: number; settings: Settings }[];
  /** The zone the computer's clock is in from each moment on (travel); the schedule's before. */
  userZones?: { at: number; zone: string }[];
  /** How the user answers a time-zone question, at once when it is shown; unanswered if absent. */
  zoneAnswer?: 'move' | 'keep';
  /** Check-ins the user has (their reminders, and the time they are busy). */
  checkIns?: CheckIn[];
  /** Time the user is in check-ins besides those. */
  busy?: { start: number; end: number }[];
  exceptions?: DayException[];
  contacts?: Contact[];
  connectionTimes?: number[];
  pausedUntil?: number | null;
  snoozes?: PlannerState['snoozes'];
  /** Weeks with a reflection saved or skipped. */
  reflectedWeekStarts?: string[];
}

/** A nudge as the user saw it: notified, or only listed in the popup. */
export type ShownNudge = Nudge & { shownAt: number; listed: boolean };

/** One time the background ran its plan. */
export interface Wake {
  at: number;
  /** The planner's own alarm, or an event (the browser's report, a click, a start). */
  cause: 'alarm' | 'event';
  notified: number;
  listed: number;
  /** The user was at the computer with the browser running. */
  present: boolean;
}

export interface Simulation {
  shown: ShownNudge[];
  wakes: Wake[];
  /** What the database holds at the end: the activity as the background recorded it. */
  recorded: ActivityTransition[];
  /** The settings at the end (a rota edit or a move of the hours changes them). */
  settings: Settings;
  /** Every change of the schedule, when it was made, oldest first. */
  scheduleChanges: { at: number; settings: Settings }[];
  /** Activity as a background that saw everything would have recorded it: the truth. */
  truth: ActivityTransition[];
}

// The background loads 8 days of activity (the weekly limit needs the whole week).
const ACTIVITY_DAYS = 8;
const MAX_WAKES = 100_000;

/** The background's storage, as the simulated browser keeps it. */
interface Background {
  settings: Settings;
  scheduleChange: ScheduleChange | null;
  recorded: ActivityTransition[];
  log: NudgeLogEntry[];
  presence: Presence | null;
  /** The planner's one alarm. */
  alarm: number | null;
  /** The still-here alarm: its next firing. */
  mark: number | null;
}

function offlineAt(scenario: Scenario, at: number): boolean {
  return (scenario.offline ?? []).some(({ start, end }) => start <= at && at < end);
}

function userZoneAt(scenario: Scenario, at: number, schedule: string): string {
  const moves = (scenario.userZones ?? []).filter((move) => move.at <= at);
  return moves[moves.length - 1]?.zone ?? schedule;
}

// As the database's activitySince: the window, the idle state before it, and the clock
// state before it that can still count.
function window(recorded: ActivityTransition[], now: number): ActivityTransition[] {
  const since = subDays(now, ACTIVITY_DAYS).getTime();
  const before = recorded.filter((transition) => transition.at < since);
  const lastOf = (states: readonly string[], from = -Infinity) =>
    before.findLast((one) => states.includes(one.state) && one.at >= from);
  return [
    ...[lastOf(IDLE_STATES), lastOf(CLOCK_STATES, clockCarriedFrom(since))]
      .filter((one): one is ActivityTransition => one !== undefined)
      .sort((a, b) => a.at - b.at),
    ...recorded.filter((transition) => transition.at >= since),
  ];
}

function loadState(scenario: Scenario, bg: Background, now: number): PlannerState {
  const zone = bg.settings.schedule.timeZone;
  const today = localDate(zone, now);
  const dates = [-1, 0, 1].map((days) => addCalendarDays(today, days));
  const logSince = Math.min(
    subDays(now, 3).getTime(),
    subDays(now, bg.settings.network.reconnectGapDays).getTime(),
  );
  const checkIns = scenario.checkIns ?? [];
  return {
    settings: bg.settings,
    activity: window(bg.recorded, now),
    nudgeLog: bg.log.filter((entry) => entry.shownAt >= logSince || entry.kind === 'time-zone'),
    contacts: scenario.contacts ?? [],
    exceptions: (scenario.exceptions ?? []).filter((one) => dates.includes(one.date)),
    pausedUntil: scenario.pausedUntil ?? null,
    snoozes: scenario.snoozes ?? {},
    busy: [...busyIntervals(checkIns, new Date(now)), ...(scenario.busy ?? [])],
    checkIns,
    lastGatheringAt: null,
    connectionTimes: (scenario.connectionTimes ?? []).filter((instant) => instant <= now),
    reflectedWeekStarts: (scenario.reflectedWeekStarts ?? []).filter(
      (week) => week >= weekStartOf(zone, now),
    ),
    userTimeZone: userZoneAt(scenario, now, zone),
    scheduleChange: bg.scheduleChange,
  };
}

// recordTransition: an idle state equal to the last one recorded is dropped; a state given
// an earlier moment (a gap from the last mark) is stored no earlier than the last record.
function record(bg: Background, transition: ActivityTransition, backdateTo?: number): void {
  if (isIdleState(transition.state)) {
    const known = bg.recorded.filter((one) => one.at <= transition.at);
    const last = known.findLast((one) => isIdleState(one.state));
    if (last?.state === transition.state) return;
    const latest = known[known.length - 1]?.at ?? -Infinity;
    const at = backdateTo === undefined ? transition.at : Math.max(backdateTo, latest);
    bg.recorded.push({ at, state: transition.state });
  } else bg.recorded.push({ ...transition });
  bg.recorded.sort((a, b) => a.at - b.at);
}

/**
 * Plays the background over a scenario, as `src/background` runs it: it wakes at every
 * change the browser reports and every action of the user's (while the browser runs), when
 * the browser starts again after a quit or a sleep, and at the planner's alarm; in each wake
 * it records a gap found from the still-here marks, asks the browser for the user's state,
 * plans, delivers what is due and keeps the marks going. A break's planned end is no event:
 * the planner has to wake for it itself. Throws when the planner breaks its contract (a wake
 * not after now, a key shown twice).
 */
export function simulate(scenario: Scenario): Simulation {
  const bg: Background = {
    settings: scenario.settings,
    scheduleChange: null,
    recorded: [],
    log: [],
    presence: null,
    alarm: null,
    mark: null,
  };
  const shown: ShownNudge[] = [];
  const wakes: Wake[] = [];
  const scheduleChanges = [{ at: -Infinity, settings: scenario.settings }];
  const userSays = scenario.activity.filter((transition) => transition.state !== 'break-end');
  const truthAt = (at: number) => stateAt(scenario.activity, at);
  const plannedEnd = (start: ActivityTransition) =>
    scenario.activity.find((one) => one.state === 'break-end' && one.at > start.at);
  const changes = [...(scenario.settingsChanges ?? [])];
  const online = (at: number) => !offlineAt(scenario, at);

  function changeSettings(settings: Settings, at: number): void {
    if (JSON.stringify(settings.schedule) !== JSON.stringify(bg.settings.schedule)) {
      bg.scheduleChange = { at, before: bg.settings.schedule };
      scheduleChanges.push({ at, settings });
    }
    bg.settings = settings;
  }

  function runWake(now: number, cause: Wake['cause']): void {
    if (wakes.length >= MAX_WAKES) throw new Error('the planner keeps waking: polling?');
    // recordGapIn, then the state the browser reports (wake.ts userAndState).
    const since = unseenSince(bg.presence, now);
    if (since !== null) {
      record(bg, { at: now, state: 'idle' }, since);
      bg.presence = { seenAt: now, marks: null };
    }
    const truth = truthAt(now);
    if (truth !== 'unknown') record(bg, { at: now, state: truth });
    const state = loadState(scenario, bg, now);
    const result = plan(state, new Date(now));
    const nextAt = result.nextAt?.getTime() ?? null;
    if (nextAt !== null && !(nextAt > now)) throw new Error(`a wake at ${nextAt} from ${now}`);
    bg.alarm = nextAt;
    // keepMarking
    const marks = expectedMarks(state, new Date(now));
    const here = stateAt(state.activity, now) === 'active';
    bg.presence = { seenAt: here ? now : (bg.presence?.seenAt ?? now), marks };
    if (!marks || marks.from > now) bg.mark = null;
    else bg.mark ??= addMinutes(now, STILL_HERE_MINUTES).getTime();
    const delivered = [
      ...result.due.map((nudge) => ({ nudge, listed: false })),
      ...result.listed.map((nudge) => ({ nudge, listed: true })),
    ];
    for (const { nudge, listed } of delivered) {
      if (bg.log.some((entry) => entry.key === nudge.key)) throw new Error(`${nudge.key} twice`);
      bg.log.push({ key: nudge.key, kind: nudge.kind, shownAt: now });
      shown.push({ ...nudge, shownAt: now, listed });
    }
    wakes.push({
      at: now,
      cause,
      notified: result.due.length,
      listed: result.listed.length,
      present: online(now) && truth === 'active',
    });
    // The user answers the time-zone question at once, as the scenario says.
    const question = delivered.find(({ nudge }) => nudge.kind === 'time-zone')?.nudge;
    if (question?.kind === 'time-zone' && scenario.zoneAnswer === 'move') {
      const { schedule, user } = question.zones;
      if (bg.settings.schedule.timeZone === schedule) {
        changeSettings(
          { ...bg.settings, schedule: { ...bg.settings.schedule, timeZone: user } },
          now,
        );
      }
      runWake(now + 1000, 'event');
    }
  }

  // What the background hears at `now`, and whether it wakes for it.
  function hear(now: number, resumed: boolean): void {
    const said = userSays.filter((transition) => transition.at === now);
    for (const transition of said.filter((one) => !isIdleState(one.state))) {
      record(bg, transition);
      const end = transition.state === 'break-start' ? plannedEnd(transition) : undefined;
      if (end) record(bg, end);
    }
    const lastIdle = bg.recorded.findLast((one) => isIdleState(one.state))?.state;
    const truth = truthAt(now);
    // onStateChanged fires for a change only; Chrome fires an alarm missed in a sleep when
    // the computer wakes, and the browser's start is an event of its own.
    const missed = [bg.alarm, bg.mark].some((at) => at !== null && at < now);
    const quit = (scenario.offline ?? []).some((one) => one.end === now && one.quit);
    const changed =
      said.some((one) => !isIdleState(one.state)) || (truth !== 'unknown' && truth !== lastIdle);
    // The still-here alarm is periodic: it fires on, whatever else wakes the worker.
    const markDue = bg.mark !== null && bg.mark <= now;
    if (markDue) bg.mark = addMinutes(now, STILL_HERE_MINUTES).getTime();
    if (changed || (resumed && (missed || quit))) return runWake(now, 'event');
    if (bg.alarm !== null && bg.alarm <= now) return runWake(now, 'alarm');
    if (!markDue) return;
    // stillHere: a mark, or a gap that needs a full wake.
    if (unseenSince(bg.presence, now) !== null) return runWake(now, 'event');
    const marks = bg.presence?.marks ?? null;
    if (bg.presence && marks && now < marks.until) bg.presence = { ...bg.presence, seenAt: now };
    else bg.mark = null;
  }

  // Tend starts (installed, or the browser opened) at the scenario's first moment.
  runWake(scenario.from, 'event');
  let wasOnline = online(scenario.from);
  let now = nextMoment(scenario, bg, changes, scenario.from, userSays);
  while (now <= scenario.until) {
    const isOnline = online(now);
    const change = changes[0];
    if (change && change.at <= now) {
      changes.shift();
      changeSettings(change.settings, change.at);
      if (isOnline) runWake(now, 'event');
    }
    if (isOnline) hear(now, !wasOnline);
    wasOnline = isOnline;
    now = nextMoment(scenario, bg, changes, now, userSays);
  }
  return {
    shown,
    wakes,
    recorded: bg.recorded,
    settings: bg.settings,
    scheduleChanges: scheduleChanges.slice(1),
    truth: truthRecord(scenario),
  };
}

// The next moment anything happens: the user, the browser coming back, an alarm, a mark.
function nextMoment(
  scenario: Scenario,
  bg: Background,
  changes: { at: number }[],
  now: number,
  userSays: ActivityTransition[],
): number {
  const candidates = [
    userSays.find((transition) => transition.at > now)?.at,
    ...(scenario.offline ?? []).flatMap(({ start, end }) => [start, end]).filter((at) => at > now),
    bg.alarm ?? undefined,
    bg.mark ?? undefined,
    changes[0]?.at,
  ].filter((at): at is number => at !== undefined && at > now);
  // An alarm or a mark missed while the browser was off fires when it comes back.
  const late = [bg.alarm, bg.mark].some((at) => at !== null && at <= now);
  if (late)
    candidates.push(...(scenario.offline ?? []).map(({ end }) => end).filter((at) => at > now));
  return candidates.length > 0 ? Math.min(...candidates) : Infinity;
}

/**
 * The activity a background that saw everything would have recorded: the user's own, with
 * every quit or sleep as time away (from its start to where the browser runs again).
 */
function truthRecord(scenario: Scenario): ActivityTransition[] {
  const said = [...scenario.activity];
  for (const { start, end } of scenario.offline ?? []) {
    for (let index = said.length - 1; index >= 0; index -= 1) {
      const one = said[index] as ActivityTransition;
      if (one.at >= start && one.at < end && isIdleState(one.state)) said.splice(index, 1);
    }
    said.push({ at: start, state: 'idle' });
    const back = stateAt(scenario.activity, end);
    if (back !== 'unknown') said.push({ at: end, state: back });
  }
  return said.sort((a, b) => a.at - b.at);
}

/**
 * Shown nudges as 'HH:mm key' in a zone (or another date-fns pattern), with the instant in
 * a break key ('break:short:<ms>:0') and the end in a wrap-up or boundary key
 * ('boundary:2026-11-16:<ms>:0') written the same way, so a test reads like a diary. A nudge
 * only listed in the popup is marked '(listed)'.
 */
export function diary(shown: ShownNudge[], timeZone: string, pattern = 'HH:mm'): string[] {
  const local = (instant: number) => format(instant, pattern, { in: tz(timeZone) });
  return shown.map(
    (nudge) =>
      `${local(nudge.shownAt)} ${nudge.key.replace(/^(break:\w+:|(?:wrap-up|boundary):\d{4}-\d\d-\d\d:)(\d+)/, (_, prefix: string, ms: string) => `${prefix}${local(Number(ms))}`)}${nudge.listed ? ' (listed)' : ''}`,
  );
}
