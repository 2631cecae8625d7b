import type { ActivityState, ActivityTransition } from '../domain/types';
import type { TendDatabase } from './open';

const IDLE_STATES: readonly ActivityState[] = ['active', 'idle', 'locked'];

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
    const isIdle = IDLE_STATES.includes(cursor.value.state);
    if (isIdle && needIdle) before.unshift(cursor.value);
    if (!isIdle && needClock) before.unshift(cursor.value);
    if (isIdle) needIdle = false;
    else needClock = false;
    cursor = await cursor.continue();
  }
  return [...before, ...recent];
}
