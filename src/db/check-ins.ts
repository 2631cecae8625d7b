import type { CheckIn } from '../domain/types';
import { DataError } from './data-error';
import { requireUnchanged } from './edit-conflict';
import { changing } from './generation';
import type { TendDatabase } from './open';

/**
 * Adds a check-in or replaces it with the edited one. With `opened` (the check-in as the form
 * opened it, null for a new one), one changed elsewhere since (edited, skipped, moved) is
 * not written: EditConflict.
 */
export async function saveCheckIn(
  db: TendDatabase,
  checkIn: CheckIn,
  opened?: CheckIn | null,
): Promise<void> {
  const tx = changing(db, ['checkIns']);
  const store = tx.objectStore('checkIns');
  if (opened !== undefined) requireUnchanged(await store.get(checkIn.id), opened);
  await Promise.all([store.put(checkIn), tx.done]);
}

/** Every check-in, paused ones included, by title. */
export async function listCheckIns(db: TendDatabase): Promise<CheckIn[]> {
  const checkIns = await db.getAll('checkIns');
  return checkIns.sort((a, b) =>
    a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }),
  );
}

/** Deletes a check-in and returns it, so that undo can save it again. */
export async function deleteCheckIn(db: TendDatabase, id: string): Promise<CheckIn> {
  const tx = changing(db, ['checkIns']);
  const store = tx.objectStore('checkIns');
  const checkIn = await store.get(id);
  if (!checkIn) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new DataError('missing-check-in', id);
  }
  await Promise.all([store.delete(id), tx.done]);
  return checkIn;
}

/** Changes one check-in in a single read-modify-write (skip, move, pause). */
export async function changeCheckIn(
  db: TendDatabase,
  id: string,
  change: (checkIn: CheckIn) => CheckIn,
): Promise<CheckIn> {
  const tx = changing(db, ['checkIns']);
  const store = tx.objectStore('checkIns');
  const checkIn = await store.get(id);
  if (!checkIn) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new DataError('missing-check-in', id);
  }
  const next = change(checkIn);
  await Promise.all([store.put(next), tx.done]);
  return next;
}
