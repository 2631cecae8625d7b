import { describe, expect, it } from 'vitest';
import { endOfDayNudges } from '../../src/domain/rules/end-of-day';
import type { ActivityTransition, NudgeLogEntry, Settings } from '../../src/domain/types';
import {
  HOUR,
  MINUTE,
  activity,
  at,
  ofKind,
  settingsIn,
  shown,
  stateOf,
  when,
  withHours,
  wrapUpKey,
  boundaryKey,
} from './planner-fixtures';

// London in November is on GMT, so 'Z' times below are local times.
const london = settingsIn('Europe/London');
const allDay = activity(['2026-11-16T00:00:00Z', 'active']);

function nudgesAt(
  now: string,
  settings: Settings = london,
  transitions: ActivityTransition[] = allDay,
  log: NudgeLogEntry[] = [],
) {
  return endOfDayNudges(stateOf(settings, transitions, log), when(now));
}

function keys(nudges: { key: string }[]): string[] {
  return nudges.map((nudge) => nudge.key);
}

// Tomorrow's workday is always in view; most tests are about one workday's nudges.
function of(date: string, nudges: { key: string }[]): string[] {
  return keys(nudges).filter((key) => key.includes(date));
}

describe('the end of an office week (Monday to Friday 09:00–17:00, weekend off)', () => {
  it.each([
    ['Monday', '2026-11-16', true],
    ['Tuesday', '2026-11-17', true],
    ['Wednesday', '2026-11-18', true],
    ['Thursday', '2026-11-19', true],
    ['Friday', '2026-11-20', true],
    ['Saturday', '2026-11-21', false],
    ['Sunday', '2026-11-22', false],
  ])('on %s %s wraps up at 16:50 and reminds at 17:05 only on a workday: %s', (_, date, works) => {
    const active = activity([`${date}T08:00:00Z`, 'active']);
    const wrapUp = nudgesAt(`${date}T16:50:00Z`, london, active);
    const boundary = nudgesAt(`${date}T17:05:00Z`, london, active);
    expect(keys(wrapUp.due)).toEqual(works ? [wrapUpKey(date)] : []);
    expect(keys(boundary.due)).toEqual(works ? [boundaryKey(date, 0)] : []);
  });

  it('expects nothing on a Saturday, with Friday over and Sunday off', () => {
    expect(nudgesAt('2026-11-21T12:00:00Z')).toEqual({ due: [], upcoming: [] });
  });

  it('expects Monday’s wrap-up on Sunday; its reminders wait until the shift was worked', () => {
    const sunday = nudgesAt('2026-11-22T12:00:00Z');
    expect(sunday.due).toEqual([]);
    expect(keys(sunday.upcoming)).toEqual([wrapUpKey('2026-11-23')]);
  });
});

