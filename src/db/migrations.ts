import type { IDBPDatabase, IDBPTransaction } from 'idb';

/**
 * One upgrade step. It runs inside the versionchange transaction and may only await
 * requests of that transaction, so a failing step aborts the upgrade and leaves the
 * older data exactly as it was.
 */
export type Migration = (
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, ArrayLike<string>, 'versionchange'>,
) => void | Promise<void>;

/** Version 1: a store for every entity of the product, with the indexes its queries need. */
const v1: Migration = (db) => {
  db.createObjectStore('settings');
  const contacts = db.createObjectStore('contacts', { keyPath: 'id' });
  contacts.createIndex('by-name', 'name');
  contacts.createIndex('by-lastContactAt', 'lastContactAt');
  const interactions = db.createObjectStore('interactions', { keyPath: 'id' });
  interactions.createIndex('by-at', 'at');
  interactions.createIndex('by-contact', 'contactIds', { multiEntry: true });
  const checkIns = db.createObjectStore('checkIns', { keyPath: 'id' });
  checkIns.createIndex('by-startDate', 'startDate');
  const activity = db.createObjectStore('activity', { keyPath: 'id', autoIncrement: true });
  activity.createIndex('by-at', 'at');
  const nudgeLog = db.createObjectStore('nudgeLog', { keyPath: 'key' });
  nudgeLog.createIndex('by-shownAt', 'shownAt');
  const reflections = db.createObjectStore('reflections', { keyPath: 'id' });
  reflections.createIndex('by-weekStart', 'weekStart', { unique: true });
  db.createObjectStore('meta');
};

/**
 * Version 2: connections by kind and time, so that the last gathering is one look at the
 * index instead of a walk back through every connection since (all of them, for someone
 * who has never logged one).
 */
const v2: Migration = (_db, tx) => {
  tx.objectStore('interactions').createIndex('by-kind-at', ['kind', 'at']);
};

/**
 * Step i upgrades version i to version i + 1; the database version is the list's
 * length. Append a step for every schema change; never edit a step that has shipped.
 */
export const migrations: readonly Migration[] = [v1, v2];
