import { workIntervals } from '../activity';
import { inAfterHours, workingShiftAt } from '../day-windows';
import { stateAt } from '../idle-state';
import { containing, instantReaching, unite, type Interval } from '../intervals';
import { clockInSince, clockIntervals, clockedInFor } from '../on-the-clock';
import { resets, restsUntil, type Rest } from '../rests';
import type { BreakKind, BreakNudge } from '../nudge';
import { keyPrefix, nudgeKey, readNudgeKey } from '../nudge-key';
import type { PlannerState } from '../planner-state';
import type { NudgeLogEntry } from '../types';
import { workedToday } from '../worked-today';
import type { RuleNudges } from './rule';
import { MINUTE_MS } from '../time-units';

interface Timer {
  kind: BreakKind;
  afterMs: number;
  minutes: number;
}

interface Context {
  state: PlannerState;
  at: number;
  /** Active time on the clock, up to now and on as long as the user stays. */
  work: Interval[];
  rests: Rest[];
  /** When the user came on the clock: each start of a stretch on it. */
  clockStarts: number[];
  busy: Interval[];
  /** Whether a break nudge may come at an instant, the clock staying as it is now. */
  allowedAt: (instant: number) => boolean;
}

/**
 * A long break due this soon after a short one comes in its place: two breaks twenty
 * minutes apart are one too many, and the longer rest is the one that helps.
 */
const ABSORB_MS = 30 * MINUTE_MS;

function timersOf(state: PlannerState): Timer[] {
  const breaks = state.settings.breaks;
  const timers: Timer[] = [];
  if (breaks.shortEnabled && breaks.shortAfterMinutes > 0) {
    timers.push({
      kind: 'short',
      afterMs: breaks.shortAfterMinutes * MINUTE_MS,
      minutes: breaks.shortMinutes,
    });
  }
  if (breaks.longEnabled && breaks.longAfterMinutes > 0) {
    timers.push({
      kind: 'long',
      afterMs: breaks.longAfterMinutes * MINUTE_MS,
      minutes: breaks.longMinutes,
    });
  }
  return timers;
}

// The streak of work a timer measures starts at the end of the last rest that resets it, or
// when the user last came on the clock (the workday's start, or a clock-in).
function streakStart(context: Context, kind: BreakKind): number | null {
  const breaks = context.state.settings.breaks;
  let start = -Infinity;
  for (const rest of context.rests) {
    if (rest.end <= context.at && resets(rest, breaks)[kind]) start = Math.max(start, rest.end);
  }
  for (const clockStart of context.clockStarts) start = Math.max(start, clockStart);
  return Number.isFinite(start) ? start : null;
}

function kindOf(entry: NudgeLogEntry): BreakKind | null {
  const id = readNudgeKey(entry.key);
  return id?.kind === 'break' ? id.breakKind : null;
}

/**
 * The moment a timer's break falls due: a stretch of work after the streak starts, or after
 * the last reminder (skipping one is just letting it go); or at the end of a snooze of it.
 * Null when the user is not working towards it now.
 */
function dueInstant(context: Context, timer: Timer, start: number): number | null {
  const { state } = context;
  const inStreak = state.nudgeLog.filter((entry) => kindOf(entry) && entry.shownAt >= start);
  // A long break shown also answers for the short one it came instead of.
  const reminders = inStreak.filter(
    (entry) => kindOf(entry) === timer.kind || kindOf(entry) === 'long',
  );
  const lastReminded = Math.max(-Infinity, ...reminders.map((entry) => entry.shownAt));
  const latest = inStreak.reduce<NudgeLogEntry | null>(
    (found, entry) => (found && found.shownAt >= entry.shownAt ? found : entry),
    null,
  );
  const snoozedUntil = state.snoozes.break ?? -Infinity;
  // A snooze belongs to the break nudge shown last before it.
  if (latest && kindOf(latest) === timer.kind && snoozedUntil > latest.shownAt) {
    return snoozedUntil;
  }
  return instantReaching(
    context.work,
    Number.isFinite(lastReminded) ? lastReminded : start,
    timer.afterMs,
  );
}

// A break that falls due in a check-in waits until it is over.
function pastBusy(busy: readonly Interval[], instant: number): number {
  return containing(busy, instant)?.end ?? instant;
}

function nudgeFor(context: Context, timer: Timer, start: number, dueAt: number): BreakNudge {
  const prefix = keyPrefix('break', timer.kind, start);
  const count = context.state.nudgeLog.filter((entry) => entry.key.startsWith(prefix)).length;
  return {
    key: nudgeKey({ kind: 'break', breakKind: timer.kind, streakStart: start, count }),
    kind: 'break',
    breakKind: timer.kind,
    breakMinutes: timer.minutes,
    dueAt,
  };
}

/** A timer's next break: due now, or expected if the user keeps working. */
interface Candidate {
  nudge: BreakNudge;
  due: boolean;
  /** When it comes: now for one due (maybe late, after a check-in), else its due time. */
  comes: number;
}

