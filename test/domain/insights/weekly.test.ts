import { describe, expect, it } from 'vitest';
import { weeklyInsights, type InsightsInput } from '../../../src/domain/insights/weekly';
import { insightsWindow } from '../../../src/domain/insights/window';
import type { Interaction, Reflection, Settings } from '../../../src/domain/types';
import { aConnection } from '../../db/factories';
import { HOUR, MINUTE, activity, at, settingsIn, when, withHours } from '../planner-fixtures';

// London: GMT from 25 October 2026, so 'Z' times in November are local times.
const london: Settings = {
  ...settingsIn('Europe/London'),
  work: { autoStart: true, dailyLimitMinutes: null, weeklyLimitMinutes: 37 * 60 },
};
// A Wednesday; the current week began on Monday 16 November.
const now = when('2026-11-18T12:00:00Z');

function inputOf(fields: Partial<InsightsInput>): InsightsInput {
  return {
    settings: london,
    exceptions: [],
    activity: [],
    interactions: [],
    reflections: [],
    contacts: [],
    ...fields,
  };
}

function reflection(id: string, weekStart: string, fields: Partial<Reflection>): Reflection {
  return {
    id,
    weekStart,
    energy: null,
    stress: null,
    connected: null,
    supported: null,
    note: '',
    createdAt: at(`${weekStart}T18:00:00Z`),
    ...fields,
  };
}

const weekOf = (result: ReturnType<typeof weeklyInsights>, monday: string) => {
  const found = result.weeks.find((week) => week.weekStart === monday);
  if (!found) throw new Error(`no week ${monday}`);
  return found;
};

describe('the insights window', () => {
  it('is the 12 Mondays ending with this week’s, starting at the first one’s local midnight', () => {
    const window = insightsWindow('Europe/London', now);
    expect(window.weekStarts).toHaveLength(12);
    expect(window.weekStarts[0]).toBe('2026-08-31');
    expect(window.weekStarts.at(-1)).toBe('2026-11-16');
    // 31 August is in summer time.
    expect(window.from).toBe(at('2026-08-31T00:00:00+01:00'));
    expect(window.activityFrom).toBe(at('2026-08-30T00:00:00+01:00'));
    expect([window.firstDate, window.lastDate]).toEqual(['2026-08-30', '2026-11-22']);
  });
});

describe('a week of office days', () => {
  const officeWeek = [
    ...activity(
      ['2026-11-09T09:00:00Z', 'active'],
      // Two minutes away is not a break.
      ['2026-11-09T10:00:00Z', 'idle'],
      ['2026-11-09T10:02:00Z', 'active'],
      ['2026-11-09T12:00:00Z', 'idle'],
      ['2026-11-09T13:00:00Z', 'active'],
      ['2026-11-09T17:00:00Z', 'locked'],
      ['2026-11-10T09:00:00Z', 'active'],
      ['2026-11-10T12:00:00Z', 'idle'],
      ['2026-11-10T13:00:00Z', 'active'],
      // A break the user started, shorter than the short break but counted all the same.
      ['2026-11-10T15:00:00Z', 'break-start'],
      ['2026-11-10T15:03:00Z', 'break-end'],
      ['2026-11-10T17:00:00Z', 'locked'],
    ),
    ...(['11', '12', '13'] as const).flatMap((day) =>
      activity(
        [`2026-11-${day}T09:00:00Z`, 'active'],
        [`2026-11-${day}T12:00:00Z`, 'idle'],
        [`2026-11-${day}T13:00:00Z`, 'active'],
        [`2026-11-${day}T17:00:00Z`, 'locked'],
      ),
    ),
  ];
  const interactions: Interaction[] = [
    aConnection({
      id: 'c1',
      at: at('2026-11-10T10:00:00Z'),
      contactIds: ['ana'],
      kind: 'peer-check-in',
      mode: 'in-person',
      direction: 'gave',
    }),
    aConnection({
      id: 'c2',
      at: at('2026-11-11T10:00:00Z'),
      contactIds: ['sam'],
      kind: 'supervision',
      mode: 'video',
      direction: 'received',
    }),
    aConnection({
      id: 'c3',
      at: at('2026-11-12T10:00:00Z'),
      contactIds: ['ana'],
      kind: 'message',
      mode: 'message',
      direction: 'both',
    }),
  ];
  const result = weeklyInsights(
    inputOf({
      activity: officeWeek,
      interactions,
      reflections: [
        reflection('r1', '2026-11-09', { energy: 4, connected: 5 }),
        reflection('r2', '2026-11-09', { energy: 2, connected: null }),
      ],
    }),
    now,
  );
  const week = weekOf(result, '2026-11-09');

  it('counts the hours worked against the schedule and the weekly limit', () => {
    expect(week.workedMs).toBe(35 * HOUR - 2 * MINUTE - 3 * MINUTE);
    expect(week.scheduledMs).toBe(40 * HOUR);
    expect(week.weeklyLimitMs).toBe(37 * HOUR);
    expect(week.complete).toBe(true);
    expect(week.tracked).toBe(true);
  });

  it('counts lunches and a started break, but not two minutes away nor the evenings', () => {
    expect(week.breaksTaken).toBe(6);
  });

  it('counts connections by kind, by mode and by who supported whom', () => {
    expect(week.connections).toBe(3);
    expect(week.byKind).toMatchObject({
      'peer-check-in': 1,
      supervision: 1,
      message: 1,
      informal: 0,
    });
    expect(week.byMode).toEqual({ 'in-person': 1, video: 1, phone: 0, message: 1 });
    // A message is not a meeting: one in person out of two meetings.
    expect(week.inPerson).toMatchObject({ inPerson: 1, virtual: 1, share: 0.5, meetsTarget: true });
    expect(week.flow).toEqual({ gave: 1, received: 1, both: 1 });
    expect(result.flow).toMatchObject({ gave: 1, received: 1, both: 1 });
  });

  it('averages the week’s reflections per item, with null for an item nobody answered', () => {
    expect(week.reflections).toBe(2);
    expect(week.reflection).toEqual({ energy: 3, stress: null, connected: 5, supported: null });
    expect(weekOf(result, '2026-11-02').reflection).toEqual({
      energy: null,
      stress: null,
      connected: null,
      supported: null,
    });
  });

  it('does not count a skipped week as an answer', () => {
    const skipped = weeklyInsights(
      inputOf({ reflections: [reflection('r3', '2026-11-02', { note: '' })] }),
      now,
    );
    expect(weekOf(skipped, '2026-11-02')).toMatchObject({ reflections: 0, tracked: false });
  });

  it('marks weeks Tend saw nothing in, and the week still under way', () => {
    expect(weekOf(result, '2026-11-02')).toMatchObject({
      tracked: false,
      workedMs: 0,
      scheduledMs: 40 * HOUR,
      connections: 0,
      breaksTaken: 0,
    });
    expect(result.weeks.at(-1)).toMatchObject({ weekStart: '2026-11-16', complete: false });
  });
});

