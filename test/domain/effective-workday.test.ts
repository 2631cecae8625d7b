import { describe, expect, it } from 'vitest';
import { effectiveWorkdayOn, effectiveWorkdaysAround } from '../../src/domain/effective-workday';
import { today } from '../../src/domain/today';
import type { DayException } from '../../src/domain/types';
import { HOUR, activity, at, settingsIn, stateOf, when, withHours } from './planner-fixtures';

// London in November is on GMT, so 'Z' times are local times. Office hours 09:00–17:00.
const london = settingsIn('Europe/London');
const late = (date: string, until: string | null): DayException => ({
  date,
  kind: 'late-shift',
  until,
});
const onCall = (date: string): DayException => ({ date, kind: 'on-call', until: null });

describe('a late shift', () => {
  it.each([
    ['later that day', '20:00', '2026-11-16T20:00:00Z'],
    ['after midnight, when it ends before the start', '01:30', '2026-11-17T01:30:00Z'],
    ['a whole day later, when it ends at the start', '09:00', '2026-11-17T09:00:00Z'],
    ['earlier, when it ends before the scheduled end', '15:00', '2026-11-16T15:00:00Z'],
  ])('ends %s (%s)', (_, until, end) => {
    expect(effectiveWorkdayOn(london, [late('2026-11-16', until)], '2026-11-16')).toEqual({
      date: '2026-11-16',
      startsAt: at('2026-11-16T09:00:00Z'),
      endsAt: at(end),
    });
  });

  it.each([null, '25:00', '9pm', ''])('keeps the scheduled end when its end is %j', (until) => {
    expect(effectiveWorkdayOn(london, [late('2026-11-16', until)], '2026-11-16')?.endsAt).toBe(
      at('2026-11-16T17:00:00Z'),
    );
  });

  it('runs past midnight into the fall-back hour, in real hours', () => {
    const saturdays = withHours(london, { start: '09:00', end: '17:00', endsNextDay: false }, [6]);
    const workday = effectiveWorkdayOn(saturdays, [late('2026-10-24', '02:00')], '2026-10-24');
    expect(workday?.endsAt).toBe(at('2026-10-25T02:00:00Z'));
    // 09:00 summer time to 02:00 winter time
    expect(workday && workday.endsAt - workday.startsAt).toBe(18 * HOUR);
  });

  it('changes only its own date', () => {
    expect(effectiveWorkdayOn(london, [late('2026-11-16', '20:00')], '2026-11-17')?.endsAt).toBe(
      at('2026-11-17T17:00:00Z'),
    );
  });
});

describe('an on-call day', () => {
  it('keeps its hours and is marked on call', () => {
    expect(effectiveWorkdayOn(london, [onCall('2026-11-16')], '2026-11-16')).toEqual({
      date: '2026-11-16',
      startsAt: at('2026-11-16T09:00:00Z'),
      endsAt: at('2026-11-16T17:00:00Z'),
      onCall: true,
    });
  });

  it('can be a late shift as well', () => {
    const both = [onCall('2026-11-16'), late('2026-11-16', '21:00')];
    expect(effectiveWorkdayOn(london, both, '2026-11-16')).toMatchObject({
      endsAt: at('2026-11-16T21:00:00Z'),
      onCall: true,
    });
  });
});

it('leaves a day off off, whatever its exception says', () => {
  const saturday = [late('2026-11-21', '20:00'), onCall('2026-11-21')];
  expect(effectiveWorkdayOn(london, saturday, '2026-11-21')).toBeNull();
});

it('applies the exceptions to the workdays around now', () => {
  const around = effectiveWorkdaysAround(
    london,
    [late('2026-11-17', '19:00'), onCall('2026-11-18')],
    when('2026-11-17T12:00:00Z'),
  );
  expect(around.map((workday) => [workday.date, workday.endsAt, workday.onCall])).toEqual([
    ['2026-11-16', at('2026-11-16T17:00:00Z'), undefined],
    ['2026-11-17', at('2026-11-17T19:00:00Z'), undefined],
    ['2026-11-18', at('2026-11-18T17:00:00Z'), true],
  ]);
});

it('shows the popup a late shift still under way after the scheduled end', () => {
  const state = {
    ...stateOf(london, activity(['2026-11-16T08:55:00Z', 'active'])),
    exceptions: [late('2026-11-16', '20:00')],
  };
  expect(today(state, when('2026-11-16T18:00:00Z'))).toMatchObject({
    status: 'working',
    workday: { endsAt: at('2026-11-16T20:00:00Z') },
    workedMs: 9 * HOUR,
  });
});
