import { tzOffset } from '@date-fns/tz/tzOffset';
import { addCalendarDays, dateOf } from '../calendar-date';
import { deepFreeze } from '../deep-freeze';
import type { Occurrence } from './occurrence';
import type { CheckIn, ClockTime } from '../types';
import { zonedInstant } from '../wall-clock';
import { localDate, localMidnight } from '../workday';
import { isKnownZone } from '../zone-offset';
import { isLocalDate } from './local-calendar';
import { isScheduled, scheduledDates } from './scheduled-dates';
import { DAY_MS, MINUTE_MS } from '../time-units';

/** How far ahead the next occurrences are looked for, in local days. */
export const LOOK_AHEAD_DAYS = 400;

function instantOf(at: number | Date): number {
  return typeof at === 'number' ? at : at.getTime();
}

// Whether the browser knows a zone does not change while Tend runs; asked once per zone.
const knownZones = new Map<string, boolean>();

// A zone the browser does not know has no offsets; its check-in has no occurrences rather
// than occurrences at made-up times. An offset ('+05:30') that this browser's Intl does not
// take (another's did, and sync brought the check-in) still has one, from tzOffset.
export function knowsZone(timeZone: string, at: number): boolean {
  if (!Number.isFinite(at)) return false;
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    known = isKnownZone(timeZone) || Number.isFinite(tzOffset(timeZone, new Date(at)));
    knownZones.set(timeZone, known);
  }
  return known;
}

// The UTC date of an instant, shifted by whole days. No zone is a day or more off UTC, so
// the UTC date a day before an instant is never after its local date, and the one a day
// after never before it: bounds that cost no time-zone lookup. A wider range of dates
// than needed only yields occurrences that the caller's own filter drops.
function utcDateNear(at: number, days: number): string {
  const utc = at + days * DAY_MS;
  // An instant that is not one has no date; localDate threw on it too.
  if (Number.isNaN(new Date(utc).getTime())) throw new RangeError('Invalid time value');
  return dateOf(utc);
}

function lengthMs(checkIn: CheckIn): number {
  return Number.isFinite(checkIn.durationMinutes) ? checkIn.durationMinutes * MINUTE_MS : 0;
}

const lastEnds = new WeakMap<CheckIn, number>();

/**
 * The latest any occurrence of a check-in can end: a day after its last date's start (its
 * `until`, or its one date; a day for any zone whose offset changed in between) or a move to
 * later; Infinity while it repeats without end or its last date does not read.
 */
function lastEnd(checkIn: CheckIn): number {
  const known = lastEnds.get(checkIn);
  if (known !== undefined) return known;
  const { recurrence } = checkIn;
  const until = recurrence.kind === 'none' ? checkIn.startDate : recurrence.until;
  let last = Infinity;
  // The same start the walk reads for that date, whatever the time or the zone says.
  if (typeof until === 'string' && isLocalDate(until)) {
    last = startOn(checkIn.timeZone, until, checkIn.startTime) + DAY_MS;
  }
  for (const start of Object.values(checkIn.moved)) if (start > last) last = start;
  const end = last + lengthMs(checkIn);
  const bound = Number.isNaN(end) ? Infinity : end;
  // Only a frozen check-in cannot change after (frozenCheckIns).
  if (frozenKeys.has(checkIn)) lastEnds.set(checkIn, bound);
  return bound;
}

/**
 * Whether every occurrence of `checkIn` has ended by `at` (`lastEnd`). A wake asks about every
 * stored check-in, and walking years of one-off meetings long over found nothing but took a
 * plan's time and crowded the live check-ins' walks out of those kept below. One whose only
 * date is years ahead is not over, though the walk finds no next occurrence for it.
 */
export function isOver(checkIn: CheckIn, at: number): boolean {
  return lastEnd(checkIn) <= at;
}

/** Where the user moved the occurrence of a local date to, or null when it was not moved. */
function movedTo(checkIn: CheckIn, date: string): number | null {
  const start = Object.hasOwn(checkIn.moved, date) ? checkIn.moved[date] : undefined;
  return start !== undefined && Number.isFinite(start) ? start : null;
}

// The start of a check-in on a local date, kept: a wake asks for the same few dates of
// each check-in several times (for the busy times, the nudges, the next one), and each
// answer costs time-zone lookups. Bounded, as the popup and the .ics export ask for more.
const starts = new Map<string, number>();
const STARTS_KEPT = 4096;

