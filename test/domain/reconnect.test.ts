import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/domain/plan';
import { reconnectNudges } from '../../src/domain/rules/reconnect';
import type {
  ActivityTransition,
  Contact,
  NetworkSettings,
  NudgeLogEntry,
  Settings,
} from '../../src/domain/types';
import { person } from './network/contact-factory';
import {
  activity,
  at,
  ofKind,
  settingsIn,
  stateOf,
  when,
  withHours,
  withoutBreaks,
  withoutReflection,
  wrapUpKey,
} from './planner-fixtures';

// London in November is on GMT, so 'Z' times below are local times. The reconnect window
// is 10:00–16:00, one a day, and never the same person again within 7 days. Breaks, which
// would come every hour of this week of activity, have their own tests, and so does the
// Friday reflection.
const london = withoutReflection(withoutBreaks(settingsIn('Europe/London')));
const allWeek = activity(['2026-01-01T00:00:00Z', 'active']);
const weekly = { kind: 'every', count: 7, unit: 'days' } as const;

function withNetwork(settings: Settings, network: Partial<NetworkSettings>): Settings {
  return { ...settings, network: { ...settings.network, ...network } };
}

function nudgesAt(
  now: string,
  contacts: Contact[],
  log: NudgeLogEntry[] = [],
  settings: Settings = london,
  transitions: ActivityTransition[] = allWeek,
) {
  return reconnectNudges(stateOf(settings, transitions, log, contacts), when(now));
}

function keys(nudges: { key: string }[]): string[] {
  return nudges.map((nudge) => nudge.key);
}

function shownAt(iso: string, ...keyList: string[]): NudgeLogEntry[] {
  return keyList.map((key) => ({ key, kind: 'reconnect', shownAt: at(iso) }));
}

/** Someone due every week, last in touch at an instant. */
function weeklySince(name: string, iso: string, overrides: Partial<Contact> = {}): Contact {
  return person(name, { cadence: weekly, lastContactAt: at(iso), ...overrides });
}

const ann = weeklySince('Ann', '2026-11-16T15:00:00Z');

describe('a reconnect nudge', () => {
  it('names the person, how long it has been, and comes from the window’s start', () => {
    expect(nudgesAt('2026-11-23T12:00:00Z', [ann])).toEqual({
      due: [
        {
          key: 'reconnect:ann:2026-11-23',
          kind: 'reconnect',
          contactId: 'ann',
          daysSince: 7,
          dueAt: at('2026-11-23T10:00:00Z'),
        },
      ],
      upcoming: [],
    });
  });

  it.each([
    ['7 days', '2026-11-16T23:59:00Z', true],
    ['7 days, to the minute', '2026-11-16T10:00:00Z', true],
    ['6 days', '2026-11-17T00:00:00Z', false],
    ['6 days, to the minute', '2026-11-17T10:00:00Z', false],
  ])('comes for someone weekly after %s: %s', (_, lastSeen, due) => {
    const result = nudgesAt('2026-11-23T10:00:00Z', [weeklySince('Ann', lastSeen)]);
    expect(keys(result.due)).toEqual(due ? ['reconnect:ann:2026-11-23'] : []);
  });

  it('is expected at tomorrow’s window for someone who falls due tomorrow', () => {
    const result = nudgesAt('2026-11-23T12:00:00Z', [weeklySince('Ann', '2026-11-17T09:00:00Z')]);
    expect(result.due).toEqual([]);
    expect(result.upcoming).toEqual([
      {
        key: 'reconnect:ann:2026-11-24',
        kind: 'reconnect',
        contactId: 'ann',
        daysSince: 7,
        dueAt: at('2026-11-24T10:00:00Z'),
      },
    ]);
  });

  it('says nothing of days for someone never contacted, due a cadence after being added', () => {
    const added = person('Ann', { cadence: weekly, createdAt: at('2026-11-16T18:00:00Z') });
    expect(nudgesAt('2026-11-23T10:00:00Z', [added]).due).toMatchObject([
      { contactId: 'ann', daysSince: null },
    ]);
    expect(nudgesAt('2026-11-22T15:00:00Z', [added]).due).toEqual([]);
  });

  it('is never about archived people or people without a cadence', () => {
    const long = '2026-01-01T00:00:00Z';
    const contacts = [
      weeklySince('Ann', long, { archived: true }),
      weeklySince('Bo', long, { cadence: { kind: 'never' } }),
      weeklySince('Cy', long, { cadence: { kind: 'role-default' }, roles: ['external-support'] }),
    ];
    expect(nudgesAt('2026-11-23T12:00:00Z', contacts)).toEqual({ due: [], upcoming: [] });
  });
});

