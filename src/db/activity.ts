import type { ActivityState, ActivityTransition } from '../domain/types';
import type { TendDatabase } from './open';

const IDLE_STATES: readonly ActivityState[] = ['active', 'idle', 'locked'];
const CLOCK_STATES: readonly ActivityState[] = ['clock-in', 'clock-out'];

/**
 * Stores a transition as it happens. An idle state equal to the last stored one is
 * dropped (the browser repeats itself after a worker restart). Clock in/out is a
 * choice the user made, so it is written with strict durability.
 */
export async function recordTransition(
  db: TendDatabase,
  transition: ActivityTransition,
): Promise<boolean> {
  const isIdleState = IDLE_STATES.includes(transition.state);
  const tx = db.transaction('activity', 'readwrite', {
    durability: isIdleState ? 'default' : 'strict',
  });
  if (isIdleState) {
    let cursor = await tx.store.index('by-at').openCursor(null, 'prev');
    while (cursor && !IDLE_STATES.includes(cursor.value.state)) cursor = await cursor.continue();
    if (cursor?.value.state === transition.state) {
      await tx.done;
      return false;
    }
  }
  await Promise.all([tx.store.add({ at: transition.at, state: transition.state }), tx.done]);
  return true;
}

/**
 * Transitions from `since` on, oldest first, plus the last one of each kind before it
 * (the state the user was in, and whether they were clocked in, when `since` began).
 */
export async function activitySince(
  db: TendDatabase,
  since: number,
): Promise<ActivityTransition[]> {
  const index = db.transaction('activity').store.index('by-at');
  const recent = await index.getAll(IDBKeyRange.lowerBound(since));
  const before: ActivityTransition[] = [];
  let needIdle = true;
  let needClock = true;
  let cursor = await index.openCursor(IDBKeyRange.upperBound(since, true), 'prev');
  while (cursor && (needIdle || needClock)) {
    const { state } = cursor.value;
    // Breaks are minutes long; only the idle state and the clock carry over a window's start.
    if (IDLE_STATES.includes(state) && needIdle) {
      before.unshift(cursor.value);
      needIdle = false;
    } else if (CLOCK_STATES.includes(state) && needClock) {
      before.unshift(cursor.value);
      needClock = false;
    }
    cursor = await cursor.continue();
  }
  return [...before, ...recent];
}

/**
 * Starts a break of `minutes`: its start and its planned end are written together, so a
 * break whose page was closed still ends on time instead of running forever.
 */
export async function startBreak(db: TendDatabase, at: number, minutes: number): Promise<void> {
  const tx = db.transaction('activity', 'readwrite', { durability: 'strict' });
  await Promise.all([
    tx.store.add({ at, state: 'break-start' }),
    tx.store.add({ at: at + minutes * 60_000, state: 'break-end' }),
    tx.done,
  ]);
}

/** Ends the running break at `at` by moving its planned end there; false when none runs. */
export async function endBreakEarly(db: TendDatabase, at: number): Promise<boolean> {
  const tx = db.transaction('activity', 'readwrite', { durability: 'strict' });
  let cursor = await tx.store.index('by-at').openCursor(IDBKeyRange.lowerBound(at, true));
  let moved = false;
  while (cursor) {
    if (cursor.value.state === 'break-end') {
      await cursor.update({ ...cursor.value, at });
      moved = true;
      break;
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return moved;
}
