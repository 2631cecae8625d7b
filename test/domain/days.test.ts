import { describe, expect, it } from 'vitest';
import type { ActivityState, DayException, Settings } from '../../src/domain/types';
import { HOUR, MINUTE, activity, at, settingsIn, withoutReflection } from './planner-fixtures';
import { diary, simulate, type Scenario, type ShownNudge } from './simulate';

// London in November is on GMT, so 'Z' times are local times. Office hours Monday to
// Friday 09:00–17:00; a short break after 50 minutes of work, a long one after 120. These
// diaries are about the workday; the weekly reflection has its own tests (rules/reflection).
const zone = 'Europe/London';
const office = withoutReflection(settingsIn(zone));

/** Transitions on one date from ['HH:mm', state] pairs ('+1' after a time: the next day). */
function on(date: string, ...entries: [string, ActivityState][]) {
  const next = new Date(at(`${date}T12:00:00Z`) + 24 * HOUR).toISOString().slice(0, 10);
  return activity(
    ...entries.map(([time, state]): [string, ActivityState] => {
      const later = time.endsWith('+');
      return [`${later ? next : date}T${time.replace('+', '')}:00Z`, state];
    }),
  );
}

/** Plays one day from its midnight to 08:00 the next morning. */
function day(
  date: string,
  transitions: Scenario['activity'],
  extra: Partial<Scenario> = {},
  settings: Settings = office,
): ShownNudge[] {
  const from = at(`${date}T00:00:00Z`);
  return simulate({ settings, activity: transitions, from, until: from + 32 * HOUR, ...extra })
    .shown;
}

describe('a normal day: short pauses, a lunch away, a connection logged', () => {
  const shown = day(
    '2026-11-16',
    on(
      '2026-11-16',
      ['08:55', 'active'],
      ['10:30', 'idle'], // 8 minutes: a short break
      ['10:38', 'active'],
      ['12:30', 'locked'], // 45 minutes: a long break
      ['13:15', 'active'],
      ['15:00', 'idle'], // 3 minutes: too short to count
      ['15:03', 'active'],
      ['17:10', 'locked'],
    ),
    { connectionTimes: [at('2026-11-16T11:00:00Z')] },
  );

  it('fires breaks, the wrap-up and one boundary reminder, each at its time', () => {
    expect(diary(shown, zone)).toEqual([
      '09:50 break:short:09:00:0',
      // 120 minutes of work, less the 8 away
      '11:08 break:long:09:00:0',
      // the short timer started again at 10:38, and the long break answered for it at 11:08
      '11:58 break:short:10:38:0',
      '14:05 break:short:13:15:0',
      // the long one, due at 15:18, comes in place of the short one due at 14:55
      '14:55 break:long:13:15:0',
      // three minutes idle pause the timers without starting them again
      '15:48 break:short:13:15:1',
      // and again: due at 16:58, it comes at 16:38 instead of a short one
      '16:38 break:long:13:15:1',
      '16:45 wrap-up:2026-11-16:17:00',
      '17:00 boundary:2026-11-16:17:00:0',
    ]);
  });

  it('sums the day up in the wrap-up: worked time, breaks taken, connections', () => {
    const wrapUp = shown.find((nudge) => nudge.kind === 'wrap-up');
    // 09:00–16:45 less 8, 45 and 3 minutes away
    expect(wrapUp?.summary).toEqual({
      workedMs: 6 * HOUR + 49 * MINUTE,
      breaksTaken: 2,
      connections: 1,
    });
  });

  it('says how long each break is', () => {
    expect(
      shown.filter((nudge) => nudge.kind === 'break').map((nudge) => nudge.breakMinutes),
    ).toEqual([5, 15, 5, 5, 15, 5, 15]);
  });
});

describe('a day with a long lunch away', () => {
  const shown = day(
    '2026-11-17',
    on(
      '2026-11-17',
      ['09:00', 'active'],
      ['12:00', 'idle'],
      ['13:00', 'active'],
      ['17:05', 'locked'],
    ),
  );

  it('starts both break timers again after the hour away, and nudges nobody while away', () => {
    expect(diary(shown, zone)).toEqual([
      '09:50 break:short:09:00:0',
      // due at 11:00, the long break comes in place of the short one due at 10:40
      '10:40 break:long:09:00:0',
      '11:30 break:short:09:00:1',
      '13:50 break:short:13:00:0',
      '14:40 break:long:13:00:0',
      '15:30 break:short:13:00:1',
      '16:20 break:long:13:00:1',
      '16:45 wrap-up:2026-11-17:17:00',
      '17:00 boundary:2026-11-17:17:00:0',
    ]);
  });
});