describe('the reconnect window', () => {
  it.each([
    ['09:59', false, '2026-11-23T10:00:00Z'],
    ['10:00', true, null],
    ['15:59', true, null],
    ['16:00', false, '2026-11-24T10:00:00Z'],
    ['22:00', false, '2026-11-24T10:00:00Z'],
  ])('at %s the nudge is due: %s (else expected at %s)', (time, due, expected) => {
    const result = nudgesAt(`2026-11-23T${time}:00Z`, [ann]);
    expect(keys(result.due)).toEqual(due ? ['reconnect:ann:2026-11-23'] : []);
    expect(result.upcoming.map((nudge) => nudge.dueAt)).toEqual(expected ? [at(expected)] : []);
  });

  it('follows the user’s own window, in the schedule’s zone', () => {
    const afternoons = withNetwork(settingsIn('America/New_York'), {
      reconnectFrom: '14:00',
      reconnectUntil: '16:00',
    });
    const result = nudgesAt('2026-11-23T15:00:00Z', [ann], [], afternoons);
    expect(result.due).toEqual([]);
    expect(result.upcoming[0]?.dueAt).toBe(at('2026-11-23T14:00:00-05:00'));
    expect(keys(nudgesAt('2026-11-23T14:30:00-05:00', [ann], [], afternoons).due)).toEqual([
      'reconnect:ann:2026-11-23',
    ]);
  });

  it('keeps to the working hours within the window: a part-time morning gets 10:00–13:00', () => {
    const mornings = withHours(
      london,
      { start: '09:00', end: '13:00', endsNextDay: false },
      [1, 2, 3, 4, 5],
    );
    expect(keys(nudgesAt('2026-11-23T12:59:00Z', [ann], [], mornings).due)).toEqual([
      'reconnect:ann:2026-11-23',
    ]);
    expect(nudgesAt('2026-11-23T13:00:00Z', [ann], [], mornings).due).toEqual([]);
  });

  it('uses the shift itself when the window misses it: a night shift from 22:00', () => {
    const nights = withHours(
      london,
      { start: '22:00', end: '06:00', endsNextDay: true },
      [1, 2, 3, 4, 5],
    );
    expect(nudgesAt('2026-11-23T12:00:00Z', [ann], [], nights).upcoming[0]?.dueAt).toBe(
      at('2026-11-23T22:00:00Z'),
    );
  });

  it.each([
    ['on a Saturday', '2026-11-21T12:00:00Z', []],
    [
      'on a weekday marked on call',
      '2026-11-23T12:00:00Z',
      [{ date: '2026-11-23', kind: 'on-call' as const, until: null }],
    ],
  ])('never comes %s', (_, now, exceptions) => {
    const friday = weeklySince('Ann', '2026-11-10T15:00:00Z');
    const state = { ...stateOf(london, allWeek, [], [friday]), exceptions };
    expect(reconnectNudges(state, when(now)).due).toEqual([]);
  });

  it('never opens when it ends before it starts', () => {
    const backwards = withNetwork(london, { reconnectFrom: '16:00', reconnectUntil: '10:00' });
    expect(nudgesAt('2026-11-23T12:00:00Z', [ann], [], backwards)).toEqual({
      due: [],
      upcoming: [],
    });
  });

  it('waits while the user is away, so the prompt is not lost on an empty desk', () => {
    const away = activity(['2026-11-23T09:30:00Z', 'idle']);
    expect(nudgesAt('2026-11-23T11:00:00Z', [ann], [], london, away).due).toEqual([]);
    const back = activity(['2026-11-23T09:30:00Z', 'idle'], ['2026-11-23T11:00:00Z', 'active']);
    expect(keys(nudgesAt('2026-11-23T11:00:00Z', [ann], [], london, back).due)).toEqual([
      'reconnect:ann:2026-11-23',
    ]);
  });
});

