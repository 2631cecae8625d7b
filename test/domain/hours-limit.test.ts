import { describe, expect, it } from 'vitest';
import { hoursLimitNudges } from '../../src/domain/rules/hours-limit';
import { today } from '../../src/domain/today';
import type { ActivityTransition, NudgeLogEntry, Settings } from '../../src/domain/types';
import {
  HOUR,
  MINUTE,
  activity,
  at,
  ofKind,
  settingsIn,
  stateOf,
  when,
  withHours,
} from './planner-fixtures';

// London in November is on GMT, so 'Z' times are local times. Office hours Monday to Friday.
function limited(
  daily: number | null,
  weekly: number | null,
  settings: Settings = settingsIn('Europe/London'),
): Settings {
  return {
    ...settings,
    work: { ...settings.work, dailyLimitMinutes: daily, weeklyLimitMinutes: weekly },
  };
}

function limitsAt(
  now: string,
  settings: Settings,
  transitions: ActivityTransition[],
  log: NudgeLogEntry[] = [],
) {
  return hoursLimitNudges(stateOf(settings, transitions, log), when(now));
}

const fromNine = activity(['2026-11-16T08:55:00Z', 'active']);
const fourHours = limited(4 * 60, null);

describe('the daily hours limit', () => {
  it('is due once the time worked today reaches it', () => {
    expect(limitsAt('2026-11-16T12:59:00Z', fourHours, fromNine).due).toEqual([]);
    expect(limitsAt('2026-11-16T13:00:00Z', fourHours, fromNine).due).toEqual([
      {
        key: 'hours-limit:day:2026-11-16',
        kind: 'hours-limit',
        limit: 'day',
        dueAt: at('2026-11-16T13:00:00Z'),
        workedMs: 4 * HOUR,
      },
    ]);
  });

  it('is expected when it would be reached if the user stays active', () => {
    const morning = limitsAt('2026-11-16T10:30:00Z', fourHours, fromNine);
    expect(morning.upcoming).toMatchObject([
      { key: 'hours-limit:day:2026-11-16', dueAt: at('2026-11-16T13:00:00Z') },
    ]);
  });

  it('comes once a day', () => {
    const log = [{ key: 'hours-limit:day:2026-11-16', kind: 'hours-limit' as const, shownAt: 0 }];
    expect(limitsAt('2026-11-16T15:00:00Z', fourHours, fromNine, log)).toEqual({
      due: [],
      upcoming: [],
    });
  });

  it('counts only active time on the clock, as the popup does', () => {
    const withLunch = [
      ...fromNine,
      ...activity(['2026-11-16T11:00:00Z', 'locked'], ['2026-11-16T12:00:00Z', 'active']),
    ];
    const due = ofKind(
      limitsAt('2026-11-16T14:00:00Z', fourHours, withLunch).due,
      'hours-limit',
    )[0];
    expect(due?.dueAt).toBe(at('2026-11-16T14:00:00Z'));
    const popup = today(stateOf(fourHours, withLunch), when('2026-11-16T14:00:00Z'));
    expect(due?.workedMs).toBe(popup.workedMs);
  });

  it('waits while the user is away, and comes when they are back', () => {
    const away = [...fromNine, ...activity(['2026-11-16T13:10:00Z', 'idle'])];
    expect(limitsAt('2026-11-16T13:20:00Z', fourHours, away).due).toEqual([]);
    const back = [...away, ...activity(['2026-11-16T13:40:00Z', 'active'])];
    expect(limitsAt('2026-11-16T13:40:00Z', fourHours, back).due).toMatchObject([
      { dueAt: at('2026-11-16T13:00:00Z'), workedMs: 4 * HOUR + 10 * MINUTE },
    ]);
  });

  it('says nothing after the user clocked out', () => {
    const out = [...fromNine, ...activity(['2026-11-16T12:58:00Z', 'clock-out'])];
    expect(limitsAt('2026-11-16T14:00:00Z', limited(3 * 60, null), out)).toEqual({
      due: [],
      upcoming: [],
    });
  });

  it('starts again the next day', () => {
    const twoDays = activity(
      ['2026-11-16T08:55:00Z', 'active'],
      ['2026-11-16T17:00:00Z', 'locked'],
      ['2026-11-17T08:55:00Z', 'active'],
    );
    const log = [{ key: 'hours-limit:day:2026-11-16', kind: 'hours-limit' as const, shownAt: 0 }];
    expect(limitsAt('2026-11-17T13:00:00Z', fourHours, twoDays, log).due).toMatchObject([
      { key: 'hours-limit:day:2026-11-17' },
    ]);
  });
});