describe('the wrap-up', () => {
  it('comes 15 minutes before the workday ends', () => {
    expect(nudgesAt('2026-11-16T16:45:00Z').due).toEqual([
      {
        key: wrapUpKey('2026-11-16'),
        kind: 'wrap-up',
        dueAt: at('2026-11-16T16:45:00Z'),
        workdayEndsAt: at('2026-11-16T17:00:00Z'),
        minutesLeft: 15,
        summary: { workedMs: 7 * HOUR + 45 * MINUTE, breaksTaken: 0, connections: 0 },
      },
    ]);
  });

  it('counts the minutes left rounded up', () => {
    expect(ofKind(nudgesAt('2026-11-16T16:50:40Z').due, 'wrap-up')[0]?.minutesLeft).toBe(10);
  });

  it('is upcoming, not due, a moment before', () => {
    const early = nudgesAt('2026-11-16T16:44:59Z');
    expect(early.due).toEqual([]);
    expect(early.upcoming[0]).toMatchObject({
      key: wrapUpKey('2026-11-16'),
      dueAt: at('2026-11-16T16:45:00Z'),
    });
  });

  it('announces, hours ahead, the lead time it will come with', () => {
    const morning = nudgesAt('2026-11-16T10:00:00Z');
    expect(morning.upcoming[0]).toMatchObject({ key: wrapUpKey('2026-11-16'), minutesLeft: 15 });
  });

  it('follows the configured lead time', () => {
    const settings = settingsIn('Europe/London', { wrapUpMinutesBefore: 30 });
    expect(keys(nudgesAt('2026-11-16T16:30:00Z', settings).due)).toEqual([wrapUpKey('2026-11-16')]);
    expect(keys(nudgesAt('2026-11-16T16:29:00Z', settings).due)).toEqual([]);
  });

  it.each([
    ['idle', activity(['2026-11-16T16:00:00Z', 'idle'])],
    ['locked', activity(['2026-11-16T16:00:00Z', 'active'], ['2026-11-16T16:40:00Z', 'locked'])],
    ['unknown', []],
  ])('waits while the user is %s', (_, transitions) => {
    expect(nudgesAt('2026-11-16T16:50:00Z', london, transitions).due).toEqual([]);
  });

  it('stays away after the user clocked out, and comes back with a clock-in', () => {
    const out = [...allDay, ...activity(['2026-11-16T16:30:00Z', 'clock-out'])];
    const after = nudgesAt('2026-11-16T16:50:00Z', london, out);
    expect(of('2026-11-16', [...after.due, ...after.upcoming])).toEqual([]);
    const back = [...out, ...activity(['2026-11-16T16:40:00Z', 'clock-in'])];
    expect(keys(nudgesAt('2026-11-16T16:50:00Z', london, back).due)).toEqual([
      wrapUpKey('2026-11-16'),
    ]);
  });

  it('is never shown twice', () => {
    expect(
      nudgesAt('2026-11-16T16:50:00Z', london, allDay, shown(wrapUpKey('2026-11-16'))).due,
    ).toEqual([]);
  });

  it('is over once the workday has ended', () => {
    expect(nudgesAt('2026-11-16T17:00:00Z').due.map((nudge) => nudge.kind)).not.toContain(
      'wrap-up',
    );
  });

  it('comes at the start of a shift shorter than the lead time, never before it', () => {
    const short = withHours(
      settingsIn('Europe/London', { wrapUpMinutesBefore: 60 }),
      { start: '09:00', end: '09:30', endsNextDay: false },
      [1],
    );
    expect(nudgesAt('2026-11-16T08:45:00Z', short).due).toEqual([]);
    expect(ofKind(nudgesAt('2026-11-16T09:00:00Z', short).due, 'wrap-up')[0]?.minutesLeft).toBe(30);
  });
});

