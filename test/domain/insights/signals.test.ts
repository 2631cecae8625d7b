import { describe, expect, it } from 'vitest';
import { signal, trends, worsened } from '../../../src/domain/insights/signals';
import type { InsightWeek } from '../../../src/domain/insights/weekly';
import { insightsWindow } from '../../../src/domain/insights/window';
import { defaultSettings } from '../../../src/domain/settings';
import type { Contact } from '../../../src/domain/types';
import { aContact } from '../../db/factories';
import { HOUR, at, when } from '../planner-fixtures';

const zone = 'Europe/London';
const network = defaultSettings(zone).network;
// A Wednesday: the 11 weeks before this one are over, this one is not.
const now = when('2026-11-18T12:00:00Z');
const mondays = insightsWindow(zone, now).weekStarts;

/** A steady week: the schedule worked, four connections, energy and connectedness at 4. */
function steadyWeek(weekStart: string, index: number): InsightWeek {
  return {
    weekStart,
    complete: index < mondays.length - 1,
    tracked: true,
    measured: true,
    workedMs: 40 * HOUR,
    scheduledMs: 40 * HOUR,
    weeklyLimitMs: null,
    breaksTaken: 10,
    connections: 4,
    byKind: {
      supervision: index % 4 === 0 ? 1 : 0,
      'peer-check-in': 2,
      'peer-group': 0,
      informal: 1,
      'self-care-together': 0,
      message: index % 4 === 0 ? 0 : 1,
      other: 0,
    },
    byMode: { 'in-person': 2, video: 1, phone: 0, message: 1 },
    inPerson: { inPerson: 2, virtual: 1, total: 3, share: 2 / 3, target: 0.5, meetsTarget: true },
    flow: { gave: 1, received: 1, both: 2 },
    reflections: 1,
    reflection: { energy: 4, stress: 3, connected: 4, supported: 4 },
  };
}

/**
 * Twelve weeks, steady except for the last four complete ones (oldest first), which take the
 * values given; `undefined` keeps a week steady, and the current week stays steady throughout.
 */
function weeksWith(last4: {
  overtimeHours?: (number | undefined)[];
  connections?: (number | undefined)[];
  energy?: (number | null | undefined)[];
  connected?: (number | null | undefined)[];
  tracked?: boolean[];
}): InsightWeek[] {
  const weeks = mondays.map(steadyWeek);
  for (let offset = 0; offset < 4; offset += 1) {
    const week = weeks[mondays.length - 5 + offset]!;
    const overtime = last4.overtimeHours?.[offset];
    if (overtime !== undefined) week.workedMs = week.scheduledMs + overtime * HOUR;
    const connections = last4.connections?.[offset];
    if (connections !== undefined) week.connections = connections;
    const energy = last4.energy?.[offset];
    if (energy !== undefined) week.reflection = { ...week.reflection, energy };
    const connected = last4.connected?.[offset];
    if (connected !== undefined) week.reflection = { ...week.reflection, connected };
    const tracked = last4.tracked?.[offset];
    // A week Tend saw nothing in came before it was installed: nor did it measure hours.
    if (tracked !== undefined) Object.assign(week, { tracked, measured: tracked });
  }
  return weeks;
}

const overtimeRising = [1, 2, 4, 5];
const connectionsFalling = [4, 4, 2, 1];
const energyFalling = [4, 4, 3, 2];

// Ana is two weeks past a weekly cadence; Ben one week past a fortnightly one.
const ana = aContact({
  id: 'ana',
  name: 'Ana',
  roles: ['friend'],
  cadence: { kind: 'every', count: 1, unit: 'weeks' },
  lastContactAt: at('2026-10-28T12:00:00Z'),
});
const ben = aContact({
  id: 'ben',
  name: 'Ben',
  roles: ['colleague'],
  cadence: { kind: 'every', count: 2, unit: 'weeks' },
  lastContactAt: at('2026-10-28T12:00:00Z'),
});
const sam = aContact({
  id: 'sam',
  name: 'Sam',
  roles: ['supervisor'],
  createdAt: at('2026-01-05T09:00:00Z'),
  lastContactAt: at('2026-11-16T10:00:00Z'),
});

function noSupervisionFor(weeks: InsightWeek[], count: number): InsightWeek[] {
  for (const week of weeks.slice(-count)) week.byKind = { ...week.byKind, supervision: 0 };
  return weeks;
}

describe('a series that worsened', () => {
  it('needs three points, a big enough move, and both later points on the worse side', () => {
    expect(worsened([4, 3], 'falling', 1)).toBe(false);
    expect(worsened([4, 3, 2], 'falling', 1)).toBe(true);
    expect(worsened([4, 4, 3, 3], 'falling', 1)).toBe(true);
    // One bad week at the end, or in the middle, is not several weeks.
    expect(worsened([4, 4, 4, 1], 'falling', 1)).toBe(false);
    expect(worsened([4, 1, 4, 4], 'falling', 1)).toBe(false);
    // Noise.
    expect(worsened([4, 3, 4, 3], 'falling', 1)).toBe(false);
    // Too small a move.
    expect(worsened([4, 4, 3.5, 3.5], 'falling', 1)).toBe(false);
    expect(worsened([0, 1, 3, 4], 'rising', 1)).toBe(true);
  });
});

