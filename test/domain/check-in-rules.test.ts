import { describe, expect, it } from 'vitest';
import { plan } from '../../src/domain/plan';
import { checkInNudges } from '../../src/domain/rules/check-ins';
import type { Nudge } from '../../src/domain/nudge';
import type {
  ActivityTransition,
  CheckIn,
  NudgeKind,
  NudgeLogEntry,
  Settings,
} from '../../src/domain/types';
import { checkIn, onceAt } from './check-in-factory';
import {
  MINUTE,
  activity,
  at,
  settingsIn,
  stateOf,
  when,
  withHours,
  withoutBreaks,
  withoutReflection,
} from './planner-fixtures';

// London in November is on GMT, so 'Z' times below are local times there. The supervision
// of the factory is on Mondays 10:00–11:00 with a reminder 15 minutes before; preparation
// comes at 16:00 the day before and the log prompt 10 minutes after the end.
const london = withoutBreaks(settingsIn('Europe/London'));

function withCheckInSettings(settings: Settings, checkIns: Partial<Settings['checkIns']>) {
  return { ...settings, checkIns: { ...settings.checkIns, ...checkIns } };
}

function nudgesAt(
  now: string | number,
  checkIns: CheckIn[],
  log: NudgeLogEntry[] = [],
  settings: Settings = london,
  transitions: ActivityTransition[] = [],
) {
  const state = { ...stateOf(settings, transitions, log), checkIns };
  return checkInNudges(state, new Date(typeof now === 'number' ? now : at(now)));
}

function keysOf(nudges: Nudge[], kind: NudgeKind): string[] {
  return nudges.filter((nudge) => nudge.kind === kind).map((nudge) => nudge.key);
}

function firstOf(nudges: Nudge[], kind: NudgeKind): Nudge | undefined {
  return nudges.find((nudge) => nudge.kind === kind);
}

function shownAt(iso: string, ...keys: string[]): NudgeLogEntry[] {
  return keys.map((key) => ({ key, kind: key.split(':')[0] as NudgeKind, shownAt: at(iso) }));
}