describe('weeks before Tend was installed', () => {
  // Installed on Wednesday 4 November; a connection logged from memory a month before.
  const result = weeklyInsights(
    inputOf({
      activity: activity(['2026-11-04T10:00:00Z', 'active'], ['2026-11-04T17:00:00Z', 'locked']),
      interactions: [
        aConnection({ id: 'old', at: at('2026-10-07T12:00:00Z'), contactIds: ['ana'] }),
      ],
    }),
    now,
  );

  it('counts hours only from the week of the first recorded activity', () => {
    // The old connection's week is seen, for connections, but its hours were never measured.
    expect(weekOf(result, '2026-10-05')).toMatchObject({ tracked: true, measured: false });
    expect(weekOf(result, '2026-10-26')).toMatchObject({ tracked: false, measured: false });
    expect(weekOf(result, '2026-11-02')).toMatchObject({ tracked: true, measured: true });
    expect(weekOf(result, '2026-11-09')).toMatchObject({ measured: true });
  });

  it('measures every week of a user who had Tend before the window began', () => {
    const longUsed = weeklyInsights(
      inputOf({ activity: activity(['2026-06-01T09:00:00Z', 'locked']) }),
      now,
    );
    expect(longUsed.weeks.every((week) => week.measured)).toBe(true);
  });
});

describe('a week across the change from summer time', () => {
  // London falls back on Sunday 25 October 2026 at 02:00 BST: that week has 169 hours.
  const result = weeklyInsights(
    inputOf({
      activity: activity(
        ['2026-10-23T09:00:00+01:00', 'active'],
        ['2026-10-23T17:00:00+01:00', 'locked'],
        ['2026-10-26T09:00:00Z', 'active'],
        ['2026-10-26T17:00:00Z', 'locked'],
      ),
      interactions: [
        // 00:30 on Monday 19 October in summer time: the new week, not the one before.
        aConnection({ id: 'a', at: at('2026-10-18T23:30:00Z'), contactIds: ['ana'] }),
        // 23:30 on Sunday 25 October, after the clocks went back: still that week.
        aConnection({ id: 'b', at: at('2026-10-25T23:30:00Z'), contactIds: ['ana'] }),
        // 00:30 on Monday 26 October: the next week.
        aConnection({ id: 'c', at: at('2026-10-26T00:30:00Z'), contactIds: ['ana'] }),
      ],
    }),
    now,
  );

  it('puts connections in the week of their local date on both sides of the change', () => {
    expect(weekOf(result, '2026-10-12').connections).toBe(0);
    expect(weekOf(result, '2026-10-19').connections).toBe(2);
    expect(weekOf(result, '2026-10-26').connections).toBe(1);
  });

  it('counts each week’s scheduled hours on its own clock', () => {
    expect(weekOf(result, '2026-10-19')).toMatchObject({
      workedMs: 8 * HOUR,
      scheduledMs: 40 * HOUR,
    });
    expect(weekOf(result, '2026-10-26')).toMatchObject({
      workedMs: 8 * HOUR,
      scheduledMs: 40 * HOUR,
    });
  });
});

describe('a night shift from Sunday into Monday', () => {
  const nights = withHours(london, { start: '22:00', end: '06:00', endsNextDay: true }, [0]);
  const result = weeklyInsights(
    inputOf({
      settings: nights,
      activity: activity(
        ['2026-11-08T22:00:00Z', 'active'],
        ['2026-11-09T02:00:00Z', 'locked'],
        ['2026-11-09T02:30:00Z', 'active'],
        ['2026-11-09T06:00:00Z', 'locked'],
      ),
    }),
    now,
  );

  it('splits the shift’s work at local midnight between the two weeks', () => {
    expect(weekOf(result, '2026-11-02')).toMatchObject({
      workedMs: 2 * HOUR,
      scheduledMs: 8 * HOUR,
    });
    expect(weekOf(result, '2026-11-09').workedMs).toBe(5.5 * HOUR);
  });

  it('counts the break in the week it was taken, and not the morning after the shift', () => {
    expect(weekOf(result, '2026-11-02').breaksTaken).toBe(0);
    expect(weekOf(result, '2026-11-09').breaksTaken).toBe(1);
  });
});
