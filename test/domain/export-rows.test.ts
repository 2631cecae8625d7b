import { describe, expect, it } from 'vitest';
import { daySummary } from '../../src/domain/day-summary';
import {
  connectionRows,
  connectionsCsv,
  isoLocal,
  type ConnectionLabels,
} from '../../src/domain/connection-rows';
import {
  clockHours,
  decimalHours,
  workHoursCsv,
  workHoursRows,
  type WorkHoursLabels,
} from '../../src/domain/work-hours-rows';
import { mondayOf } from '../../src/domain/calendar-date';
import type { ActivityTransition, DayException, Settings } from '../../src/domain/types';
import { weekHours } from '../../src/domain/week-hours';
import { workedToday } from '../../src/domain/worked-today';
import { aConnection, aContact } from '../db/factories';
import { parseCsv } from '../support/csv';
import { HOUR, activity, at, settingsIn, stateOf, when, withHours } from './planner-fixtures';
import { seeded } from '../support/seeded';

const MINUTE = 60 * 1000;

const connectionLabels: ConnectionLabels = {
  header: {
    at: 'When',
    kind: 'Kind',
    mode: 'Mode',
    direction: 'Support',
    people: 'People',
    feltBefore: 'Before',
    feltAfter: 'After',
    note: 'Note',
  },
  kind: {
    supervision: 'Supervision',
    'peer-check-in': 'Peer check-in',
    'peer-group': 'Peer group',
    informal: 'Informal',
    'self-care-together': 'Self-care',
    message: 'Message',
    other: 'Other',
  },
  mode: { 'in-person': 'In person', video: 'Video', phone: 'Phone', message: 'Message' },
  direction: { gave: 'Gave', received: 'Received', both: 'Both' },
  unknownPerson: 'Removed person',
};

const workLabels: WorkHoursLabels = {
  header: {
    date: 'Date',
    weekday: 'Weekday',
    scheduledHours: 'Scheduled',
    workedHours: 'Worked',
    workedClock: 'Worked (h:mm)',
    breaks: 'Breaks',
    onCall: 'On call',
    overDailyLimit: 'Over day',
    overWeeklyLimit: 'Over week',
  },
  weekday: (date) => `day of ${date}`,
  yes: 'yes',
  no: 'no',
};

describe('local times in the connection log', () => {
  it('carries the offset in force at each instant across the spring-forward change', () => {
    expect(isoLocal('Europe/London', at('2026-03-28T14:05:00Z'))).toBe('2026-03-28T14:05:00+00:00');
    expect(isoLocal('Europe/London', at('2026-03-29T14:05:00Z'))).toBe('2026-03-29T15:05:00+01:00');
  });

  it('tells the two 01:30s of the fall-back night apart', () => {
    expect(isoLocal('Europe/London', at('2026-10-25T00:30:00Z'))).toBe('2026-10-25T01:30:00+01:00');
    expect(isoLocal('Europe/London', at('2026-10-25T01:30:00Z'))).toBe('2026-10-25T01:30:00+00:00');
  });

  it('writes zones behind UTC and on the half hour', () => {
    expect(isoLocal('America/New_York', at('2026-11-23T14:05:00Z'))).toBe(
      '2026-11-23T09:05:00-05:00',
    );
    expect(isoLocal('Asia/Kolkata', at('2026-11-23T14:05:00Z'))).toBe('2026-11-23T19:35:00+05:30');
  });
});

describe('the connection log export', () => {
  const contacts = [
    aContact({ id: 'zoe', name: 'Zoë Ł 山田' }),
    aContact({ id: 'sam', name: 'Sam, "Jr"' }),
  ];
  const interactions = [
    aConnection({
      id: 'later',
      at: at('2026-03-29T14:05:00Z'),
      contactIds: ['sam', 'gone', 'zoe'],
      kind: 'supervision',
      mode: 'video',
      direction: 'received',
      feltBefore: 2,
      feltAfter: 4,
      note: '=1+1 and\na second line',
    }),
    aConnection({ id: 'earlier', at: at('2026-03-28T14:05:00Z'), contactIds: ['zoe'] }),
  ];

  it('has one row per connection, oldest first, with names and the deleted person as null', () => {
    const rows = connectionRows(interactions, contacts, 'Europe/London');
    expect(rows.map((row) => [row.at, row.people])).toEqual([
      ['2026-03-28T14:05:00+00:00', ['Zoë Ł 山田']],
      ['2026-03-29T15:05:00+01:00', ['Sam, "Jr"', null, 'Zoë Ł 山田']],
    ]);
  });

  it('reads back in a spreadsheet with the words, the people and the note intact', () => {
    const text = connectionsCsv(
      connectionRows(interactions, contacts, 'Europe/London'),
      connectionLabels,
    );
    expect(parseCsv(text)).toEqual([
      ['When', 'Kind', 'Mode', 'Support', 'People', 'Before', 'After', 'Note'],
      ['2026-03-28T14:05:00+00:00', 'Peer check-in', 'In person', 'Both', 'Zoë Ł 山田', '', '', ''],
      [
        '2026-03-29T15:05:00+01:00',
        'Supervision',
        'Video',
        'Received',
        'Sam, "Jr"; Removed person; Zoë Ł 山田',
        '2',
        '4',
        "'=1+1 and\na second line",
      ],
    ]);
  });
});

