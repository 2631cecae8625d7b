import { DAY_MS, MINUTE_MS } from './time-units';

// One formatter per zone: building one is the slow part, using it is cheap. Every field, so
// that it gives a local date and, with the time, an offset.
const formats = new Map<string, Intl.DateTimeFormat>();

/** The zone's formatter; a zone Intl does not know throws a RangeError. */
export function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let known = formats.get(timeZone);
  if (!known) {
    known = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, known);
  }
  return known;
}

/**
 * Whether Intl knows a zone, by making the formatter later dates and offsets in it are read
 * with (dayOffset): a page or a worker just started need not make a second one to ask.
 */
export function isKnownZone(timeZone: string): boolean {
  try {
    zoneFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The local 'yyyy-MM-dd' date of an instant in a zone, asked of Intl each time: for a few
 * dates (the popup's), where localDate's cache of offsets (workday.ts) is more code than the
 * work it saves. A zone Intl does not know, or an instant that is not one, throws a RangeError.
 */
export function zonedDate(timeZone: string, instant: number): string {
  const parts = zoneFormat(timeZone).formatToParts(instant);
  const part = (type: string) => parts.find((one) => one.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

// Only in these years: before, some zones' offsets had seconds in them.
const FROM = Date.UTC(1980, 0, 1);
const UNTIL = Date.UTC(2200, 0, 1);
// By zone, then UTC day number: the offset at the day's first instant, in minutes. Keyed by
// the number itself, not a string of both: a wake with a large network asks thousands of
// times, and building and hashing a new string each time was most of the cost.
const startsByZone = new Map<string, Map<number, number>>();

function startOffset(timeZone: string, day: number): number {
  let starts = startsByZone.get(timeZone);
  if (!starts) {
    starts = new Map();
    startsByZone.set(timeZone, starts);
  }
  let offset = starts.get(day);
  if (offset === undefined) {
    const fields: Record<string, number> = {};
    for (const part of zoneFormat(timeZone).formatToParts(day * DAY_MS)) {
      fields[part.type] = Number(part.value);
    }
    const { year = NaN, month = NaN, day: date = NaN, hour = NaN, minute, second } = fields;
    offset = (Date.UTC(year, month - 1, date, hour, minute, second) - day * DAY_MS) / MINUTE_MS;
    if (starts.size >= 4096) starts.clear();
    starts.set(day, offset);
  }
  return offset;
}

/**
 * The zone's UTC offset at an instant, in minutes, asked of Intl at most twice per zone and
 * UTC day in a worker's life: a plan asks for hundreds of instants, most on the same few
 * days. A day whose offset is the same at its start and at the next day's has it all day
 * long: the planner already holds that no zone changes its offset twice within a day and
 * back (see zonedInstant's probes). Null where the caller must ask its own slower way: a day
 * the offset changes, a zone Intl does not know, an instant outside 1980-2200.
 */
export function dayOffset(timeZone: string, instant: number): number | null {
  if (!(instant >= FROM && instant < UNTIL)) return null;
  const day = Math.floor(instant / DAY_MS);
  try {
    const offset = startOffset(timeZone, day);
    return offset === startOffset(timeZone, day + 1) && Number.isFinite(offset) ? offset : null;
  } catch {
    return null;
  }
}
