import { occurrences } from './checkins/recurrence';
import type { CheckIn } from './types';
import { sameTimeDaysAway } from './wall-clock';

/**
 * When the user is in a check-in, from a day before `now` to a day after it, sorted by
 * start: every mode counts, since a video call takes the user away as much as a walk does.
 */
export function busyIntervals(
  checkIns: readonly CheckIn[],
  now: Date,
): { start: number; end: number }[] {
  // Days in the check-in's own zone, so the answer is the same on every machine; worked out
  // once per zone, as each costs time-zone lookups and dozens of check-ins share a few zones.
  const windows = new Map<string, [number, number]>();
  const at = now.getTime();
  return checkIns
    .flatMap((checkIn) => {
      let window = windows.get(checkIn.timeZone);
      if (!window) {
        const zone = checkIn.timeZone;
        window = [sameTimeDaysAway(zone, at, -1), sameTimeDaysAway(zone, at, 1)];
        windows.set(zone, window);
      }
      return occurrences(checkIn, ...window);
    })
    .map(({ start, end }) => ({ start, end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
