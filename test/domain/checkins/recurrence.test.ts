import { describe, expect, it } from 'vitest';
import {
  frozenCheckIns,
  nextOccurrence,
  occurrences,
  upcomingOccurrences,
} from '../../../src/domain/checkins/recurrence';
import type { CheckIn, Recurrence } from '../../../src/domain/types';
import {
  at,
  checkIn,
  dates,
  monthlyOn,
  monthlyOnDay,
  starts,
  wall,
  weekly,
} from './check-in-factory';

const LONDON = 'Europe/London';
const YEAR_2026: [number, number] = [at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z')];

function datesIn(fields: Partial<CheckIn>, [from, to] = YEAR_2026): string[] {
  return dates(occurrences(checkIn(fields), from, to));
}

describe('a check-in repeats', () => {
  it.each<[string, string, Recurrence, number, string[], string]>([
    ['once', '2026-03-04', { kind: 'none' }, 1, ['2026-03-04'], '2026-03-04'],
    [
      'every week on Monday and Thursday',
      '2026-01-05',
      weekly(1, [1, 4]),
      104,
      ['2026-01-05', '2026-01-08', '2026-01-12'],
      '2026-12-31',
    ],
    [
      'every 2 weeks on Tuesday, from a Wednesday',
      '2026-01-07',
      weekly(2, [2]),
      25,
      ['2026-01-20', '2026-02-03', '2026-02-17'],
      '2026-12-22',
    ],
    [
      'every 3 weeks on Monday and Friday, from a Friday',
      '2026-01-09',
      weekly(3, [1, 5]),
      34,
      ['2026-01-09', '2026-01-26', '2026-01-30'],
      '2026-12-28',
    ],
    [
      'monthly on the 15th, from the 20th',
      '2026-01-20',
      monthlyOnDay(15),
      11,
      ['2026-02-15', '2026-03-15', '2026-04-15'],
      '2026-12-15',
    ],
    [
      'monthly on the second Tuesday',
      '2026-01-01',
      monthlyOn(2, 2),
      12,
      ['2026-01-13', '2026-02-10', '2026-03-10'],
      '2026-12-08',
    ],
    [
      'monthly on the last Friday',
      '2026-01-01',
      monthlyOn(-1, 5),
      12,
      ['2026-01-30', '2026-02-27', '2026-03-27'],
      '2026-12-25',
    ],
  ])(
    '%s through 2026, always at 10:00 London time',
    (_, startDate, recurrence, count, first, last) => {
      const found = occurrences(checkIn({ startDate, recurrence }), ...YEAR_2026);
      expect(found).toHaveLength(count);
      expect(dates(found).slice(0, first.length)).toEqual(first);
      expect(dates(found).at(-1)).toBe(last);
      // Across both daylight-saving changes of the year, the local time holds.
      expect(new Set(found.map((o) => wall(o.start, LONDON).slice(11)))).toEqual(
        new Set(['10:00']),
      );
      expect(found.every((o) => o.end - o.start === 60 * 60 * 1000 && !o.moved)).toBe(true);
    },
  );

  it('counts weeks from the Monday of the start date, and never comes before the start', () => {
    // Week 0 runs Monday 29 December to Sunday 4 January: its Monday is before the start.
    const fields = { startDate: '2026-01-04', recurrence: weekly(2, [0, 1]) };
    expect(datesIn(fields).slice(0, 5)).toEqual([
      '2026-01-04',
      '2026-01-12',
      '2026-01-18',
      '2026-01-26',
      '2026-02-01',
    ]);
  });

  it('keeps the rhythm of every third week that began decades ago', () => {
    const fields = { startDate: '1990-01-01', recurrence: weekly(3, [1]) };
    const next = nextOccurrence(checkIn(fields), at('2026-01-01T00:00:00Z'));
    expect(next?.date).toBe('2026-01-19');
  });
});

describe('monthly check-ins in months that lack the day', () => {
  it.each<[string, Recurrence, string[]]>([
    [
      'on the fifth Monday only in months that have one',
      monthlyOn(5, 1),
      ['2026-03-30', '2026-06-29', '2026-08-31', '2026-11-30'],
    ],
    [
      'on the last Monday every month, the fifth where there is one',
      monthlyOn(-1, 1),
      [
        '2026-01-26',
        '2026-02-23',
        '2026-03-30',
        '2026-04-27',
        '2026-05-25',
        '2026-06-29',
        '2026-07-27',
        '2026-08-31',
        '2026-09-28',
        '2026-10-26',
        '2026-11-30',
        '2026-12-28',
      ],
    ],
    [
      'on the 31st only in months of 31 days',
      monthlyOnDay(31),
      [
        '2026-01-31',
        '2026-03-31',
        '2026-05-31',
        '2026-07-31',
        '2026-08-31',
        '2026-10-31',
        '2026-12-31',
      ],
    ],
  ])('come %s', (_, recurrence, expected) => {
    expect(datesIn({ startDate: '2026-01-01', recurrence })).toEqual(expected);
  });

  it('come on 29 February only in leap years', () => {
    const fields = { startDate: '2023-01-01', recurrence: monthlyOnDay(29) };
    const sixYears: [number, number] = [at('2023-01-01T00:00:00Z'), at('2029-01-01T00:00:00Z')];
    const found = datesIn(fields, sixYears);
    expect(found).toHaveLength(6 * 11 + 2);
    expect(found.filter((date) => date.slice(5, 7) === '02')).toEqual(['2024-02-29', '2028-02-29']);
  });
});

describe('a repetition with an end', () => {
  it.each<[string, Recurrence, string]>([
    ['weekly until a Monday it falls on', weekly(1, [1], '2026-02-02'), '2026-02-02'],
    ['weekly until the Sunday before', weekly(1, [1], '2026-02-01'), '2026-01-26'],
    ['on the 31st until a 31st', monthlyOnDay(31, '2026-03-31'), '2026-03-31'],
    ['on the last Friday until one', monthlyOn(-1, 5, '2026-04-24'), '2026-04-24'],
  ])('%s includes its last day', (_, recurrence, last) => {
    expect(datesIn({ startDate: '2026-01-05', recurrence }).at(-1)).toBe(last);
  });
});

describe('skipping and moving one occurrence', () => {
  const mondays = { startDate: '2026-01-05', recurrence: weekly(1, [1]) };
  const february: [number, number] = [at('2026-02-01T00:00:00Z'), at('2026-03-01T00:00:00Z')];

  it('a skipped date brings nothing, and a moved one comes at its new time for as long', () => {
    const moved = at('2026-02-18T14:00:00Z');
    const fields = { ...mondays, skipped: ['2026-02-09'], moved: { '2026-02-16': moved } };
    expect(occurrences(checkIn(fields), ...february)).toEqual([
      {
        checkInId: 'walk',
        date: '2026-02-02',
        start: at('2026-02-02T10:00:00Z'),
        end: at('2026-02-02T11:00:00Z'),
        moved: false,
      },
      { checkInId: 'walk', date: '2026-02-16', start: moved, end: moved + 3_600_000, moved: true },
      {
        checkInId: 'walk',
        date: '2026-02-23',
        start: at('2026-02-23T10:00:00Z'),
        end: at('2026-02-23T11:00:00Z'),
        moved: false,
      },
    ]);
  });

  it('an occurrence moved past the next one is sorted by its new time', () => {
    const fields = { ...mondays, moved: { '2026-02-16': at('2026-02-24T14:00:00Z') } };
    expect(dates(occurrences(checkIn(fields), ...february))).toEqual([
      '2026-02-02',
      '2026-02-09',
      '2026-02-23',
      '2026-02-16',
    ]);
  });

  it.each([
    [
      'moved into the window from after it',
      '2026-03-02',
      '2026-02-04T10:00:00Z',
      ['2026-02-02', '2026-03-02'],
    ],
    ['moved out of the window', '2026-02-02', '2026-01-20T10:00:00Z', []],
  ])('an occurrence %s follows its new time', (_, date, movedTo, expected) => {
    const fields = { ...mondays, moved: { [date]: at(movedTo) } };
    const firstWeek: [number, number] = [at('2026-02-01T00:00:00Z'), at('2026-02-08T00:00:00Z')];
    expect(dates(occurrences(checkIn(fields), ...firstWeek))).toEqual(expected);
  });

  it('a date both skipped and moved stays skipped', () => {
    const fields = {
      ...mondays,
      skipped: ['2026-02-16'],
      moved: { '2026-02-16': at('2026-02-18T14:00:00Z') },
    };
    expect(dates(occurrences(checkIn(fields), ...february))).toEqual([
      '2026-02-02',
      '2026-02-09',
      '2026-02-23',
    ]);
  });

  it('a move of a date the repetition does not name is ignored', () => {
    const fields = { ...mondays, moved: { '2026-02-17': at('2026-02-18T14:00:00Z') } };
    expect(dates(occurrences(checkIn(fields), ...february))).toEqual([
      '2026-02-02',
      '2026-02-09',
      '2026-02-16',
      '2026-02-23',
    ]);
  });
});

describe('the window asked about', () => {
  const one = checkIn({ startDate: '2026-02-02' });
  it.each([
    ['one that has begun and not ended', '2026-02-02T10:30:00Z', '2026-02-02T12:00:00Z', 1],
    ['one that ends as the window begins', '2026-02-02T11:00:00Z', '2026-02-02T12:00:00Z', 0],
    ['one that begins as the window ends', '2026-02-02T09:00:00Z', '2026-02-02T10:00:00Z', 0],
    ['one that spans the window', '2026-02-02T10:15:00Z', '2026-02-02T10:20:00Z', 1],
  ])('holds %s', (_, from, to, count) => {
    expect(occurrences(one, at(from), at(to))).toHaveLength(count);
  });

  it('can be given as dates, as the planner does', () => {
    const found = occurrences(
      one,
      new Date(at('2026-02-01T00:00:00Z')),
      new Date(at('2026-02-03T00:00:00Z')),
    );
    expect(dates(found)).toEqual(['2026-02-02']);
  });
});

describe('the next occurrence', () => {
  const mondays = checkIn({ startDate: '2026-01-05', recurrence: weekly(1, [1]) });

  it.each([
    ['is the one going on now', '2026-02-02T10:30:00Z', '2026-02-02'],
    ['is next week’s once this one has ended', '2026-02-02T11:00:00Z', '2026-02-09'],
    ['is the first one before its start', '2025-12-01T00:00:00Z', '2026-01-05'],
  ])('%s', (_, now, date) => {
    expect(nextOccurrence(mondays, at(now))?.date).toBe(date);
  });

  it('passes over a skipped one, and comes early when moved earlier', () => {
    const fields = {
      ...mondays,
      skipped: ['2026-02-09'],
      moved: { '2026-02-23': at('2026-02-12T08:00:00Z') },
    };
    expect(nextOccurrence(checkIn(fields), at('2026-02-03T00:00:00Z'))).toMatchObject({
      date: '2026-02-23',
      start: at('2026-02-12T08:00:00Z'),
      moved: true,
    });
  });

  it.each([
    ['2027-02-05', '2027-02-05'],
    ['2027-02-06', undefined],
  ])('looks 400 days ahead, no further (once, on %s)', (startDate, expected) => {
    const found = nextOccurrence(checkIn({ startDate }), at('2026-01-01T12:00:00Z'));
    expect(found?.date).toBe(expected);
  });

  it('is none after the last one', () => {
    const fields = { ...mondays, recurrence: weekly(1, [1], '2026-03-01') };
    expect(nextOccurrence(checkIn(fields), at('2026-03-02T00:00:00Z'))).toBeNull();
  });
});

describe('a check-in whose dates are over', () => {
  const ended = checkIn({
    startDate: '2026-01-05',
    recurrence: weekly(1, [1], '2026-03-01'),
    moved: { '2026-02-23': at('2026-04-10T09:00:00Z') },
  });

  it.each([
    ['read afresh', ended],
    ['as the worker keeps it', frozenCheckIns([ended])[0]!],
  ])('still has an occurrence moved past its last date (%s)', (_, one) => {
    expect(nextOccurrence(one, at('2026-03-20T00:00:00Z'))).toMatchObject({
      date: '2026-02-23',
      start: at('2026-04-10T09:00:00Z'),
    });
    const around = occurrences(one, at('2026-04-10T09:30:00Z'), at('2026-04-10T09:31:00Z'));
    expect(dates(around)).toEqual(['2026-02-23']);
    expect(nextOccurrence(one, at('2026-04-10T10:00:00Z'))).toBeNull();
  });

  it('keeps an occurrence whose time, written oddly (as sync may bring it), runs past its date', () => {
    const odd = checkIn({ startDate: '2026-03-04', startTime: '40:00', timeZone: 'Etc/GMT+12' });
    // Read as 40 hours into the 4th, twelve hours behind UTC: 04:00 UTC on the 6th.
    const around = occurrences(odd, at('2026-03-06T04:30:00Z'), at('2026-03-06T04:31:00Z'));
    expect(dates(around)).toEqual(['2026-03-04']);
    expect(nextOccurrence(odd, at('2026-03-06T04:30:00Z'))?.date).toBe('2026-03-04');
  });

  it('goes on until it ends where its date ends last, twelve hours behind UTC', () => {
    const lateWest = checkIn({
      startDate: '2026-03-04',
      startTime: '23:30',
      timeZone: 'Etc/GMT+12',
      durationMinutes: 180,
    });
    // 23:30 on the 4th there is 11:30 UTC on the 5th, and it ends at 14:30.
    expect(nextOccurrence(lateWest, at('2026-03-05T14:00:00Z'))?.date).toBe('2026-03-04');
    const now = occurrences(lateWest, at('2026-03-05T14:29:00Z'), at('2026-03-05T14:30:00Z'));
    expect(dates(now)).toEqual(['2026-03-04']);
  });
});

describe('asked again through the day, as each wake asks', () => {
  const mondays = checkIn({ startDate: '2026-01-05', recurrence: weekly(1, [1]) });

  it('moves on to the next one as each ends, and back for an earlier instant', () => {
    const asked = ['2026-02-02T09:00:00Z', '2026-02-02T11:00:00Z', '2026-02-10T00:00:00Z'];
    expect(asked.map((now) => nextOccurrence(mondays, at(now))?.date)).toEqual([
      '2026-02-02',
      '2026-02-09',
      '2026-02-16',
    ]);
    expect(nextOccurrence(mondays, at('2026-02-02T09:30:00Z'))?.date).toBe('2026-02-02');
  });

  it('gives more than the one asked for before, in order', () => {
    nextOccurrence(mondays, at('2026-02-02T09:00:00Z'));
    expect(dates(upcomingOccurrences(mondays, at('2026-02-02T09:00:00Z'), 3))).toEqual([
      '2026-02-02',
      '2026-02-09',
      '2026-02-16',
    ]);
  });

  it('follows an edit of the same check-in at once', () => {
    const window: [number, number] = [at('2026-02-01T00:00:00Z'), at('2026-02-20T00:00:00Z')];
    expect(starts(occurrences(mondays, ...window), LONDON)[0]).toBe('2026-02-02 10:00');
    const later = { ...mondays, startTime: '15:00' };
    expect(starts(occurrences(later, ...window), LONDON)[0]).toBe('2026-02-02 15:00');
    const skipped = { ...later, skipped: ['2026-02-02'] };
    expect(dates(occurrences(skipped, ...window))).toEqual(['2026-02-09', '2026-02-16']);
    expect(nextOccurrence(skipped, at('2026-02-01T00:00:00Z'))?.date).toBe('2026-02-09');
  });

  it('as the worker keeps it, frozen, gives what the same check-in read afresh gives', () => {
    const window: [number, number] = [at('2026-02-01T00:00:00Z'), at('2026-02-20T00:00:00Z')];
    const fresh = { ...mondays, skipped: ['2026-02-09'] };
    const [kept] = frozenCheckIns([structuredClone(fresh)]);
    expect(occurrences(kept!, ...window)).toEqual(occurrences(fresh, ...window));
    // Nothing can change it in place; an edit is another check-in, with its own answer.
    expect(() => (kept!.skipped as string[]).push('2026-02-16')).toThrow(TypeError);
    const edited = { ...kept!, startTime: '15:00' };
    expect(starts(occurrences(edited, ...window), LONDON)[0]).toBe('2026-02-02 15:00');
    expect(starts(occurrences(kept!, ...window), LONDON)[0]).toBe('2026-02-02 10:00');
  });

  it('gives occurrences of its own: changing one changes no later answer', () => {
    const window: [number, number] = [at('2026-02-01T00:00:00Z'), at('2026-02-20T00:00:00Z')];
    const first = occurrences(mondays, ...window)[0]!;
    first.start = 0;
    expect(wall(occurrences(mondays, ...window)[0]!.start, LONDON)).toBe('2026-02-02 10:00');
  });
});

describe('a paused check-in', () => {
  const paused = checkIn({ recurrence: weekly(1, [1, 2, 3, 4, 5]), paused: true });

  it('has no occurrences and no next one', () => {
    expect(occurrences(paused, ...YEAR_2026)).toEqual([]);
    expect(nextOccurrence(paused, YEAR_2026[0])).toBeNull();
  });

  it('comes back on its days when resumed', () => {
    const found = occurrences({ ...paused, paused: false }, ...YEAR_2026);
    expect(starts(found, LONDON).slice(0, 2)).toEqual(['2026-01-05 10:00', '2026-01-06 10:00']);
  });
});
