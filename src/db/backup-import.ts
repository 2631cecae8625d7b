import { type ActivityRecord, type Backup } from '../domain/backup/format';
import { missingActivity } from '../domain/backup/preview';
import type {
  CheckIn,
  Contact,
  DayException,
  Interaction,
  NudgeLogEntry,
  Reflection,
  Settings,
} from '../domain/types';
import { unwrap } from 'idb';
import type { TendDatabase } from './open';
import { putMeta } from './meta-store';
import { exceptionKey } from './meta-values';
import { noteOfChange, SETTINGS_KEY } from './settings';
import { commitOrAbort } from './commit-or-abort';
import { sameData } from './edit-conflict';

import { allStores, readAll, type AllStores } from './backup';
import { writeReflections } from './import-reflections';

/** Each person's last contact from the connections stored, as logging one keeps it. */
function withLastContact(contacts: Contact[], interactions: readonly Interaction[]): Contact[] {
  const latest = new Map<string, number>();
  for (const { at, contactIds } of interactions) {
    for (const id of contactIds) latest.set(id, Math.max(latest.get(id) ?? at, at));
  }
  return contacts
    .filter((contact) => (latest.get(contact.id) ?? null) !== contact.lastContactAt)
    .map((contact) => ({ ...contact, lastContactAt: latest.get(contact.id) ?? null }));
}

/** `incoming` without the records stored already exactly as they are (by `key`). */
function notHeld<T>(incoming: T[], stored: readonly T[], key: (record: T) => string): T[] {
  const byKey = new Map(stored.map((record) => [key(record), record]));
  return incoming.filter((record) => !sameData(byKey.get(key(record)), record));
}

/**
 * The backup less the people, connections, check-ins and nudge-log entries the database holds
 * already as the file has them. Writing one changes nothing, and each put is a round trip to
 * the database (a restore onto the browser the file came from put 20 000 connections it
 * held); nor is it the import's to take back: Undo leaves it, and names none of them.
 */
function onlyNews(backup: Backup, before: Backup): Backup {
  const byId = (record: { id: string }) => record.id;
  return {
    ...backup,
    contacts: notHeld(backup.contacts, before.contacts, byId),
    interactions: notHeld(backup.interactions, before.interactions, byId),
    checkIns: notHeld(backup.checkIns, before.checkIns, byId),
    nudgeLog: notHeld(backup.nudgeLog, before.nudgeLog, (entry) => entry.key),
  };
}

/** The keys of the records an import added, list by list (activity by its store key). */
interface AddedKeys {
  contacts: string[];
  interactions: string[];
  checkIns: string[];
  reflections: string[];
  /** The dates of the day exceptions. */
  dayExceptions: string[];
  nudgeLog: string[];
  activity: number[];
}

/**
 * What an import changed, so that Undo takes back exactly that: the settings as they were,
 * the stored records it overwrote (or, for a reflection of the same week, removed), and the
 * keys of the records it added. Whatever is written after the import (the work time the
 * background keeps recording, a nudge shown, a connection logged in the popup) is not the
 * import's and survives its Undo.
 */
export interface ImportUndo {
  settings: Settings;
  replaced: {
    contacts: Contact[];
    interactions: Interaction[];
    checkIns: CheckIn[];
    reflections: Reflection[];
    dayExceptions: DayException[];
    nudgeLog: NudgeLogEntry[];
  };
  added: AddedKeys;
  /** The records as the import left them: Undo takes back only those still so. */
  wrote: WrittenRecords;
}

/** What an import left stored, for the records its Undo would take back or delete. */
export interface WrittenRecords {
  settings: Settings;
  contacts: Contact[];
  interactions: Interaction[];
  checkIns: CheckIn[];
  reflections: Reflection[];
}

/** The records of `incoming` as written, added then replaced (the last of each key). */
function asWritten<T>(
  incoming: readonly T[],
  { added, replaced }: { replaced: T[]; added: string[] },
  key: (record: T) => string,
): T[] {
  const byKey = new Map(incoming.map((record) => [key(record), record]));
  return [...added, ...replaced.map(key)].flatMap((one) => {
    const record = byKey.get(one);
    return record === undefined ? [] : [record];
  });
}

/**
 * The records of `incoming` whose key is stored (their stored versions, for Undo) and the
 * keys of those that are new.
 */
function split<T>(
  incoming: readonly T[],
  stored: readonly T[],
  key: (record: T) => string,
): { replaced: T[]; added: string[] } {
  const byKey = new Map(stored.map((record) => [key(record), record]));
  const replaced: T[] = [];
  const added: string[] = [];
  for (const record of incoming) {
    const held = byKey.get(key(record));
    if (held === undefined) added.push(key(record));
    else replaced.push(held);
  }
  return { replaced, added };
}

/**
 * Issues plain IndexedDB requests, tens of thousands of them, without a promise each (idb's
 * wrapping of every request was a sixth of an import's time). `done` resolves once every
 * request issued has succeeded and rejects with the first one's error: requests in one
 * transaction run in the order they were made, and a failed one aborts the rest.
 */
function plainRequests() {
  const requests: IDBRequest[] = [];
  return {
    issue(request: IDBRequest): IDBRequest {
      requests.push(request);
      return request;
    },
    done(): Promise<void> {
      return new Promise((resolve, reject) => {
        const last = requests.at(-1);
        if (!last) {
          resolve();
          return;
        }
        for (const request of requests) request.onerror = () => reject(request.error);
        last.onsuccess = () => resolve();
      });
    },
  };
}

