import { openDB, type IDBPDatabase } from 'idb';
import { NewerDatabaseError } from './data-error';
import type { Migration } from './migrations';
import { migrations } from './migrations';
import { DB_NAME, type TendDB } from './schema';

export type TendDatabase = IDBPDatabase<TendDB>;

let shared: Promise<TendDatabase> | null = null;

/** The one way to open Tend's database; pages and the background share this code. */
export function openDb(): Promise<TendDatabase> {
  shared ??= openDatabase(DB_NAME, migrations).catch((error: unknown) => {
    shared = null;
    throw error;
  });
  return shared;
}

/**
 * Opens `name` at version `steps.length`, running every step the stored data has not had. A
 * database already at a higher version (a newer Tend wrote it) is refused with
 * NewerDatabaseError and not touched.
 */
export async function openDatabase(
  name: string,
  steps: readonly Migration[],
): Promise<TendDatabase> {
  return openAt(name, steps).catch((error: unknown) => {
    throw error instanceof DOMException && error.name === 'VersionError'
      ? new NewerDatabaseError(steps.length)
      : error;
  });
}

function openAt(name: string, steps: readonly Migration[]): Promise<TendDatabase> {
  return openDB<TendDB>(name, steps.length, {
    upgrade(database, oldVersion, _newVersion, tx) {
      const untypedDb = database as unknown as IDBPDatabase<unknown>;
      const untypedTx = tx as unknown as Parameters<Migration>[1];
      let chain = Promise.resolve();
      for (let version = oldVersion; version < steps.length; version += 1) {
        const step = steps[version];
        if (step) chain = chain.then(() => step(untypedDb, untypedTx));
      }
      // A step that throws must not leave a half-upgraded database behind.
      chain.catch((error: unknown) => {
        console.error('Tend: database upgrade failed, nothing was changed', error);
        try {
          tx.abort();
        } catch {
          // The upgrade was aborted already (what made the step fail): nothing to undo.
        }
      });
      // The abort rejects tx.done too; the caller hears of it through openDB's own rejection.
      tx.done.catch(() => undefined);
    },
    blocking(_current, _blocked, event) {
      // A newer Tend (another page or the updated worker) wants to upgrade: step aside
      // at once, and let the next openDb() here reopen at the new version.
      (event.target as IDBDatabase).close();
      shared = null;
    },
    blocked() {
      // The other connections close themselves on `blocking`; the open then proceeds.
    },
    terminated() {
      shared = null;
    },
  });
}

/** Forgets the shared connection (tests delete the database between cases). */
export function closeDb(): void {
  void shared?.then((db) => db.close());
  shared = null;
}

// How long a delete waits for another connection that does not step aside (an old page).
const BLOCKED_LIMIT_MS = 5000;

/**
 * Deletes Tend's database. This context's connection closes first; every other one is asked
 * to (`blocking` above closes it); one that stays open past a few seconds makes the delete
 * fail with a message rather than hang.
 */
export async function deleteTendDatabase(name: string = DB_NAME): Promise<void> {
  const current = shared;
  shared = null;
  await current?.then((db) => db.close()).catch(() => undefined);
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    let timer: ReturnType<typeof setTimeout> | undefined;
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve();
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(request.error ?? new Error('Tend: the database could not be deleted'));
    };
    request.onblocked = () => {
      timer ??= setTimeout(
        () =>
          reject(new Error('Tend: another Tend page keeps the data open; close it and try again')),
        BLOCKED_LIMIT_MS,
      );
    };
  });
}