describe('a day of back-to-back activity with a daily limit of 8 hours', () => {
  const limited = { ...office, work: { ...office.work, dailyLimitMinutes: 8 * 60 } };
  const shown = day(
    '2026-11-18',
    on('2026-11-18', ['09:00', 'active'], ['18:40', 'locked']),
    {},
    limited,
  );

  it('reminds of a break every 50 minutes until the workday ends, the long one in place of a short one due within 30 minutes of it', () => {
    expect(diary(shown, zone)).toEqual([
      '09:50 break:short:09:00:0',
      '10:40 break:long:09:00:0',
      '11:30 break:short:09:00:1',
      '12:20 break:long:09:00:1',
      '13:10 break:short:09:00:2',
      '14:00 break:long:09:00:2',
      '14:50 break:short:09:00:3',
      '15:40 break:long:09:00:3',
      '16:30 break:short:09:00:4',
      '16:45 wrap-up:2026-11-18:17:00',
      '17:00 boundary:2026-11-18:17:00:0',
      '17:00 hours-limit:day:2026-11-18',
      '17:30 boundary:2026-11-18:17:00:1',
      '18:00 boundary:2026-11-18:17:00:2',
    ]);
  });

  it('tells the time worked when the daily limit is reached', () => {
    expect(shown.find((nudge) => nudge.kind === 'hours-limit')).toMatchObject({
      limit: 'day',
      workedMs: 8 * HOUR,
    });
  });
});

describe('exceptions to the schedule', () => {
  const lateShift = (date: string, until: string): DayException => ({
    date,
    kind: 'late-shift',
    until,
  });

  it('moves the wrap-up, the reminders and the breaks of a late shift to its new end', () => {
    const shown = day(
      '2026-11-19',
      on(
        '2026-11-19',
        ['09:00', 'active'],
        ['12:30', 'idle'],
        ['13:00', 'active'],
        ['20:40', 'locked'],
      ),
      { exceptions: [lateShift('2026-11-19', '20:00')] },
    );
    expect(diary(shown, zone)).toEqual([
      '09:50 break:short:09:00:0',
      '10:40 break:long:09:00:0',
      '11:30 break:short:09:00:1',
      '12:20 break:long:09:00:1',
      '13:50 break:short:13:00:0',
      '14:40 break:long:13:00:0',
      '15:30 break:short:13:00:1',
      '16:20 break:long:13:00:1',
      '17:10 break:short:13:00:2',
      '18:00 break:long:13:00:2',
      '18:50 break:short:13:00:3',
      // the long one would fall due after the shift's end: a short one, then the wrap-up
      '19:40 break:short:13:00:4',
      '19:45 wrap-up:2026-11-19:20:00',
      '20:00 boundary:2026-11-19:20:00:0',
      '20:30 boundary:2026-11-19:20:00:1',
    ]);
  });

  it('ends a shift past midnight on the next day, wrap-up and reminder included', () => {
    const shown = day(
      '2026-11-20',
      on(
        '2026-11-20',
        ['09:00', 'active'],
        ['12:30', 'idle'],
        ['13:00', 'active'],
        ['18:00', 'idle'],
        ['18:40', 'active'],
        ['01:20+', 'locked'],
      ),
      { exceptions: [lateShift('2026-11-20', '01:00')] },
    );
    const lateOn = shown.filter((nudge) => nudge.shownAt >= at('2026-11-20T23:00:00Z'));
    expect(diary(lateOn, zone, 'EEE HH:mm')).toEqual([
      'Fri 23:40 break:long:Fri 18:40:2',
      'Sat 00:30 break:short:Fri 18:40:3',
      'Sat 00:45 wrap-up:2026-11-20:Sat 01:00',
      'Sat 01:00 boundary:2026-11-20:Sat 01:00:0',
    ]);
    // Nothing at 16:45 or 17:00, where the day would have ended.
    expect(
      shown.filter((nudge) => nudge.kind === 'wrap-up' || nudge.kind === 'boundary'),
    ).toHaveLength(2);
  });

  it('keeps an on-call day quiet: no breaks, no wrap-up and no boundary reminders', () => {
    const shown = day(
      '2026-11-24',
      on(
        '2026-11-24',
        ['09:00', 'active'],
        ['12:30', 'idle'],
        ['13:00', 'active'],
        ['19:00', 'locked'],
      ),
      { exceptions: [{ date: '2026-11-24', kind: 'on-call', until: null }] },
    );
    expect(shown).toEqual([]);
  });

  it('brings an on-call day’s breaks once the user clocks in: they said they are working', () => {
    const shown = day(
      '2026-11-24',
      on('2026-11-24', ['09:00', 'active'], ['10:00', 'clock-in'], ['12:00', 'locked']),
      { exceptions: [{ date: '2026-11-24', kind: 'on-call', until: null }] },
    );
    // The day started by itself at 09:00: an hour's work is done when they say so.
    expect(diary(shown, zone)).toEqual([
      '10:00 break:short:09:00:0',
      '10:50 break:long:09:00:0',
      '11:40 break:short:09:00:1',
    ]);
  });
});

