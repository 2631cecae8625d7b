// The subpath, not the package's index: the index also loads TZDate, whose module has side
// effects no bundler can drop, into every page that formats a local date (the popup too).
import { tzOffset } from '@date-fns/tz/tzOffset';
import { digitsAt, utcMidnight } from './calendar-date';
import { dayOffset } from './zone-offset';
import type { ClockTime } from './types';
import { DAY_MS, MINUTE_MS } from './time-units';

// Offsets are probed a day either side of the wall-clock time: elapsed time on purpose,
// wide enough to see the offsets before and after any daylight-saving change near it.
const PROBE_MS = DAY_MS;

/** The zone's offset at an instant, in minutes: known for the day, or asked of Intl. */
export function offsetMinutes(timeZone: string, instant: number): number {
  return dayOffset(timeZone, instant) ?? tzOffset(timeZone, new Date(instant));
}

/**
 * The instant a wall-clock time on a local date names in a zone: a time skipped by a
 * spring-forward gap moves forward by the length of the gap (02:30 becomes 03:30), and a
 * time repeated by a fall-back change is its first occurrence (the summer-time one).
 */
export function zonedInstant(timeZone: string, date: string, time: ClockTime): number {
  // `new TZDate(y, m, d, h, min, zone)` is not used here: inside a gap or an overlap its
  // answer depends on the machine's own zone (tested with TZ=UTC and TZ=Australia/Sydney),
  // and the planner must give the same answer everywhere.
  // The wall-clock fields read as if they were UTC; subtracting the zone's offset gives
  // the instant.
  return instantOfWall(timeZone, wallAsUtc(date, time));
}

const COLON = 58; // ':'

// Date.UTC of the date's and the time's fields. 'HH:mm' is read in place, without cutting
// strings out of it (a plan reads several hundred); a time written otherwise is split.
function wallAsUtc(date: string, time: ClockTime): number {
  if (time.length === 5 && time.charCodeAt(2) === COLON) {
    const minutes = digitsAt(time, 0, 2) * 60 + digitsAt(time, 3, 5);
    if (!Number.isNaN(minutes)) return utcMidnight(date) + minutes * MINUTE_MS;
  }
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  const [hours = NaN, minutes = NaN] = time.split(':').map(Number);
  return Date.UTC(year, month - 1, day, hours, minutes);
}

/**
 * The instant `days` local days from `instant` at the same wall-clock time in the zone, by
 * zonedInstant's rules at a daylight-saving change. That is what date-fns' addDays gives in a
 * TZDate (checked over 2010-2026 in six zones, hourly), but for a time a fall-back change
 * repeats: the first, not the second. The background then need not carry TZDate (1.3 KB) for
 * the two windows it wants.
 */
export function sameTimeDaysAway(timeZone: string, instant: number, days: number): number {
  const wall = instant + offsetMinutes(timeZone, instant) * MINUTE_MS;
  return instantOfWall(timeZone, wall + days * DAY_MS);
}

// The instant of a wall-clock time given as UTC ms of the same fields.
function instantOfWall(timeZone: string, wall: number): number {
  const offsetBefore = offsetMinutes(timeZone, wall - PROBE_MS);
  const offsetAfter = offsetMinutes(timeZone, wall + PROBE_MS);
  // No change near it (nearly always): the one candidate is the answer whether it fits or
  // not, so the two checks below (an Intl call each, most of a plan's time) are skipped.
  if (offsetBefore === offsetAfter) return wall - offsetBefore * MINUTE_MS;
  const fits = [offsetBefore, offsetAfter]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((instant) => offsetMinutes(timeZone, instant) * MINUTE_MS === wall - instant);
  if (fits.length > 0) return Math.min(...fits);
  // No instant shows this wall-clock time: it is in a gap, and reading it with the offset
  // from before the gap lands just as far past the gap as it was into it.
  return wall - offsetBefore * MINUTE_MS;
}
