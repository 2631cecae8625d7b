import { describe, expect, it } from 'vitest';
import { clockedOutDuring, workedMs } from '../../src/domain/activity';
import { stateAt } from '../../src/domain/idle-state';
import type { Workday } from '../../src/domain/workday';
import { HOUR, MINUTE, activity, at } from './planner-fixtures';

// Monday 16 November 2026 in London (GMT, so 'Z' is local time).
const day = activity(
  ['2026-11-16T08:55:00Z', 'active'],
  ['2026-11-16T10:00:00Z', 'clock-in'],
  ['2026-11-16T12:00:00Z', 'idle'],
  ['2026-11-16T12:30:00Z', 'locked'],
  ['2026-11-16T13:00:00Z', 'active'],
  ['2026-11-16T17:10:00Z', 'clock-out'],
);
const workday: Workday = {
  date: '2026-11-16',
  startsAt: at('2026-11-16T09:00:00Z'),
  endsAt: at('2026-11-16T17:00:00Z'),
};
const midnight = at('2026-11-16T00:00:00Z');

describe('stateAt', () => {
  it.each([
    ['2026-11-16T08:00:00Z', 'unknown'],
    ['2026-11-16T08:55:00Z', 'active'],
    ['2026-11-16T11:00:00Z', 'active'],
    ['2026-11-16T12:10:00Z', 'idle'],
    ['2026-11-16T12:45:00Z', 'locked'],
    ['2026-11-16T18:00:00Z', 'active'],
  ])('says the user at %s is %s, ignoring clock-ins and clock-outs', (instant, state) => {
    expect(stateAt(day, at(instant))).toBe(state);
  });
});

describe('clockedOutDuring', () => {
  it.each([
    ['2026-11-16T09:00:00Z', '2026-11-16T18:00:00Z', true],
    ['2026-11-16T09:00:00Z', '2026-11-16T17:09:00Z', false],
    ['2026-11-16T17:10:00Z', '2026-11-16T17:10:00Z', true],
    ['2026-11-16T17:11:00Z', '2026-11-16T18:00:00Z', false],
  ])('between %s and %s the user has clocked out: %s', (from, to, expected) => {
    expect(clockedOutDuring(day, at(from), at(to))).toBe(expected);
  });

  it('counts a clock-in after a clock-out as back at work', () => {
    const backAgain = [...day, ...activity(['2026-11-16T19:00:00Z', 'clock-in'])];
    expect(clockedOutDuring(backAgain, workday.startsAt, at('2026-11-16T20:00:00Z'))).toBe(false);
  });
});

describe('workedMs', () => {
  it('counts active time from the start of the workday until the clock-out', () => {
    // 09:00–12:00 active, 12:00–13:00 idle then locked, 13:00–17:10 active
    const worked = workedMs(day, workday, midnight, at('2026-11-16T20:00:00Z'));
    expect(worked).toBe(3 * HOUR + 4 * HOUR + 10 * MINUTE);
  });

  it('counts work so far while the day is under way', () => {
    expect(workedMs(day, workday, midnight, at('2026-11-16T12:20:00Z'))).toBe(3 * HOUR);
  });

  it('counts from a clock-in before the workday starts', () => {
    const early = activity(
      ['2026-11-16T08:00:00Z', 'active'],
      ['2026-11-16T08:30:00Z', 'clock-in'],
    );
    expect(workedMs(early, workday, midnight, at('2026-11-16T10:00:00Z'))).toBe(90 * MINUTE);
  });

  it('counts a day off only from a clock-in', () => {
    const sunday = activity(
      ['2026-11-22T10:00:00Z', 'active'],
      ['2026-11-22T11:00:00Z', 'clock-in'],
      ['2026-11-22T11:45:00Z', 'clock-out'],
    );
    expect(workedMs(sunday, null, at('2026-11-22T00:00:00Z'), at('2026-11-22T15:00:00Z'))).toBe(
      45 * MINUTE,
    );
    expect(
      workedMs(sunday.slice(0, 1), null, at('2026-11-22T00:00:00Z'), at('2026-11-22T15:00:00Z')),
    ).toBe(0);
  });

  it('resumes counting after a clock-in that follows a clock-out', () => {
    const again = [...day, ...activity(['2026-11-16T19:00:00Z', 'clock-in'])];
    expect(workedMs(again, workday, midnight, at('2026-11-16T19:30:00Z'))).toBe(
      7 * HOUR + 10 * MINUTE + 30 * MINUTE,
    );
  });

  it('is not stopped by yesterday evening’s clock-out once the new workday starts', () => {
    const overnight = activity(
      ['2026-11-15T22:00:00Z', 'clock-out'],
      ['2026-11-15T23:00:00Z', 'active'],
    );
    expect(workedMs(overnight, workday, midnight, at('2026-11-16T10:00:00Z'))).toBe(HOUR);
  });

  it('counts time after the end of the workday until the user clocks out', () => {
    const late = activity(['2026-11-16T16:00:00Z', 'active']);
    expect(workedMs(late, workday, midnight, at('2026-11-16T18:00:00Z'))).toBe(2 * HOUR);
  });

  it('counts nothing before the start of the day', () => {
    expect(workedMs(day, workday, midnight, midnight - HOUR)).toBe(0);
  });
});
