import { describe, expect, it } from 'vitest';
import { toIcs } from '../../../src/domain/checkins/ics';
import { occurrences } from '../../../src/domain/checkins/recurrence';
import type { CheckIn } from '../../../src/domain/types';
import { at, checkIn, monthlyOn, monthlyOnDay, weekly } from './check-in-factory';
import { readWithIcalJs } from './ical-reader';

const NOW = at('2026-01-15T12:00:00Z');
const YEAR_LATER = at('2027-01-15T12:00:00Z');
const ZONES = ['America/New_York', 'Europe/London', 'Australia/Sydney'] as const;

// Every kind of repetition, with a skip and a move where there is something to skip or move.
const KINDS: [string, Partial<CheckIn>][] = [
  ['once', { startDate: '2026-05-20', startTime: '14:00' }],
  ['once, moved', { startDate: '2026-05-20', moved: { '2026-05-20': at('2026-05-21T08:15:00Z') } }],
  ['weekly on Monday', { recurrence: weekly(1, [1]), skipped: ['2026-02-02'] }],
  [
    'every 2 weeks on Tuesday and Friday, moved once',
    {
      startDate: '2026-01-07',
      startTime: '17:45',
      recurrence: weekly(2, [2, 5]),
      moved: { '2026-03-06': at('2026-03-04T16:00:00Z') },
      skipped: ['2026-06-02'],
    },
  ],
  ['every 3 weeks on Sunday until the autumn', { recurrence: weekly(3, [0], '2026-10-11') }],
  ['monthly on the 31st', { startDate: '2025-12-01', recurrence: monthlyOnDay(31) }],
  ['monthly on the 29th', { startDate: '2025-11-01', recurrence: monthlyOnDay(29) }],
  ['monthly on the 5th Monday', { recurrence: monthlyOn(5, 1), skipped: ['2026-03-30'] }],
  [
    'monthly on the last Friday, until the end of June',
    {
      recurrence: monthlyOn(-1, 5, '2026-06-26'),
      moved: { '2026-04-24': at('2026-04-27T09:00:00Z') },
    },
  ],
  [
    'monthly on the 2nd Tuesday, started years ago',
    { startDate: '2019-03-01', recurrence: monthlyOn(2, 2) },
  ],
  // Times that do not exist, or come twice, on the days the clocks change in each zone.
  ['weekly on Sunday at 02:30', { startTime: '02:30', recurrence: weekly(1, [0]) }],
  ['weekly on Sunday at 01:30', { startTime: '01:30', recurrence: weekly(1, [0]) }],
  [
    'weekly on Sunday at 01:30 for 3 hours',
    { startTime: '01:30', durationMinutes: 180, recurrence: weekly(1, [0]) },
  ],
  [
    'weekly on Saturday at 23:30 for 5 hours',
    { startTime: '23:30', durationMinutes: 300, recurrence: weekly(1, [6]) },
  ],
];

const TABLE = ZONES.flatMap((timeZone) =>
  KINDS.map(([name, fields]) => [name, timeZone, checkIn({ ...fields, timeZone })] as const),
);

function tends(list: readonly CheckIn[]) {
  return list
    .flatMap((one) =>
      occurrences(one, NOW, YEAR_LATER).map((o) => ({
        uid: `${one.id}@tend`,
        start: o.start,
        end: o.end,
      })),
    )
    .sort((a, b) => a.start - b.start || (a.uid < b.uid ? -1 : 1));
}

describe('a calendar reading the exported file (ical.js)', () => {
  it.each(TABLE)('shows %s in %s exactly when Tend has it, for a year', (_, __, one) => {
    const expected = tends([one]);
    expect(expected.length).toBeGreaterThan(0);
    expect(readWithIcalJs(toIcs([one], [], NOW), NOW, YEAR_LATER)).toEqual(expected);
  });

  it('shows every check-in of a file with three zones exactly when Tend has them', () => {
    const all = TABLE.map(([, zone, one], index) => ({ ...one, id: `${index}-${zone}` }));
    expect(readWithIcalJs(toIcs(all, [], NOW), NOW, YEAR_LATER)).toEqual(tends(all));
  });

  it.each([...ZONES, 'America/Santiago', 'America/Sao_Paulo', 'Asia/Tokyo'])(
    'still agrees with Tend years on, past the years spelled out (%s)',
    (zone) => {
      // 2030: the first time since 2019 that Chile's "Sunday on or after the 2nd" of
      // September is not the first Sunday.
      const one = checkIn({ timeZone: zone, startTime: '09:30', recurrence: weekly(1, [1, 4]) });
      const [from, to] = [at('2029-06-01T00:00:00Z'), at('2031-06-01T00:00:00Z')];
      const expected = occurrences(one, from, to).map((o) => ({
        uid: 'walk@tend',
        start: o.start,
        end: o.end,
      }));
      expect(readWithIcalJs(toIcs([one], [], NOW), from, to)).toEqual(expected);
    },
  );

  it.each([
    ['America/Santiago', '2018-01-01', '00:30', 'clocks change at midnight'],
    ['America/Sao_Paulo', '2018-01-01', '00:30', 'summer time ended in 2019'],
    [
      'Europe/Moscow',
      '2010-01-01',
      '02:30',
      'summer time ended in 2011, the offset changed in 2014',
    ],
    ['Australia/Lord_Howe', '2018-01-01', '02:15', 'clocks change by half an hour'],
    ['Asia/Kathmandu', '2018-01-01', '09:00', 'never changes clocks, 5:45 ahead'],
    ['Pacific/Chatham', '2018-01-01', '02:45', 'clocks change at 2:45'],
  ])('shows a weekly check-in in %s since %s at %s as Tend does (%s)', (zone, startDate, time) => {
    const one = checkIn({
      timeZone: zone,
      startDate,
      startTime: time,
      recurrence: weekly(1, [0, 3]),
    });
    const [from, to] = [at(`${startDate}T00:00:00Z`), YEAR_LATER];
    const expected = occurrences(one, from, to).map((o) => ({
      uid: 'walk@tend',
      start: o.start,
      end: o.end,
    }));
    expect(readWithIcalJs(toIcs([one], [], NOW), from, to)).toEqual(expected);
  });
});
