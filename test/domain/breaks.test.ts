import { describe, expect, it } from 'vitest';
import { breakNudges } from '../../src/domain/rules/breaks';
import { today } from '../../src/domain/today';
import type { PlannerState } from '../../src/domain/planner-state';
import type {
  ActivityTransition,
  BreakSettings,
  NudgeLogEntry,
  Settings,
} from '../../src/domain/types';
import { activity, at, ofKind, settingsIn, stateOf, when } from './planner-fixtures';

// Monday 16 November 2026 in London (GMT, so 'Z' is local time), office hours 09:00–17:00;
// a 5-minute break after 50 minutes of work, a 15-minute one after 120.
const london = settingsIn('Europe/London');
const fromNine = activity(['2026-11-16T08:55:00Z', 'active']);
const T = (time: string) => `2026-11-16T${time}:00Z`;

function withBreaks(changes: Partial<BreakSettings>, settings: Settings = london): Settings {
  return { ...settings, breaks: { ...settings.breaks, ...changes } };
}

function breaksAt(
  now: string,
  transitions: ActivityTransition[] = fromNine,
  extra: Partial<PlannerState> = {},
  settings: Settings = london,
) {
  return breakNudges({ ...stateOf(settings, transitions), ...extra }, when(T(now)));
}

function shownAt(time: string, key: string): NudgeLogEntry {
  return { key, kind: 'break', shownAt: at(T(time)) };
}

const nine = at(T('09:00'));
const keys = (nudges: { key: string }[]) => nudges.map((nudge) => nudge.key);

describe('a short break', () => {
  it('is due after 50 minutes of active work since the workday started', () => {
    expect(breaksAt('09:49').due).toEqual([]);
    expect(breaksAt('09:50').due).toEqual([
      {
        key: `break:short:${nine}:0`,
        kind: 'break',
        breakKind: 'short',
        breakMinutes: 5,
        dueAt: at(T('09:50')),
      },
    ]);
  });

  it('is expected when the user, staying active, reaches 50 minutes', () => {
    expect(breaksAt('09:20').upcoming).toMatchObject([
      { key: `break:short:${nine}:0`, dueAt: at(T('09:50')) },
      { key: `break:long:${nine}:0`, dueAt: at(T('11:00')) },
    ]);
  });

  it('does not count time away shorter than a break, and does not start again after it', () => {
    const pause = [...fromNine, ...activity([T('09:30'), 'idle'], [T('09:33'), 'active'])];
    expect(breaksAt('09:52', pause).due).toEqual([]);
    expect(keys(breaksAt('09:53', pause).due)).toEqual([`break:short:${nine}:0`]);
  });

  it('starts again after time away at least as long as the break', () => {
    const away = [...fromNine, ...activity([T('09:30'), 'locked'], [T('09:35'), 'active'])];
    expect(breaksAt('10:20', away).due).toEqual([]);
    expect(keys(breaksAt('10:25', away).due)).toEqual([`break:short:${at(T('09:35'))}:0`]);
  });

  it('comes again 50 minutes of work after one the user let go by', () => {
    const log = [shownAt('09:50', `break:short:${nine}:0`)];
    // A long break every four hours, so that it does not come instead.
    const rare = withBreaks({ longAfterMinutes: 240 });
    expect(breaksAt('10:39', fromNine, { nudgeLog: log }, rare).due).toEqual([]);
    expect(breaksAt('10:39', fromNine, { nudgeLog: log }, rare).upcoming[0]).toMatchObject({
      key: `break:short:${nine}:1`,
      dueAt: at(T('10:40')),
    });
    expect(keys(breaksAt('10:40', fromNine, { nudgeLog: log }, rare).due)).toEqual([
      `break:short:${nine}:1`,
    ]);
  });

  it('expects the next one a full stretch after the one due now, as if shown', () => {
    expect(breaksAt('09:50').upcoming[0]).toMatchObject({ dueAt: at(T('10:40')) });
  });

  it('comes back when a snooze of it ends, not a full stretch later', () => {
    const log = [shownAt('09:50', `break:short:${nine}:0`)];
    const snoozed = { nudgeLog: log, snoozes: { break: at(T('09:55')) } };
    expect(breaksAt('09:52', fromNine, snoozed).upcoming[0]).toMatchObject({
      key: `break:short:${nine}:1`,
      dueAt: at(T('09:55')),
    });
    expect(keys(breaksAt('09:55', fromNine, snoozed).due)).toEqual([`break:short:${nine}:1`]);
  });
});

