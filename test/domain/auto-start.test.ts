import { describe, expect, it } from 'vitest';
import { workedMs } from '../../src/domain/activity';
import { plan } from '../../src/domain/plan';
import { breakNudges } from '../../src/domain/rules/breaks';
import { endOfDayNudges } from '../../src/domain/rules/end-of-day';
import { today } from '../../src/domain/today';
import type { ActivityTransition, Settings } from '../../src/domain/types';
import type { Workday } from '../../src/domain/workday';
import {
  HOUR,
  MINUTE,
  activity,
  at,
  settingsIn,
  stateOf,
  when,
  wrapUpKey,
  boundaryKey,
} from './planner-fixtures';

// Monday 16 November 2026 in London (GMT, so 'Z' is local time), office hours 09:00–17:00.
const T = (time: string) => `2026-11-16T${time}:00Z`;
const byItself = settingsIn('Europe/London');
const byClockIn: Settings = { ...byItself, work: { ...byItself.work, autoStart: false } };
const monday: Workday = { date: '2026-11-16', startsAt: at(T('09:00')), endsAt: at(T('17:00')) };
const fromNine = activity([T('08:55'), 'active']);
const clockedIn = (time: string) => [...fromNine, ...activity([T(time), 'clock-in'])];

describe('a day that does not start by itself', () => {
  it.each([
    ['counts from the workday’s start when it starts by itself', fromNine, true, 3 * HOUR],
    ['counts nothing without a clock-in', fromNine, false, 0],
    ['counts from the clock-in', clockedIn('10:00'), false, 2 * HOUR],
  ])('%s', (_, transitions: ActivityTransition[], autoStart, worked) => {
    expect(workedMs(transitions, monday, at(T('00:00')), at(T('12:00')), { autoStart })).toBe(
      worked,
    );
  });

  it('has no wrap-up and no boundary reminders without a clock-in that day', () => {
    for (const time of ['16:50', '17:05']) {
      const result = endOfDayNudges(stateOf(byClockIn, fromNine), when(T(time)));
      expect(result.due).toEqual([]);
    }
  });

  it('is not started by a clock-in of the day before that was never ended', () => {
    const yesterday = activity(['2026-11-15T20:00:00Z', 'clock-in'], [T('08:55'), 'active']);
    expect(endOfDayNudges(stateOf(byClockIn, yesterday), when(T('16:50'))).due).toEqual([]);
  });

  it('wraps up and reminds after a clock-in, as a day that starts by itself', () => {
    const state = stateOf(byClockIn, clockedIn('09:30'));
    expect(endOfDayNudges(state, when(T('16:50'))).due.map((nudge) => nudge.key)).toEqual([
      wrapUpKey('2026-11-16'),
    ]);
    expect(endOfDayNudges(state, when(T('17:05'))).due.map((nudge) => nudge.key)).toEqual([
      boundaryKey('2026-11-16', 0),
    ]);
  });

  it('brings breaks only after the clock-in, a stretch after it', () => {
    expect(breakNudges(stateOf(byClockIn, fromNine), when(T('09:50')))).toEqual({
      due: [],
      upcoming: [],
    });
    const state = stateOf(byClockIn, clockedIn('10:00'));
    expect(breakNudges(state, when(T('10:50'))).due).toMatchObject([
      { key: `break:short:${at(T('10:00'))}:0` },
    ]);
  });

  it('shows the day as not begun in the popup until the clock-in', () => {
    const waiting = today(stateOf(byClockIn, fromNine), when(T('10:00')));
    expect(waiting).toMatchObject({ status: 'before-work', workedMs: 0, clockedInAt: null });
    const started = today(stateOf(byClockIn, clockedIn('10:00')), when(T('10:30')));
    expect(started).toMatchObject({
      status: 'working',
      workedMs: 30 * MINUTE,
      clockedInAt: at(T('10:00')),
    });
  });

  it('counts hours against a limit only after the clock-in', () => {
    const limited = { ...byClockIn, work: { ...byClockIn.work, dailyLimitMinutes: 60 } };
    const limits = (transitions: ActivityTransition[]) =>
      plan(stateOf(limited, transitions), when(T('11:00')))
        .due.filter((nudge) => nudge.kind === 'hours-limit')
        .map((nudge) => nudge.key);
    expect(limits(fromNine)).toEqual([]);
    expect(limits(clockedIn('10:00'))).toEqual(['hours-limit:day:2026-11-16']);
  });
});

describe('a day that starts by itself', () => {
  it('keeps the user on the clock after its end until they clock out', () => {
    const evening = [...fromNine, ...activity([T('17:30'), 'clock-out'])];
    expect(workedMs(evening, monday, at(T('00:00')), at(T('20:00')))).toBe(8 * HOUR + 30 * MINUTE);
  });

  it('counts the evening as overtime only while the user stays on from the end', () => {
    const stayedOn = activity([T('08:55'), 'active'], [T('18:10'), 'locked']);
    expect(workedMs(stayedOn, monday, at(T('00:00')), at(T('23:00')))).toBe(9 * HOUR + 10 * MINUTE);
    // Gone at 17:20, back at 20:00 for their own things: not work, unless they clock in.
    const backLater = [
      ...stayedOn.slice(0, 1),
      ...activity([T('17:20'), 'locked'], [T('20:00'), 'active']),
    ];
    expect(workedMs(backLater, monday, at(T('00:00')), at(T('23:00')))).toBe(
      8 * HOUR + 20 * MINUTE,
    );
  });

  it('keeps counting overtime through a few minutes away: a call at the desk is not leaving', () => {
    const call = activity(
      [T('08:55'), 'active'],
      [T('17:10'), 'idle'],
      [T('17:18'), 'active'],
      [T('18:00'), 'locked'],
    );
    expect(workedMs(call, monday, at(T('00:00')), at(T('23:00')))).toBe(8 * HOUR + 52 * MINUTE);
  });

  it('ends at the end of the shift when the user was away then', () => {
    const away = activity([T('08:55'), 'active'], [T('16:50'), 'idle'], [T('17:10'), 'active']);
    expect(workedMs(away, monday, at(T('00:00')), at(T('23:00')))).toBe(7 * HOUR + 50 * MINUTE);
  });

  it('never counts more than 12 hours from its start when the computer never idles', () => {
    const allNight = activity([T('08:00'), 'active']);
    const tuesdayMorning = at('2026-11-17T07:00:00Z');
    expect(workedMs(allNight, monday, at(T('00:00')), tuesdayMorning)).toBe(12 * HOUR);
  });

  it('stops a clock-in of the user’s own, never ended, 12 hours after it too', () => {
    const allNight = activity([T('08:30'), 'clock-in'], [T('08:30'), 'active']);
    const tuesdayMorning = at('2026-11-17T07:00:00Z');
    expect(workedMs(allNight, monday, at(T('00:00')), tuesdayMorning)).toBe(12 * HOUR);
  });
});
