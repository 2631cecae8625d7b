import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type ActivityRecord,
  type Backup,
} from '../domain/backup/format';
import { missingActivity, type CurrentKeys } from '../domain/backup/preview';
import type { Contact, DayException, Interaction } from '../domain/types';
import type { TendDatabase } from './open';
import { allExceptionKeys, EXCEPTION } from './meta';
import { completed, SETTINGS_KEY } from './settings';

/**
 * Every day exception, and no other meta key. Exceptions are the user's decisions about
 * dates (on call next Tuesday) and belong in a backup; the pause, snoozes and the guard's
 * open sites are minutes-to-hours states of this browser, meaningless once restored elsewhere
 * or later, and are neither exported nor touched by an import.
 */
const EXCEPTIONS = allExceptionKeys;

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
type AllStores<Mode extends IDBTransactionMode> = ReturnType<typeof allStores<Mode>>;

function allStores<Mode extends IDBTransactionMode>(db: TendDatabase, mode: Mode) {
  return db.transaction(STORES as unknown as Stores[number][], mode, { durability: 'strict' });
}

/** Everything a backup holds, read inside `tx` so it is one consistent moment. */
async function readAll(
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
      tx.objectStore('meta').getAll(EXCEPTIONS()),
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
    dayExceptions: exceptions as DayException[],
    activity: activity.map(({ at, state }) => ({ at, state })),
    nudgeLog,
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
      tx.objectStore('meta').getAllKeys(EXCEPTIONS()),
    ]);
  await tx.done;
  return {
    contacts,
    interactions,
    checkIns,
    reflections: reflections.map(({ id, weekStart }) => ({ id, weekStart })),
    dayExceptions: exceptions.map((key) => String(key).slice(EXCEPTION.length)),
    activity,
    nudgeLog,
  };
}

/** Each person's last contact from the connections stored, as logging one keeps it. */
function withLastContact(contacts: Contact[], interactions: Interaction[]): Contact[] {
  const latest = new Map<string, number>();
  for (const { at, contactIds } of interactions) {
    for (const id of contactIds) latest.set(id, Math.max(latest.get(id) ?? at, at));
  }
  return contacts
    .filter((contact) => (latest.get(contact.id) ?? null) !== contact.lastContactAt)
    .map((contact) => ({ ...contact, lastContactAt: latest.get(contact.id) ?? null }));
}

/**
 * Writes the settings and every list but the reflections (whose week is unique, so each
 * caller handles them), with the given work time. Each request is caught as it is made, so
 * when a later one cannot even be made (a value IndexedDB cannot store) the earlier ones,
 * aborted with the transaction, are no unhandled rejection.
 */
async function writeRecords(
  tx: AllStores<'readwrite'>,
  backup: Backup,
  activity: readonly ActivityRecord[],
): Promise<void> {
  const issued: Promise<unknown>[] = [];
  const issue = (request: Promise<unknown>) => {
    request.catch(() => undefined);
    issued.push(request);
  };
  issue(tx.objectStore('settings').put(backup.settings, SETTINGS_KEY));
  for (const contact of backup.contacts) issue(tx.objectStore('contacts').put(contact));
  for (const interaction of backup.interactions) {
    issue(tx.objectStore('interactions').put(interaction));
  }
  for (const checkIn of backup.checkIns) issue(tx.objectStore('checkIns').put(checkIn));
  for (const entry of backup.nudgeLog) issue(tx.objectStore('nudgeLog').put(entry));
  for (const exception of backup.dayExceptions) {
    issue(tx.objectStore('meta').put(exception, `${EXCEPTION}${exception.date}`));
  }
  for (const record of activity) issue(tx.objectStore('activity').add({ ...record }));
  await Promise.all(issued);
}

/**
 * Runs `work` in `tx` and waits for the commit; when `work` throws, the transaction is
 * aborted so none of its writes stay, and the caller hears the first error.
 */
async function commitOrAbort<T>(tx: AllStores<'readwrite'>, work: () => Promise<T>): Promise<T> {
  tx.done.catch(() => undefined);
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // A failed request has aborted the transaction already.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/**
 * Merges a validated backup in one transaction, all or nothing: records with a new id are
 * added, records with an id already stored are replaced (a reflection also replaces the one
 * for its week), the settings are replaced, work time the database lacks is added, and
 * nothing is deleted. Everyone's last contact is then recomputed from the connections.
 * Returns everything as it was just before, read in the same transaction, for Undo.
 */
export async function importBackup(db: TendDatabase, backup: Backup): Promise<Backup> {
  const tx = allStores(db, 'readwrite');
  return commitOrAbort(tx, async () => {
    const before = await readAll(tx, backup.exportedAt);
    const reflections = tx.objectStore('reflections');
    const weekIndex = reflections.index('by-weekStart');
    await writeRecords(tx, backup, missingActivity(before.activity, backup.activity));
    for (const reflection of backup.reflections) {
      // The week is unique in the store: the file's reflection takes the stored one's place.
      const sameWeek = await weekIndex.getKey(reflection.weekStart);
      if (sameWeek !== undefined && sameWeek !== reflection.id) await reflections.delete(sameWeek);
      await reflections.put(reflection);
    }
    const [contacts, interactions] = await Promise.all([
      tx.objectStore('contacts').getAll(),
      tx.objectStore('interactions').getAll(),
    ]);
    await Promise.all(
      withLastContact(contacts, interactions).map((contact) =>
        tx.objectStore('contacts').put(contact),
      ),
    );
    return before;
  });
}

/**
 * Makes the database hold exactly what `backup` holds, in one transaction: Undo of an import
 * with the state read before it. Meta keys other than day exceptions are left alone.
 */
export async function restoreExactly(db: TendDatabase, backup: Backup): Promise<void> {
  const tx = allStores(db, 'readwrite');
  await commitOrAbort(tx, async () => {
    await Promise.all([
      ...(
        ['contacts', 'interactions', 'checkIns', 'reflections', 'activity', 'nudgeLog'] as const
      ).map((store) => tx.objectStore(store).clear()),
      tx.objectStore('meta').delete(EXCEPTIONS()),
    ]);
    await writeRecords(tx, backup, backup.activity);
    await Promise.all(
      backup.reflections.map((reflection) => tx.objectStore('reflections').put(reflection)),
    );
  });
}
