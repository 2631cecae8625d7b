import type { Reflection } from '../domain/types';
import { requireUnchanged } from './edit-conflict';
import type { TendDatabase } from './open';

/**
 * Saves the reflection for its week: a week has at most one, so when the week already has
 * one (saved from another page, or a skip filled in later) it is updated in place, keeping
 * its id and when it was first written. Read and write share one transaction, so two saves
 * of the same week cannot both insert. With `opened` (the week's reflection as the form
 * opened it, null when it had none), a week's reflection written elsewhere since is not
 * overwritten: EditConflict. Returns what was stored.
 */
export async function saveReflection(
  db: TendDatabase,
  reflection: Reflection,
  opened?: Reflection | null,
): Promise<Reflection> {
  const tx = db.transaction('reflections', 'readwrite', { durability: 'strict' });
  const existing = await tx.store.index('by-weekStart').get(reflection.weekStart);
  requireUnchanged(existing, opened, ['id', 'createdAt']);
  const stored = existing
    ? { ...reflection, id: existing.id, createdAt: existing.createdAt }
    : reflection;
  await Promise.all([tx.store.put(stored), tx.done]);
  return stored;
}

/** Every reflection, newest week first. */
export async function listReflections(db: TendDatabase): Promise<Reflection[]> {
  return (await db.getAllFromIndex('reflections', 'by-weekStart')).reverse();
}

/** The reflection of the week starting on Monday `weekStart`, if there is one. */
export async function reflectionForWeek(
  db: TendDatabase,
  weekStart: string,
): Promise<Reflection | undefined> {
  return db.getFromIndex('reflections', 'by-weekStart', weekStart);
}

/**
 * Deletes a reflection and returns it, so that undo can save it again; null when it was
 * already gone (deleted on another page), which leaves nothing to undo.
 */
export async function deleteReflection(db: TendDatabase, id: string): Promise<Reflection | null> {
  const tx = db.transaction('reflections', 'readwrite', { durability: 'strict' });
  const existing = await tx.store.get(id);
  if (existing) await tx.store.delete(id);
  await tx.done;
  return existing ?? null;
}

/** The weeks from Monday `from` on that have a reflection (saved or skipped), for the planner. */
export async function reflectedWeeksFrom(db: TendDatabase, from: string): Promise<string[]> {
  const found = await db.getAllFromIndex(
    'reflections',
    'by-weekStart',
    IDBKeyRange.lowerBound(from),
  );
  return found.map((reflection) => reflection.weekStart);
}
