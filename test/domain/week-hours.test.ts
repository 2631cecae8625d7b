import { describe, expect, it } from 'vitest';
import type { DayException, Settings } from '../../src/domain/types';
import { weekHours } from '../../src/domain/week-hours';
import { HOUR, activity, settingsIn, when, withHours } from './planner-fixtures';

// London in November is on GMT, so 'Z' times are local times. Office hours Monday to Friday.
const london: Settings = {
  ...settingsIn('Europe/London'),
  work: { autoStart: true, dailyLimitMinutes: 9 * 60, weeklyLimitMinutes: 40 * 60 },
};
const exceptions: DayException[] = [
  { date: '2026-11-19', kind: 'late-shift', until: '19:00' },
  { date: '2026-11-20', kind: 'on-call', until: null },
];
const week = activity(
  ['2026-11-16T09:00:00Z', 'active'],
  ['2026-11-16T17:00:00Z', 'locked'],
  ['2026-11-17T09:00:00Z', 'active'],
  ['2026-11-17T17:00:00Z', 'locked'],
  ['2026-11-18T09:00:00Z', 'active'],
  ['2026-11-18T12:00:00Z', 'idle'],
  ['2026-11-18T13:00:00Z', 'active'],
  ['2026-11-18T17:00:00Z', 'locked'],
  ['2026-11-19T09:00:00Z', 'active'],
  ['2026-11-19T19:00:00Z', 'locked'],
  ['2026-11-20T09:00:00Z', 'active'],
  ['2026-11-20T17:00:00Z', 'locked'],
  // Saturday at the computer, not clocked in: not work
  ['2026-11-21T10:00:00Z', 'active'],
  ['2026-11-21T12:00:00Z', 'locked'],
);

describe('the week view', () => {
  const view = weekHours(london, exceptions, week, '2026-11-16', when('2026-11-22T12:00:00Z'));

  it('shows each day’s scheduled and worked hours, the late shift and the on-call day', () => {
    expect(
      view.days.map((day) => [day.date, day.scheduledMs / HOUR, day.workedMs / HOUR, day.onCall]),
    ).toEqual([
      ['2026-11-16', 8, 8, false],
      ['2026-11-17', 8, 8, false],
      ['2026-11-18', 8, 7, false],
      ['2026-11-19', 10, 10, false],
      ['2026-11-20', 8, 8, true],
      ['2026-11-21', 0, 0, false],
      ['2026-11-22', 0, 0, false],
    ]);
  });

  it('adds the week up and gives the limits', () => {
    expect(view).toMatchObject({
      scheduledMs: 42 * HOUR,
      workedMs: 41 * HOUR,
      dailyLimitMs: 9 * HOUR,
      weeklyLimitMs: 40 * HOUR,
    });
  });

  it('counts the week so far, nothing for the days still to come', () => {
    const wednesday = weekHours(london, [], week, '2026-11-16', when('2026-11-18T11:00:00Z'));
    expect(wednesday.days.map((day) => day.workedMs / HOUR)).toEqual([8, 8, 2, 0, 0, 0, 0]);
    expect(wednesday.workedMs).toBe(18 * HOUR);
  });

  it('has no limits when none are set', () => {
    const none = {
      ...london,
      work: { ...london.work, dailyLimitMinutes: null, weeklyLimitMinutes: null },
    };
    expect(weekHours(none, [], [], '2026-11-16', when('2026-11-18T11:00:00Z'))).toMatchObject({
      dailyLimitMs: null,
      weeklyLimitMs: null,
      workedMs: 0,
    });
  });
});

describe('night shifts in the week view', () => {
  const nights = withHours(london, { start: '22:00', end: '06:00', endsNextDay: true }, [0, 6]);

  it('splits a night between the dates it spans, in real hours across the fall-back change', () => {
    const night = activity(
      ['2026-10-24T22:00:00+01:00', 'active'],
      ['2026-10-25T06:00:00Z', 'locked'],
    );
    const view = weekHours(nights, [], night, '2026-10-19', when('2026-10-26T12:00:00Z'));
    const saturday = view.days[5];
    const sunday = view.days[6];
    expect(saturday).toMatchObject({
      date: '2026-10-24',
      scheduledMs: 9 * HOUR,
      workedMs: 2 * HOUR,
    });
    // 00:00 summer time to 06:00 winter time
    expect(sunday).toMatchObject({ date: '2026-10-25', workedMs: 7 * HOUR });
    expect(view.workedMs).toBe(9 * HOUR);
  });

  it('counts the Monday morning of a shift begun the Sunday before', () => {
    const night = activity(['2026-11-15T22:00:00Z', 'active'], ['2026-11-16T06:00:00Z', 'locked']);
    const view = weekHours(nights, [], night, '2026-11-16', when('2026-11-16T12:00:00Z'));
    expect(view.days[0]).toMatchObject({ date: '2026-11-16', workedMs: 6 * HOUR });
  });
});