describe('the daily hours limit on a night shift, 22:00–06:00 on weekdays', () => {
  const nights = (minutes: number) =>
    limited(
      minutes,
      null,
      withHours(
        settingsIn('Europe/London'),
        { start: '22:00', end: '06:00', endsNextDay: true },
        [1, 2, 3, 4, 5],
      ),
    );
  // Wednesday night's shift, at the computer from just before it starts.
  const onShift = activity(['2026-11-25T21:55:00Z', 'active']);
  const shownDay = (date: string): NudgeLogEntry[] => [
    { key: `hours-limit:day:${date}`, kind: 'hours-limit', shownAt: 0 },
  ];

  it('comes once for the shift, not again after midnight', () => {
    const hour = nights(60);
    expect(limitsAt('2026-11-25T23:30:00Z', hour, onShift).due).toMatchObject([
      { key: 'hours-limit:day:2026-11-25', dueAt: at('2026-11-25T23:00:00Z') },
    ]);
    expect(limitsAt('2026-11-26T00:30:00Z', hour, onShift, shownDay('2026-11-25'))).toEqual({
      due: [],
      upcoming: [],
    });
  });

  it('is named for the day the shift started when reached after midnight', () => {
    expect(limitsAt('2026-11-26T01:00:00Z', nights(3 * 60), onShift).due).toMatchObject([
      { key: 'hours-limit:day:2026-11-25', dueAt: at('2026-11-26T01:00:00Z'), workedMs: 3 * HOUR },
    ]);
  });
});

describe('the weekly hours limit', () => {
  const week = activity(
    ['2026-11-16T09:00:00Z', 'active'],
    ['2026-11-16T17:00:00Z', 'locked'],
    ['2026-11-17T09:00:00Z', 'active'],
    ['2026-11-17T17:00:00Z', 'locked'],
    ['2026-11-18T09:00:00Z', 'active'],
  );
  const twenty = limited(null, 20 * 60);

  it('is due once the week’s work from Monday reaches it, named for that Monday', () => {
    expect(limitsAt('2026-11-18T12:59:00Z', twenty, week).due).toEqual([]);
    expect(limitsAt('2026-11-18T13:00:00Z', twenty, week).due).toEqual([
      {
        key: 'hours-limit:week:2026-11-16',
        kind: 'hours-limit',
        limit: 'week',
        dueAt: at('2026-11-18T13:00:00Z'),
        workedMs: 20 * HOUR,
      },
    ]);
    expect(limitsAt('2026-11-18T10:00:00Z', twenty, week).upcoming).toMatchObject([
      { key: 'hours-limit:week:2026-11-16', dueAt: at('2026-11-18T13:00:00Z') },
    ]);
  });

  it('comes beside the daily one when both are reached', () => {
    const both = limitsAt('2026-11-18T14:00:00Z', limited(4 * 60, 20 * 60), week);
    expect(both.due.map((nudge) => nudge.key)).toEqual([
      'hours-limit:day:2026-11-18',
      'hours-limit:week:2026-11-16',
    ]);
  });

  it('starts the week at Monday 00:00 in the schedule’s zone, not in UTC', () => {
    // Sunday evening in New York is Monday in UTC; the hours still belong to the week before.
    const newYork = limited(null, 2 * 60, settingsIn('America/New_York'));
    const sunday = activity(
      ['2026-11-22T20:00:00-05:00', 'active'],
      ['2026-11-22T21:00:00-05:00', 'clock-in'],
    );
    expect(limitsAt('2026-11-22T23:00:00-05:00', newYork, sunday).due).toMatchObject([
      { key: 'hours-limit:week:2026-11-16', dueAt: at('2026-11-22T23:00:00-05:00') },
    ]);
    const log = [{ key: 'hours-limit:week:2026-11-16', kind: 'hours-limit' as const, shownAt: 0 }];
    expect(limitsAt('2026-11-23T01:00:00-05:00', newYork, sunday, log).upcoming).toMatchObject([
      { key: 'hours-limit:week:2026-11-23', dueAt: at('2026-11-23T02:00:00-05:00') },
    ]);
  });
});

it('has nothing to say without limits', () => {
  expect(limitsAt('2026-11-16T23:00:00Z', limited(null, null), fromNine)).toEqual({
    due: [],
    upcoming: [],
  });
});

describe('hours limits in the user’s day only', () => {
  it('never come in the night for a computer that never idles: the day stops counting at 21:00', () => {
    // Always on since Monday morning; the weekly limit of 40 hours would be reached at night
    // if every hour at an always-on computer counted.
    const alwaysOn = activity(['2026-11-16T07:00:00Z', 'active']);
    const week = limited(null, 40 * 60);
    for (const iso of ['2026-11-19T02:55:00Z', '2026-11-19T03:40:00Z', '2026-11-20T02:00:00Z']) {
      expect(limitsAt(iso, week, alwaysOn).due).toEqual([]);
    }
    // Twelve hours a day from 09:00: 36 hours by Wednesday 21:00, 40 at Thursday 13:00.
    expect(limitsAt('2026-11-19T13:00:00Z', week, alwaysOn).due).toMatchObject([
      { key: 'hours-limit:week:2026-11-16' },
    ]);
  });

  it('stay quiet on an on-call day, unless the user clocks in', () => {
    const onCall = {
      ...stateOf(fourHours, fromNine),
      exceptions: [{ date: '2026-11-16', kind: 'on-call' as const, until: null }],
    };
    expect(hoursLimitNudges(onCall, when('2026-11-16T13:30:00Z')).due).toEqual([]);
    const clockedIn = {
      ...onCall,
      activity: [...fromNine, ...activity(['2026-11-16T09:00:00Z', 'clock-in'])],
    };
    expect(hoursLimitNudges(clockedIn, when('2026-11-16T13:30:00Z')).due).toMatchObject([
      { key: 'hours-limit:day:2026-11-16' },
    ]);
  });
});
