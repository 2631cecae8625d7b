import { CLOCK_STATES, IDLE_STATES } from '../domain/idle-state';
import type { ActivityTransition } from '../domain/types';
import type { IDBPIndex, StoreNames } from 'idb';
import type { TendDatabase } from './open';
import type { TendDB } from './schema';
import { MINUTE_MS } from '../domain/time-units';
import { deleteMeta } from './meta-store';

/**
 * Stores a transition as it happens. An idle state equal to the last stored one is
 * dropped (the browser repeats itself after a worker restart). Clock in/out is a
 * choice the user made, so it is written with strict durability.
 */
export async function recordTransition(
  db: TendDatabase,
  transition: ActivityTransition,
  /** The user left earlier than the browser said: store it as early as this, if nothing came since. */
  backdateTo?: number,
): Promise<boolean> {
  const isIdleState = IDLE_STATES.includes(transition.state);
  const tx = db.transaction('activity', 'readwrite', {
    durability: isIdleState ? 'default' : 'strict',
  });
  let at = transition.at;
  if (isIdleState) {
    const index = tx.store.index('by-at');
    let cursor = await index.openCursor(IDBKeyRange.upperBound(transition.at), 'prev');
    const latest = cursor?.value.at ?? -Infinity;
    while (cursor && !IDLE_STATES.includes(cursor.value.state)) cursor = await cursor.continue();
    if (cursor?.value.state === transition.state) {
      await tx.done;
      return false;
    }
    if (backdateTo !== undefined) at = Math.max(backdateTo, latest, 0);
  }
  await Promise.all([tx.store.add({ at, state: transition.state }), tx.done]);
  return true;
}

/**
 * Transitions from `since` on, oldest first, plus the state the user was in when `since`
 * began (the last idle state before it, however old) and the last clock-in or clock-out
 * that can still count (from `clockCarriedFrom(since)` on).
 */
export async function activitySince(
  db: TendDatabase,
  since: number,
): Promise<ActivityTransition[]> {
  return activitySinceIn(db.transaction('activity').store.index('by-at'), since);
}

/** As `activitySince`, inside a transaction the caller holds over more stores. */
export async function activitySinceIn<Stores extends ArrayLike<StoreNames<TendDB>>>(
  index: IDBPIndex<TendDB, Stores, 'activity', 'by-at', IDBTransactionMode>,
  since: number,
): Promise<ActivityTransition[]> {
  // The window and the week before it in one read (a request is a round trip each, and a
  // week of breaks is dozens of cursor steps): the last idle state and clock before the
  // window are nearly always in that week. Only what it does not hold is looked for further
  // back, a step at a time.
  const lookFrom = since - LOOK_BACK_MS;
  const read = await index.getAll(IDBKeyRange.lowerBound(lookFrom));
  const first = read.findIndex((transition) => transition.at >= since);
  const week = first < 0 ? read : read.slice(0, first);
  const recent = first < 0 ? [] : read.slice(first);
  const before: ActivityTransition[] = [];
  const wanted = { idle: true, clock: true };
  // Breaks are minutes long; only the idle state and the clock carry over a window's start.
  const take = (transition: ActivityTransition) => {
    if (IDLE_STATES.includes(transition.state) && wanted.idle) {
      before.unshift(transition);
      wanted.idle = false;
    } else if (CLOCK_STATES.includes(transition.state) && wanted.clock) {
      before.unshift(transition);
      wanted.clock = false;
    }
  };
  for (let i = week.length - 1; i >= 0 && (wanted.idle || wanted.clock); i -= 1) take(week[i]!);
  // Further back only the idle state, which holds until the next one, is looked for: a clock
  // transition from before the week can no longer count (see LOOK_BACK_MS). A walk back for
  // the clock of a user who never clocks in read every transition of their years, at every
  // wake.
  wanted.clock = false;
  let cursor = wanted.idle
    ? await index.openCursor(IDBKeyRange.upperBound(lookFrom, true), 'prev')
    : null;
  while (cursor && wanted.idle) {
    take(cursor.value);
    cursor = await cursor.continue();
  }
  return [...before, ...recent];
}

// How far before a window's start its first read reaches for the state it starts in. A
// week: longer than a clock transition can count (CLOCK_REACH_HOURS, in on-the-clock.ts), so
// the clock carried in is looked for in it alone.
const LOOK_BACK_MS = 7 * 24 * 60 * MINUTE_MS;

/**
 * The earliest a clock transition carried into a window that begins at `since` may be: the
 * week before it, as the window's first read takes it. One from before then cannot count in
 * the window (CLOCK_REACH_HOURS), and is not looked for.
 */
export function clockCarriedFrom(since: number): number {
  return since - LOOK_BACK_MS;
}

/**
 * Starts a break of `minutes`: its start and its planned end are written together, so a
 * break whose page was closed still ends on time instead of running forever.
 */
export async function startBreak(
  db: TendDatabase,
  at: number,
  minutes: number,
): Promise<BreakSession> {
  const tx = db.transaction('activity', 'readwrite', { durability: 'strict' });
  // A reload, a restored tab or a second click must not start a second break over this one.
  const running = await runningIn(tx.store.index('by-at'), at);
  if (running) {
    await tx.done;
    return running;
  }
  const session = { start: at, end: at + minutes * MINUTE_MS };
  await Promise.all([
    tx.store.add({ at: session.start, state: 'break-start' }),
    tx.store.add({ at: session.end, state: 'break-end' }),
    tx.done,
  ]);
  return session;
}

/** A break as stored: when it started and when it ends (or ended). */
export interface BreakSession {
  start: number;
  end: number;
}

type ActivityIndex = IDBPIndex<TendDB, ['activity'], 'activity', 'by-at', 'readonly' | 'readwrite'>;

// The break running at `at`: its planned end is still ahead, and its start is not.
async function runningIn(index: ActivityIndex, at: number): Promise<BreakSession | null> {
  let end: number | null = null;
  let cursor = await index.openCursor(IDBKeyRange.lowerBound(at, true));
  while (cursor && end === null) {
    if (cursor.value.state === 'break-end') end = cursor.value.at;
    if (cursor.value.state === 'break-start') return null;
    cursor = await cursor.continue();
  }
  if (end === null) return null;
  let back = await index.openCursor(IDBKeyRange.upperBound(at), 'prev');
  while (back && back.value.state !== 'break-start') {
    if (back.value.state === 'break-end') return null;
    back = await back.continue();
  }
  return back ? { start: back.value.at, end } : null;
}

/** The break running at `at`, if there is one (a reload of the break page shows it). */
export async function runningBreak(db: TendDatabase, at: number): Promise<BreakSession | null> {
  return runningIn(db.transaction('activity').store.index('by-at'), at);
}

/** Ends the running break at `at` by moving its planned end there; false when none runs. */
export async function endBreakEarly(db: TendDatabase, at: number): Promise<boolean> {
  const tx = db.transaction(['activity', 'meta'], 'readwrite', { durability: 'strict' });
  const index = tx.objectStore('activity').index('by-at');
  let cursor = await index.openCursor(IDBKeyRange.lowerBound(at, true));
  let moved = false;
  while (cursor) {
    if (cursor.value.state === 'break-end') {
      // The one record ever moved: Insights' copy of the activity cannot tell it by counting.
      await Promise.all([
        cursor.update({ ...cursor.value, at }),
        deleteMeta(tx.objectStore('meta'), 'insights-activity'),
      ]);
      moved = true;
      break;
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return moved;
}
