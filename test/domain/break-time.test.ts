import { describe, expect, it } from 'vitest';
import { workedMs } from '../../src/domain/activity';
import { daySummary } from '../../src/domain/day-summary';
import { hoursLimitNudges } from '../../src/domain/rules/hours-limit';
import { today } from '../../src/domain/today';
import type { Settings } from '../../src/domain/types';
import { weekHours } from '../../src/domain/week-hours';
import type { Workday } from '../../src/domain/workday';
import { HOUR, MINUTE, activity, at, settingsIn, stateOf, when } from './planner-fixtures';

// Monday 16 November 2026 in London (GMT, so 'Z' is local time), office hours 09:00–17:00.
// The user stays at the computer all day and takes a 15-minute break from the break page at
// 10:00: the page writes its planned end with its start.
const T = (time: string) => `2026-11-16T${time}:00Z`;
const london: Settings = {
  ...settingsIn('Europe/London'),
  work: { autoStart: true, dailyLimitMinutes: 4 * 60, weeklyLimitMinutes: null },
};
const monday: Workday = { date: '2026-11-16', startsAt: at(T('09:00')), endsAt: at(T('17:00')) };
const withBreak = activity(
  [T('08:55'), 'active'],
  [T('10:00'), 'break-start'],
  [T('10:15'), 'break-end'],
);

describe('a break the user started', () => {
  it('is not counted as work', () => {
    expect(workedMs(withBreak, monday, at(T('00:00')), at(T('12:00')))).toBe(
      2 * HOUR + 45 * MINUTE,
    );
  });

  it('is not counted while it still runs, its end still ahead', () => {
    expect(workedMs(withBreak, monday, at(T('00:00')), at(T('10:05')))).toBe(HOUR);
  });

  it('counts only up to when the user ended it early', () => {
    const endedEarly = activity(
      [T('08:55'), 'active'],
      [T('10:00'), 'break-start'],
      [T('10:05'), 'break-end'],
    );
    expect(workedMs(endedEarly, monday, at(T('00:00')), at(T('12:00')))).toBe(
      2 * HOUR + 55 * MINUTE,
    );
  });

  it('is left out of the popup’s time worked today', () => {
    expect(today(stateOf(london, withBreak), when(T('12:00'))).workedMs).toBe(
      2 * HOUR + 45 * MINUTE,
    );
  });

  it('is left out of the wrap-up’s time worked', () => {
    expect(daySummary(stateOf(london, withBreak), when(T('16:45'))).workedMs).toBe(
      7 * HOUR + 30 * MINUTE,
    );
  });

  it('is left out of the week view', () => {
    const view = weekHours(london, [], withBreak, '2026-11-16', when(T('12:00')));
    expect(view.days[0]?.workedMs).toBe(2 * HOUR + 45 * MINUTE);
  });

  it('moves the daily hours limit later by its length', () => {
    const state = stateOf(london, withBreak);
    expect(hoursLimitNudges(state, when(T('13:00'))).due).toEqual([]);
    expect(hoursLimitNudges(state, when(T('13:15'))).due).toMatchObject([
      { key: 'hours-limit:day:2026-11-16', dueAt: at(T('13:15')), workedMs: 4 * HOUR },
    ]);
    // Told during the break, it is expected a break's length later than otherwise.
    expect(hoursLimitNudges(state, when(T('10:05'))).upcoming).toMatchObject([
      { dueAt: at(T('13:15')) },
    ]);
  });
});
