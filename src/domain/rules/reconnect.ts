import { addMinutes } from 'date-fns';
import { stateAt } from '../idle-state';
import { addCalendarDays } from '../calendar-date';
import { effectiveWorkdayOn } from '../effective-workday';
import { cadenceDays } from '../network/cadence';
import { mayRankAmongFirst, overdue, type OverduePerson } from '../network/overdue';
import type { ReconnectNudge } from '../nudge';
import { nudgeKey, readNudgeKey } from '../nudge-key';
import type { PlannerState } from '../planner-state';
import type { Contact } from '../types';
import { zonedInstant } from '../wall-clock';
import { localDate } from '../workday';
import type { RuleNudges } from './rule';
import { DAY_MS } from '../time-units';

// When the user allows more than one a day, they come at least this far apart, not in a burst.
const SPACING_MINUTES = 60;
// Days off, a snooze or an odd daylight-saving day can push a first chance on; a week and a
// day reaches the next workday of any weekly schedule, and past that the window is empty.
const TRIES = 8;

interface Context {
  state: PlannerState;
  timeZone: string;
  /** Active people with a cadence: the only ones a reconnect nudge can be about. */
  candidates: { contact: Contact; cadence: number }[];
  /** The latest reconnect nudge shown about each person, UTC ms. */
  lastShown: Map<string, number>;
  /** Each date's window, worked out once: every person asks about the same few dates. */
  windows: Map<string, { start: number; end: number } | null>;
  /** Local dates of instants, worked out once: the next chance looks again at each person. */
  dates: Map<number, string>;
}

const MAX_INSTANT = 8.64e15;

// The person a reconnect nudge in the log was about, or null for any other nudge.
function contactIdOf(key: string): string | null {
  const id = readNudgeKey(key);
  return id?.kind === 'reconnect' ? id.contactId : null;
}

/**
 * When on a local date a reconnect nudge may come: the user's reconnect hours within that
 * day's shift. A reconnect is a workday thing, when the user can act on it and the people
 * they would write to are at work too, so a day off or an on-call day has none. A shift that
 * does not meet the reconnect hours at all (a night shift and 10:00–16:00) uses its own
 * hours: the user's day is then the only time they could write.
 */
function windowOn(context: Context, date: string): { start: number; end: number } | null {
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

function utcMidnight(date: string): number {
  return Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
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
function firstChance(
  context: Context,
  contact: Contact,
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
  let date = latest(
    from,
    datePast(context, since, cadence, from, fromMs),
    shownAt === undefined ? from : datePast(context, shownAt, gapDays, from, fromMs),
    Number.isFinite(snoozedUntil) ? datePast(context, snoozedUntil, 0, from, fromMs) : from,
  );
  for (let tries = 0; tries < TRIES; tries += 1) {
    const window = windowOn(context, date);
    const chance = window ? Math.max(window.start, snoozedUntil, notBefore) : Infinity;
    if (window && chance < window.end) return chance;
    date = addCalendarDays(date, 1);
  }
  return null;
}

function chances(
  context: Context,
  from: string,
  notBefore: number,
  skip: string | null,
): Map<string, number> {
  const found = new Map<string, number>();
  for (const { contact, cadence } of context.candidates) {
    if (contact.id === skip) continue;
    const chance = firstChance(context, contact, cadence, from, notBefore);
    if (chance !== null) found.set(contact.id, chance);
  }
  return found;
}

function reconnectNudge(context: Context, person: OverduePerson, dueAt: number): ReconnectNudge {
  const date = localDate(context.timeZone, dueAt);
  return {
    key: nudgeKey({ kind: 'reconnect', contactId: person.contact.id, date }),
    kind: 'reconnect',
    contactId: person.contact.id,
    daysSince: person.daysSince,
    dueAt,
  };
}

// Of everyone whose first chance is `at`, the one overdue() ranks first at that moment.
function mostOverdueAt(
  context: Context,
  found: Map<string, number>,
  at: number,
  fits: (chance: number) => boolean,
): ReconnectNudge | null {
  const { settings } = context.state;
  // Ranked among those who fit and may come first only: the same first one, without a
  // local date for everyone.
  const fitting = context.candidates.filter(({ contact }) =>
    fits(found.get(contact.id) ?? Infinity),
  );
  const today = utcMidnight(localDate(context.timeZone, at)) / DAY_MS;
  const contenders = mayRankAmongFirst(fitting, today, 1);
  const person = overdue(contenders, settings.network, context.timeZone, new Date(at))[0];
  return person ? reconnectNudge(context, person, found.get(person.contact.id) ?? at) : null;
}

/**
 * A prompt to get back in touch with the person most overdue relative to their cadence: one
 * per wake, only while the user is active, inside the reconnect hours of a workday (see
 * `windowOn`), up to the daily cap, never about a snoozed person and not again about the same person until
 * `reconnectGapDays` local dates later. Upcoming: the next moment anyone may come.
 */
export function reconnectNudges(state: PlannerState, now: Date): RuleNudges {
  const { network, schedule } = state.settings;
  const candidates = state.contacts.flatMap((contact) => {
    const cadence = cadenceDays(contact, network);
    return contact.archived || cadence === null ? [] : [{ contact, cadence }];
  });
  if (!(network.reconnectMaxPerDay >= 1) || candidates.length === 0) {
    return { due: [], upcoming: [] };
  }
  const at = now.getTime();
  const timeZone = schedule.timeZone;
  const today = localDate(timeZone, at);
  const shown = state.nudgeLog.filter(
    (entry) => entry.kind === 'reconnect' && Number.isFinite(entry.shownAt),
  );
  const lastShown = new Map<string, number>();
  for (const entry of shown) {
    const id = contactIdOf(entry.key);
    if (id !== null) lastShown.set(id, Math.max(entry.shownAt, lastShown.get(id) ?? -Infinity));
  }
  const context: Context = {
    state,
    timeZone,
    candidates,
    lastShown,
    windows: new Map(),
    dates: new Map(),
  };
  const shownToday = shown.filter((entry) => localDate(timeZone, entry.shownAt) === today);
  const lastToday = Math.max(-Infinity, ...shownToday.map((entry) => entry.shownAt));
  const spaced = (instant: number) =>
    Number.isFinite(instant) ? addMinutes(instant, SPACING_MINUTES).getTime() : -Infinity;
  const todayWindow = windowOn(context, today);
  const openToday = (count: number) =>
    todayWindow !== null && at < todayWindow.end && count < network.reconnectMaxPerDay;

  // Nudged while away, a prompt would only wait unseen and use up the day's cap.
  const active = stateAt(state.activity, at) === 'active';
  const dueNow =
    openToday(shownToday.length) && active
      ? mostOverdueAt(
          context,
          chances(context, today, spaced(lastToday), null),
          at,
          (chance) => chance <= at,
        )
      : null;

  const count = shownToday.length + (dueNow ? 1 : 0);
  const later = openToday(count);
  const found = chances(
    context,
    later ? today : addCalendarDays(today, 1),
    later ? spaced(dueNow ? at : lastToday) : -Infinity,
    dueNow?.contactId ?? null,
  );
  const next = Math.min(...[...found.values()].filter((chance) => chance > at));
  const upcoming = Number.isFinite(next)
    ? mostOverdueAt(context, found, next, (chance) => chance === next)
    : null;
  return { due: dueNow ? [dueNow] : [], upcoming: upcoming ? [upcoming] : [] };
}
