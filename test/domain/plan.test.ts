import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/domain/plan';
import type { ActivityTransition, NudgeLogEntry, Settings } from '../../src/domain/types';
import {
  MINUTE,
  activity,
  at,
  settingsIn,
  shown,
  stateOf,
  when,
  withHours,
  withoutBreaks,
  withoutReflection,
  wrapUpKey,
  boundaryKey,
} from './planner-fixtures';

// London in November is on GMT, so 'Z' times below are local times. Breaks, which would
// come every hour of this week of activity, have their own tests (breaks, days, month), and
// so does the Friday reflection (rules/reflection).
const london = withoutReflection(withoutBreaks(settingsIn('Europe/London')));
const allWeek = activity(['2026-01-01T00:00:00Z', 'active']);

function planAt(
  now: string,
  settings: Settings = london,
  transitions: ActivityTransition[] = allWeek,
  log: NudgeLogEntry[] = [],
) {
  return plan(stateOf(settings, transitions, log), when(now));
}

// Plays the background: on every wake show what is due, log it, sleep until nextAt.
function runWakes(settings: Settings, from: string, until: string) {
  const log: NudgeLogEntry[] = [];
  const wakes: number[] = [];
  let now: number | null = at(from);
  while (now !== null && now <= at(until) && wakes.length < 500) {
    wakes.push(now);
    const result = plan(stateOf(settings, allWeek, log), new Date(now));
    for (const nudge of result.due) log.push({ key: nudge.key, kind: nudge.kind, shownAt: now });
    if (result.nextAt !== null) expect(result.nextAt.getTime()).toBeGreaterThan(now);
    now = result.nextAt?.getTime() ?? null;
  }
  return { log, wakes };
}