function startOn(timeZone: string, date: string, time: ClockTime): number {
  const key = `${timeZone} ${date} ${time}`;
  let start = starts.get(key);
  if (start === undefined) {
    start = zonedInstant(timeZone, date, time);
    if (starts.size >= STARTS_KEPT) starts.clear();
    starts.set(key, start);
  }
  return start;
}

/** The occurrences at their usual time, by local date, from `from` to `to` (inclusive). */
function* usual(checkIn: CheckIn, from: string, to: string): Generator<Occurrence> {
  const skipped = new Set(checkIn.skipped);
  for (const date of scheduledDates(checkIn, from, to)) {
    if (skipped.has(date) || movedTo(checkIn, date) !== null) continue;
    // Each local date gets the local start time, so the time holds across daylight saving.
    const start = startOn(checkIn.timeZone, date, checkIn.startTime);
    if (!Number.isFinite(start)) return;
    yield { checkInId: checkIn.id, date, start, end: start + lengthMs(checkIn), moved: false };
  }
}

/**
 * The moved occurrences, in no particular order: those whose original date the repetition
 * names and is not skipped (a skip wins over a move; a move of a date it does not name is
 * left over from an earlier repetition and means nothing).
 */
export function movedOccurrences(checkIn: CheckIn): Occurrence[] {
  if (checkIn.paused) return [];
  const skipped = new Set(checkIn.skipped);
  return Object.keys(checkIn.moved).flatMap((date) => {
    const start = movedTo(checkIn, date);
    if (start === null || skipped.has(date) || !isScheduled(checkIn, date)) return [];
    return [{ checkInId: checkIn.id, date, start, end: start + lengthMs(checkIn), moved: true }];
  });
}

function byStart(a: Occurrence, b: Occurrence): number {
  return a.start - b.start || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
}

/**
 * Every occurrence of a check-in whose [start, end) overlaps [from, to), sorted by start;
 * none while it is paused.
 */
export function occurrences(
  checkIn: CheckIn,
  from: number | Date,
  to: number | Date,
): Occurrence[] {
  const [start, end] = [instantOf(from), instantOf(to)];
  if (checkIn.paused || !(start < end) || !knowsZone(checkIn.timeZone, start)) return [];
  if (isOver(checkIn, start)) return [];
  // A day of margin each side: an occurrence that began the evening before still overlaps,
  // and a time pushed over midnight by a daylight-saving gap still belongs to its date.
  // Counted from bounds on the local dates (see utcDateNear), not the dates themselves.
  const first = addCalendarDays(utcDateNear(start - lengthMs(checkIn), -1), -1);
  const last = addCalendarDays(utcDateNear(end, 1), 1);
  const overlaps = (occurrence: Occurrence) => occurrence.start < end && occurrence.end > start;
  return between(checkIn, first, last)
    .filter(overlaps)
    .sort(byStart)
    .map((occurrence) => ({ ...occurrence }));
}

/**
 * The first `count` occurrences not yet over at `now` (end > now), sorted by start, looking
 * at most LOOK_AHEAD_DAYS local days ahead.
 */
export function upcomingOccurrences(
  checkIn: CheckIn,
  now: number | Date,
  count: number,
): Occurrence[] {
  const at = instantOf(now);
  if (checkIn.paused || count < 1 || !knowsZone(checkIn.timeZone, at)) return [];
  if (isOver(checkIn, at)) return [];
  const zone = checkIn.timeZone;
  // Earlier dates than needed only bring occurrences already over, which the walk skips.
  const first = addCalendarDays(utcDateNear(at - lengthMs(checkIn), -1), -1);
  const last = addCalendarDays(localDate(zone, at), LOOK_AHEAD_DAYS);
  const own = keyOf(checkIn);
  const found = walk(checkIn, own, first, last, at, count);
  const moved = movedOf(checkIn, own);
  // The horizon costs a time-zone lookup, and only a moved occurrence needs it.
  const horizon = moved.length > 0 ? localMidnight(zone, addCalendarDays(last, 1)) : -Infinity;
  const movedAhead = moved.filter((o) => o.end > at && o.start < horizon);
  return [...found, ...movedAhead]
    .sort(byStart)
    .slice(0, count)
    .map((occurrence) => ({ ...occurrence }));
}

