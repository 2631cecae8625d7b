// The subpath, not the package's index: the index also loads TZDate, whose module has side
// effects no bundler can drop.
import { tzOffset } from '@date-fns/tz/tzOffset';
import { DAY_MS } from './time-units';

// Instants in these years only: before then some zones' offsets had seconds in them (and
// Intl may round them); those are read the slow way, as before.
const FROM = Date.UTC(1980, 0, 1);
const UNTIL = Date.UTC(2200, 0, 1);

// Days kept per zone: two years of dates and then some. Past this the zone starts again.
const DAYS_KEPT = 2048;

/** Per zone, by UTC day number: the offset at its first instant, in minutes. */
const starts = new Map<string, Map<number, number>>();

function startOffset(timeZone: string, known: Map<number, number>, day: number): number {
  let offset = known.get(day);
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(day * DAY_MS));
    known.set(day, offset);
  }
  return offset;
}

/**
 * The zone's UTC offset at an instant, in minutes (NaN for a zone the browser does not
 * know), as tzOffset gives it, asked of Intl at most twice per zone and UTC day: a plan asks
 * for hundreds of instants, most of them on the same few days. A day whose offset is the same
 * at its start and at the next day's has it all day long: the planner already holds that no
 * zone changes its offset twice within a day and back (see zonedInstant's probes).
 */
export function offsetMinutes(timeZone: string, instant: number): number {
  if (!(instant >= FROM && instant < UNTIL)) return tzOffset(timeZone, new Date(instant));
  let known = starts.get(timeZone);
  if (!known || known.size >= DAYS_KEPT) {
    known = new Map();
    starts.set(timeZone, known);
  }
  const day = Math.floor(instant / DAY_MS);
  const offset = startOffset(timeZone, known, day);
  // A change within the day (or a zone unknown, NaN): this instant's own offset.
  if (offset !== startOffset(timeZone, known, day + 1)) {
    return tzOffset(timeZone, new Date(instant));
  }
  return offset;
}