describe('boundary reminders', () => {
  it('remind at the end of the workday while still active', () => {
    expect(nudgesAt('2026-11-16T17:00:00Z').due).toEqual([
      {
        key: boundaryKey('2026-11-16', 0),
        kind: 'boundary',
        dueAt: at('2026-11-16T17:00:00Z'),
        workdayEndsAt: at('2026-11-16T17:00:00Z'),
      },
    ]);
  });

  it('remind again 30 minutes after the workday ends while still active', () => {
    const later = nudgesAt(
      '2026-11-16T17:30:00Z',
      london,
      allDay,
      shown(boundaryKey('2026-11-16', 0)),
    );
    expect(later.due).toMatchObject([
      { key: boundaryKey('2026-11-16', 1), dueAt: at('2026-11-16T17:30:00Z') },
    ]);
  });

  it('wait for the next slot once a reminder was shown', () => {
    const between = nudgesAt(
      '2026-11-16T17:29:00Z',
      london,
      allDay,
      shown(boundaryKey('2026-11-16', 0)),
    );
    expect(between.due).toEqual([]);
    expect(between.upcoming[0]).toMatchObject({
      key: boundaryKey('2026-11-16', 1),
      dueAt: at('2026-11-16T17:30:00Z'),
    });
  });

  it.each([5, 15, 45, 240])('repeat every %i minutes', (minutes) => {
    const settings = settingsIn('Europe/London', { boundaryRepeatMinutes: minutes });
    const slot = at('2026-11-16T17:00:00Z') + minutes * 60_000;
    const log = shown(boundaryKey('2026-11-16', 0));
    const state = stateOf(settings, allDay, log);
    expect(endOfDayNudges(state, new Date(slot - 60_000)).due).toEqual([]);
    expect(endOfDayNudges(state, new Date(slot)).due).toMatchObject([
      { key: boundaryKey('2026-11-16', 1), dueAt: slot },
    ]);
  });

  it.each([1, 3, 5])('stop after %i reminders in a workday', (cap) => {
    const settings = settingsIn('Europe/London', { boundaryMaxPerDay: cap });
    const slots = Array.from({ length: cap }, (_, i) => boundaryKey('2026-11-16', i));
    const full = nudgesAt('2026-11-16T19:40:00Z', settings, allDay, shown(...slots));
    expect(of('2026-11-16', [...full.due, ...full.upcoming])).toEqual([]);
    // The last one allowed is due, and nothing is expected after it.
    const last = nudgesAt('2026-11-16T19:40:00Z', settings, allDay, shown(...slots.slice(1)));
    expect(keys(last.due)).toEqual([boundaryKey('2026-11-16', 5)]);
    expect(of('2026-11-16', last.upcoming)).toEqual([]);
  });

  it('count only this workday’s reminders towards the cap', () => {
    const yesterdays = shown(
      boundaryKey('2026-11-15', 0),
      boundaryKey('2026-11-15', 1),
      boundaryKey('2026-11-15', 2),
    );
    expect(keys(nudgesAt('2026-11-16T17:00:00Z', london, allDay, yesterdays).due)).toEqual([
      boundaryKey('2026-11-16', 0),
    ]);
  });

  it.each([
    ['idle', activity(['2026-11-16T08:00:00Z', 'active'], ['2026-11-16T16:55:00Z', 'idle'])],
    ['locked', activity(['2026-11-16T08:00:00Z', 'active'], ['2026-11-16T16:55:00Z', 'locked'])],
  ])('stay quiet while the user is %s, expecting the next slot', (_, transitions) => {
    const quiet = nudgesAt('2026-11-16T17:10:00Z', london, transitions);
    expect(quiet.due).toEqual([]);
    expect(of('2026-11-16', quiet.upcoming)).toEqual([boundaryKey('2026-11-16', 1)]);
  });

  it('never come about a shift nobody worked: a sick day, a day at a conference', () => {
    const eveningOnly = activity(['2026-11-16T18:30:00Z', 'active']);
    const evening = nudgesAt('2026-11-16T18:35:00Z', london, eveningOnly);
    expect(of('2026-11-16', [...evening.due, ...evening.upcoming])).toEqual([]);
    expect(of('2026-11-16', nudgesAt('2026-11-16T17:10:00Z', london, []).upcoming)).toEqual([]);
  });

  it('stop for the day after the user clocks out', () => {
    const out = [...allDay, ...activity(['2026-11-16T17:10:00Z', 'clock-out'])];
    const after = nudgesAt('2026-11-16T17:30:00Z', london, out);
    expect(of('2026-11-16', [...after.due, ...after.upcoming])).toEqual([]);
  });

  it('are never shown twice', () => {
    const again = nudgesAt(
      '2026-11-16T17:10:00Z',
      london,
      allDay,
      shown(boundaryKey('2026-11-16', 0)),
    );
    expect(again.due).toEqual([]);
  });

  it('do not show missed reminders late, only the current one', () => {
    const away = activity(
      ['2026-11-16T08:00:00Z', 'active'],
      ['2026-11-16T16:00:00Z', 'idle'],
      ['2026-11-16T18:10:00Z', 'active'],
    );
    const back = nudgesAt('2026-11-16T18:10:00Z', london, away);
    expect(back.due).toMatchObject([
      { key: boundaryKey('2026-11-16', 2), dueAt: at('2026-11-16T18:00:00Z') },
    ]);
  });

  it('end 12 hours after the workday', () => {
    const settings = settingsIn('Europe/London', { boundaryMaxPerDay: 20 });
    expect(keys(nudgesAt('2026-11-17T04:59:00Z', settings).due)).toEqual([
      boundaryKey('2026-11-16', 23),
    ]);
    expect(of('2026-11-16', nudgesAt('2026-11-17T04:40:00Z', settings).upcoming)).toEqual([]);
    expect(nudgesAt('2026-11-17T05:00:00Z', settings).due).toEqual([]);
  });

  it('end when the next workday starts, if that comes sooner', () => {
    const early = { ...london, boundary: { ...london.boundary, boundaryMaxPerDay: 20 } };
    early.schedule = {
      ...early.schedule,
      days: { ...early.schedule.days, 2: { start: '03:00', end: '11:00', endsNextDay: false } },
    };
    expect(keys(nudgesAt('2026-11-17T02:59:00Z', early).due)).toEqual([
      boundaryKey('2026-11-16', 19),
    ]);
    expect(keys(nudgesAt('2026-11-17T03:00:00Z', early).due)).toEqual([]);
  });

  it('repeat every 30 real minutes across the fall-back hour', () => {
    const lateShift = { start: '16:00', end: '00:45', endsNextDay: true };
    const newYork = withHours(
      settingsIn('America/New_York', { boundaryMaxPerDay: 5 }),
      lateShift,
      [6],
    );
    const reminder = (slot: number) => boundaryKey('2026-10-31', slot, '2026-11-01T00:45:00-04:00');
    const log = shown(reminder(0), reminder(1), reminder(2));
    const active = activity(['2026-10-31T16:00:00-04:00', 'active']);
    // 00:45, 01:15 and 01:45 summer time, then 01:15 standard time.
    const again = nudgesAt('2026-11-01T01:20:00-05:00', newYork, active, log);
    expect(again.due).toMatchObject([{ key: reminder(3), dueAt: at('2026-11-01T01:15:00-05:00') }]);
  });
});