describe('hours in a spreadsheet', () => {
  it('gives decimal hours and h:mm from the same whole minutes', () => {
    expect([decimalHours(7.5 * HOUR), clockHours(7.5 * HOUR)]).toEqual(['7.50', '7:30']);
    expect([
      decimalHours(7 * HOUR + 29 * MINUTE + 59_000),
      clockHours(7 * HOUR + 29 * MINUTE + 59_000),
    ]).toEqual(['7.48', '7:29']);
    expect([decimalHours(0), clockHours(0)]).toEqual(['0.00', '0:00']);
    expect([decimalHours(25 * HOUR + 5 * MINUTE), clockHours(25 * HOUR + 5 * MINUTE)]).toEqual([
      '25.08',
      '25:05',
    ]);
  });
});

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
  ['2026-11-16T10:30:00Z', 'break-start'],
  ['2026-11-16T10:40:00Z', 'break-end'],
  ['2026-11-16T17:00:00Z', 'locked'],
  ['2026-11-17T09:00:00Z', 'active'],
  ['2026-11-17T17:00:00Z', 'locked'],
  ['2026-11-18T09:00:00Z', 'active'],
  ['2026-11-18T12:00:00Z', 'idle'],
  ['2026-11-18T13:00:00Z', 'active'],
  ['2026-11-18T15:00:00Z', 'idle'],
  // Too short to count as a break
  ['2026-11-18T15:03:00Z', 'active'],
  ['2026-11-18T17:00:00Z', 'locked'],
  ['2026-11-19T09:00:00Z', 'active'],
  ['2026-11-19T19:00:00Z', 'locked'],
  ['2026-11-20T09:00:00Z', 'active'],
  ['2026-11-20T17:00:00Z', 'locked'],
  // Saturday at the computer, not clocked in: not work
  ['2026-11-21T10:00:00Z', 'active'],
  ['2026-11-21T12:00:00Z', 'locked'],
  // Tuesday of the next week, half a day so far
  ['2026-11-24T09:00:00Z', 'active'],
);
const tuesdayNoon = when('2026-11-24T12:00:00Z');

describe('the work hours export', () => {
  const rows = workHoursRows(london, exceptions, week, tuesdayNoon);

  it('has a row for each day with a shift or work, from the first activity to today', () => {
    expect(rows.map((row) => row.date)).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-23',
      '2026-11-24',
    ]);
  });

  it('counts each day as the week view does', () => {
    const view = weekHours(london, exceptions, week, '2026-11-16', tuesdayNoon);
    for (const day of view.days.filter((one) => one.scheduledMs > 0)) {
      expect(rows.find((row) => row.date === day.date)).toMatchObject({
        scheduledMs: day.scheduledMs,
        workedMs: day.workedMs,
        onCall: day.onCall,
      });
    }
    expect(rows.map((row) => row.workedMs / HOUR)).toEqual([
      8 - 10 / 60,
      8,
      7 - 3 / 60,
      10,
      8,
      0,
      3,
    ]);
  });

  it('gives a day the time and breaks the popup gave it at its end', () => {
    const state = { ...stateOf(london, week), exceptions };
    const endOfWednesday = when('2026-11-18T23:59:00Z');
    const wednesday = rows.find((row) => row.date === '2026-11-18');
    expect(wednesday?.workedMs).toBe(workedToday(state, endOfWednesday).workedMs);
    expect(wednesday?.breaksTaken).toBe(daySummary(state, endOfWednesday).breaksTaken);
    expect(wednesday?.breaksTaken).toBe(1);
    const monday = rows.find((row) => row.date === '2026-11-16');
    expect(monday?.breaksTaken).toBe(daySummary(state, when('2026-11-16T23:59:00Z')).breaksTaken);
    expect(monday?.breaksTaken).toBe(1);
  });

  it('marks the day past the daily limit and the days the week is past its limit', () => {
    expect(rows.map((row) => [row.date, row.overDailyLimit, row.overWeeklyLimit])).toEqual([
      ['2026-11-16', false, false],
      ['2026-11-17', false, false],
      ['2026-11-18', false, false],
      ['2026-11-19', true, false],
      ['2026-11-20', false, true],
      ['2026-11-23', false, false],
      ['2026-11-24', false, false],
    ]);
  });

  it('reads back in a spreadsheet, limits left empty when there are none', () => {
    const noLimits = {
      ...london,
      work: { ...london.work, dailyLimitMinutes: null, weeklyLimitMinutes: null },
    };
    const text = workHoursCsv(workHoursRows(noLimits, exceptions, week, tuesdayNoon), workLabels);
    const parsed = parseCsv(text);
    expect(parsed[0]).toEqual([
      'Date',
      'Weekday',
      'Scheduled',
      'Worked',
      'Worked (h:mm)',
      'Breaks',
      'On call',
      'Over day',
      'Over week',
    ]);
    expect(parsed[1]).toEqual([
      '2026-11-16',
      'day of 2026-11-16',
      '8.00',
      '7.83',
      '7:50',
      '1',
      'no',
      '',
      '',
    ]);
    expect(parsed[4]).toEqual([
      '2026-11-19',
      'day of 2026-11-19',
      '10.00',
      '10.00',
      '10:00',
      '0',
      'no',
      '',
      '',
    ]);
    expect(parsed[5]).toEqual([
      '2026-11-20',
      'day of 2026-11-20',
      '8.00',
      '8.00',
      '8:00',
      '0',
      'yes',
      '',
      '',
    ]);
  });

  it('has nothing to say before any activity was stored', () => {
    expect(workHoursRows(london, [], [], tuesdayNoon)).toEqual([]);
  });
});