describe('plan', () => {
  it('expects the wrap-up first thing in the day', () => {
    const morning = planAt('2026-11-16T10:00:00Z');
    expect(morning.due).toEqual([]);
    expect(morning.next?.key).toBe(wrapUpKey('2026-11-16'));
    expect(morning.nextAt).toEqual(when('2026-11-16T16:45:00Z'));
  });

  it('wakes for the next reminder while the user stays on after the end', () => {
    const after = planAt(
      '2026-11-16T17:05:00Z',
      london,
      allWeek,
      shown(boundaryKey('2026-11-16', 0)),
    );
    expect(after.next?.key).toBe(boundaryKey('2026-11-16', 1));
    expect(after.nextAt).toEqual(when('2026-11-16T17:30:00Z'));
  });

  it('spends no wake on a reminder while the user is away: it waits for them to come back', () => {
    const gone = [...allWeek, ...activity(['2026-11-16T17:02:00Z', 'locked'])];
    const away = planAt('2026-11-16T17:05:00Z', london, gone, shown(boundaryKey('2026-11-16', 0)));
    expect(away.next?.key).toBe(boundaryKey('2026-11-16', 1));
    expect(away.nextAt).toEqual(when('2026-11-17T09:00:00Z'));
    const back = [...gone, ...activity(['2026-11-16T18:40:00Z', 'active'])];
    const returned = planAt(
      '2026-11-16T18:40:00Z',
      london,
      back,
      shown(boundaryKey('2026-11-16', 0)),
    );
    expect(returned.due.map((nudge) => nudge.key)).toEqual([boundaryKey('2026-11-16', 3)]);
  });

  it('does not plan a wake for a reminder the cap will refuse', () => {
    const last = planAt(
      '2026-11-16T18:00:00Z',
      london,
      allWeek,
      shown(boundaryKey('2026-11-16', 0), boundaryKey('2026-11-16', 1)),
    );
    expect(last.due.map((nudge) => nudge.key)).toEqual([boundaryKey('2026-11-16', 2)]);
    expect(last.nextAt).toEqual(when('2026-11-17T09:00:00Z'));
  });

  it('sleeps from a clock-out until the next workday starts', () => {
    const out = [...allWeek, ...activity(['2026-11-16T17:10:00Z', 'clock-out'])];
    expect(planAt('2026-11-16T17:15:00Z', london, out).nextAt).toEqual(
      when('2026-11-17T09:00:00Z'),
    );
  });

  it('sleeps through the weekend until Monday’s workday starts', () => {
    const friday = shown(
      boundaryKey('2026-11-20', 0),
      boundaryKey('2026-11-20', 1),
      boundaryKey('2026-11-20', 2),
    );
    const evening = planAt('2026-11-20T18:30:00Z', london, allWeek, friday);
    expect(evening.next).toBeNull();
    expect(evening.nextAt).toEqual(when('2026-11-23T09:00:00Z'));
  });

  it('has nothing to wake for when the schedule has no working day', () => {
    const never = withHours(london, { start: '09:00', end: '17:00', endsNextDay: false }, []);
    expect(planAt('2026-11-16T17:00:00Z', never)).toMatchObject({
      due: [],
      listed: [],
      next: null,
      nextAt: null,
    });
  });

  it('drops no due nudge of a kind already due: two overlapping shifts each get their wrap-up', () => {
    const days = { ...london.schedule.days };
    days[1] = { start: '10:00', end: '09:00', endsNextDay: true };
    days[2] = { start: '08:00', end: '08:50', endsNextDay: false };
    const overlapping = { ...london, schedule: { ...london.schedule, days } };
    expect(planAt('2026-11-17T08:46:00Z', overlapping).due.map((nudge) => nudge.key)).toEqual([
      wrapUpKey('2026-11-17', '2026-11-17T08:50:00Z'),
      wrapUpKey('2026-11-16', '2026-11-17T09:00:00Z'),
    ]);
  });

  it.each([
    ['America/New_York', '2026-03-05T00:00:00-05:00', false],
    ['America/New_York', '2026-10-29T00:00:00-04:00', true],
    ['Europe/London', '2026-03-26T00:00:00Z', false],
    ['Europe/London', '2026-10-22T00:00:00+01:00', true],
    ['Australia/Sydney', '2026-04-02T00:00:00+11:00', true],
    ['Australia/Sydney', '2026-10-01T00:00:00+10:00', false],
  ])(
    'always wakes after now, never at or before it, in %s from %s (night shifts: %s)',
    (zone, from, nights) => {
      const office = withoutReflection(settingsIn(zone));
      const settings = nights
        ? withHours(office, { start: '22:00', end: '06:00', endsNextDay: true }, [1, 3, 5, 6])
        : office;
      for (let now = at(from); now < at(from) + 4 * 24 * 60 * MINUTE; now += 17 * MINUTE) {
        const result = plan(stateOf(settings, allWeek, []), new Date(now));
        expect(result.nextAt?.getTime()).toBeGreaterThan(now);
      }
    },
  );

  it.each([
    ['Europe/London', '2026-03-23T00:00:00Z', '2026-03-29T23:00:00+01:00'],
    ['Europe/London', '2026-10-19T00:00:00+01:00', '2026-10-25T23:00:00Z'],
    ['America/New_York', '2026-10-26T00:00:00-04:00', '2026-11-01T23:00:00-05:00'],
    ['Australia/Sydney', '2026-03-30T00:00:00+11:00', '2026-04-05T23:00:00+10:00'],
  ])(
    'through a week ending in a clock change in %s, wraps up and reminds three times each weekday',
    (zone, from, until) => {
      const settings = withoutReflection(withoutBreaks(settingsIn(zone)));
      const { log, wakes } = runWakes(settings, from, until);
      const local = (instant: number, pattern: string) =>
        format(instant, pattern, { in: tz(zone) });
      // 'wrap-up:2026-03-23:<end ms>' reads 'wrap-up:day:17:00', the end on the local clock.
      const named = (key: string) =>
        key.replace(
          /\d{4}-\d\d-\d\d:(\d+)/,
          (_, end: string) => `day:${local(Number(end), 'HH:mm')}`,
        );
      const shownAt = log.map(
        (entry) => `${named(entry.key)} ${local(entry.shownAt, 'EEE HH:mm')}`,
      );
      const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
      expect(shownAt).toEqual(
        weekdays.flatMap((day) => [
          `wrap-up:day:17:00 ${day} 16:45`,
          `boundary:day:17:00:0 ${day} 17:00`,
          `boundary:day:17:00:1 ${day} 17:30`,
          `boundary:day:17:00:2 ${day} 18:00`,
        ]),
      );
      // One wake per nudge plus one at each workday's start: no polling.
      expect(wakes.length).toBeLessThanOrEqual(1 + 5 * 4 + 5);
    },
  );
});