describe('a long break', () => {
  it('is due after 120 minutes of work, with its own length', () => {
    const log = [
      shownAt('09:50', `break:short:${nine}:0`),
      shownAt('10:40', `break:short:${nine}:1`),
    ];
    expect(breaksAt('11:00', fromNine, { nudgeLog: log }).due).toMatchObject([
      { key: `break:long:${nine}:0`, breakKind: 'long', breakMinutes: 15 },
    ]);
  });

  it('supersedes a short break due at the same time', () => {
    const hourly = withBreaks({ shortAfterMinutes: 60 });
    const log = [shownAt('10:00', `break:short:${nine}:0`)];
    const both = breaksAt('11:00', fromNine, { nudgeLog: log }, hourly);
    expect(keys(both.due)).toEqual([`break:long:${nine}:0`]);
    // and answers for it: the next short one is an hour after the long one was shown
    const after = breaksAt(
      '11:01',
      fromNine,
      { nudgeLog: [...log, shownAt('11:00', `break:long:${nine}:0`)] },
      hourly,
    );
    expect(after.upcoming).toMatchObject([
      { key: `break:short:${nine}:1`, dueAt: at(T('12:00')) },
      { key: `break:long:${nine}:1`, dueAt: at(T('13:00')) },
    ]);
  });

  it.each([
    ['10 minutes idle', '10:50', '11:00', ['short'], ['long']],
    ['15 minutes locked', '10:45', '11:00', ['short', 'long'], []],
    ['40 minutes away', '10:20', '11:00', ['short', 'long'], []],
  ])('after %s, starts the timers %j again and keeps %j going', (_, away, back, reset, kept) => {
    const transitions = [...fromNine, ...activity([T(away), 'locked'], [T(back), 'active'])];
    // A long break every four hours, so that neither timer answers for the other here.
    const upcoming = breaksAt(
      '11:05',
      transitions,
      {},
      withBreaks({ longAfterMinutes: 240 }),
    ).upcoming;
    const started = (kind: string) =>
      ofKind(upcoming, 'break').find((nudge) => nudge.breakKind === kind)?.key;
    for (const kind of reset) expect(started(kind)).toBe(`break:${kind}:${at(T(back))}:0`);
    for (const kind of kept) expect(started(kind)).toBe(`break:${kind}:${nine}:0`);
  });
});

describe('a break the user takes', () => {
  it('starts the short timer again, however short', () => {
    const session = [
      ...fromNine,
      ...activity([T('09:40'), 'break-start'], [T('09:42'), 'break-end']),
    ];
    expect(keys(breaksAt('10:00', session).upcoming)).toEqual([
      `break:short:${at(T('09:42'))}:0`,
      `break:long:${nine}:0`,
    ]);
  });

  it('starts both timers again when it lasts as long as a long break', () => {
    const session = [
      ...fromNine,
      ...activity([T('10:40'), 'break-start'], [T('10:55'), 'break-end']),
    ];
    expect(keys(breaksAt('11:00', session).upcoming)).toEqual([
      `break:short:${at(T('10:55'))}:0`,
      `break:long:${at(T('10:55'))}:0`,
    ]);
    expect(breaksAt('11:00', session).upcoming[0]?.dueAt).toBe(at(T('11:45')));
  });

  it('silences break nudges while it runs, expecting the next one a stretch after its planned end', () => {
    const running = [
      ...fromNine,
      ...activity([T('09:50'), 'break-start'], [T('09:55'), 'break-end']),
    ];
    const during = breaksAt('09:52', running);
    expect(during.due).toEqual([]);
    expect(during.upcoming).toMatchObject([{ dueAt: at(T('10:45')) }]);
  });

  it('silences break nudges while one with no end yet runs', () => {
    const running = [...fromNine, ...activity([T('09:50'), 'break-start'])];
    expect(breaksAt('10:30', running)).toEqual({ due: [], upcoming: [] });
  });
});

