import { afterEach, describe, expect, it } from 'vitest';
import { occurrences } from '../../../src/domain/checkins/recurrence';
import { addCalendarDays } from '../../../src/domain/calendar-date';
import { zonedInstant } from '../../../src/domain/wall-clock';
import { at, checkIn, starts, wall, weekly } from './check-in-factory';

const HOUR_MS = 60 * 60 * 1000;

// Each zone's 2026 changes: the Sunday a local hour is skipped and a time inside it, where
// that time lands, and the Sunday an hour comes twice, with a time inside it and its first
// reading.
const ZONES = [
  [
    'America/New_York',
    '2026-03-08',
    '02:30',
    '03:30',
    '2026-11-01',
    '01:30',
    '2026-11-01T01:30:00-04:00',
  ],
  [
    'Europe/London',
    '2026-03-29',
    '01:30',
    '02:30',
    '2026-10-25',
    '01:30',
    '2026-10-25T01:30:00+01:00',
  ],
  [
    'Australia/Sydney',
    '2026-10-04',
    '02:30',
    '03:30',
    '2026-04-05',
    '02:30',
    '2026-04-05T02:30:00+11:00',
  ],
] as const;

function weekAround(timeZone: string, sunday: string): [number, number] {
  const from = zonedInstant(timeZone, addCalendarDays(sunday, -7), '00:00');
  return [from, zonedInstant(timeZone, addCalendarDays(sunday, 8), '00:00')];
}

describe.each(ZONES)(
  'daylight saving in %s',
  (zone, gapDay, gapTime, landsAt, twiceDay, twiceTime, first) => {
    it(`a weekly check-in at ${gapTime}, skipped by the clocks on ${gapDay}, comes at ${landsAt} that day only`, () => {
      const sundays = checkIn({
        timeZone: zone,
        startDate: '2026-01-04',
        startTime: gapTime,
        recurrence: weekly(1, [0]),
      });
      const found = occurrences(sundays, ...weekAround(zone, gapDay));
      expect(starts(found, zone)).toEqual([
        `${addCalendarDays(gapDay, -7)} ${gapTime}`,
        `${gapDay} ${landsAt}`,
        `${addCalendarDays(gapDay, 7)} ${gapTime}`,
      ]);
      // An hour's check-in still lasts an hour.
      expect(found.map((o) => o.end - o.start)).toEqual([HOUR_MS, HOUR_MS, HOUR_MS]);
    });

    it(`a weekly check-in at ${twiceTime}, which comes twice on ${twiceDay}, takes the first`, () => {
      const sundays = checkIn({
        timeZone: zone,
        startDate: '2026-01-04',
        startTime: twiceTime,
        recurrence: weekly(1, [0]),
      });
      const found = occurrences(sundays, ...weekAround(zone, twiceDay));
      expect(starts(found, zone)).toEqual([
        `${addCalendarDays(twiceDay, -7)} ${twiceTime}`,
        `${twiceDay} ${twiceTime}`,
        `${addCalendarDays(twiceDay, 7)} ${twiceTime}`,
      ]);
      expect(found[1]?.start).toBe(at(first));
    });
  },
);

describe('the user moving to another time zone', () => {
  const mondays = checkIn({
    timeZone: 'Europe/London',
    startDate: '2026-01-05',
    startTime: '09:00',
    recurrence: weekly(1, [1]),
  });
  const march: [number, number] = [at('2026-03-01T00:00:00Z'), at('2026-04-01T00:00:00Z')];
  const machineZone = process.env.TZ;

  afterEach(() => {
    // Node reads TZ again whenever it changes.
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });

  it('leaves the check-in at 09:00 London time, whatever zone the computer is in', () => {
    process.env.TZ = 'Europe/London';
    const before = occurrences(mondays, ...march);
    process.env.TZ = 'America/New_York';
    const after = occurrences(mondays, ...march);
    expect(after).toEqual(before);
    expect(starts(after, 'Europe/London')).toEqual([
      '2026-03-02 09:00',
      '2026-03-09 09:00',
      '2026-03-16 09:00',
      '2026-03-23 09:00',
      '2026-03-30 09:00',
    ]);
  });

  it('shows it at 04:00 in New York, and at 05:00 in the weeks only America has changed clocks', () => {
    const found = occurrences(mondays, ...march);
    expect(found.map((o) => wall(o.start, 'America/New_York').slice(11))).toEqual([
      '04:00',
      '05:00',
      '05:00',
      '05:00',
      '04:00',
    ]);
  });
});

describe('a check-in kept at a fixed offset from UTC', () => {
  // A browser whose Intl takes offsets may save one; sync can bring it to one that does not.
  it('comes at that offset in any browser, and not in a zone that does not exist', () => {
    const mondays = checkIn({ timeZone: '+05:30', startTime: '09:00', recurrence: weekly(1, [1]) });
    const found = occurrences(mondays, at('2026-03-01T00:00:00Z'), at('2026-03-15T00:00:00Z'));
    expect(found.map((one) => new Date(one.start).toISOString())).toEqual([
      '2026-03-02T03:30:00.000Z',
      '2026-03-09T03:30:00.000Z',
    ]);
    const nowhere = { ...mondays, timeZone: 'Not/AZone' };
    expect(occurrences(nowhere, at('2026-03-01T00:00:00Z'), at('2026-03-15T00:00:00Z'))).toEqual(
      [],
    );
  });
});