function timerCandidate(context: Context, timer: Timer): Candidate | null {
  const start = streakStart(context, timer.kind);
  if (start === null) return null;
  const dueAt = dueInstant(context, timer, start);
  if (dueAt === null) return null;
  const comes = pastBusy(context.busy, Math.max(dueAt, context.at));
  if (!context.allowedAt(comes)) return null;
  return comes > context.at
    ? { nudge: nudgeFor(context, timer, start, comes), due: false, comes }
    : { nudge: nudgeFor(context, timer, start, dueAt), due: true, comes };
}

// One break at a time: a long break due with or before a short one comes instead of it,
// and one due less than ABSORB_MS after it comes at the short one's time instead.
function choose(short: Candidate | null, long: Candidate | null): RuleNudges {
  let chosen: Candidate[];
  if (short && long && long.comes - short.comes < ABSORB_MS) {
    const absorbed = { ...short, nudge: { ...long.nudge, dueAt: short.nudge.dueAt } };
    chosen = [long.comes <= short.comes ? long : absorbed];
  } else if (long?.due) {
    // Then the short one, ABSORB_MS or more before it, is due too: the long one answers for it.
    chosen = [long];
  } else chosen = [short, long].filter((one): one is Candidate => one !== null);
  const due = chosen.filter((one) => one.due).slice(0, 1);
  return {
    due: due.map((one) => one.nudge),
    upcoming: chosen.filter((one) => !one.due).map((one) => one.nudge),
  };
}

function planTimers(context: Context, timers: Timer[]): RuleNudges {
  const of = (kind: BreakKind) => {
    const timer = timers.find((one) => one.kind === kind);
    return timer ? timerCandidate(context, timer) : null;
  };
  return choose(of('short'), of('long'));
}

function contextOf(state: PlannerState, now: Date): Context {
  const at = now.getTime();
  const options = { autoStart: state.settings.work.autoStart };
  const { workdays, from } = workedToday(state, now);
  const clock = clockIntervals(state.activity, workdays, at, options);
  const onClock = containing(clock, at) !== null;
  const clockedIn = clockInSince(state.activity, workdays, from, at) !== null;
  const zone = state.settings.schedule.timeZone;
  // In working hours, the shift's breaks (once clocked in, without auto-start). Outside
  // them only a clock-in of the user's own brings breaks (a day off, before the shift
  // starts), and never in a shift's after-hours window: after the scheduled end the
  // boundary reminders speak, and a clock-in left running must not bring a break nudge
  // every half hour all evening. A late shift moves the end, and the breaks with it.
  const allowedAt = (instant: number) => {
    if (!onClock) return false;
    const shift = workingShiftAt(workdays, instant);
    if (shift) {
      return options.autoStart || clockedInFor(state.activity, workdays, shift, zone, at);
    }
    return clockedIn && !inAfterHours(state.settings, state.exceptions, workdays, instant);
  };
  return {
    state,
    at,
    work: workIntervals(state.activity, workdays, at, options),
    rests: restsUntil(state.activity, at),
    clockStarts: clock.map((interval) => interval.start).filter((start) => start <= at),
    busy: unite(state.busy),
    allowedAt,
  };
}

// Time away ends with new activity, and a new plan then; only a break the user started,
// with an end planned and the user still at the computer, ends unannounced. Every timer is
// planned as things will stand when it ends: the short one starts again, and a long one
// falls due as it would have.
function afterBreak(state: PlannerState, timers: Timer[], rest: Rest): RuleNudges {
  if (!rest.session || !Number.isFinite(rest.end)) return { due: [], upcoming: [] };
  const ends = new Date(rest.end);
  const planned = planTimers(contextOf(state, ends), timers);
  return {
    due: [],
    upcoming: [...planned.due, ...planned.upcoming].map((nudge) => ({
      ...nudge,
      dueAt: Math.max(nudge.dueAt, rest.end),
    })),
  };
}

/**
 * Short and long breaks after stretches of active work on the clock, in working hours (or,
 * outside them, while clocked in, but not after the scheduled end): due while the user
 * works, never during a check-in, a break or time away. A rest of a break's length, a break
 * the user started or coming on the clock starts the stretch again. Upcoming: when the next
 * break falls due if the user stays active.
 */
export function breakNudges(state: PlannerState, now: Date): RuleNudges {
  const timers = timersOf(state);
  if (timers.length === 0) return { due: [], upcoming: [] };
  const context = contextOf(state, now);
  const resting = context.rests.find((rest) => rest.start <= context.at && context.at < rest.end);
  if (resting) return afterBreak(state, timers, resting);
  if (stateAt(state.activity, context.at) !== 'active') return { due: [], upcoming: [] };
  const result = planTimers(context, timers);
  const shownNow = result.due[0];
  if (!shownNow) return result;
  // The background shows what is due and sleeps until the next wake, so the next break is
  // the one after this nudge is shown.
  const shownEntry: NudgeLogEntry = { key: shownNow.key, kind: 'break', shownAt: context.at };
  const after: Context = {
    ...context,
    state: { ...state, nudgeLog: [...state.nudgeLog, shownEntry] },
  };
  return { due: result.due, upcoming: planTimers(after, timers).upcoming };
}
