import { tz } from '@date-fns/tz';
import { addDays, subDays } from 'date-fns';
import { occurrences } from './checkins/recurrence';
import type { CheckIn } from './types';

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
  const windows = new Map<string, [Date, Date]>();
  return checkIns
    .flatMap((checkIn) => {
      let window = windows.get(checkIn.timeZone);
      if (!window) {
        const zone = tz(checkIn.timeZone);
        window = [subDays(now, 1, { in: zone }), addDays(now, 1, { in: zone })];
        windows.set(checkIn.timeZone, window);
      }
      return occurrences(checkIn, ...window);
    })
    .map(({ start, end }) => ({ start, end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