/**
 * Writes the settings and every list but the reflections (whose week is unique, so the import
 * handles them), with the given work time, and gives the store keys of the work time added.
 * Each idb request is caught as it is made, so when a later one cannot even be made (a value
 * IndexedDB cannot store) the earlier ones, aborted with the transaction, are no unhandled
 * rejection; the plain ones have no promise to reject.
 */
async function writeRecords(
  tx: AllStores<'readwrite'>,
  backup: Backup,
  activity: readonly ActivityRecord[],
): Promise<number[]> {
  const issued: Promise<unknown>[] = [];
  const issue = <T>(request: Promise<T>): Promise<T> => {
    request.catch(() => undefined);
    issued.push(request);
    return request;
  };
  const plain = plainRequests();
  const store = (name: 'contacts' | 'interactions' | 'checkIns' | 'nudgeLog' | 'activity') =>
    unwrap(tx.objectStore(name));
  issue(tx.objectStore('settings').put(backup.settings, SETTINGS_KEY));
  const contacts = store('contacts');
  for (const contact of backup.contacts) plain.issue(contacts.put(contact));
  const interactions = store('interactions');
  for (const interaction of backup.interactions) plain.issue(interactions.put(interaction));
  const checkIns = store('checkIns');
  for (const checkIn of backup.checkIns) plain.issue(checkIns.put(checkIn));
  const nudgeLog = store('nudgeLog');
  for (const entry of backup.nudgeLog) plain.issue(nudgeLog.put(entry));
  for (const exception of backup.dayExceptions) {
    issue(putMeta(tx.objectStore('meta'), exceptionKey(exception.date), exception));
  }
  const activityStore = store('activity');
  const activityRequests = activity.map((record) => plain.issue(activityStore.add({ ...record })));
  await Promise.all([...issued, plain.done()]);
  return activityRequests.map((request) => request.result as number);
}

/**
 * Sets everyone's last contact from the connections stored now, inside `tx`. A caller that
 * knows them (`stored`: every connection the store holds) spares reading them all back.
 */
export async function recomputeLastContact(
  tx: AllStores<'readwrite'>,
  stored?: readonly Interaction[],
): Promise<Contact[]> {
  const [contacts, interactions] = await Promise.all([
    tx.objectStore('contacts').getAll(),
    stored ?? tx.objectStore('interactions').getAll(),
  ]);
  const changed = withLastContact(contacts, interactions);
  await Promise.all(changed.map((contact) => tx.objectStore('contacts').put(contact)));
  return changed;
}

/**
 * Merges a validated backup in one transaction, all or nothing: records with a new id are
 * added, records with an id already stored are replaced (a reflection also replaces the one
 * for its week), the settings are replaced, work time the database lacks is added, and
 * nothing is deleted. Everyone's last contact is then recomputed from the connections.
 * Returns what `undoImport` needs to take it back, read in the same transaction.
 */
export async function importBackup(
  db: TendDatabase,
  file: Backup,
  at: number = Date.now(),
): Promise<ImportUndo> {
  const tx = allStores(db, 'readwrite');
  return commitOrAbort(tx, async () => {
    const before = await readAll(tx, file.exportedAt);
    const backup = onlyNews(file, before);
    // A schedule that changes with the import never brings reminders for shifts before it.
    const change = noteOfChange(before.settings.schedule, backup.settings.schedule, at);
    if (change) await putMeta(tx.objectStore('meta'), 'schedule-change', change);
    const [activityKeys, reflections] = await Promise.all([
      writeRecords(tx, backup, missingActivity(before.activity, backup.activity)),
      writeReflections(tx, backup.reflections, before.reflections),
    ]);
    // The connections stored now: those before, each the file holds replaced by its own.
    const storedInteractions = new Map(before.interactions.map((one) => [one.id, one]));
    for (const interaction of backup.interactions) {
      storedInteractions.set(interaction.id, interaction);
    }
    const recomputed = await recomputeLastContact(tx, [...storedInteractions.values()]);

    const contacts = split(backup.contacts, before.contacts, (contact) => contact.id);
    // Someone the file does not hold whose last contact was put right is changed too.
    const inFile = new Set(backup.contacts.map((contact) => contact.id));
    const storedContacts = new Map(before.contacts.map((contact) => [contact.id, contact]));
    for (const contact of recomputed) {
      const held = storedContacts.get(contact.id);
      if (!inFile.has(contact.id) && held) contacts.replaced.push(held);
    }
    const interactions = split(backup.interactions, before.interactions, (one) => one.id);
    const checkIns = split(backup.checkIns, before.checkIns, (one) => one.id);
    const exceptions = split(backup.dayExceptions, before.dayExceptions, (one) => one.date);
    const nudgeLog = split(backup.nudgeLog, before.nudgeLog, (entry) => entry.key);
    // Records are stored as the file holds them, or as the last contact put them right: what
    // the import left is known without reading it back one by one.
    const wrote: WrittenRecords = {
      settings: backup.settings,
      contacts: asWritten([...backup.contacts, ...recomputed], contacts, (one) => one.id),
      interactions: asWritten(backup.interactions, interactions, (one) => one.id),
      checkIns: asWritten(backup.checkIns, checkIns, (one) => one.id),
      reflections: reflections.written,
    };
    return {
      wrote,
      settings: before.settings,
      replaced: {
        contacts: contacts.replaced,
        interactions: interactions.replaced,
        checkIns: checkIns.replaced,
        reflections: reflections.replaced,
        dayExceptions: exceptions.replaced,
        nudgeLog: nudgeLog.replaced,
      },
      added: {
        contacts: contacts.added,
        interactions: interactions.added,
        checkIns: checkIns.added,
        reflections: reflections.added,
        dayExceptions: exceptions.added,
        nudgeLog: nudgeLog.added,
        activity: activityKeys,
      },
    };
  });
}
