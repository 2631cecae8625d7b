import { describe, expect, it } from 'vitest';
import { daySummary } from '../../src/domain/day-summary';
import type { ActivityTransition } from '../../src/domain/types';
import { activity, at, settingsIn, stateOf, when } from './planner-fixtures';

// Monday 16 November 2026 in London (GMT, so 'Z' is local time), office hours 09:00–17:00.
const T = (time: string) => `2026-11-16T${time}:00Z`;
const london = settingsIn('Europe/London');

function breaksTaken(...entries: [string, ActivityTransition['state']][]): number {
  const transitions = activity(
    ['2026-11-15T22:00:00Z', 'locked'],
    [T('08:50'), 'active'],
    ...entries.map(([time, state]): [string, ActivityTransition['state']] => [T(time), state]),
  );
  return daySummary(stateOf(london, transitions), when(T('16:45'))).breaksTaken;
}

describe('the breaks the wrap-up counts', () => {
  it.each([
    ['none, for the night locked before the day began', [], 0],
    [
      'time away as long as a short break',
      [
        ['10:00', 'idle'],
        ['10:05', 'active'],
      ],
      1,
    ],
    [
      'not time away shorter than that',
      [
        ['10:00', 'idle'],
        ['10:04', 'active'],
      ],
      0,
    ],
    [
      'a break the user started, however short',
      [
        ['10:00', 'break-start'],
        ['10:02', 'break-end'],
      ],
      1,
    ],
    [
      'a break the user started and spent locked as one',
      [
        ['10:00', 'break-start'],
        ['10:01', 'locked'],
        ['10:05', 'break-end'],
        ['10:20', 'active'],
      ],
      1,
    ],
    [
      'one running still not yet',
      [
        ['16:40', 'break-start'],
        ['16:55', 'break-end'],
      ],
      0,
    ],
  ] as [string, [string, ActivityTransition['state']][], number][])('%s', (_, entries, count) => {
    expect(breaksTaken(...entries)).toBe(count);
  });
});

it('counts the connections logged today only', () => {
  const state = {
    ...stateOf(london, activity([T('08:50'), 'active'])),
    connectionTimes: [at('2026-11-15T15:00:00Z'), at(T('10:00')), at(T('14:30'))],
  };
  expect(daySummary(state, when(T('16:45'))).connections).toBe(2);
});