describe('a late shift set after the day’s first end was marked', () => {
  // Wednesday: the office day's end at 17:00 was marked, and the user then stays on until 20:00.
  const LATE_END = '2026-11-18T20:00:00Z';
  const lateUntilEight = (log: NudgeLogEntry[]) => ({
    ...stateOf(london, allDay, log),
    exceptions: [{ date: '2026-11-18', kind: 'late-shift' as const, until: '20:00' }],
  });

  it('gets its own wrap-up after the one for 17:00 was shown', () => {
    const state = lateUntilEight(shown(wrapUpKey('2026-11-18')));
    expect(keys(endOfDayNudges(state, when('2026-11-18T19:45:00Z')).due)).toEqual([
      wrapUpKey('2026-11-18', LATE_END),
    ]);
  });

  it('gets its boundary reminders at its new end after those for 17:00 were shown', () => {
    const state = lateUntilEight(shown(boundaryKey('2026-11-18', 0), boundaryKey('2026-11-18', 1)));
    expect(keys(endOfDayNudges(state, when('2026-11-18T19:00:00Z')).upcoming)).toContain(
      boundaryKey('2026-11-18', 0, LATE_END),
    );
    expect(keys(endOfDayNudges(state, when('2026-11-18T20:00:00Z')).due)).toEqual([
      boundaryKey('2026-11-18', 0, LATE_END),
    ]);
  });

  it('counts the cap for its new end afresh', () => {
    const capped = shown(...[0, 1, 2].map((slot) => boundaryKey('2026-11-18', slot)));
    expect(keys(endOfDayNudges(lateUntilEight(capped), when('2026-11-18T21:00:00Z')).due)).toEqual([
      boundaryKey('2026-11-18', 2, LATE_END),
    ]);
  });
});

describe('a night shift, 22:00–06:00 on weekdays', () => {
  const nights = withHours(
    london,
    { start: '22:00', end: '06:00', endsNextDay: true },
    [1, 2, 3, 4, 5],
  );
  const onShift = activity(['2026-11-16T21:55:00Z', 'active']);
  const MONDAY_NIGHT_ENDS = '2026-11-17T06:00:00Z';

  it.each([
    [
      '2026-11-16T23:00:00Z',
      [],
      [wrapUpKey('2026-11-16', MONDAY_NIGHT_ENDS), boundaryKey('2026-11-16', 0, MONDAY_NIGHT_ENDS)],
    ],
    [
      '2026-11-17T05:45:00Z',
      [wrapUpKey('2026-11-16', MONDAY_NIGHT_ENDS)],
      [boundaryKey('2026-11-16', 0, MONDAY_NIGHT_ENDS)],
    ],
    [
      '2026-11-17T06:00:00Z',
      [boundaryKey('2026-11-16', 0, MONDAY_NIGHT_ENDS)],
      [boundaryKey('2026-11-16', 1, MONDAY_NIGHT_ENDS)],
    ],
  ])('at %s has due %j and expects %j', (now, due, upcoming) => {
    const result = nudgesAt(now, nights, onShift);
    expect(keys(result.due)).toEqual(due);
    expect(keys(result.upcoming)).toEqual(expect.arrayContaining(upcoming));
  });

  it('stops reminding 12 hours after the shift ends', () => {
    const many = { ...nights, boundary: { ...nights.boundary, boundaryMaxPerDay: 20 } };
    expect(keys(nudgesAt('2026-11-17T17:59:00Z', many, onShift).due)).toEqual([
      boundaryKey('2026-11-16', 23, MONDAY_NIGHT_ENDS),
    ]);
    expect(nudgesAt('2026-11-17T18:00:00Z', many, onShift).due).toEqual([]);
  });

  it('wraps up Friday night’s shift on Saturday morning, and no shift on Monday morning', () => {
    const weekend = activity(['2026-11-20T21:55:00Z', 'active']);
    expect(keys(nudgesAt('2026-11-21T05:45:00Z', nights, weekend).due)).toEqual([
      wrapUpKey('2026-11-20', '2026-11-21T06:00:00Z'),
    ]);
    const monday = activity(['2026-11-22T21:55:00Z', 'active']);
    expect(nudgesAt('2026-11-23T05:45:00Z', nights, monday).due).toEqual([]);
  });
});

