import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../domain/backup/format';
import { type CurrentKeys } from '../domain/backup/preview';
import type { TendDatabase } from './open';
import { markChanged } from './generation';
import { getExceptionDates, getExceptions, type MetaWriter } from './meta-store';
import { completed, SETTINGS_KEY } from './settings';

/**
 * Every store a backup reads or an import writes. Of meta, the day exceptions and no other
 * key: exceptions are the user's decisions about dates (on call next Tuesday) and belong in a
 * backup; the pause, snoozes and the guard's open sites are minutes-to-hours states of this
 * browser, meaningless once restored elsewhere or later, and are neither exported nor touched
 * by an import.
 */
const STORES = [
  'settings',
  'contacts',
  'interactions',
  'checkIns',
  'reflections',
  'activity',
  'nudgeLog',
  'meta',
] as const;

type Stores = typeof STORES;
/** A transaction over every store a backup touches. */
export type AllStores<Mode extends IDBTransactionMode> = ReturnType<typeof allStores<Mode>>;

/**
 * Opens one transaction over every store a backup touches, strictly durable; one that may
 * write (an import, its undo) is marked as changing people and check-ins (generation.ts).
 */
export function allStores<Mode extends IDBTransactionMode>(db: TendDatabase, mode: Mode) {
  const tx = db.transaction(STORES as unknown as Stores[number][], mode, { durability: 'strict' });
  if (mode === 'readwrite') markChanged(tx.objectStore('meta') as MetaWriter);
  return tx;
}

/** Everything a backup holds, read inside `tx` so it is one consistent moment. */
export async function readAll(
  tx: AllStores<'readonly'> | AllStores<'readwrite'>,
  exportedAt: string,
): Promise<Backup> {
  const [stored, contacts, interactions, checkIns, reflections, activity, nudgeLog, exceptions] =
    await Promise.all([
      tx.objectStore('settings').get(SETTINGS_KEY),
      tx.objectStore('contacts').getAll(),
      tx.objectStore('interactions').getAll(),
      tx.objectStore('checkIns').getAll(),
      tx.objectStore('reflections').getAll(),
      // Oldest first; transitions at the same instant keep the order they were written in.
      tx.objectStore('activity').index('by-at').getAll(),
      tx.objectStore('nudgeLog').getAll(),
      getExceptions(tx.objectStore('meta')),
    ]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    settings: completed(stored),
    contacts,
    interactions,
    checkIns,
    reflections,
    dayExceptions: exceptions,
    activity: activity.map(({ at, state }) => ({ at, state })),
    // What was shown when, and no more: a nudge still to be shown belongs to this browser.
    nudgeLog: nudgeLog.map(({ key, kind, shownAt }) => ({ key, kind, shownAt })),
  };
}

/** Everything Tend holds, as a backup stamped `now`, read in one transaction. */
export async function exportBackup(db: TendDatabase, now: Date): Promise<Backup> {
  const tx = allStores(db, 'readonly');
  const [backup] = await Promise.all([readAll(tx, now.toISOString()), tx.done]);
  return backup;
}

/** The keys an import merges on, for its preview. */
export async function currentKeys(db: TendDatabase): Promise<CurrentKeys> {
  const tx = allStores(db, 'readonly');
  const [contacts, interactions, checkIns, reflections, activity, nudgeLog, exceptions] =
    await Promise.all([
      tx.objectStore('contacts').getAllKeys(),
      tx.objectStore('interactions').getAllKeys(),
      tx.objectStore('checkIns').getAllKeys(),
      tx.objectStore('reflections').getAll(),
      tx.objectStore('activity').getAll(),
      tx.objectStore('nudgeLog').getAllKeys(),
      getExceptionDates(tx.objectStore('meta')),
    ]);
  await tx.done;
  return {
    contacts,
    interactions,
    checkIns,
    reflections: reflections.map(({ id, weekStart }) => ({ id, weekStart })),
    dayExceptions: exceptions,
    activity,
    nudgeLog,
  };
}