describe('no break nudge', () => {
  it.each([
    ['before the workday starts', '08:50'],
    ['after the workday ends', '17:20'],
  ])('%s', (_, now) => {
    const early = activity(['2026-11-16T06:00:00Z', 'active']);
    expect(breaksAt(now, early).due).toEqual([]);
  });

  it('after the scheduled end, even while clocked in: the boundary reminders speak then', () => {
    const clockedIn = [...fromNine, ...activity([T('08:58'), 'clock-in'])];
    const log = [shownAt('16:40', `break:short:${nine}:0`)];
    expect(breaksAt('17:30', clockedIn, { nudgeLog: log }).due).toEqual([]);
    expect(breaksAt('17:30', fromNine, { nudgeLog: log }).due).toEqual([]);
  });

  it('all evening for a clock-in the user forgot to end', () => {
    // Clocked in at 08:58, never out, at the computer until midnight.
    const forgotten = [...fromNine, ...activity([T('08:58'), 'clock-in'])];
    const byClockIn = { ...london, work: { ...london.work, autoStart: false } };
    for (let minutes = 17 * 60; minutes < 24 * 60; minutes += 10) {
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      const result = breaksAt(time, forgotten, {}, byClockIn);
      expect([...result.due, ...result.upcoming]).toEqual([]);
    }
  });

  it('expected after the workday ends', () => {
    expect(
      breaksAt('16:40', fromNine, {
        nudgeLog: [shownAt('16:30', `break:short:${nine}:0`)],
      }).upcoming.filter((nudge) => nudge.kind === 'break' && nudge.breakKind === 'short'),
    ).toEqual([]);
  });

  it('on a day off, unless the user clocked in', () => {
    const sunday = activity(['2026-11-22T10:00:00Z', 'active']);
    const state = stateOf(london, sunday);
    expect(breakNudges(state, when('2026-11-22T11:30:00Z'))).toEqual({ due: [], upcoming: [] });
    const clockedIn = stateOf(london, [
      ...sunday,
      ...activity(['2026-11-22T10:30:00Z', 'clock-in']),
    ]);
    expect(keys(breakNudges(clockedIn, when('2026-11-22T11:20:00Z')).due)).toEqual([
      `break:short:${at('2026-11-22T10:30:00Z')}:0`,
    ]);
  });

  it('after the user clocked out', () => {
    const out = [...fromNine, ...activity([T('09:45'), 'clock-out'])];
    expect(breaksAt('10:30', out)).toEqual({ due: [], upcoming: [] });
  });

  it.each([
    ['idle', 'idle'],
    ['locked', 'locked'],
  ] as const)('while the user is %s', (_, state) => {
    const away = [...fromNine, ...activity([T('09:48'), state])];
    expect(breaksAt('09:51', away)).toEqual({ due: [], upcoming: [] });
  });

  it('during a check-in: one that falls due waits until it ends', () => {
    const busy = [{ start: at(T('09:30')), end: at(T('10:15')) }];
    const during = breaksAt('09:50', fromNine, { busy });
    expect(during.due).toEqual([]);
    expect(during.upcoming[0]).toMatchObject({
      key: `break:short:${nine}:0`,
      dueAt: at(T('10:15')),
    });
    expect(keys(breaksAt('10:15', fromNine, { busy }).due)).toEqual([`break:short:${nine}:0`]);
  });

  it.each([
    ['short', { shortEnabled: false }, 'long'],
    ['long', { longEnabled: false }, 'short'],
  ] as const)('of the %s kind when it is switched off', (kind, switches, other) => {
    const result = breaksAt('11:00', fromNine, {}, withBreaks(switches));
    const kinds = ofKind([...result.due, ...result.upcoming], 'break').map((one) => one.breakKind);
    expect(kinds).not.toContain(kind);
    expect(kinds).toContain(other);
  });

  it('at all when both are switched off', () => {
    const off = withBreaks({ shortEnabled: false, longEnabled: false });
    expect(breaksAt('11:00', fromNine, {}, off)).toEqual({ due: [], upcoming: [] });
  });
});