describe('daylight-saving changes', () => {
  it.each([
    ['America/New_York', '2026-03-06', '-05:00'],
    ['America/New_York', '2026-03-09', '-04:00'],
    ['America/New_York', '2026-10-30', '-04:00'],
    ['America/New_York', '2026-11-02', '-05:00'],
    ['Europe/London', '2026-03-27', 'Z'],
    ['Europe/London', '2026-03-30', '+01:00'],
    ['Europe/London', '2026-10-23', '+01:00'],
    ['Europe/London', '2026-10-26', 'Z'],
    ['Australia/Sydney', '2026-04-03', '+11:00'],
    ['Australia/Sydney', '2026-04-06', '+10:00'],
    ['Australia/Sydney', '2026-10-02', '+10:00'],
    ['Australia/Sydney', '2026-10-05', '+11:00'],
  ])('keep the end of the day at 17:00 local in %s on %s (UTC%s)', (zone, date, offset) => {
    const settings = settingsIn(zone);
    const active = activity([`${date}T08:00:00${offset}`, 'active']);
    expect(nudgesAt(`${date}T16:50:00${offset}`, settings, active).due).toMatchObject([
      { key: wrapUpKey(date, `${date}T17:00:00${offset}`), dueAt: at(`${date}T16:45:00${offset}`) },
    ]);
    expect(nudgesAt(`${date}T17:05:00${offset}`, settings, active).due).toMatchObject([
      {
        key: boundaryKey(date, 0, `${date}T17:00:00${offset}`),
        dueAt: at(`${date}T17:00:00${offset}`),
      },
    ]);
  });

  it.each([
    ['America/New_York', '2026-03-07', '2026-03-08', '-05:00', '-04:00'],
    ['America/New_York', '2026-10-31', '2026-11-01', '-04:00', '-05:00'],
    ['Europe/London', '2026-03-28', '2026-03-29', 'Z', '+01:00'],
    ['Europe/London', '2026-10-24', '2026-10-25', '+01:00', 'Z'],
    ['Australia/Sydney', '2026-04-04', '2026-04-05', '+11:00', '+10:00'],
    ['Australia/Sydney', '2026-10-03', '2026-10-04', '+10:00', '+11:00'],
  ])(
    'wrap up a night shift across the change in %s at 05:45 local and remind after 06:00',
    (zone, start, end, offsetBefore, offsetAfter) => {
      const settings = withHours(
        settingsIn(zone),
        { start: '22:00', end: '06:00', endsNextDay: true },
        [6],
      );
      const active = activity([`${start}T21:55:00${offsetBefore}`, 'active']);
      expect(nudgesAt(`${end}T05:45:00${offsetAfter}`, settings, active).due).toEqual([
        {
          key: wrapUpKey(start, `${end}T06:00:00${offsetAfter}`),
          kind: 'wrap-up',
          dueAt: at(`${end}T05:45:00${offsetAfter}`),
          workdayEndsAt: at(`${end}T06:00:00${offsetAfter}`),
          minutesLeft: 15,
          // Real time on the shift, an hour more or less than the wall clock says.
          summary: {
            workedMs: at(`${end}T05:45:00${offsetAfter}`) - at(`${start}T22:00:00${offsetBefore}`),
            breaksTaken: 0,
            connections: 0,
          },
        },
      ]);
      expect(nudgesAt(`${end}T06:00:00${offsetAfter}`, settings, active).due).toMatchObject([
        {
          key: boundaryKey(start, 0, `${end}T06:00:00${offsetAfter}`),
          dueAt: at(`${end}T06:00:00${offsetAfter}`),
        },
      ]);
    },
  );
});

