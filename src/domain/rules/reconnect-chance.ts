import { addCalendarDays, utcMidnight } from '../calendar-date';
import { effectiveWorkdayOn } from '../effective-workday';
import type { PlannerPerson, PlannerState } from '../planner-state';
import { DAY_MS } from '../time-units';
import { zonedInstant } from '../wall-clock';
import { localDate } from '../workday';

// A person's first chance at a reconnect nudge (reconnect.ts picks whom among them).

// Days off, a snooze or an odd daylight-saving day can push a first chance on; a week and a
// day reaches the next workday of any weekly schedule, and past that the window is empty.
const TRIES = 8;

export interface Context {
  state: PlannerState;
  timeZone: string;
  /** The latest reconnect nudge shown about each person, UTC ms. */
  lastShown: Map<string, number>;
  /** Each date's window, worked out once: every person asks about the same few dates. */
  windows: Map<string, { start: number; end: number } | null>;
  /** Local dates of instants, worked out once: the next chance looks again at each person. */
  dates: Map<number, string>;
}

const MAX_INSTANT = 8.64e15;

/**
 * When on a local date a reconnect nudge may come: the user's reconnect hours within that
 * day's shift. A reconnect is a workday thing, when the user can act on it and the people
 * they would write to are at work too, so a day off or an on-call day has none. A shift that
 * does not meet the reconnect hours at all (a night shift and 10:00–16:00) uses its own
 * hours: the user's day is then the only time they could write.
 */
export function windowOn(context: Context, date: string): { start: number; end: number } | null {
  const known = context.windows.get(date);
  if (known !== undefined) return known;
  const { settings, exceptions } = context.state;
  const shift = effectiveWorkdayOn(settings, exceptions, date);
  let window: { start: number; end: number } | null = null;
  if (shift && !shift.onCall) {
    const { reconnectFrom, reconnectUntil } = settings.network;
    const from = zonedInstant(context.timeZone, date, reconnectFrom);
    const until = zonedInstant(context.timeZone, date, reconnectUntil);
    // Hours that end before they start (or times that do not parse) have no time in them.
    if (until > from) {
      const start = Math.max(from, shift.startsAt);
      const end = Math.min(until, shift.endsAt);
      window = end > start ? { start, end } : { start: shift.startsAt, end: shift.endsAt };
    }
  }
  context.windows.set(date, window);
  return window;
}

function latest(...dates: string[]): string {
  // 'yyyy-MM-dd' strings sort as the dates do.
  return dates.reduce((a, b) => (b > a ? b : a));
}

/**
 * The local date `days` after that of `instant`, or just `from` when it is not later: then it
 * cannot be the latest. No zone is a day or more ahead of UTC, so an instant's local date is never
 * past the UTC date a day later; for most people, long due, that settles it without the
 * time-zone lookup that is most of this rule's work.
 */
function datePast(
  context: Context,
  instant: number,
  days: number,
  from: string,
  fromMs: number,
): string {
  const bound = Math.floor((instant + DAY_MS) / DAY_MS) * DAY_MS + days * DAY_MS;
  // An instant no Date can hold has no local date at all; localDate says so as before.
  if (bound <= fromMs && Math.abs(instant) <= MAX_INSTANT) return from;
  let date = context.dates.get(instant);
  if (date === undefined) {
    date = localDate(context.timeZone, instant);
    context.dates.set(instant, date);
  }
  return addCalendarDays(date, days);
}

/**
 * The first instant, from local date `from` and not before `notBefore`, at which a nudge
 * about someone may come: inside the daily window, on or after the day they fall due, once
 * the gap since the last nudge about them has passed (never twice on one date), and after
 * any snooze. Null when that never happens.
 */
export function firstChance(
  context: Context,
  contact: PlannerPerson,
  cadence: number,
  from: string,
  notBefore: number,
): number | null {
  const { state } = context;
  const since = contact.lastContactAt ?? contact.createdAt;
  const snoozedUntil = contact.snoozedUntil ?? -Infinity;
  if (!Number.isFinite(since) || Number.isNaN(snoozedUntil)) return null;
  const shownAt = context.lastShown.get(contact.id);
  const gapDays = Math.max(1, state.settings.network.reconnectGapDays);
  const fromMs = utcMidnight(from);
  const date = latest(
    from,
    datePast(context, since, cadence, from, fromMs),
    shownAt === undefined ? from : datePast(context, shownAt, gapDays, from, fromMs),
    Number.isFinite(snoozedUntil) ? datePast(context, snoozedUntil, 0, from, fromMs) : from,
  );
  return chanceFrom(context, date, snoozedUntil, notBefore);
}

/**
 * The first instant, from local date `date` on, inside a daily window and not before
 * `notBefore` or the end of a snooze. For someone long due, with no nudge about them in the
 * gap and no snooze that still counts, it is that of `date` itself: the same for all of them.
 */
export function chanceFrom(
  context: Context,
  from: string,
  snoozedUntil: number,
  notBefore: number,
): number | null {
  let date = from;
  for (let tries = 0; tries < TRIES; tries += 1) {
    const window = windowOn(context, date);
    const chance = window ? Math.max(window.start, snoozedUntil, notBefore) : Infinity;
    if (window && chance < window.end) return chance;
    date = addCalendarDays(date, 1);
  }
  return null;
}