describe('a check-in reminder', () => {
  it('names the occurrence it is about', () => {
    const result = nudgesAt('2026-11-23T09:50:00Z', [checkIn()]);
    expect(result.due.filter((nudge) => nudge.kind === 'check-in-reminder')).toEqual([
      {
        key: 'check-in-reminder:sup:2026-11-23',
        kind: 'check-in-reminder',
        dueAt: at('2026-11-23T09:45:00Z'),
        occurrence: {
          checkInId: 'sup',
          date: '2026-11-23',
          start: at('2026-11-23T10:00:00Z'),
          end: at('2026-11-23T11:00:00Z'),
          moved: false,
        },
      },
    ]);
  });

  it.each([
    [
      '15 minutes before 10:00 on summer time',
      onceAt('2026-10-19', '10:00', 'Europe/London'),
      15,
      '2026-10-19T08:45:00Z',
    ],
    [
      '15 minutes before 10:00 after the clocks went back',
      onceAt('2026-10-26', '10:00', 'Europe/London'),
      15,
      '2026-10-26T09:45:00Z',
    ],
    [
      'two real hours before 03:00 on the night the clocks go back',
      onceAt('2026-10-25', '03:00', 'Europe/London'),
      120,
      '2026-10-25T01:00:00Z',
    ],
    [
      'two real hours before 03:00 on the night the clocks go forward',
      onceAt('2026-03-29', '03:00', 'Europe/London'),
      120,
      '2026-03-29T00:00:00Z',
    ],
    [
      'a real day before 09:00 on the day New York goes back to standard time',
      onceAt('2026-11-01', '09:00', 'America/New_York'),
      1440,
      '2026-10-31T14:00:00Z',
    ],
    [
      'ten real hours before 09:00 on the day Sydney goes to summer time',
      onceAt('2026-10-04', '09:00', 'Australia/Sydney'),
      600,
      '2026-10-03T12:00:00Z',
    ],
  ])('comes %s', (_, base, minutes, iso) => {
    const one = { ...base, kind: 'peer-check-in' as const, reminderMinutesBefore: minutes };
    const key = `check-in-reminder:sup:${one.startDate}`;
    const before = nudgesAt(at(iso) - MINUTE, [one]);
    expect(keysOf(before.due, 'check-in-reminder')).toEqual([]);
    expect(firstOf(before.upcoming, 'check-in-reminder')).toMatchObject({ key, dueAt: at(iso) });
    expect(keysOf(nudgesAt(iso, [one]).due, 'check-in-reminder')).toEqual([key]);
  });

  it.each([
    ['2026-11-23T09:44:00Z', false],
    ['2026-11-23T09:45:00Z', true],
    ['2026-11-23T09:59:00Z', true],
    ['2026-11-23T10:00:00Z', false],
    ['2026-11-23T10:30:00Z', false],
  ])('is due from its lead time until the check-in starts, not after: at %s %s', (now, due) => {
    expect(keysOf(nudgesAt(now, [checkIn()]).due, 'check-in-reminder')).toEqual(
      due ? ['check-in-reminder:sup:2026-11-23'] : [],
    );
  });

  it('set for the very start, comes in the minute it starts', () => {
    const atStart = checkIn({ reminderMinutesBefore: 0 });
    expect(keysOf(nudgesAt('2026-11-23T10:00:00Z', [atStart]).due, 'check-in-reminder')).toEqual([
      'check-in-reminder:sup:2026-11-23',
    ]);
    expect(keysOf(nudgesAt('2026-11-23T10:01:00Z', [atStart]).due, 'check-in-reminder')).toEqual(
      [],
    );
  });

  it('comes even when the user has only just come back', () => {
    const away = activity(['2026-11-23T08:00:00Z', 'locked']);
    expect(
      keysOf(
        nudgesAt('2026-11-23T09:50:00Z', [checkIn()], [], london, away).due,
        'check-in-reminder',
      ),
    ).toEqual(['check-in-reminder:sup:2026-11-23']);
  });

  it('comes once', () => {
    const log = shownAt('2026-11-23T09:45:00Z', 'check-in-reminder:sup:2026-11-23');
    expect(
      keysOf(nudgesAt('2026-11-23T09:50:00Z', [checkIn()], log).due, 'check-in-reminder'),
    ).toEqual([]);
  });

  it('never comes for a check-in without one', () => {
    const result = nudgesAt('2026-11-23T09:50:00Z', [checkIn({ reminderMinutesBefore: null })]);
    expect(keysOf([...result.due, ...result.upcoming], 'check-in-reminder')).toEqual([]);
  });

  it('comes for the others when one check-in has a zone the browser does not know', () => {
    const unknown = checkIn({ id: 'odd', timeZone: 'Nowhere/Atlantis' });
    expect(
      keysOf(nudgesAt('2026-11-23T09:50:00Z', [unknown, checkIn()]).due, 'check-in-reminder'),
    ).toEqual(['check-in-reminder:sup:2026-11-23']);
  });

  it('never comes for a paused check-in, nor anything else about it', () => {
    expect(nudgesAt('2026-11-23T09:50:00Z', [checkIn({ paused: true })])).toEqual({
      due: [],
      upcoming: [],
    });
  });

  it('skips a skipped occurrence and is next expected a week later', () => {
    const result = nudgesAt('2026-11-23T09:50:00Z', [checkIn({ skipped: ['2026-11-23'] })]);
    expect(result.due).toEqual([]);
    expect(keysOf(result.upcoming, 'check-in-reminder')).toEqual([
      'check-in-reminder:sup:2026-11-30',
    ]);
  });

  it('comes at the new time of a moved occurrence, and not at the old one', () => {
    const moved = checkIn({ moved: { '2026-11-23': at('2026-11-24T14:00:00Z') } });
    expect(keysOf(nudgesAt('2026-11-23T09:50:00Z', [moved]).due, 'check-in-reminder')).toEqual([]);
    const reminder = firstOf(nudgesAt('2026-11-24T13:50:00Z', [moved]).due, 'check-in-reminder');
    expect(reminder).toMatchObject({
      key: 'check-in-reminder:sup:2026-11-23',
      dueAt: at('2026-11-24T13:45:00Z'),
      occurrence: { date: '2026-11-23', start: at('2026-11-24T14:00:00Z'), moved: true },
    });
  });
});