describe('switched off', () => {
  it.each([
    ['the wrap-up', { wrapUpEnabled: false }, '2026-11-16T16:50:00Z', 'wrap-up'],
    ['boundary reminders', { boundaryEnabled: false }, '2026-11-16T17:30:00Z', 'boundary'],
  ])('%s never comes', (_, switches, now, kind) => {
    const result = nudgesAt(now, settingsIn('Europe/London', switches));
    expect([...result.due, ...result.upcoming].map((nudge) => nudge.kind)).not.toContain(kind);
  });

  it('leaves nothing at all when both are off', () => {
    const off = settingsIn('Europe/London', { wrapUpEnabled: false, boundaryEnabled: false });
    expect(nudgesAt('2026-11-16T17:00:00Z', off)).toEqual({ due: [], upcoming: [] });
  });
});

describe('boundary reminders keep to a shift that was in force and was worked', () => {
  // Friday 20 November; the weekend after it marked on call.
  const friday = activity(['2026-11-20T08:00:00Z', 'active']);
  const onCallWeekend = [
    { date: '2026-11-21', kind: 'on-call' as const, until: null },
    { date: '2026-11-22', kind: 'on-call' as const, until: null },
  ];

  it('end once an on-call day begins: nothing about Friday’s shift at Saturday 02:09', () => {
    const state = { ...stateOf(london, friday), exceptions: onCallWeekend };
    const night = endOfDayNudges(state, when('2026-11-21T02:09:00Z'));
    expect(of('2026-11-20', [...night.due, ...night.upcoming])).toEqual([]);
    // Before midnight Friday's evening is still Friday's.
    const evening = endOfDayNudges(state, when('2026-11-20T23:50:00Z'));
    expect(of('2026-11-20', evening.due)).toEqual([boundaryKey('2026-11-20', 13)]);
  });

  it('never come for a shift that was over before the schedule that names it was saved', () => {
    // Sunday 22 November, 10:00: the rota switches to nights, Saturday 22:00–06:00 included.
    const nights = withHours(
      london,
      { start: '22:00', end: '06:00', endsNextDay: true },
      [6, 0, 1],
    );
    const atDesk = activity(['2026-11-21T20:00:00Z', 'active']);
    const saturdayNight = boundaryKey('2026-11-21', 8, '2026-11-22T06:00:00Z');
    const before = endOfDayNudges(stateOf(nights, atDesk), when('2026-11-22T10:05:00Z'));
    // Without knowing when the schedule changed, the new rota reads Saturday night as worked.
    expect(keys(before.due)).toEqual([saturdayNight]);
    const saved = {
      ...stateOf(nights, atDesk),
      scheduleChange: { at: at('2026-11-22T10:00:00Z'), before: london.schedule },
    };
    const after = endOfDayNudges(saved, when('2026-11-22T10:05:00Z'));
    expect(of('2026-11-21', [...after.due, ...after.upcoming])).toEqual([]);
  });

  it('still come for a shift under way when its end is moved', () => {
    const later = withHours(london, { start: '09:00', end: '18:00', endsNextDay: false }, [1]);
    const saved = {
      ...stateOf(later, allDay),
      scheduleChange: { at: at('2026-11-16T15:00:00Z'), before: london.schedule },
    };
    const evening = endOfDayNudges(saved, when('2026-11-16T18:05:00Z'));
    expect(keys(evening.due)).toEqual([boundaryKey('2026-11-16', 0, '2026-11-16T18:00:00Z')]);
  });
});

describe('a schedule edited after a shift ended', () => {
  it('keeps that shift’s reminders when the edit left it as it was', () => {
    // At 17:10 on Monday the user changes Saturday's hours; Monday's shift is unchanged.
    const saturdays = withHours(
      london,
      { start: '09:00', end: '17:00', endsNextDay: false },
      [1, 2, 3, 4, 5, 6],
    );
    const edited = {
      ...stateOf(saturdays, allDay),
      scheduleChange: { at: at('2026-11-16T17:10:00Z'), before: london.schedule },
    };
    expect(keys(endOfDayNudges(edited, when('2026-11-16T17:31:00Z')).due)).toEqual([
      boundaryKey('2026-11-16', 1),
    ]);
  });
});
