import { describe, expect, it } from 'vitest';
import {
  activitySince,
  endBreakEarly,
  recordTransition,
  runningBreak,
  startBreak,
} from '../../src/db/activity';
import { openDb } from '../../src/db/open';

import type { ActivityTransition } from '../../src/domain/types';

const at = (iso: string) => Date.parse(iso);
/** Each transition as its instant and state. */
const timeline = (transitions: ActivityTransition[]) =>
  transitions.map(({ at: when, state }) => [new Date(when).toISOString(), state]);

describe('activity transitions', () => {
  it('stores each change once, even when the browser repeats itself', async () => {
    const db = await openDb();
    expect(await recordTransition(db, { at: at('2026-11-23T09:00:00Z'), state: 'active' })).toBe(
      true,
    );
    expect(await recordTransition(db, { at: at('2026-11-23T09:05:00Z'), state: 'active' })).toBe(
      false,
    );
    expect(await recordTransition(db, { at: at('2026-11-23T10:00:00Z'), state: 'clock-in' })).toBe(
      true,
    );
    expect(await recordTransition(db, { at: at('2026-11-23T10:01:00Z'), state: 'active' })).toBe(
      false,
    );
    expect(await recordTransition(db, { at: at('2026-11-23T11:00:00Z'), state: 'locked' })).toBe(
      true,
    );
    const stored = await activitySince(db, 0);
    expect(stored.map((transition) => transition.state)).toEqual(['active', 'clock-in', 'locked']);
  });

  it('loads a window with the state and the clock the user was in when it began', async () => {
    const db = await openDb();
    await recordTransition(db, { at: at('2026-11-20T08:00:00Z'), state: 'clock-in' });
    await recordTransition(db, { at: at('2026-11-20T09:00:00Z'), state: 'active' });
    await recordTransition(db, { at: at('2026-11-20T12:00:00Z'), state: 'idle' });
    await startBreak(db, at('2026-11-20T14:00:00Z'), 5);
    await recordTransition(db, { at: at('2026-11-23T09:00:00Z'), state: 'active' });
    const window = await activitySince(db, at('2026-11-22T00:00:00Z'));
    expect(timeline(window)).toEqual([
      ['2026-11-20T08:00:00.000Z', 'clock-in'],
      ['2026-11-20T12:00:00.000Z', 'idle'],
      ['2026-11-23T09:00:00.000Z', 'active'],
    ]);
  });

  it('finds the idle state a window began in however long ago it was set', async () => {
    const db = await openDb();
    // Idle a day before, a break in between, and a clock-in a month before: the idle state
    // from the day before; the clock-in lapsed weeks ago and is not looked for that far back.
    await recordTransition(db, { at: at('2026-10-20T08:00:00Z'), state: 'clock-in' });
    await recordTransition(db, { at: at('2026-10-21T08:00:00Z'), state: 'locked' });
    await startBreak(db, at('2026-11-10T14:00:00Z'), 5);
    await recordTransition(db, { at: at('2026-11-21T12:00:00Z'), state: 'idle' });
    await recordTransition(db, { at: at('2026-11-23T09:00:00Z'), state: 'active' });
    const window = await activitySince(db, at('2026-11-22T00:00:00Z'));
    expect(timeline(window)).toEqual([
      ['2026-11-21T12:00:00.000Z', 'idle'],
      ['2026-11-23T09:00:00.000Z', 'active'],
    ]);
    // Weeks without an idle change (a holiday): the one from before them.
    const later = await activitySince(db, at('2026-11-20T00:00:00Z'));
    expect(timeline(later)).toEqual([
      ['2026-10-21T08:00:00.000Z', 'locked'],
      ['2026-11-21T12:00:00.000Z', 'idle'],
      ['2026-11-23T09:00:00.000Z', 'active'],
    ]);
  });

  it('carries a clock-in from the day before a window, which may still hold in it', async () => {
    const db = await openDb();
    await recordTransition(db, { at: at('2026-11-21T22:00:00Z'), state: 'clock-in' });
    await recordTransition(db, { at: at('2026-11-21T22:05:00Z'), state: 'active' });
    const window = await activitySince(db, at('2026-11-22T00:00:00Z'));
    expect(window.map(({ state }) => state)).toEqual(['clock-in', 'active']);
  });
});

describe('a break', () => {
  it('ends on time even if its page is closed, and can end early', async () => {
    const db = await openDb();
    await startBreak(db, at('2026-11-23T10:00:00Z'), 5);
    const planned = await activitySince(db, 0);
    expect(planned.map(({ at: when, state }) => [new Date(when).toISOString(), state])).toEqual([
      ['2026-11-23T10:00:00.000Z', 'break-start'],
      ['2026-11-23T10:05:00.000Z', 'break-end'],
    ]);
    expect(await endBreakEarly(db, at('2026-11-23T10:02:00Z'))).toBe(true);
    const ended = await activitySince(db, 0);
    expect(ended.map((transition) => new Date(transition.at).toISOString())).toEqual([
      '2026-11-23T10:00:00.000Z',
      '2026-11-23T10:02:00.000Z',
    ]);
    expect(await endBreakEarly(db, at('2026-11-23T10:03:00Z'))).toBe(false);
  });

  it('is not started twice by a reload or a second click while it runs', async () => {
    const db = await openDb();
    const first = await startBreak(db, at('2026-11-23T10:00:00Z'), 5);
    const again = await startBreak(db, at('2026-11-23T10:01:00Z'), 15);
    expect(again).toEqual(first);
    expect(await runningBreak(db, at('2026-11-23T10:03:00Z'))).toEqual(first);
    expect(await runningBreak(db, at('2026-11-23T10:06:00Z'))).toBeNull();
    expect(await activitySince(db, 0)).toHaveLength(2);
  });
});

describe('going idle', () => {
  it('is stored from when the user left, never before what was stored last', async () => {
    const db = await openDb();
    await recordTransition(db, { at: at('2026-11-23T09:00:00Z'), state: 'active' });
    // The browser says "idle" at 10:05 with a 5-minute threshold: the user left at 10:00.
    await recordTransition(
      db,
      { at: at('2026-11-23T10:05:00Z'), state: 'idle' },
      at('2026-11-23T10:00:00Z'),
    );
    await recordTransition(db, { at: at('2026-11-23T10:20:00Z'), state: 'active' });
    await recordTransition(
      db,
      { at: at('2026-11-23T10:21:00Z'), state: 'idle' },
      at('2026-11-23T10:16:00Z'),
    );
    const stored = (await activitySince(db, 0)).map(({ at: when, state }) => [
      new Date(when).toISOString().slice(11, 16),
      state,
    ]);
    expect(stored).toEqual([
      ['09:00', 'active'],
      ['10:00', 'idle'],
      ['10:20', 'active'],
      ['10:20', 'idle'],
    ]);
  });
});