describe('a supervision preparation prompt', () => {
  // At the desk all along, unless a test says otherwise.
  const atDesk = activity(['2026-10-01T08:00:00Z', 'active']);
  const prepAt = (now: string | number, checkIns: CheckIn[], settings: Settings = london) =>
    keysOf(nudgesAt(now, checkIns, [], settings, atDesk).due, 'check-in-prep');

  it.each([
    ['supervision', true],
    ['peer-check-in', false],
    ['peer-group', false],
    ['informal', false],
    ['self-care-together', false],
  ] as const)('comes on the last workday before a %s: %s', (kind, comes) => {
    expect(prepAt('2026-11-20T16:00:00Z', [checkIn({ kind })])).toEqual(
      comes ? ['check-in-prep:sup:2026-11-23'] : [],
    );
  });

  it.each([
    [
      'on Friday for a Monday supervision, never on the Sunday off before it',
      checkIn(),
      '16:00',
      '2026-11-20T16:00:00Z',
      '2026-11-23',
    ],
    [
      'on Tuesday for a Wednesday one, a time before the workday moved to its start',
      checkIn({ recurrence: { kind: 'weekly', everyWeeks: 1, weekdays: [3], until: null } }),
      '08:30',
      '2026-11-24T09:00:00Z',
      '2026-11-25',
    ],
    [
      'on summer time the Friday before the clocks go back',
      onceAt('2026-10-26', '10:00', 'Europe/London'),
      '16:00',
      '2026-10-23T15:00:00Z',
      '2026-10-26',
    ],
    [
      'on the workday before, in the schedule’s zone, for a supervision in New York',
      onceAt('2026-11-24', '09:00', 'America/New_York'),
      '16:00',
      '2026-11-23T16:00:00Z',
      '2026-11-24',
    ],
    [
      'on New Year’s Eve for a supervision on 1 January',
      onceAt('2027-01-01', '10:00', 'Europe/London'),
      '16:00',
      '2026-12-31T16:00:00Z',
      '2027-01-01',
    ],
  ])('comes %s', (_, supervision, prepTime, iso, date) => {
    const settings = withCheckInSettings(london, { prepTime });
    const key = `check-in-prep:sup:${date}`;
    const before = nudgesAt(at(iso) - MINUTE, [supervision], [], settings, atDesk);
    expect(keysOf(before.due, 'check-in-prep')).toEqual([]);
    expect(firstOf(before.upcoming, 'check-in-prep')).toMatchObject({ key, dueAt: at(iso) });
    expect(prepAt(iso, [supervision], settings)).toEqual([key]);
  });

  it('comes in the last hour of a part-time day that ends before the set time', () => {
    const mornings = withHours(
      london,
      { start: '09:00', end: '13:00', endsNextDay: false },
      [1, 2, 4, 5],
    );
    const result = nudgesAt('2026-11-20T11:00:00Z', [checkIn()], [], mornings, atDesk);
    expect(firstOf(result.upcoming, 'check-in-prep')?.dueAt).toBe(at('2026-11-20T12:00:00Z'));
  });

  it('skips a workday on call, coming on the one before it', () => {
    const onCallFriday = {
      ...stateOf(london, atDesk),
      checkIns: [checkIn()],
      exceptions: [{ date: '2026-11-20', kind: 'on-call' as const, until: null }],
    };
    const result = checkInNudges(onCallFriday, when('2026-11-19T16:00:00Z'));
    expect(keysOf(result.due, 'check-in-prep')).toEqual(['check-in-prep:sup:2026-11-23']);
  });

  it.each([
    ['2026-11-20T15:59:00Z', false],
    ['2026-11-20T16:30:00Z', true],
    // Outside working hours it waits: the evening, the weekend.
    ['2026-11-20T18:00:00Z', false],
    ['2026-11-22T16:00:00Z', false],
    // Missed on Friday, it is let go: not brought up on the day of the supervision.
    ['2026-11-23T09:30:00Z', false],
  ])('is due in working hours of the last workday before it: at %s %s', (now, due) => {
    expect(prepAt(now, [checkIn()])).toEqual(due ? ['check-in-prep:sup:2026-11-23'] : []);
  });

  it('waits for the user to be at their desk', () => {
    const away = activity(['2026-11-20T15:30:00Z', 'locked']);
    expect(
      keysOf(nudgesAt('2026-11-20T16:30:00Z', [checkIn()], [], london, away).due, 'check-in-prep'),
    ).toEqual([]);
  });

  it('comes on the workday before the new date of a moved supervision', () => {
    const moved = checkIn({ moved: { '2026-11-23': at('2026-11-25T10:00:00Z') } });
    expect(prepAt('2026-11-20T16:00:00Z', [moved])).toEqual([]);
    expect(prepAt('2026-11-24T16:00:00Z', [moved])).toEqual(['check-in-prep:sup:2026-11-23']);
  });

  it('never comes for a skipped supervision', () => {
    const skipped = checkIn({ skipped: ['2026-11-23'] });
    expect(prepAt('2026-11-20T16:00:00Z', [skipped])).toEqual([]);
  });
});