describe('snoozes', () => {
  it('holds back a snoozed person until the snooze ends inside the window', () => {
    const snoozed = { ...ann, snoozedUntil: at('2026-11-23T13:00:00Z') };
    const early = nudgesAt('2026-11-23T12:00:00Z', [snoozed]);
    expect(early.due).toEqual([]);
    expect(early.upcoming).toMatchObject([
      { key: 'reconnect:ann:2026-11-23', dueAt: at('2026-11-23T13:00:00Z') },
    ]);
    expect(nudgesAt('2026-11-23T13:00:00Z', [snoozed]).due).toMatchObject([
      { key: 'reconnect:ann:2026-11-23', dueAt: at('2026-11-23T13:00:00Z') },
    ]);
  });

  it.each([
    ['after today’s window', '2026-11-23T18:00:00Z', '2026-11-24T10:00:00Z'],
    ['for days', '2026-11-27T08:00:00Z', '2026-11-27T10:00:00Z'],
    ['to the middle of a later window', '2026-11-25T11:30:00Z', '2026-11-25T11:30:00Z'],
  ])('expects a person snoozed %s at the first window after it', (_, until, expected) => {
    const result = nudgesAt('2026-11-23T12:00:00Z', [{ ...ann, snoozedUntil: at(until) }]);
    expect(result.due).toEqual([]);
    expect(result.upcoming.map((nudge) => nudge.dueAt)).toEqual([at(expected)]);
  });

  it('nudges about the next person while one is snoozed', () => {
    const bo = weeklySince('Bo', '2026-11-16T12:00:00Z');
    const result = nudgesAt('2026-11-23T12:00:00Z', [
      {
        ...ann,
        lastContactAt: at('2026-11-01T12:00:00Z'),
        snoozedUntil: at('2026-12-01T00:00:00Z'),
      },
      bo,
    ]);
    expect(keys(result.due)).toEqual(['reconnect:bo:2026-11-23']);
  });

  it('counts a snooze that has ended as no snooze', () => {
    const ended = { ...ann, snoozedUntil: at('2026-11-20T12:00:00Z') };
    expect(keys(nudgesAt('2026-11-23T12:00:00Z', [ended]).due)).toEqual([
      'reconnect:ann:2026-11-23',
    ]);
  });
});

