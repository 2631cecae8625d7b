import { describe, expect, it } from 'vitest';
import { plan } from '../../src/domain/plan';
import { checkIn } from './checkins/check-in-factory';
import type { PlannerState } from '../../src/domain/planner-state';
import type { NudgeKind } from '../../src/domain/types';
import {
  activity,
  at,
  settingsIn,
  stateOf,
  when,
  withHours,
  withoutBreaks,
  wrapUpKey,
  boundaryKey,
} from './planner-fixtures';

// Monday 16 November 2026 in London (GMT, so 'Z' is local time): the wrap-up is due at
// 16:45 and the first boundary reminder at 17:00. Breaks are off unless a test says so.
const london = withoutBreaks(settingsIn('Europe/London'));
const allDay = activity(['2026-11-16T08:00:00Z', 'active']);
const T = (time: string) => `2026-11-16T${time}:00Z`;

function planAt(time: string, controls: Partial<PlannerState>, state = stateOf(london, allDay)) {
  return plan({ ...state, ...controls }, when(T(time)));
}

const keys = (nudges: { key: string }[]) => nudges.map((nudge) => nudge.key);

// A peer call at 03:00 on Tuesday, reminded 15 minutes before.
const reminderAt0300 = checkIn({
  id: 'early',
  startDate: '2026-11-17',
  startTime: '03:00',
  timeZone: 'Europe/London',
});

describe('a pause', () => {
  const paused = { pausedUntil: at(T('16:55')) };

  it('holds every nudge due while it lasts', () => {
    expect(planAt('16:50', paused).due).toEqual([]);
    expect(keys(planAt('16:55', paused).due)).toEqual([wrapUpKey('2026-11-16')]);
  });

  it('wakes the background when it ends', () => {
    expect(planAt('16:50', paused).nextAt).toEqual(when(T('16:55')));
  });

  it('expects only nudges after it ends', () => {
    const long = { pausedUntil: at(T('17:10')) };
    // Today's wrap-up and first reminder fall in it; tomorrow's wrap-up comes first after.
    expect(planAt('16:00', long).next?.key).toBe(wrapUpKey('2026-11-17'));
    expect(planAt('16:00', long).nextAt).toEqual(when(T('17:10')));
    // The first reminder's slot, 17:00, is still the current one when the pause ends.
    expect(keys(planAt('17:10', long).due)).toEqual([boundaryKey('2026-11-16', 0)]);
  });

  it('holds breaks too', () => {
    const withBreaks = stateOf(settingsIn('Europe/London'), allDay);
    const state = { ...withBreaks, pausedUntil: at(T('10:30')) };
    expect(plan(state, when(T('10:00'))).due).toEqual([]);
    expect(plan(state, when(T('10:30'))).due.map((nudge) => nudge.kind)).toEqual(['break']);
  });

  it('is over once its end has passed', () => {
    expect(keys(planAt('16:50', { pausedUntil: at(T('16:00')) }).due)).toEqual([
      wrapUpKey('2026-11-16'),
    ]);
  });
});

describe('a muted kind', () => {
  it.each<[NudgeKind, string, string]>([
    ['wrap-up', '16:50', boundaryKey('2026-11-16', 0)],
    ['boundary', '17:05', wrapUpKey('2026-11-17')],
  ])('%s is neither due nor expected, the others still are', (kind, time, next) => {
    const muted = { ...london, mutedKinds: [kind] };
    const result = plan(stateOf(muted, allDay), when(T(time)));
    expect(result.due).toEqual([]);
    expect(result.next?.key).toBe(next);
    const morning = plan(stateOf(muted, allDay), when(T('10:00')));
    expect(morning.next?.kind).not.toBe(kind);
  });

  it('never wakes the background for the end of its snooze', () => {
    const muted = { ...london, mutedKinds: ['wrap-up' as const] };
    const state = { ...stateOf(muted, allDay), snoozes: { 'wrap-up': at(T('16:55')) } };
    expect(plan(state, when(T('16:50'))).nextAt).toEqual(when(T('17:00')));
  });
});

describe('a snooze', () => {
  const snoozed = { snoozes: { 'wrap-up': at(T('16:55')) } };

  it('holds its kind until it ends, and wakes the background then', () => {
    expect(planAt('16:50', snoozed).due).toEqual([]);
    expect(planAt('16:50', snoozed).nextAt).toEqual(when(T('16:55')));
    expect(keys(planAt('16:55', snoozed).due)).toEqual([wrapUpKey('2026-11-16')]);
  });

  it('leaves other kinds alone', () => {
    const other = { snoozes: { boundary: at(T('18:00')) } };
    expect(keys(planAt('16:50', other).due)).toEqual([wrapUpKey('2026-11-16')]);
    expect(planAt('17:05', other).due).toEqual([]);
  });
});

describe('a check-in under way', () => {
  // A video supervision 16:30–17:00: the user is at the computer, but busy.
  const inCall = { busy: [{ start: at(T('16:30')), end: at(T('16:50')) }] };

  it('holds every nudge but what check-ins bring until it is over, then brings the wrap-up', () => {
    expect(planAt('16:45', inCall).due).toEqual([]);
    expect(planAt('16:45', inCall).nextAt).toEqual(when(T('16:50')));
    expect(keys(planAt('16:50', inCall).due)).toEqual([wrapUpKey('2026-11-16')]);
  });

  it('expects what falls in it at its end', () => {
    const earlier = { busy: [{ start: at(T('16:40')), end: at(T('16:55')) }] };
    expect(planAt('16:00', earlier).next).toMatchObject({
      key: wrapUpKey('2026-11-16'),
      dueAt: at(T('16:55')),
    });
  });
});

describe('a wake with more due than it shows', () => {
  it('notifies the two most relevant and lists the rest, dropping none', () => {
    // Two check-ins ended at 16:35: their log prompts are due at 16:45, with the wrap-up.
    const endedAt1635 = (id: string) =>
      checkIn({
        id,
        startDate: '2026-11-16',
        startTime: '15:35',
        timeZone: 'Europe/London',
        reminderMinutesBefore: null,
      });
    const state = {
      ...stateOf(london, allDay),
      checkIns: [endedAt1635('team'), endedAt1635('walk')],
    };
    const result = plan(state, when(T('16:45')));
    expect(keys(result.due)).toEqual([wrapUpKey('2026-11-16'), 'check-in-log:team:2026-11-16']);
    expect(keys(result.listed)).toEqual(['check-in-log:walk:2026-11-16']);
  });
});

describe('the night, where the user is', () => {
  const nightShift = withHours(london, { start: '22:00', end: '06:00', endsNextDay: true }, [1]);

  it('lists what comes at 00:00–06:00 while nobody is at the computer, notifying nothing', () => {
    const asleep = {
      ...stateOf(london, activity([T('22:00'), 'locked'])),
      checkIns: [reminderAt0300],
    };
    const result = plan(asleep, when('2026-11-17T02:45:00Z'));
    expect(result.due).toEqual([]);
    expect(keys(result.listed)).toEqual(['check-in-reminder:early:2026-11-17']);
  });

  it('notifies someone at the computer at night, as on a night shift', () => {
    const working = { ...stateOf(nightShift, allDay), checkIns: [reminderAt0300] };
    const result = plan(working, when('2026-11-17T02:45:00Z'));
    expect(keys(result.due)).toContain('check-in-reminder:early:2026-11-17');
  });
});