describe('a prompt to log how a check-in went', () => {
  it('comes the set minutes after it ends, with what the log form is filled from', () => {
    const before = nudgesAt('2026-11-23T11:09:00Z', [checkIn()]);
    expect(keysOf(before.due, 'check-in-log')).toEqual([]);
    expect(firstOf(before.upcoming, 'check-in-log')).toEqual({
      key: 'check-in-log:sup:2026-11-23',
      kind: 'check-in-log',
      dueAt: at('2026-11-23T11:10:00Z'),
      occurrence: {
        checkInId: 'sup',
        date: '2026-11-23',
        start: at('2026-11-23T10:00:00Z'),
        end: at('2026-11-23T11:00:00Z'),
        moved: false,
      },
    });
    const later = withCheckInSettings(london, { logPromptAfterMinutes: 30 });
    expect(
      firstOf(nudgesAt('2026-11-23T11:10:00Z', [checkIn()], [], later).upcoming, 'check-in-log')
        ?.dueAt,
    ).toBe(at('2026-11-23T11:30:00Z'));
  });

  it.each([
    ['2026-11-23T11:10:00Z', true],
    ['2026-11-23T23:59:00Z', true],
    ['2026-11-24T00:00:00Z', false],
    ['2026-11-24T09:00:00Z', false],
  ])('is due for the rest of that day: at %s %s', (now, due) => {
    expect(keysOf(nudgesAt(now, [checkIn()]).due, 'check-in-log')).toEqual(
      due ? ['check-in-log:sup:2026-11-23'] : [],
    );
  });

  it.each([
    'supervision',
    'peer-check-in',
    'peer-group',
    'informal',
    'self-care-together',
  ] as const)('comes after a %s', (kind) => {
    expect(
      keysOf(nudgesAt('2026-11-23T12:00:00Z', [checkIn({ kind })]).due, 'check-in-log'),
    ).toEqual(['check-in-log:sup:2026-11-23']);
  });

  it('comes once, and never for a skipped occurrence', () => {
    const log = shownAt('2026-11-23T11:10:00Z', 'check-in-log:sup:2026-11-23');
    expect(keysOf(nudgesAt('2026-11-23T12:00:00Z', [checkIn()], log).due, 'check-in-log')).toEqual(
      [],
    );
    const skipped = checkIn({ skipped: ['2026-11-23'] });
    expect(keysOf(nudgesAt('2026-11-23T12:00:00Z', [skipped]).due, 'check-in-log')).toEqual([]);
  });
});

// With no workdays and no weekly reflection, nothing else wakes the background: only the
// check-ins do.
const noWorkdays = withHours(
  withoutReflection(london),
  { start: '09:00', end: '17:00', endsNextDay: false },
  [],
);

