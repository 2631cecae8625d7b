import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src/domain/calendar-date';
import { workHoursRows } from '../../src/domain/work-hours-rows';
import { weeklyInsights } from '../../src/domain/insights/weekly';
import { today } from '../../src/domain/today';
import type { ActivityTransition, Settings } from '../../src/domain/types';
import { zonedInstant } from '../../src/domain/wall-clock';
import { settingsIn, stateOf } from './planner-fixtures';
import { simulate } from './simulate';

// Wednesday 18 and Thursday 19 November 2026 in London, office hours 09:00–17:00. The user
// is at the computer 08:55–17:20 both days; the browser is quit, or the laptop closed
// without locking, once, for a while. Tend must count each day within 10 minutes of what
// was worked while it could see the user: in the popup, in Insights and in the CSV.
const zone = 'Europe/London';
const settings: Settings = settingsIn(zone);
const DAYS = ['2026-11-18', '2026-11-19'];
const MINUTE = 60_000;
const local = (date: string, time: string) => zonedInstant(zone, date, time);

const atTheComputer: ActivityTransition[] = [
  ...DAYS.flatMap((date) => [
    { at: local(date, '08:55'), state: 'active' as const },
    { at: local(date, '17:20'), state: 'locked' as const },
  ]),
  // Back at the computer for their own things on Wednesday evening.
  { at: local('2026-11-18', '18:30'), state: 'active' as const },
  { at: local('2026-11-18', '19:30'), state: 'locked' as const },
].sort((a, b) => a.at - b.at);

// [when it starts on Wednesday, minutes, quit (else asleep)]
const gaps: [string, number, boolean][] = [
  ['10:13', 20, false],
  ['11:02', 45, true],
  ['13:31', 120, false],
  ['12:00', 300, true],
  ['15:07', 210, false],
  ['16:50', 16 * 60, false],
  ['09:47', 16 * 60, true],
  // Off the clock on Wednesday evening, unseen until Thursday's shift has begun.
  ['19:00', 16 * 60, false],
];

/** Each day's hours as the popup, Insights and the CSV say them, in minutes. */
function hoursOf(activity: ActivityTransition[]) {
  const end = new Date(local('2026-11-20', '08:00'));
  const popup = DAYS.map(
    (date) => today(stateOf(settings, activity), new Date(local(date, '23:59'))).workedMs,
  );
  const csv = DAYS.map(
    (date) =>
      workHoursRows(settings, [], activity, end).find((row) => row.date === date)?.workedMs ?? 0,
  );
  const week = weeklyInsights(
    { settings, exceptions: [], activity, interactions: [], reflections: [], contacts: [] },
    end,
  ).weeks.find((one) => one.weekStart === '2026-11-16');
  return {
    popup: popup.map(minutes),
    csv: csv.map(minutes),
    insights: minutes(week?.workedMs ?? 0),
  };
}

function minutes(ms: number): number {
  return Math.round(ms / MINUTE);
}

describe.each(gaps)('a day with a gap from %s for %i minutes (quit: %s)', (start, length, quit) => {
  const from = local(DAYS[0] as string, start);
  const played = simulate({
    settings,
    activity: atTheComputer,
    offline: [{ start: from, end: from + length * MINUTE, quit }],
    from: local('2026-11-18', '00:00'),
    until: local(addCalendarDays('2026-11-19', 1), '08:00'),
  });
  const counted = hoursOf(played.recorded);
  const truth = hoursOf(played.truth);

  it.each(['popup', 'csv'] as const)('counts each day within 10 minutes in the %s', (where) => {
    counted[where].forEach((value, day) => {
      expect(Math.abs(value - (truth[where][day] as number))).toBeLessThanOrEqual(10);
    });
  });

  it('counts the week within 10 minutes in Insights', () => {
    expect(Math.abs(counted.insights - truth.insights)).toBeLessThanOrEqual(10);
  });

  it('never counts time the browser could not see as work', () => {
    counted.csv.forEach((value, day) =>
      expect(value).toBeLessThanOrEqual(truth.csv[day] as number),
    );
  });
});
