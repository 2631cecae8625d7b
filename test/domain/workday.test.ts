import { describe, expect, it } from 'vitest';
import { localDate, workdayOn, workdaysAround } from '../../src/domain/workday';
import { HOUR, at, settingsIn, when, withHours } from './planner-fixtures';

const nightShift = { start: '22:00', end: '06:00', endsNextDay: true };

describe('workdayOn', () => {
  it.each([
    // zone, local date, start, end: the same wall clock on both sides of each change
    ['America/New_York', '2026-03-06', '2026-03-06T09:00:00-05:00', '2026-03-06T17:00:00-05:00'],
    ['America/New_York', '2026-03-09', '2026-03-09T09:00:00-04:00', '2026-03-09T17:00:00-04:00'],
    ['America/New_York', '2026-10-30', '2026-10-30T09:00:00-04:00', '2026-10-30T17:00:00-04:00'],
    ['America/New_York', '2026-11-02', '2026-11-02T09:00:00-05:00', '2026-11-02T17:00:00-05:00'],
    ['Europe/London', '2026-03-27', '2026-03-27T09:00:00Z', '2026-03-27T17:00:00Z'],
    ['Europe/London', '2026-03-30', '2026-03-30T09:00:00+01:00', '2026-03-30T17:00:00+01:00'],
    ['Europe/London', '2026-10-23', '2026-10-23T09:00:00+01:00', '2026-10-23T17:00:00+01:00'],
    ['Europe/London', '2026-10-26', '2026-10-26T09:00:00Z', '2026-10-26T17:00:00Z'],
    ['Australia/Sydney', '2026-04-03', '2026-04-03T09:00:00+11:00', '2026-04-03T17:00:00+11:00'],
    ['Australia/Sydney', '2026-04-06', '2026-04-06T09:00:00+10:00', '2026-04-06T17:00:00+10:00'],
    ['Australia/Sydney', '2026-10-02', '2026-10-02T09:00:00+10:00', '2026-10-02T17:00:00+10:00'],
    ['Australia/Sydney', '2026-10-05', '2026-10-05T09:00:00+11:00', '2026-10-05T17:00:00+11:00'],
  ])('keeps office hours at local 09:00–17:00 in %s on %s', (zone, date, start, end) => {
    expect(workdayOn(settingsIn(zone).schedule, date)).toEqual({
      date,
      startsAt: at(start),
      endsAt: at(end),
    });
  });

  it.each([
    ['America/New_York', '2026-03-07', '2026-03-07T22:00:00-05:00', '2026-03-08T06:00:00-04:00', 7],
    ['America/New_York', '2026-10-31', '2026-10-31T22:00:00-04:00', '2026-11-01T06:00:00-05:00', 9],
    ['Europe/London', '2026-03-28', '2026-03-28T22:00:00Z', '2026-03-29T06:00:00+01:00', 7],
    ['Europe/London', '2026-10-24', '2026-10-24T22:00:00+01:00', '2026-10-25T06:00:00Z', 9],
    ['Australia/Sydney', '2026-04-04', '2026-04-04T22:00:00+11:00', '2026-04-05T06:00:00+10:00', 9],
    ['Australia/Sydney', '2026-10-03', '2026-10-03T22:00:00+10:00', '2026-10-04T06:00:00+11:00', 7],
  ])(
    'ends a 22:00–06:00 night shift in %s starting %s at 06:00 local, %i hours later',
    (zone, date, start, end, hours) => {
      const schedule = withHours(settingsIn(zone), nightShift, [6]).schedule;
      const workday = workdayOn(schedule, date);
      expect(workday).toEqual({ date, startsAt: at(start), endsAt: at(end) });
      expect(workday && workday.endsAt - workday.startsAt).toBe(hours * HOUR);
    },
  );

  it.each([
    // a start skipped by spring-forward moves forward by the length of the gap
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T03:30:00-04:00'],
    ['Europe/London', '2026-03-29', '01:30', '2026-03-29T02:30:00+01:00'],
    ['Australia/Sydney', '2026-10-04', '02:30', '2026-10-04T03:30:00+11:00'],
    // a start repeated by fall-back is its first, summer-time, occurrence
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T01:30:00-04:00'],
    ['Europe/London', '2026-10-25', '01:30', '2026-10-25T01:30:00+01:00'],
    ['Australia/Sydney', '2026-04-05', '02:30', '2026-04-05T02:30:00+11:00'],
  ])('starts a %s shift on %s at %s at %s', (zone, date, start, expected) => {
    const hours = { start, end: '08:00', endsNextDay: false };
    const workday = workdayOn(withHours(settingsIn(zone), hours, [0]).schedule, date);
    expect(workday?.startsAt).toBe(at(expected));
  });

  it('treats a shift that never happens on the clock, 02:30–03:00 at spring-forward, as no workday', () => {
    const hours = { start: '02:30', end: '03:00', endsNextDay: false };
    const schedule = withHours(settingsIn('America/New_York'), hours, [0]).schedule;
    expect(workdayOn(schedule, '2026-03-08')).toBeNull();
    expect(workdayOn(schedule, '2026-03-15')).not.toBeNull();
  });

  it.each(['2026-11-21', '2026-11-22'])('has no workday on the weekend day %s', (date) => {
    expect(workdayOn(settingsIn('Europe/London').schedule, date)).toBeNull();
  });
});

describe('workdaysAround', () => {
  it.each([
    // zone, now, the local dates of the workdays seen
    ['America/New_York', '2026-11-18T12:00:00-05:00', ['2026-11-17', '2026-11-18', '2026-11-19']],
    ['America/New_York', '2026-11-16T12:00:00-05:00', ['2026-11-16', '2026-11-17']],
    ['America/New_York', '2026-11-20T12:00:00-05:00', ['2026-11-19', '2026-11-20']],
    ['America/New_York', '2026-11-21T12:00:00-05:00', ['2026-11-20']],
    ['America/New_York', '2026-11-22T12:00:00-05:00', ['2026-11-23']],
    // Monday 21:00 in New York is already Tuesday in UTC: the schedule's zone decides
    ['America/New_York', '2026-11-17T02:00:00Z', ['2026-11-16', '2026-11-17']],
    // Monday 07:00 in Sydney is still Sunday in UTC
    ['Australia/Sydney', '2026-11-15T20:00:00Z', ['2026-11-16', '2026-11-17']],
  ])('sees the workdays of yesterday, today and tomorrow in %s at %s', (zone, now, dates) => {
    const workdays = workdaysAround(settingsIn(zone).schedule, when(now));
    expect(workdays.map((workday) => workday.date)).toEqual(dates);
  });
});

describe('localDate', () => {
  it.each([
    ['America/New_York', '2026-03-09T03:30:00Z', '2026-03-08'],
    ['Australia/Sydney', '2026-03-09T03:30:00Z', '2026-03-09'],
    ['Europe/London', '2026-10-25T23:30:00Z', '2026-10-25'],
    ['Europe/London', '2026-06-30T23:30:00Z', '2026-07-01'],
    ['Pacific/Kiritimati', '2026-12-31T10:00:00Z', '2027-01-01'],
  ])('reads the local date in %s of %s as %s', (zone, instant, date) => {
    expect(localDate(zone, at(instant))).toBe(date);
    expect(localDate(zone, when(instant))).toBe(date);
  });
});