// Plays the background: on every wake show what is due, log it, sleep until nextAt.
function runWakes(
  checkIns: CheckIn[],
  from: string,
  until: string,
  settings: Settings = noWorkdays,
  transitions: ActivityTransition[] = [],
) {
  const log: NudgeLogEntry[] = [];
  const wakes: string[] = [];
  let now: number | null = at(from);
  while (now !== null && now <= at(until) && wakes.length < 200) {
    wakes.push(new Date(now).toISOString());
    const state = { ...stateOf(settings, transitions, log), checkIns };
    const result = plan(state, new Date(now));
    for (const nudge of [...result.due, ...result.listed]) {
      log.push({ key: nudge.key, kind: nudge.kind, shownAt: now });
    }
    now = result.nextAt?.getTime() ?? null;
  }
  return { log, wakes };
}

describe('the background', () => {
  it('wakes for each reminder and log prompt, and shows each once, with nobody at the desk', () => {
    expect(runWakes([checkIn()], '2026-11-20T12:00:00Z', '2026-11-30T12:00:00Z')).toEqual({
      wakes: [
        '2026-11-20T12:00:00.000Z',
        '2026-11-23T09:45:00.000Z',
        '2026-11-23T11:10:00.000Z',
        '2026-11-30T09:45:00.000Z',
        '2026-11-30T11:10:00.000Z',
      ],
      log: [
        {
          key: 'check-in-reminder:sup:2026-11-23',
          kind: 'check-in-reminder',
          shownAt: at('2026-11-23T09:45:00Z'),
        },
        {
          key: 'check-in-log:sup:2026-11-23',
          kind: 'check-in-log',
          shownAt: at('2026-11-23T11:10:00Z'),
        },
        {
          key: 'check-in-reminder:sup:2026-11-30',
          kind: 'check-in-reminder',
          shownAt: at('2026-11-30T09:45:00Z'),
        },
        {
          key: 'check-in-log:sup:2026-11-30',
          kind: 'check-in-log',
          shownAt: at('2026-11-30T11:10:00Z'),
        },
      ],
    });
  });

  it('brings the preparation on the Friday before, to someone at their desk', () => {
    const office = withoutReflection(london);
    const atDesk = activity(['2026-11-19T08:00:00Z', 'active']);
    const { log } = runWakes(
      [checkIn()],
      '2026-11-20T12:00:00Z',
      '2026-11-23T12:00:00Z',
      office,
      atDesk,
    );
    expect(log.filter((entry) => entry.kind.startsWith('check-in'))).toEqual([
      {
        key: 'check-in-prep:sup:2026-11-23',
        kind: 'check-in-prep',
        shownAt: at('2026-11-20T16:00:00Z'),
      },
      {
        key: 'check-in-reminder:sup:2026-11-23',
        kind: 'check-in-reminder',
        shownAt: at('2026-11-23T09:45:00Z'),
      },
      {
        key: 'check-in-log:sup:2026-11-23',
        kind: 'check-in-log',
        shownAt: at('2026-11-23T11:10:00Z'),
      },
    ]);
  });

  it('expects the preparation of a monthly supervision weeks away', () => {
    const monthly = checkIn({ recurrence: { kind: 'monthly-date', day: 15, until: null } });
    const result = plan(
      { ...stateOf(withoutReflection(london)), checkIns: [monthly] },
      when('2026-11-20T12:00:00Z'),
    );
    // Tuesday 15 December: prepared for on Monday the 14th.
    expect(result.upcoming.find((nudge) => nudge.kind === 'check-in-prep')).toMatchObject({
      key: 'check-in-prep:sup:2026-12-15',
      dueAt: at('2026-12-14T16:00:00Z'),
    });
  });

  it('does not wake for a paused check-in', () => {
    const paused = checkIn({ paused: true });
    expect(
      plan({ ...stateOf(noWorkdays), checkIns: [paused] }, when('2026-11-20T12:00:00Z')).nextAt,
    ).toBe(null);
  });
});