describe('the popup’s time to the next break', () => {
  it('is the next break nudge if the user keeps working', () => {
    const view = today(stateOf(london, fromNine), when(T('09:20')));
    expect(view.nextBreak).toMatchObject({ breakKind: 'short', dueAt: at(T('09:50')) });
  });

  it('is none when breaks are muted', () => {
    const muted = { ...london, mutedKinds: ['break' as const] };
    expect(today(stateOf(muted, fromNine), when(T('09:20'))).nextBreak).toBeNull();
  });
});

describe('breaks that never pile up', () => {
  it('bring a long break due within 30 minutes of a short one in its place, not 20 minutes after it', () => {
    // The short one falls due at 10:40, the long one at 11:00.
    const log = [shownAt('09:50', `break:short:${nine}:0`)];
    const at1040 = breaksAt('10:40', fromNine, { nudgeLog: log });
    expect(at1040.due).toMatchObject([{ key: `break:long:${nine}:0`, breakKind: 'long' }]);
    const later = breaksAt('10:41', fromNine, {
      nudgeLog: [...log, shownAt('10:40', `break:long:${nine}:0`)],
    });
    // It answered for the short one: the next short break is 50 minutes of work after it.
    expect(later.upcoming[0]).toMatchObject({ breakKind: 'short', dueAt: at(T('11:30')) });
  });

  it('keep a long break due 30 minutes or more after a short one for its own time', () => {
    const hourly = withBreaks({ shortAfterMinutes: 80 });
    expect(breaksAt('09:30', fromNine, {}, hourly).upcoming).toMatchObject([
      { breakKind: 'short', dueAt: at(T('10:20')) },
      { breakKind: 'long', dueAt: at(T('11:00')) },
    ]);
  });

  it('plan every timer after a break the user starts: the long one keeps its time', () => {
    // A short break started at 10:41 for 5 minutes; 120 minutes of work reach 11:05 + 5.
    const running = [
      ...fromNine,
      ...activity([T('10:41'), 'break-start'], [T('10:46'), 'break-end']),
    ];
    const log = [shownAt('09:50', `break:short:${nine}:0`)];
    const rare = withBreaks({ shortAfterMinutes: 50, longAfterMinutes: 125 });
    const during = breaksAt('10:42', running, { nudgeLog: log }, rare);
    expect(during.upcoming).toMatchObject([{ breakKind: 'long', dueAt: at(T('11:10')) }]);
  });
});

describe('a clock-in on a day off', () => {
  const sunday = (time: string) => `2026-11-22T${time}:00Z`;
  const clockedIn = activity([sunday('09:55'), 'active'], [sunday('10:00'), 'clock-in']);

  it('brings breaks while it holds, and none once 12 hours have passed', () => {
    const rare = withBreaks({ longEnabled: false });
    const state = (extra: NudgeLogEntry[] = []) => ({
      ...stateOf(rare, clockedIn),
      nudgeLog: extra,
    });
    expect(breakNudges(state(), when(sunday('10:50'))).due).toHaveLength(1);
    expect(breakNudges(state(), when(sunday('22:30')))).toEqual({ due: [], upcoming: [] });
  });
});