describe('a day off', () => {
  it('nudges nobody for activity on a Saturday', () => {
    const shown = day('2026-11-21', on('2026-11-21', ['10:00', 'active'], ['16:00', 'locked']));
    expect(shown).toEqual([]);
  });

  it('brings breaks only while the user clocks in on a Sunday, and no wrap-up', () => {
    const shown = day(
      '2026-11-22',
      on(
        '2026-11-22',
        ['10:00', 'active'],
        ['11:00', 'clock-in'],
        ['14:00', 'clock-out'],
        ['16:00', 'locked'],
      ),
    );
    expect(diary(shown, zone)).toEqual([
      '11:50 break:short:11:00:0',
      '12:40 break:long:11:00:0',
      '13:30 break:short:11:00:1',
    ]);
  });
});

describe('a night shift, Saturday 22:00 to Sunday 06:00, across a daylight-saving change', () => {
  const nights = {
    ...office,
    schedule: {
      ...office.schedule,
      days: { ...office.schedule.days, 6: { start: '22:00', end: '06:00', endsNextDay: true } },
    },
  };

  it.each([
    // the 23-hour day: 7 real hours on the shift; the last long break would fall at its end
    [
      '2026-03-28',
      '2026-03-28T21:55:00Z',
      '2026-03-29T06:30:00+01:00',
      7,
      [50, 150, 250, 350, 400],
      [100, 200, 300],
    ],
    // the 25-hour day: 9 real hours on the shift
    [
      '2026-10-24',
      '2026-10-24T21:55:00+01:00',
      '2026-10-25T06:30:00Z',
      9,
      [50, 150, 250, 350, 450],
      [100, 200, 300, 400, 500],
    ],
  ])(
    'starting %s, counts real minutes for breaks and ends at 06:00 local (%#)',
    (date, start, end, hours, short, long) => {
      const from = at(start) + 5 * MINUTE;
      const shown = simulate({
        settings: nights,
        activity: activity([start, 'active'], [end, 'locked']),
        from: at(start) - HOUR,
        until: at(end) + 2 * HOUR,
      }).shown;
      const minutes = (kind: string) =>
        shown
          .filter((nudge) => nudge.key.startsWith(kind))
          .map((nudge) => (nudge.shownAt - from) / MINUTE);
      const length = hours * 60;
      expect(minutes('break:short')).toEqual(short);
      expect(minutes('break:long')).toEqual(long);
      expect(minutes(`wrap-up:${date}`)).toEqual([length - 15]);
      expect(minutes(`boundary:${date}`)).toEqual([length]);
      expect(diary(shown, zone).filter((line) => !line.includes('break'))).toEqual([
        `05:45 wrap-up:${date}:06:00`,
        `06:00 boundary:${date}:06:00:0`,
      ]);
      expect(shown.find((nudge) => nudge.kind === 'wrap-up')?.summary?.workedMs).toBe(
        (length - 15) * MINUTE,
      );
    },
  );
});
