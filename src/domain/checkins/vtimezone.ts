import { tzOffset } from '@date-fns/tz';
import { daysInMonth } from './local-calendar';
import { utcDateTime, utcOffset } from './ics-text';
import { DAY_MS, MINUTE_MS, SECOND_MS } from '../time-units';

/** A change of a zone's UTC offset (in minutes) at an instant. */
interface Transition {
  at: number;
  from: number;
  to: number;
}

// Elapsed time on purpose: the scan walks instants a day apart, closer than any two offset
// changes of one zone, and narrows each change it sees down to the second.
const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

function offsetAt(timeZone: string, at: number): number {
  return tzOffset(timeZone, new Date(at));
}

/** Every offset change of a zone from `from` to `to` (whole seconds), in order. */
function transitions(timeZone: string, from: number, to: number): Transition[] {
  const found: Transition[] = [];
  let before = offsetAt(timeZone, from);
  for (let at = from; at < to; at += DAY_MS) {
    const next = Math.min(at + DAY_MS, to);
    const after = offsetAt(timeZone, next);
    if (after === before) continue;
    let [low, high] = [at, next];
    while (high - low > SECOND_MS) {
      const middle = low + Math.floor((high - low) / 2 / SECOND_MS) * SECOND_MS;
      if (offsetAt(timeZone, middle) === before) low = middle;
      else high = middle;
    }
    found.push({ at: high, from: before, to: after });
    before = after;
  }
  return found;
}

/** The local wall-clock fields at an instant with an offset, read through UTC. */
function wallClock(at: number, offset: number): Date {
  return new Date(at + offset * MINUTE_MS);
}

function localStamp(at: number, offset: number): string {
  // The wall-clock fields written as UTC, without the 'Z': that is a local DATE-TIME.
  return utcDateTime(wallClock(at, offset).getTime()).slice(0, -1);
}

/**
 * The yearly rule that names all these changes (one a year, in consecutive years): the same
 * month, weekday and local time, on the same nth weekday or the last; null when none does.
 */
function yearlyRule(changes: readonly Transition[]): string | null {
  const onsets = changes.map((change) => wallClock(change.at, change.from));
  const [first] = onsets;
  if (!first) return null;
  const timeOfDay = (d: Date) => d.getTime() % DAY_MS;
  const shared = onsets.every(
    (d, i) =>
      d.getUTCFullYear() === first.getUTCFullYear() + i &&
      d.getUTCMonth() === first.getUTCMonth() &&
      d.getUTCDay() === first.getUTCDay() &&
      timeOfDay(d) === timeOfDay(first),
  );
  if (!shared) return null;
  const nth = (d: Date) => Math.ceil(d.getUTCDate() / 7);
  const isLast = (d: Date) =>
    d.getUTCDate() + 7 > daysInMonth(d.getUTCFullYear(), d.getUTCMonth() + 1);
  const day = WEEKDAY_CODES[first.getUTCDay()] ?? 'SU';
  const month = `FREQ=YEARLY;BYMONTH=${first.getUTCMonth() + 1}`;
  if (nth(first) <= 4 && onsets.every((d) => nth(d) === nth(first))) {
    return `${month};BYDAY=${nth(first)}${day}`;
  }
  return onsets.every(isLast) ? `${month};BYDAY=-1${day}` : null;
}

interface Observance {
  daylight: boolean;
  start: string;
  from: number;
  to: number;
  rule: string | null;
}

function single(change: Transition): Observance {
  const daylight = change.to > change.from;
  return { daylight, start: localStamp(change.at, change.from), ...change, rule: null };
}

/**
 * The changes as observances: one per change, except that the changes of a zone that still
 * springs forward and falls back every year by a weekday rule end in two yearly rules, so
 * calendars keep the right offsets after the years scanned.
 */
function observances(changes: readonly Transition[], lastYear: number): Observance[] {
  const kinds = new Map<string, Transition[]>();
  for (const change of changes) {
    const key = `${change.from}>${change.to}`;
    kinds.set(key, [...(kinds.get(key) ?? []), change]);
  }
  const ruled = [...kinds.values()].map((ofKind) => {
    // The longest run at the end that one rule names, reaching into the last year scanned.
    for (let start = 0; start < ofKind.length - 1; start += 1) {
      const run = ofKind.slice(start);
      const rule = yearlyRule(run);
      const last = run[run.length - 1];
      if (rule && last && wallClock(last.at, last.from).getUTCFullYear() === lastYear) {
        return { run, rule };
      }
    }
    return null;
  });
  const pairs = ruled.filter((r) => r !== null);
  if (pairs.length !== 2) return changes.map(single);
  const inRules = new Set(pairs.flatMap(({ run }) => run));
  return [
    ...changes.filter((change) => !inRules.has(change)).map(single),
    ...pairs.map(({ run, rule }) => ({ ...single(run[0] as Transition), rule })),
  ];
}

// A yearly rule is only trusted when it names every change for this many years past the
// last year asked for: long enough for each month's dates to meet every weekday, so "the
// first Sunday on or after the 2nd" (Chile) is never mistaken for "the first Sunday".
const CONFIRM_YEARS = 12;

/** A zone's VTIMEZONE lines, and the instants its offset changes at in the years scanned. */
export interface ZoneDefinition {
  lines: string[];
  changes: number[];
}

/**
 * A VTIMEZONE for a zone: the offset in force at `from`, then every change through the end
 * of `lastYear`, and beyond it as the zone's database knows them, either as the two yearly
 * rules of a zone that still changes clocks by a weekday rule, or one by one.
 */
export function vtimezone(timeZone: string, from: number, lastYear: number): ZoneDefinition {
  const start = Math.floor(from / SECOND_MS) * SECOND_MS;
  const scannedYear = lastYear + CONFIRM_YEARS;
  const changes = transitions(timeZone, start, Date.UTC(scannedYear + 1, 0, 1));
  const offset = offsetAt(timeZone, start);
  const first = changes[0];
  const initial: Observance = {
    // In force before the first change; it is summer time if that change goes back.
    daylight: first !== undefined && first.to < first.from,
    start: localStamp(start, offset),
    from: offset,
    to: offset,
    rule: null,
  };
  const lines = [initial, ...observances(changes, scannedYear)].flatMap((o) => {
    const name = o.daylight ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${name}`,
      `DTSTART:${o.start}`,
      `TZOFFSETFROM:${utcOffset(o.from)}`,
      `TZOFFSETTO:${utcOffset(o.to)}`,
      ...(o.rule ? [`RRULE:${o.rule}`] : []),
      `END:${name}`,
    ];
  });
  return {
    lines: ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...lines, 'END:VTIMEZONE'],
    changes: changes.map((change) => change.at),
  };
}
