import { stateAt, workIntervals } from '../activity';
import { containing, instantReaching, unite, type Interval } from '../intervals';
import { clockInSince, clockIntervals, clockedInFor } from '../on-the-clock';
import { resets, restsUntil, type Rest } from '../rests';
import type { Nudge, NudgeLogEntry, PlannerState } from '../types';
import { workedToday } from '../worked-today';
import type { RuleNudges } from './end-of-day';

type BreakKind = 'short' | 'long';

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

const PREFIX = 'break:';
const MINUTE_MS = 60 * 1000;

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
  if (!entry.key.startsWith(PREFIX)) return null;
  return entry.key.startsWith(`${PREFIX}long:`) ? 'long' : 'short';
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

function nudgeFor(context: Context, timer: Timer, start: number, dueAt: number): Nudge {
  const prefix = `${PREFIX}${timer.kind}:${start}:`;
  const shown = context.state.nudgeLog.filter((entry) => entry.key.startsWith(prefix)).length;
  return {
    key: `${prefix}${shown}`,
    kind: 'break',
    breakKind: timer.kind,
    breakMinutes: timer.minutes,
    dueAt,
  };
}

function timerNudges(context: Context, timer: Timer): RuleNudges {
  const none: RuleNudges = { due: [], upcoming: [] };
  const start = streakStart(context, timer.kind);
  if (start === null) return none;
  const dueAt = dueInstant(context, timer, start);
  if (dueAt === null) return none;
  const comes = pastBusy(context.busy, Math.max(dueAt, context.at));
  if (!context.allowedAt(comes)) return none;
  const nudge = nudgeFor(context, timer, start, comes > context.at ? comes : dueAt);
  return comes > context.at ? { due: [], upcoming: [nudge] } : { due: [nudge], upcoming: [] };
}

// While the user works, a long break due supersedes a short one due at the same time.
function supersede(results: { timer: Timer; result: RuleNudges }[]): RuleNudges {
  const of = (kind: BreakKind, part: 'due' | 'upcoming') =>
    results.find((entry) => entry.timer.kind === kind)?.result[part][0];
  const longDue = of('long', 'due');
  const longNext = of('long', 'upcoming');
  const shortDue = of('short', 'due');
  const shortNext = of('short', 'upcoming');
  return {
    due: longDue ? [longDue] : shortDue ? [shortDue] : [],
    upcoming: [
      ...(shortNext && !(longNext && longNext.dueAt <= shortNext.dueAt) ? [shortNext] : []),
      ...(longNext ? [longNext] : []),
    ],
  };
}

function contextOf(state: PlannerState, now: Date): Context {
  const at = now.getTime();
  const options = { autoStart: state.settings.work.autoStart };
  const { workdays, from } = workedToday(state, now);
  const clock = clockIntervals(state.activity, workdays, at, options);
  const onClock = containing(clock, at) !== null;
  // Outside the workday only a clock-in of the user's own brings breaks.
  const clockedIn = clockInSince(state.activity, workdays, from, at) !== null;
  const zone = state.settings.schedule.timeZone;
  const allowedAt = (instant: number) =>
    onClock &&
    (clockedIn ||
      workdays.some(
        (workday) =>
          workday.startsAt <= instant &&
          instant < workday.endsAt &&
          (options.autoStart || clockedInFor(state.activity, workdays, workday, zone, at)),
      ));
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
// with an end planned and the user still at the computer, ends unannounced.
function afterBreak(context: Context, timers: Timer[], rest: Rest): RuleNudges {
  const first = timers[0];
  if (!first || !rest.session || !Number.isFinite(rest.end)) return { due: [], upcoming: [] };
  const comes = pastBusy(context.busy, rest.end + first.afterMs);
  if (!context.allowedAt(comes)) return { due: [], upcoming: [] };
  return { due: [], upcoming: [nudgeFor(context, first, rest.end, comes)] };
}

/**
 * Short and long breaks after stretches of active work on the clock, inside the workday (or
 * outside it while clocked in): due while the user works, never during a check-in, a break or
 * time away. A rest of a break's length, a break the user started or coming on the clock
 * starts the stretch again. Upcoming: when the next break falls due if the user stays active.
 */
export function breakNudges(state: PlannerState, now: Date): RuleNudges {
  const timers = timersOf(state);
  if (timers.length === 0) return { due: [], upcoming: [] };
  const context = contextOf(state, now);
  const resting = context.rests.find((rest) => rest.start <= context.at && context.at < rest.end);
  if (resting) return afterBreak(context, timers, resting);
  if (stateAt(state.activity, context.at) !== 'active') return { due: [], upcoming: [] };
  const result = supersede(timers.map((timer) => ({ timer, result: timerNudges(context, timer) })));
  const shownNow = result.due[0];
  if (!shownNow) return result;
  // The background shows what is due and sleeps until the next wake, so the next break is
  // the one after this nudge is shown.
  const shownEntry: NudgeLogEntry = { key: shownNow.key, kind: 'break', shownAt: context.at };
  const after: Context = {
    ...context,
    state: { ...state, nudgeLog: [...state.nudgeLog, shownEntry] },
  };
  const next = supersede(timers.map((timer) => ({ timer, result: timerNudges(after, timer) })));
  return { due: result.due, upcoming: next.upcoming };
}
