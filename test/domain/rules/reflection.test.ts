import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/domain/plan';
import { reflectionNudges } from '../../../src/domain/rules/reflection';
import type { PlannerState } from '../../../src/domain/planner-state';
import type {
  ActivityTransition,
  NudgeLogEntry,
  ReflectionSettings,
  Settings,
} from '../../../src/domain/types';
import {
  activity,
  at,
  settingsIn,
  stateOf,
  when,
  withHours,
  withoutBreaks,
} from '../planner-fixtures';

// London in November is on GMT, so 'Z' times are local times there. The reflection comes on
// the last workday of the week at 15:00 by default: Friday for office hours Monday to
// Friday; the week of Monday 23 November 2026 has Friday the 27th.
const london = withoutBreaks(settingsIn('Europe/London'));
const allWeek = activity(['2026-01-01T00:00:00Z', 'active']);
const office = { start: '09:00', end: '17:00', endsNextDay: false };

interface Situation {
  settings?: Settings;
  reflection?: Partial<ReflectionSettings>;
  transitions?: ActivityTransition[];
  log?: NudgeLogEntry[];
  reflected?: string[];
  extra?: Partial<PlannerState>;
}

function stateAt({
  settings = london,
  reflection = {},
  transitions = allWeek,
  log = [],
  reflected = [],
  extra = {},
}: Situation): PlannerState {
  const chosen = { ...settings, reflection: { ...settings.reflection, ...reflection } };
  return { ...stateOf(chosen, transitions, log), reflectedWeekStarts: reflected, ...extra };
}

function nudgesAt(now: string, situation: Situation = {}) {
  return reflectionNudges(stateAt(situation), when(now));
}

const dueKeys = (now: string, situation: Situation = {}) =>
  nudgesAt(now, situation).due.map((nudge) => nudge.key);

const upcomingAt = (now: string, situation: Situation = {}) =>
  nudgesAt(now, situation).upcoming.map((nudge) => [
    nudge.key,
    new Date(nudge.dueAt).toISOString(),
  ]);

function shownAt(iso: string, key: string): NudgeLogEntry[] {
  return [{ key, kind: 'reflection', shownAt: at(iso) }];
}