describe('the gentle signal', () => {
  it('speaks when overtime rises, connections fall and energy falls together', () => {
    const weeks = weeksWith({
      overtimeHours: overtimeRising,
      connections: connectionsFalling,
      energy: energyFalling,
    });
    expect(signal(weeks, [ana, ben], network, zone, now)).toEqual({
      message: 'all',
      trends: ['overtime', 'connections', 'wellbeing'],
      step: { kind: 'reach-out', contactId: 'ana' },
    });
  });

  it('speaks for any two trends, and names them', () => {
    const weeks = weeksWith({ connections: connectionsFalling, connected: [5, 4, 3, 3] });
    expect(signal(weeks, [ana], network, zone, now)?.message).toBe('connections-wellbeing');
    const overtime = weeksWith({ overtimeHours: overtimeRising, energy: energyFalling });
    expect(signal(overtime, [ana], network, zone, now)?.message).toBe('overtime-wellbeing');
  });

  it('stays quiet when only one trend points the wrong way', () => {
    expect(signal(weeksWith({ overtimeHours: overtimeRising }), [ana], network, zone, now)).toBe(
      null,
    );
    expect(
      signal(weeksWith({ connections: connectionsFalling }), [ana], network, zone, now),
    ).toBeNull();
    expect(signal(weeksWith({ energy: energyFalling }), [ana], network, zone, now)).toBeNull();
  });

  it('stays quiet with too little data: two weeks Tend saw, two reflections', () => {
    const weeks = weeksWith({
      overtimeHours: overtimeRising,
      connections: connectionsFalling,
      energy: [null, null, 3, 1],
      tracked: [false, false, true, true],
    });
    expect(trends(weeks).trends).toEqual([]);
    expect(signal(weeks, [ana], network, zone, now)).toBeNull();
  });

  it('stays quiet for a single bad week among good ones, at the end or in the middle', () => {
    const atTheEnd = weeksWith({
      overtimeHours: [0, 0, 0, 10],
      connections: [4, 4, 4, 0],
      energy: [4, 4, 4, 1],
    });
    expect(signal(atTheEnd, [ana], network, zone, now)).toBeNull();
    const inTheMiddle = weeksWith({
      overtimeHours: [0, 10, 0, 0],
      connections: [4, 0, 4, 4],
      energy: [4, 1, 4, 4],
    });
    expect(signal(inTheMiddle, [ana], network, zone, now)).toBeNull();
  });

  it('ignores the week still under way, however it is going', () => {
    const weeks = mondays.map(steadyWeek);
    Object.assign(weeks.at(-1)!, {
      workedMs: 80 * HOUR,
      connections: 0,
      reflection: { energy: 1, stress: 5, connected: 1, supported: 1 },
    });
    expect(signal(weeks, [ana], network, zone, now)).toBeNull();
  });

  it('does not count overtime that is rising but still under the schedule', () => {
    const weeks = weeksWith({ overtimeHours: [-8, -6, -3, -1], connections: connectionsFalling });
    expect(trends(weeks).trends).toEqual(['connections']);
  });

  it('names the most overdue supportive person, passing over snoozed people and groups', () => {
    const weeks = weeksWith({ overtimeHours: overtimeRising, connections: connectionsFalling });
    const snoozedAna = { ...ana, snoozedUntil: at('2026-11-30T00:00:00Z') };
    const group: Contact = aContact({
      id: 'grp',
      name: 'Peer group',
      isGroup: true,
      roles: ['peer-group'],
      cadence: { kind: 'every', count: 1, unit: 'days' },
      lastContactAt: at('2026-09-01T12:00:00Z'),
    });
    expect(signal(weeks, [ben, ana, group], network, zone, now)?.step).toEqual({
      kind: 'reach-out',
      contactId: 'ana',
    });
    expect(signal(weeks, [snoozedAna, ben, group], network, zone, now)?.step).toEqual({
      kind: 'reach-out',
      contactId: 'ben',
    });
  });

  it('suggests supervision when a supervisor exists and none was logged for six weeks', () => {
    const weeks = noSupervisionFor(
      weeksWith({ overtimeHours: overtimeRising, connections: connectionsFalling }),
      6,
    );
    expect(signal(weeks, [ana, sam], network, zone, now)?.step).toEqual({
      kind: 'supervision',
      contactId: 'sam',
    });
    // A supervision five weeks ago: reaching out comes first then.
    const recent = noSupervisionFor(
      weeksWith({ overtimeHours: overtimeRising, connections: connectionsFalling }),
      5,
    );
    recent.at(-6)!.byKind.supervision = 1;
    expect(signal(recent, [ana, sam], network, zone, now)?.step).toEqual({
      kind: 'reach-out',
      contactId: 'ana',
    });
    // A supervisor added last week says nothing about six weeks without one.
    const newSam = { ...sam, createdAt: at('2026-11-10T09:00:00Z') };
    expect(signal(weeks, [ana, newSam], network, zone, now)?.step.kind).toBe('reach-out');
  });

  it('suggests external support when energy or connectedness stays low', () => {
    const weeks = noSupervisionFor(
      weeksWith({ overtimeHours: overtimeRising, energy: [2, 1, 2, 2] }),
      6,
    );
    expect(signal(weeks, [ana, sam], network, zone, now)).toEqual({
      message: 'overtime-wellbeing',
      trends: ['overtime', 'wellbeing'],
      step: { kind: 'external-support' },
    });
  });

  it('suggests external support when there is nobody in the network to name', () => {
    const weeks = weeksWith({ overtimeHours: overtimeRising, connections: connectionsFalling });
    expect(signal(weeks, [], network, zone, now)?.step).toEqual({ kind: 'external-support' });
  });
});
