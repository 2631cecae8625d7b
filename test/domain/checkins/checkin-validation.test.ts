import { describe, expect, it } from 'vitest';
import {
  validateCheckIn,
  type CheckInError,
} from '../../../src/domain/checkins/checkin-validation';
import type { CheckIn, Recurrence, Weekday } from '../../../src/domain/types';
import { checkIn, monthlyOn, monthlyOnDay, weekly } from './check-in-factory';

function errorsOf(fields: Partial<CheckIn>): CheckInError[] {
  return validateCheckIn(checkIn(fields));
}

describe('a check-in can be saved', () => {
  it.each<[string, Partial<CheckIn>]>([
    ['once, in person, with nothing optional', {}],
    [
      'weekly on weekdays until a later date',
      { recurrence: weekly(1, [1, 2, 3, 4, 5], '2026-12-31') },
    ],
    ['every 52 weeks', { recurrence: weekly(52, [0]) }],
    ['monthly on the 31st', { recurrence: monthlyOnDay(31) }],
    ['monthly on the last Sunday', { recurrence: monthlyOn(-1, 0) }],
    ['monthly on the fifth Friday', { recurrence: monthlyOn(5, 5) }],
    ['until its own start date', { recurrence: monthlyOnDay(5, '2026-01-05') }],
    ['virtual with a video link', { mode: 'virtual', link: 'https://meet.example.org/abc' }],
    ['either way with no link', { mode: 'either' }],
    ['in person with a leftover link that is not used', { mode: 'in-person', link: 'not a link' }],
    [
      'at the limits',
      {
        title: 't'.repeat(200),
        place: 'p'.repeat(500),
        durationMinutes: 600,
        reminderMinutesBefore: 1440,
      },
    ],
    ['at the other limits', { durationMinutes: 5, reminderMinutesBefore: 0 }],
    ['without a reminder', { reminderMinutesBefore: null }],
    ['in a zone without daylight saving', { timeZone: 'Asia/Kolkata' }],
  ])('%s', (_, fields) => {
    expect(errorsOf(fields)).toEqual([]);
  });
});

describe('a check-in cannot be saved', () => {
  it.each<[string, Partial<CheckIn>, CheckInError[]]>([
    ['without a title', { title: '  ' }, [{ field: 'title', code: 'title-empty' }]],
    [
      'with a 201-character title',
      { title: 'a'.repeat(201) },
      [{ field: 'title', code: 'title-too-long' }],
    ],
    ['on 30 February', { startDate: '2026-02-30' }, [{ field: 'startDate', code: 'date-invalid' }]],
    [
      'on a date written another way',
      { startDate: '05/01/2026' },
      [{ field: 'startDate', code: 'date-invalid' }],
    ],
    ['at 24:00', { startTime: '24:00' }, [{ field: 'startTime', code: 'time-invalid' }]],
    [
      'at 9:00 without the zero',
      { startTime: '9:00' },
      [{ field: 'startTime', code: 'time-invalid' }],
    ],
    [
      'in a zone that does not exist',
      { timeZone: 'Mars/Olympus' },
      [{ field: 'timeZone', code: 'time-zone-invalid' }],
    ],
    ['in no zone', { timeZone: '' }, [{ field: 'timeZone', code: 'time-zone-invalid' }]],
    ...[4, 601, 30.5, Number.NaN].map(
      (durationMinutes): [string, Partial<CheckIn>, CheckInError[]] => [
        `lasting ${durationMinutes} minutes`,
        { durationMinutes },
        [{ field: 'durationMinutes', code: 'out-of-range', min: 5, max: 600 }],
      ],
    ),
    ...[-1, 1441, 2.5].map((reminderMinutesBefore): [string, Partial<CheckIn>, CheckInError[]] => [
      `with a reminder ${reminderMinutesBefore} minutes before`,
      { reminderMinutesBefore },
      [{ field: 'reminderMinutesBefore', code: 'out-of-range', min: 0, max: 1440 }],
    ]),
    [
      'with a place of 501 characters',
      { place: 'p'.repeat(501) },
      [{ field: 'place', code: 'text-too-long' }],
    ],
  ])('%s', (_, fields, expected) => {
    expect(errorsOf(fields)).toEqual(expected);
  });

  it.each<[string, Recurrence, CheckInError[]]>([
    [
      'every 0 weeks',
      weekly(0, [1]),
      [{ field: 'everyWeeks', code: 'out-of-range', min: 1, max: 52 }],
    ],
    [
      'every 53 weeks',
      weekly(53, [1]),
      [{ field: 'everyWeeks', code: 'out-of-range', min: 1, max: 52 }],
    ],
    ['weekly on no day', weekly(1, []), [{ field: 'weekdays', code: 'weekdays-empty' }]],
    [
      'weekly on a day 7',
      weekly(1, [7 as Weekday]),
      [{ field: 'weekdays', code: 'weekday-invalid' }],
    ],
    [
      'monthly on the 0th',
      monthlyOnDay(0),
      [{ field: 'day', code: 'out-of-range', min: 1, max: 31 }],
    ],
    [
      'monthly on the 32nd',
      monthlyOnDay(32),
      [{ field: 'day', code: 'out-of-range', min: 1, max: 31 }],
    ],
    [
      'monthly on the 6th Monday',
      { kind: 'monthly-weekday', nth: 6 as 5, weekday: 1, until: null },
      [{ field: 'nth', code: 'nth-invalid' }],
    ],
    [
      'monthly on the 0th Monday',
      { kind: 'monthly-weekday', nth: 0 as 1, weekday: 1, until: null },
      [{ field: 'nth', code: 'nth-invalid' }],
    ],
    [
      'monthly on the last day 9',
      monthlyOn(-1, 9 as Weekday),
      [{ field: 'weekday', code: 'weekday-invalid' }],
    ],
    [
      'until before it starts',
      weekly(1, [1], '2026-01-04'),
      [{ field: 'until', code: 'until-before-start' }],
    ],
    [
      'until a date that does not exist',
      monthlyOnDay(1, '2026-13-01'),
      [{ field: 'until', code: 'date-invalid' }],
    ],
  ])('repeating %s', (_, recurrence, expected) => {
    expect(errorsOf({ startDate: '2026-01-05', recurrence })).toEqual(expected);
  });

  it.each<[string, Partial<CheckIn>, CheckInError[]]>([
    [
      'virtual without a link',
      { mode: 'virtual', link: ' ' },
      [{ field: 'link', code: 'reach-empty' }],
    ],
    [
      'virtual with a plain http link',
      { mode: 'virtual', link: 'http://meet.example.org' },
      [{ field: 'link', code: 'reach-bad-link' }],
    ],
    [
      'virtual with a script for a link',
      { mode: 'virtual', link: 'javascript:alert(1)' },
      [{ field: 'link', code: 'reach-bad-link' }],
    ],
    [
      'either way with a broken link',
      { mode: 'either', link: 'meet.example.org' },
      [{ field: 'link', code: 'reach-bad-link' }],
    ],
  ])('%s', (_, fields, expected) => {
    expect(errorsOf(fields)).toEqual(expected);
  });

  it('lists every problem at once, in form order', () => {
    const fields = { title: '', startTime: 'noon', durationMinutes: 0, mode: 'virtual' as const };
    expect(errorsOf(fields).map((error) => error.field)).toEqual([
      'title',
      'startTime',
      'durationMinutes',
      'link',
    ]);
  });
});
