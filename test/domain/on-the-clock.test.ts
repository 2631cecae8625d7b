import { describe, expect, it } from 'vitest';
import { hoursLimitNudges } from '../../src/domain/rules/hours-limit';
import { today } from '../../src/domain/today';
import type { ActivityTransition, Settings } from '../../src/domain/types';
import { weekHours } from '../../src/domain/week-hours';
import { workedToday } from '../../src/domain/worked-today';
import {
  CLOCK_IN_LEAD_HOURS,
  CLOCK_REACH_HOURS,
  clockIntervals,
} from '../../src/domain/on-the-clock';
import { workdayOn } from '../../src/domain/workday';
import {
  HOUR,
  MINUTE,
  activity,
  at,
  settingsIn,
  stateOf,
  when,
  withHours,
} from './planner-fixtures';

// London in November is on GMT, so 'Z' times are local times. Office hours Monday to Friday
// 09:00–17:00, and the day starts only with a clock-in.
const london = settingsIn('Europe/London');
const byClockIn: Settings = {
  ...london,
  work: { autoStart: false, dailyLimitMinutes: null, weeklyLimitMinutes: 9 * 60 },
};

// Tuesday: clocked in at 09:30, at the computer until 17:30, never clocked out. Wednesday:
// at the computer in the evening only, from 19:00.
const forgotten: ActivityTransition[] = activity(
  ['2026-11-17T09:25:00Z', 'active'],
  ['2026-11-17T09:30:00Z', 'clock-in'],
  ['2026-11-17T17:30:00Z', 'locked'],
  ['2026-11-18T19:00:00Z', 'active'],
);

describe('a clock-in never ended', () => {
  const worked = (transitions: ActivityTransition[], until: string) =>
    workedToday(stateOf(byClockIn, transitions), when(until)).workedMs / HOUR;

  it('stops at the end of its shift when the user has gone by then', () => {
    const leftAt1650 = activity(
      ['2026-11-17T08:55:00Z', 'active'],
      ['2026-11-17T09:00:00Z', 'clock-in'],
      ['2026-11-17T16:50:00Z', 'locked'],
      // Back in the evening for their own things: not work.
      ['2026-11-17T19:00:00Z', 'active'],
    );
    expect(worked(leftAt1650, '2026-11-17T21:00:00Z')).toBeCloseTo(7 + 50 / 60);
  });

  it('runs on as overtime while the user stays after the end, until they leave', () => {
    // Tuesday: at the computer from 09:25 to 17:30 without a break.
    expect(worked(forgotten, '2026-11-17T23:00:00Z')).toBe(8);
    const evening = [...forgotten, ...activity(['2026-11-17T19:00:00Z', 'active'])];
    expect(worked(evening, '2026-11-17T23:00:00Z')).toBe(8);
  });

  it('never keeps the user on the clock more than 12 hours from the clock-in', () => {
    const neverIdle = activity(
      ['2026-11-17T08:00:00Z', 'active'],
      ['2026-11-17T09:30:00Z', 'clock-in'],
    );
    expect(worked(neverIdle, '2026-11-17T23:59:00Z')).toBe(12);
    expect(today(stateOf(byClockIn, neverIdle), when('2026-11-17T21:31:00Z')).onClock).toBe(false);
  });

  it('lasts 12 hours on a day off, and after the shift’s end, where no shift ends it', () => {
    const saturday = activity(
      ['2026-11-21T09:55:00Z', 'active'],
      ['2026-11-21T10:00:00Z', 'clock-in'],
    );
    const state = stateOf(byClockIn, saturday);
    expect(today(state, when('2026-11-21T21:59:00Z')).onClock).toBe(true);
    expect(today(state, when('2026-11-21T22:00:00Z')).onClock).toBe(false);
    const lateEvening = activity(
      ['2026-11-17T19:55:00Z', 'active'],
      ['2026-11-17T20:00:00Z', 'clock-in'],
    );
    expect(today(stateOf(byClockIn, lateEvening), when('2026-11-18T07:59:00Z')).onClock).toBe(true);
  });

  it('belongs to the shift it comes early for, and stops with it', () => {
    const early = activity(
      ['2026-11-18T04:00:00Z', 'clock-in'],
      ['2026-11-18T04:00:00Z', 'active'],
      ['2026-11-18T16:30:00Z', 'locked'],
      ['2026-11-18T18:00:00Z', 'active'],
    );
    expect(worked(early, '2026-11-18T20:00:00Z')).toBe(12.5);
  });

  it('counts no work the next evening', () => {
    const state = stateOf(byClockIn, forgotten);
    expect(workedToday(state, when('2026-11-18T21:00:00Z')).workedMs).toBe(0);
    const wednesday = weekHours(
      byClockIn,
      [],
      forgotten,
      '2026-11-16',
      when('2026-11-18T21:00:00Z'),
    ).days[2];
    expect(wednesday?.workedMs).toBe(0);
  });

  it('does not bring the weekly limit the next evening', () => {
    const evening = hoursLimitNudges(stateOf(byClockIn, forgotten), when('2026-11-18T21:00:00Z'));
    expect(evening).toEqual({ due: [], upcoming: [] });
  });

  it('leaves the user off the clock the next day, to clock in again', () => {
    const popup = today(stateOf(byClockIn, forgotten), when('2026-11-18T19:30:00Z'));
    expect(popup).toMatchObject({ onClock: false, clockedInAt: null, workedMs: 0 });
  });

  it('is followed by a new clock-in that counts from when it is made', () => {
    const again = [...forgotten, ...activity(['2026-11-18T19:30:00Z', 'clock-in'])];
    const state = stateOf(byClockIn, again);
    expect(workedToday(state, when('2026-11-18T21:00:00Z')).workedMs).toBe(1.5 * HOUR);
    expect(today(state, when('2026-11-18T21:00:00Z'))).toMatchObject({
      onClock: true,
      clockedInAt: at('2026-11-18T19:30:00Z'),
    });
  });

  it('stops at the same point when the clock-out comes days later', () => {
    const lateOut = [...forgotten, ...activity(['2026-11-19T10:00:00Z', 'clock-out'])];
    const view = weekHours(byClockIn, [], lateOut, '2026-11-16', when('2026-11-19T12:00:00Z'));
    expect(view.days.slice(1, 4).map((day) => day.workedMs / HOUR)).toEqual([8, 0, 0]);
  });

  it('counts no longer than CLOCK_REACH_HOURS, even in the longest shift it can belong to', () => {
    // Saturday 08:00 to Sunday 07:59, across the night the clocks go back: 24 h 59 min. A
    // clock-in as early as can belong to it, and a user who never leaves the computer.
    const longest = withHours(
      byClockIn,
      { start: '08:00', end: '07:59', endsNextDay: true },
      [6],
    ).schedule;
    const shift = workdayOn(longest, '2026-10-24')!;
    const clockIn = shift.startsAt - CLOCK_IN_LEAD_HOURS * HOUR;
    const stays = [
      { at: clockIn - MINUTE, state: 'active' as const },
      { at: clockIn, state: 'clock-in' as const },
    ];
    const reach = clockIn + CLOCK_REACH_HOURS * HOUR;
    const on = (moment: number) =>
      clockIntervals(stays, [shift], moment, { autoStart: false }).some(
        ({ start, end }) => start <= moment && moment < end,
      );
    expect(on(reach - 2 * MINUTE)).toBe(true);
    expect(on(reach)).toBe(false);
  });
});