describe('the weekly reflection nudge', () => {
  it('comes at the chosen weekday and local time, naming the week by its Monday', () => {
    expect(nudgesAt('2026-11-27T15:00:00Z').due).toEqual([
      { key: 'reflection:2026-11-23', kind: 'reflection', dueAt: at('2026-11-27T15:00:00Z') },
    ]);
  });

  it.each([
    { on: 'Monday 15:00', now: '2026-11-23T15:00:00Z', due: false },
    { on: 'Thursday 15:00', now: '2026-11-26T15:00:00Z', due: false },
    { on: 'Friday 14:59', now: '2026-11-27T14:59:00Z', due: false },
    { on: 'Friday 15:00', now: '2026-11-27T15:00:00Z', due: true },
    { on: 'Friday 16:59', now: '2026-11-27T16:59:00Z', due: true },
    { on: 'Friday 17:00, after work', now: '2026-11-27T17:00:00Z', due: false },
    { on: 'Friday 23:59', now: '2026-11-27T23:59:00Z', due: false },
    { on: 'Saturday 10:00, a day off', now: '2026-11-28T10:00:00Z', due: false },
  ])('on $on, due: $due', ({ now, due }) => {
    expect(dueKeys(now)).toEqual(due ? ['reflection:2026-11-23'] : []);
  });

  it('is expected at the chosen time before it comes, so the planner wakes for it', () => {
    expect(upcomingAt('2026-11-27T14:59:00Z')).toEqual([
      ['reflection:2026-11-23', '2026-11-27T15:00:00.000Z'],
    ]);
    // Nothing else is due between then and now: the one alarm is set for it.
    const result = plan(stateAt({}), when('2026-11-27T14:00:00Z'));
    expect(result.next?.key).toBe('reflection:2026-11-23');
    expect(result.nextAt).toEqual(when('2026-11-27T15:00:00Z'));
  });

  it('comes once a week: once shown, the next is next week’s', () => {
    const log = shownAt('2026-11-27T15:00:00Z', 'reflection:2026-11-23');
    expect(dueKeys('2026-11-27T16:00:00Z', { log })).toEqual([]);
    expect(dueKeys('2026-11-28T10:00:00Z', { log })).toEqual([]);
    expect(upcomingAt('2026-11-27T16:00:00Z', { log })).toEqual([
      ['reflection:2026-11-30', '2026-12-04T15:00:00.000Z'],
    ]);
  });

  it('does not come for a week whose reflection is saved or skipped, before or after its time', () => {
    const reflected = ['2026-11-23'];
    expect(dueKeys('2026-11-27T15:30:00Z', { reflected })).toEqual([]);
    expect(upcomingAt('2026-11-25T12:00:00Z', { reflected })).toEqual([
      ['reflection:2026-11-30', '2026-12-04T15:00:00.000Z'],
    ]);
    // Last week's reflection says nothing about this week.
    expect(dueKeys('2026-11-27T15:30:00Z', { reflected: ['2026-11-16'] })).toEqual([
      'reflection:2026-11-23',
    ]);
  });

  it('waits while the user is away, and comes when they are back', () => {
    const away = activity(['2026-11-27T14:30:00Z', 'idle'], ['2026-11-27T16:10:00Z', 'active']);
    // No wake is planned for it: the user's return wakes the background.
    expect(dueKeys('2026-11-27T15:00:00Z', { transitions: away })).toEqual([]);
    expect(upcomingAt('2026-11-27T15:00:00Z', { transitions: away })).toEqual([
      ['reflection:2026-11-30', '2026-12-04T15:00:00.000Z'],
    ]);
    expect(dueKeys('2026-11-27T16:10:00Z', { transitions: away })).toEqual([
      'reflection:2026-11-23',
    ]);
    const locked = activity(['2026-11-27T14:30:00Z', 'locked']);
    expect(dueKeys('2026-11-27T15:00:00Z', { transitions: locked })).toEqual([]);
  });

  it('never comes when turned off in its settings', () => {
    const off = { reflection: { enabled: false } };
    expect(nudgesAt('2026-11-27T15:00:00Z', off)).toEqual({ due: [], upcoming: [] });
    expect(plan(stateAt(off), when('2026-11-27T14:00:00Z')).nextAt).toEqual(
      when('2026-11-27T16:45:00Z'),
    );
  });

  it('respects a muted kind, a pause and a snooze like every nudge', () => {
    const muted = { settings: { ...london, mutedKinds: ['reflection' as const] } };
    expect(plan(stateAt(muted), when('2026-11-27T15:00:00Z')).due).toEqual([]);
    expect(plan(stateAt(muted), when('2026-11-27T14:00:00Z')).nextAt).toEqual(
      when('2026-11-27T16:45:00Z'),
    );

    const paused = { extra: { pausedUntil: at('2026-11-27T15:40:00Z') } };
    expect(plan(stateAt(paused), when('2026-11-27T15:00:00Z')).due).toEqual([]);
    expect(plan(stateAt(paused), when('2026-11-27T15:00:00Z')).nextAt).toEqual(
      when('2026-11-27T15:40:00Z'),
    );
    expect(plan(stateAt(paused), when('2026-11-27T15:40:00Z')).due.map((n) => n.key)).toEqual([
      'reflection:2026-11-23',
    ]);

    const snoozed = { extra: { snoozes: { reflection: at('2026-11-27T16:00:00Z') } } };
    expect(plan(stateAt(snoozed), when('2026-11-27T15:30:00Z')).due).toEqual([]);
    expect(plan(stateAt(snoozed), when('2026-11-27T15:30:00Z')).nextAt).toEqual(
      when('2026-11-27T16:00:00Z'),
    );
    expect(plan(stateAt(snoozed), when('2026-11-27T16:00:00Z')).due.map((n) => n.key)).toEqual([
      'reflection:2026-11-23',
    ]);
  });

  describe('on a chosen day that is not a workday', () => {
    const sunday = { reflection: { weekday: 0, time: '18:00' } as const };

    it('comes on the last workday before it that week, in its last hour', () => {
      expect(upcomingAt('2026-11-26T15:00:00Z', sunday)).toEqual([
        ['reflection:2026-11-23', '2026-11-27T16:00:00.000Z'],
      ]);
      expect(dueKeys('2026-11-27T16:00:00Z', sunday)).toEqual(['reflection:2026-11-23']);
      expect(dueKeys('2026-11-29T18:00:00Z', sunday)).toEqual([]);
    });

    it('comes on the first workday after it when none comes before it', () => {
      const tuesdayToSaturday = withHours(london, office, [2, 3, 4, 5, 6]);
      const monday = { settings: tuesdayToSaturday, reflection: { weekday: 1 } as const };
      expect(upcomingAt('2026-11-23T09:00:00Z', monday)).toEqual([
        ['reflection:2026-11-23', '2026-11-24T15:00:00.000Z'],
      ]);
    });
  });

  describe('in every working week', () => {
    it.each([
      [
        'a four-day week, Monday to Thursday 07:30–18:00',
        [1, 2, 3, 4],
        '07:30',
        '18:00',
        '2026-11-26T15:00:00Z',
      ],
      [
        'part time, Monday, Tuesday and Thursday 09:00–13:00',
        [1, 2, 4],
        '09:00',
        '13:00',
        '2026-11-26T12:00:00Z',
      ],
      ['Tuesday to Saturday', [2, 3, 4, 5, 6], '09:00', '17:00', '2026-11-28T15:00:00Z'],
      ['Sunday to Thursday', [0, 1, 2, 3, 4], '08:00', '16:00', '2026-11-26T15:00:00Z'],
    ] as const)('comes on the last workday by default: %s', (_, weekdays, start, end, due) => {
      const settings = withHours(london, { start, end, endsNextDay: false }, [...weekdays]);
      expect(upcomingAt('2026-11-23T06:00:00Z', { settings })).toEqual([
        ['reflection:2026-11-23', new Date(at(due)).toISOString()],
      ]);
      expect(dueKeys(due, { settings })).toEqual(['reflection:2026-11-23']);
    });

    it('moves a chosen Friday to Thursday for someone who does not work Fridays', () => {
      const fourDays = withHours(london, office, [1, 2, 3, 4]);
      expect(
        upcomingAt('2026-11-23T06:00:00Z', { settings: fourDays, reflection: { weekday: 5 } }),
      ).toEqual([['reflection:2026-11-23', '2026-11-26T15:00:00.000Z']]);
    });

    it('skips a day on call', () => {
      const onCallFriday = {
        extra: { exceptions: [{ date: '2026-11-27', kind: 'on-call' as const, until: null }] },
      };
      expect(upcomingAt('2026-11-26T06:00:00Z', onCallFriday)).toEqual([
        ['reflection:2026-11-23', '2026-11-26T15:00:00.000Z'],
      ]);
    });
  });

  describe('across daylight-saving changes', () => {
    it('comes at 15:00 local on both sides of the autumn change in Europe/London', () => {
      // Friday 23 October is on BST (UTC+1); the clocks go back on Sunday 25 October.
      expect(nudgesAt('2026-10-23T14:00:00Z').due.map((nudge) => nudge.dueAt)).toEqual([
        at('2026-10-23T15:00:00+01:00'),
      ]);
      const log = shownAt('2026-10-23T14:00:00Z', 'reflection:2026-10-19');
      expect(upcomingAt('2026-10-23T14:30:00Z', { log })).toEqual([
        ['reflection:2026-10-26', '2026-10-30T15:00:00.000Z'],
      ]);
    });

    it('moves a time in the spring-forward gap past it, on a Sunday worked in Europe/London', () => {
      // 01:30 does not happen on Sunday 29 March 2026: it reads as 02:30 BST.
      const sundays = withHours(london, { start: '00:00', end: '12:00', endsNextDay: false }, [0]);
      const gap = { settings: sundays, reflection: { weekday: 0, time: '01:30' } as const };
      expect(upcomingAt('2026-03-27T12:00:00Z', gap)).toEqual([
        ['reflection:2026-03-23', '2026-03-29T01:30:00.000Z'],
      ]);
      expect(dueKeys('2026-03-29T01:29:00Z', gap)).toEqual([]);
      expect(dueKeys('2026-03-29T01:30:00Z', gap)).toEqual(['reflection:2026-03-23']);
    });

    it('comes at 15:00 local on both sides of the spring change in America/New_York', () => {
      const newYork = withoutBreaks(settingsIn('America/New_York'));
      // Friday 6 March is on EST (UTC-5); the clocks go forward on Sunday 8 March.
      expect(dueKeys('2026-03-06T20:00:00Z', { settings: newYork })).toEqual([
        'reflection:2026-03-02',
      ]);
      expect(dueKeys('2026-03-06T19:59:00Z', { settings: newYork })).toEqual([]);
      const log = shownAt('2026-03-06T20:00:00Z', 'reflection:2026-03-02');
      expect(upcomingAt('2026-03-06T21:00:00Z', { settings: newYork, log })).toEqual([
        ['reflection:2026-03-09', '2026-03-13T19:00:00.000Z'],
      ]);
      // On that Friday, nothing else comes before it: the one alarm is at 15:00 EDT.
      const friday = plan(stateAt({ settings: newYork }), when('2026-03-13T17:00:00Z'));
      expect(friday.nextAt).toEqual(when('2026-03-13T15:00:00-04:00'));
    });

    it('comes at the time after the gap when 02:30 on the change Sunday is chosen in America/New_York', () => {
      const newYork = withHours(
        withoutBreaks(settingsIn('America/New_York')),
        { start: '00:00', end: '12:00', endsNextDay: false },
        [0],
      );
      const gap = { settings: newYork, reflection: { weekday: 0, time: '02:30' } as const };
      expect(upcomingAt('2026-03-06T12:00:00Z', gap)).toEqual([
        ['reflection:2026-03-02', '2026-03-08T07:30:00.000Z'],
      ]);
    });
  });

  it('has no instant to come at for a time that does not read as one', () => {
    expect(nudgesAt('2026-11-27T15:00:00Z', { reflection: { time: '' } })).toEqual({
      due: [],
      upcoming: [],
    });
  });
});