describe('how often', () => {
  const bo = weeklySince('Bo', '2026-11-10T12:00:00Z');

  it('comes once a day by default, and is next expected at tomorrow’s window', () => {
    const log = shownAt('2026-11-23T10:00:00Z', 'reconnect:bo:2026-11-23');
    const result = nudgesAt('2026-11-23T12:00:00Z', [ann, bo], log);
    expect(result.due).toEqual([]);
    expect(result.upcoming).toMatchObject([
      { key: 'reconnect:ann:2026-11-24', dueAt: at('2026-11-24T10:00:00Z') },
    ]);
  });

  it('counts the nudges of today only, in the schedule’s zone', () => {
    const yesterday = shownAt('2026-11-22T23:59:00Z', 'reconnect:bo:2026-11-22');
    expect(keys(nudgesAt('2026-11-23T12:00:00Z', [ann, bo], yesterday).due)).toEqual([
      'reconnect:ann:2026-11-23',
    ]);
  });

  it('shows one at a time, the next an hour later, when the user allows more a day', () => {
    const twice = withNetwork(london, { reconnectMaxPerDay: 2 });
    const first = nudgesAt('2026-11-23T10:00:00Z', [ann, bo], [], twice);
    expect(keys(first.due)).toEqual(['reconnect:bo:2026-11-23']);
    expect(first.upcoming).toMatchObject([
      { key: 'reconnect:ann:2026-11-23', dueAt: at('2026-11-23T11:00:00Z') },
    ]);
    const log = shownAt('2026-11-23T10:00:00Z', 'reconnect:bo:2026-11-23');
    expect(nudgesAt('2026-11-23T10:59:00Z', [ann, bo], log, twice).due).toEqual([]);
    expect(keys(nudgesAt('2026-11-23T11:00:00Z', [ann, bo], log, twice).due)).toEqual([
      'reconnect:ann:2026-11-23',
    ]);
  });

  it('does not expect a second one the cap would refuse', () => {
    const result = nudgesAt('2026-11-23T10:00:00Z', [ann, bo]);
    expect(keys(result.due)).toEqual(['reconnect:bo:2026-11-23']);
    expect(result.upcoming).toMatchObject([{ dueAt: at('2026-11-24T10:00:00Z') }]);
  });

  it('never comes when the user allows none a day', () => {
    const none = withNetwork(london, { reconnectMaxPerDay: 0 });
    expect(nudgesAt('2026-11-23T12:00:00Z', [ann], [], none)).toEqual({ due: [], upcoming: [] });
  });

  it.each([
    ['3 days', '2026-11-20T10:00:00Z', false],
    ['6 days', '2026-11-17T15:00:00Z', false],
    ['7 days', '2026-11-16T15:59:00Z', true],
  ])('is about the same person again after %s: %s', (_, shown, again) => {
    const long = weeklySince('Ann', '2026-10-01T12:00:00Z');
    const log = shownAt(shown, `reconnect:ann:${shown.slice(0, 10)}`);
    const result = nudgesAt('2026-11-23T10:00:00Z', [long], log);
    expect(keys(result.due)).toEqual(again ? ['reconnect:ann:2026-11-23'] : []);
  });

  it('expects the same person again when the gap is over', () => {
    const long = weeklySince('Ann', '2026-10-01T12:00:00Z');
    const log = shownAt('2026-11-20T10:00:00Z', 'reconnect:ann:2026-11-20');
    expect(nudgesAt('2026-11-23T12:00:00Z', [long], log).upcoming).toMatchObject([
      { key: 'reconnect:ann:2026-11-27', dueAt: at('2026-11-27T10:00:00Z') },
    ]);
  });

  it('moves on to the next person while the last one rests', () => {
    const log = shownAt('2026-11-20T10:00:00Z', 'reconnect:bo:2026-11-20');
    expect(keys(nudgesAt('2026-11-23T12:00:00Z', [ann, bo], log).due)).toEqual([
      'reconnect:ann:2026-11-23',
    ]);
  });
});

describe('who comes first', () => {
  it.each([
    // Bo is 10 days over a fortnight; Cy, 20 days over a quarter, has the most days over
    ['Ann, 6 days over a week', '2026-11-10T12:00:00Z', 'ann'],
    ['Bo, when Ann is 1 day over a week', '2026-11-15T12:00:00Z', 'bo'],
  ])('is the most overdue for their cadence: %s', (_, annSeen, first) => {
    const contacts = [
      weeklySince('Ann', annSeen),
      person('Bo', { roles: ['friend'], lastContactAt: at('2026-10-30T12:00:00Z') }),
      person('Cy', { roles: ['professional-org'], lastContactAt: at('2026-08-05T12:00:00Z') }),
    ];
    expect(
      ofKind(nudgesAt('2026-11-23T12:00:00Z', contacts).due, 'reconnect').map(
        (nudge) => nudge.contactId,
      ),
    ).toEqual([first]);
  });
});