/** The first occurrence not yet over at `now` (end > now), or null within LOOK_AHEAD_DAYS. */
export function nextOccurrence(checkIn: CheckIn, now: number | Date): Occurrence | null {
  return upcomingOccurrences(checkIn, now, 1)[0] ?? null;
}

// What the walks above found, kept by the check-in as it reads (every field, so an edited one
// is another) and the dates walked: each wake asks the same of the same check-ins again, for
// the busy times, the nudges and the popup's next one, and walking their repetitions was the
// largest part of a plan. The dates move once a day. Bounded, as the pages ask too.
const kept = new Map<string, { usual: Occurrence[]; complete: boolean }>();
const movedKept = new Map<string, Occurrence[]>();
const KEPT_WALKS = 1024;

// JSON writes NaN, Infinity and null alike, and so they are alike here: every number a walk
// reads that is not a finite one (a duration, a move, a repetition's day) counts as none.
// The key is a short token for that text, not the text itself: the maps below are asked
// with it several times a wake, and a long key costs its length at each ask. Tokens are never
// reused, so one forgotten when the list is cleared only misses. A check-in frozen through
// `frozenCheckIns` cannot change after, and keeps its token without being written out again.
const tokens = new Map<string, string>();
let lastToken = 0;
const frozenKeys = new WeakMap<CheckIn, string>();

function tokenOf(text: string): string {
  let token = tokens.get(text);
  if (token === undefined) {
    token = String((lastToken += 1));
    if (tokens.size >= KEPT_WALKS) tokens.clear();
    tokens.set(text, token);
  }
  return token;
}

const keyOf = (checkIn: CheckIn) => frozenKeys.get(checkIn) ?? tokenOf(JSON.stringify(checkIn));

/**
 * The check-ins frozen through and through, each with its key written once: the worker keeps
 * them from wake to wake (planner-state.ts), and writing every one out for each walk, several
 * times a wake, was the largest part of the check-ins' share of a plan.
 */
export function frozenCheckIns(checkIns: readonly CheckIn[]): readonly CheckIn[] {
  for (const checkIn of checkIns) {
    if (frozenKeys.has(checkIn)) continue;
    frozenKeys.set(checkIn, tokenOf(JSON.stringify(deepFreeze(checkIn))));
  }
  return Object.freeze(checkIns);
}

function keep<T>(map: Map<string, T>, key: string, value: T): T {
  if (map.size >= KEPT_WALKS) map.clear();
  map.set(key, value);
  return value;
}

function movedOf(checkIn: CheckIn, key: string): Occurrence[] {
  return movedKept.get(key) ?? keep(movedKept, key, movedOccurrences(checkIn));
}

// Every occurrence from `first` to `last`, usual and moved, in no particular order.
function between(checkIn: CheckIn, first: string, last: string): Occurrence[] {
  const own = keyOf(checkIn);
  const key = `${first} ${last} ${own}`;
  // Only a walk that went to the end holds all of them.
  const known = kept.get(key);
  const all = known?.complete
    ? known.usual
    : keep(kept, key, { usual: [...usual(checkIn, first, last)], complete: true }).usual;
  return [...all, ...movedOf(checkIn, own)];
}

/**
 * The first `count` usual occurrences from `first` to `last` not over at `at`, in date order.
 * The walk's dates so far are kept; a later ask finds its answer in them, or walks further.
 */
function walk(
  checkIn: CheckIn,
  own: string,
  first: string,
  last: string,
  at: number,
  count: number,
) {
  const key = `${first} ${last} ${own}`;
  const known = kept.get(key);
  if (known) {
    // The first `count` not over, without walking the rest of a year of them.
    const found: Occurrence[] = [];
    for (const occurrence of known.usual) {
      if (occurrence.end <= at) continue;
      if (found.push(occurrence) === count) return found;
    }
    if (known.complete) return found;
  }
  const walked: Occurrence[] = [];
  const found: Occurrence[] = [];
  let complete = true;
  for (const occurrence of usual(checkIn, first, last)) {
    walked.push(occurrence);
    if (occurrence.end <= at) continue;
    found.push(occurrence);
    if (found.length === count) {
      complete = false;
      break;
    }
  }
  keep(kept, key, { usual: walked, complete });
  return found;
}
