import { describe, expect, it } from 'vitest';
import { clockInLapsesAt } from '../../src/domain/on-the-clock';
import { hoursLimitNudges } from '../../src/domain/rules/hours-limit';
import { today } from '../../src/domain/today';
import type { ActivityTransition, Settings } from '../../src/domain/types';
import { weekHours } from '../../src/domain/week-hours';
import { workedToday } from '../../src/domain/worked-today';
import type { Workday } from '../../src/domain/workday';
import { HOUR, activity, at, settingsIn, stateOf, when } from './planner-fixtures';

// London in November is on GMT, so 'Z' times are local times. Office hours Monday to Friday
// 09:00–17:00, and the day starts only with a clock-in.
const london = settingsIn('Europe/London');
const byClockIn: Settings = {
  ...london,
  work: { autoStart: false, dailyLimitMinutes: null, weeklyLimitMinutes: 9 * 60 },
};
const office = (date: string): Workday => ({
  date,
  startsAt: at(`${date}T09:00:00Z`),
  endsAt: at(`${date}T17:00:00Z`),
});
const week = ['2026-11-16', '2026-11-17', '2026-11-18'].map(office);

// Tuesday: clocked in at 09:30, at the computer until 17:30, never clocked out. Wednesday:
// at the computer in the evening only, from 19:00.
const forgotten: ActivityTransition[] = activity(
  ['2026-11-17T09:25:00Z', 'active'],
  ['2026-11-17T09:30:00Z', 'clock-in'],
  ['2026-11-17T17:30:00Z', 'locked'],
  ['2026-11-18T19:00:00Z', 'active'],
);

describe('a clock-in never ended', () => {
  it('lapses where the after-hours window of its shift closes', () => {
    expect(clockInLapsesAt(at('2026-11-17T09:30:00Z'), week)).toBe(at('2026-11-18T05:00:00Z'));
    // After the end, the evening still belongs to the shift.
    expect(clockInLapsesAt(at('2026-11-17T23:30:00Z'), week)).toBe(at('2026-11-18T05:00:00Z'));
  });

  it('belongs to the shift it comes early for', () => {
    expect(clockInLapsesAt(at('2026-11-18T04:00:00Z'), week)).toBe(at('2026-11-19T05:00:00Z'));
  });

  it('lapses 12 hours after it outside any shift', () => {
    const saturday = at('2026-11-21T10:00:00Z');
    expect(clockInLapsesAt(saturday, week)).toBe(saturday + 12 * HOUR);
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
});