describe('the planner with reconnect nudges', () => {
  it('shows a reconnect nudge beside the end-of-day ones, the wrap-up first', () => {
    const late = withNetwork(london, { reconnectUntil: '17:00' });
    const result = plan(stateOf(late, allWeek, [], [ann]), when('2026-11-23T16:50:00Z'));
    expect(keys(result.due)).toEqual([wrapUpKey('2026-11-23'), 'reconnect:ann:2026-11-23']);
  });

  it('waits for Monday’s window after the cap on a Friday, nothing on the weekend', () => {
    const friday = shownAt('2026-11-20T10:00:00Z', 'reconnect:bo:2026-11-20');
    const overdue = weeklySince('Ann', '2026-11-10T12:00:00Z');
    const result = plan(stateOf(london, allWeek, friday, [overdue]), when('2026-11-20T12:00:00Z'));
    expect(result.due).toEqual([]);
    expect(result.upcoming.find((nudge) => nudge.kind === 'reconnect')?.key).toBe(
      'reconnect:ann:2026-11-23',
    );
  });

  it('waits while the user is in a check-in of any mode, and comes when it is over', () => {
    const inCall = {
      ...stateOf(london, allWeek, [], [ann]),
      busy: [{ start: at('2026-11-23T11:00:00Z'), end: at('2026-11-23T11:45:00Z') }],
    };
    expect(plan(inCall, when('2026-11-23T11:10:00Z')).due).toEqual([]);
    expect(plan(inCall, when('2026-11-23T11:10:00Z')).nextAt).toEqual(when('2026-11-23T11:45:00Z'));
    expect(keys(plan(inCall, when('2026-11-23T11:45:00Z')).due)).toEqual([
      'reconnect:ann:2026-11-23',
    ]);
  });

  it.each([
    ['Europe/London', '2026-10-21T00:00:00+01:00', '2026-10-27T23:00:00Z'],
    ['America/New_York', '2026-10-29T00:00:00-04:00', '2026-11-04T23:00:00-05:00'],
    ['Australia/Sydney', '2026-10-01T00:00:00+10:00', '2026-10-07T23:00:00+11:00'],
  ])(
    'through a week with a clock change in %s, nudges once a day at 10:00 and rests each person a week',
    (zone, from, until) => {
      const settings = withoutBreaks(settingsIn(zone));
      const contacts = [
        person('Ann', { roles: ['family'], lastContactAt: at(from) - 20 * 24 * 3600_000 }),
        person('Bo', { roles: ['friend'], lastContactAt: at(from) - 20 * 24 * 3600_000 }),
        person('Cy', { roles: ['colleague'], lastContactAt: at(from) - 15 * 24 * 3600_000 }),
      ];
      const log: NudgeLogEntry[] = [];
      let now: number | null = at(from);
      let wakes = 0;
      while (now !== null && now <= at(until) && wakes < 500) {
        wakes += 1;
        const result = plan(stateOf(settings, allWeek, log, contacts), new Date(now));
        for (const nudge of result.due)
          log.push({ key: nudge.key, kind: nudge.kind, shownAt: now });
        if (result.nextAt !== null) expect(result.nextAt.getTime()).toBeGreaterThan(now);
        now = result.nextAt?.getTime() ?? null;
      }
      const reconnects = log
        .filter((entry) => entry.kind === 'reconnect')
        .map(
          (entry) =>
            `${entry.key.split(':')[1]} ${format(entry.shownAt, 'HH:mm', { in: tz(zone) })}`,
        );
      expect(reconnects).toEqual(['ann 10:00', 'bo 10:00', 'cy 10:00']);
      // No polling: a wake per nudge and per workday start, and one at each window start.
      expect(wakes).toBeLessThanOrEqual(1 + 7 * 4 + 7 + 7);
    },
  );
});
