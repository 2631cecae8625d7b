import { describe, expect, it } from 'vitest';
import { busyIntervals } from '../../src/domain/busy';
import { checkIn } from './check-in-factory';
import { at, when } from './planner-fixtures';

// London in November is on GMT, so 'Z' times below are local times there.
const mondayToWednesday = checkIn({
  recurrence: { kind: 'weekly', everyWeeks: 1, weekdays: [1, 2, 3, 4], until: null },
});

function interval(start: string, end: string) {
  return { start: at(start), end: at(end) };
}

describe('busy intervals', () => {
  it('are the check-ins from a day before now to a day after', () => {
    expect(busyIntervals([mondayToWednesday], when('2026-11-24T10:30:00Z'))).toEqual([
      interval('2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z'),
      interval('2026-11-24T10:00:00Z', '2026-11-24T11:00:00Z'),
      interval('2026-11-25T10:00:00Z', '2026-11-25T11:00:00Z'),
    ]);
    expect(busyIntervals([mondayToWednesday], when('2026-11-24T12:00:00Z'))).toEqual([
      interval('2026-11-24T10:00:00Z', '2026-11-24T11:00:00Z'),
      interval('2026-11-25T10:00:00Z', '2026-11-25T11:00:00Z'),
    ]);
  });

  it.each(['in-person', 'virtual', 'either'] as const)('count a check-in %s', (mode) => {
    expect(busyIntervals([checkIn({ mode })], when('2026-11-23T09:00:00Z'))).toEqual([
      interval('2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z'),
    ]);
  });

  it('leave out paused check-ins and skipped occurrences, and follow moved ones', () => {
    const now = when('2026-11-23T09:00:00Z');
    expect(busyIntervals([checkIn({ paused: true })], now)).toEqual([]);
    expect(busyIntervals([checkIn({ skipped: ['2026-11-23'] })], now)).toEqual([]);
    const moved = checkIn({ moved: { '2026-11-23': at('2026-11-23T15:00:00Z') } });
    expect(busyIntervals([moved], now)).toEqual([
      interval('2026-11-23T15:00:00Z', '2026-11-23T16:00:00Z'),
    ]);
  });

  it('from several check-ins come sorted by start', () => {
    const walk = checkIn({ id: 'walk', kind: 'self-care-together', startTime: '08:00' });
    const group = checkIn({
      id: 'group',
      kind: 'peer-group',
      startTime: '12:30',
      durationMinutes: 90,
    });
    expect(busyIntervals([group, checkIn(), walk], when('2026-11-23T07:00:00Z'))).toEqual([
      interval('2026-11-23T08:00:00Z', '2026-11-23T09:00:00Z'),
      interval('2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z'),
      interval('2026-11-23T12:30:00Z', '2026-11-23T14:00:00Z'),
    ]);
  });

  it('are none without check-ins', () => {
    expect(busyIntervals([], when('2026-11-23T07:00:00Z'))).toEqual([]);
  });
});