describe('night shifts and clock changes in the work hours export', () => {
  // Saturday nights, 22:00 to 06:00 the next morning.
  const nights = withHours(london, { start: '22:00', end: '06:00', endsNextDay: true }, [6]);

  it('gives the spring-forward night 7 real hours, split between the two dates', () => {
    const night = activity(
      ['2026-03-28T22:00:00Z', 'active'],
      ['2026-03-29T06:00:00+01:00', 'locked'],
    );
    const rows = workHoursRows(nights, [], night, when('2026-03-30T12:00:00Z'));
    expect(rows.map((row) => [row.date, row.scheduledMs / HOUR, row.workedMs / HOUR])).toEqual([
      ['2026-03-28', 7, 2],
      // 00:00 winter time to 06:00 summer time, a 23-hour day
      ['2026-03-29', 0, 5],
    ]);
  });

  it('gives the fall-back night 9 real hours, split between the two dates', () => {
    const night = activity(
      ['2026-10-24T22:00:00+01:00', 'active'],
      ['2026-10-25T06:00:00Z', 'locked'],
    );
    const rows = workHoursRows(nights, [], night, when('2026-10-26T12:00:00Z'));
    expect(rows.map((row) => [row.date, row.scheduledMs / HOUR, row.workedMs / HOUR])).toEqual([
      ['2026-10-24', 9, 2],
      // 00:00 summer time to 06:00 winter time, in a 25-hour day
      ['2026-10-25', 0, 7],
    ]);
    const view = weekHours(nights, [], night, '2026-10-19', when('2026-10-26T12:00:00Z'));
    expect(rows.reduce((sum, row) => sum + row.workedMs, 0)).toBe(view.workedMs);
  });

  it('counts a break taken after midnight on the night shift on the date it was taken', () => {
    const night = activity(
      ['2026-11-21T22:00:00Z', 'active'],
      ['2026-11-22T02:00:00Z', 'idle'],
      ['2026-11-22T02:20:00Z', 'active'],
      ['2026-11-22T06:00:00Z', 'locked'],
    );
    const rows = workHoursRows(nights, [], night, when('2026-11-22T12:00:00Z'));
    expect(rows.map((row) => [row.date, row.workedMs / MINUTE, row.breaksTaken])).toEqual([
      ['2026-11-21', 120, 0],
      ['2026-11-22', 340, 1],
    ]);
  });
});

describe('a long, untidy history', () => {
  it.each([
    ['office days that start by themselves', 1, true, false],
    ['office days with clock-ins only', 2, false, false],
    ['night shifts that start by themselves', 3, true, true],
    ['night shifts with clock-ins only', 4, false, true],
  ])('gives every day what the week view gives it: %s', (_, seed, autoStart, night) => {
    const random = seeded(seed);
    const base = night
      ? withHours(london, { start: '22:00', end: '06:00', endsNextDay: true }, [1, 2, 3, 4, 5])
      : london;
    const settings: Settings = { ...base, work: { ...base.work, autoStart } };
    const states = ['active', 'active', 'idle', 'locked', 'clock-in', 'clock-out'] as const;
    const transitions: ActivityTransition[] = [];
    // Ten weeks across the October clock change, a transition every hour or so.
    let instant = at('2026-09-28T00:00:00Z');
    const end = at('2026-12-07T00:00:00Z');
    while (instant < end) {
      instant += Math.floor(random() * 150) * MINUTE;
      if (random() < 0.05) {
        transitions.push({ at: instant, state: 'break-start' });
        transitions.push({ at: instant + 10 * MINUTE, state: 'break-end' });
        instant += 10 * MINUTE;
      } else {
        transitions.push({ at: instant, state: states[Math.floor(random() * states.length)]! });
      }
    }
    const now = new Date(end);
    const rows = workHoursRows(settings, [], transitions, now);
    expect(rows.length).toBeGreaterThan(40);
    for (const row of rows) {
      const week = weekHours(settings, [], transitions, mondayOf(row.date), now);
      const day = week.days.find((one) => one.date === row.date);
      expect([row.date, row.scheduledMs, row.workedMs]).toEqual([
        row.date,
        day?.scheduledMs,
        day?.workedMs,
      ]);
    }
  });
});
