import type { IDBPObjectStore } from 'idb';
import type { SyncData } from '../sync/engine';
import type { LocalWrite } from '../sync/apply';
import { asRead, type PassMark } from '../sync/pass-mark';
import type { Shadow } from '../sync/shadow';
import { commitOrAbort } from './commit-or-abort';
import { markChanged, readGeneration } from './generation';
import { deleteMeta, getMeta, putMeta } from './meta-store';
import type { TendDatabase } from './open';
import type { TendDB } from './schema';
import { completed, SETTINGS_KEY } from './settings';

const STORES = ['settings', 'contacts', 'checkIns', 'interactions', 'meta'] as const;

/** The generation and the settings as read, which a pass's mark holds (`PassMark`). */
export interface ReadAt {
  generation: string | undefined;
  /**
   * The settings as a pass takes them, `asRead`: completed, so a browser zone that moved
   * counts while no hours were saved.
   */
  settings: string;
}

/**
 * What tells whether a pass may be skipped, in one small read: the last pass's mark, and the
 * generation and the settings now.
 */
export async function readPassMark(
  db: TendDatabase,
): Promise<ReadAt & { marked: PassMark | undefined }> {
  const tx = db.transaction(['settings', 'meta'], 'readonly');
  const meta = tx.objectStore('meta');
  const [marked, generation, settings] = await Promise.all([
    getMeta(meta, 'sync-mark'),
    readGeneration(meta),
    tx.objectStore('settings').get(SETTINGS_KEY),
  ]);
  return { marked, generation, settings: asRead(completed(settings)) };
}

/**
 * What a sync pass reads, in one transaction: the shadow (or `fresh()` before the first
 * pass), the synced stores, connections from `sinceOf(shadow)` on, and what they were read at.
 */
export async function loadSyncData(
  db: TendDatabase,
  includeNotes: boolean,
  fresh: () => Shadow,
  sinceOf: (shadow: Shadow) => number,
): Promise<{ data: SyncData; shadow: Shadow; since: number; readAt: ReadAt }> {
  const tx = db.transaction(STORES, 'readonly');
  const meta = tx.objectStore('meta');
  const [stored, generation] = await Promise.all([
    getMeta(meta, 'sync-shadow'),
    readGeneration(meta),
  ]);
  const shadow = stored ?? fresh();
  const since = sinceOf(shadow);
  const byAt = tx.objectStore('interactions').index('by-at');
  const [settings, contacts, checkIns, interactions] = await Promise.all([
    tx.objectStore('settings').get(SETTINGS_KEY),
    tx.objectStore('contacts').getAll(),
    tx.objectStore('checkIns').getAll(),
    Number.isFinite(since) ? byAt.getAll(IDBKeyRange.lowerBound(since)) : byAt.getAll(),
  ]);
  const options = { includeNotes };
  const complete = completed(settings);
  return {
    data: { settings: complete, options, contacts, checkIns, interactions },
    shadow,
    since,
    readAt: { generation, settings: asRead(complete) },
  };
}

/** A record a pass would overwrite changed after the pass read it: run the pass again. */
export class StaleSyncRead extends Error {}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Applies a pass's local writes and saves its shadow in one transaction, only if every record
 * it writes is still as the pass read it (else throws StaleSyncRead and writes nothing).
 * Each person in a connection written is brought up to it, never back. `options` writes are
 * the caller's: they live in storage.local. The last pass's mark goes with it (`markPass`).
 */
export async function saveSyncPass(
  db: TendDatabase,
  local: LocalWrite[],
  shadow: Shadow,
): Promise<void> {
  const tx = db.transaction(STORES, 'readwrite', { durability: 'strict' });
  // A pass that brings nothing new about people, check-ins or connections (most passes, with
  // only the shadow to save) leaves the generation, and so what a worker keeps, as it was.
  if (local.some(({ collection }) => collection !== 'options' && collection !== 'settings')) {
    markChanged(tx.objectStore('meta'));
  }
  await commitOrAbort(tx, async () => {
    for (const write of local) {
      if (write.collection === 'options') continue;
      if (write.collection === 'settings') {
        const store = tx.objectStore('settings');
        if (!same(completed(await store.get(SETTINGS_KEY)), write.before))
          throw new StaleSyncRead();
        if (write.record) await store.put(write.record, SETTINGS_KEY);
        continue;
      }
      const store = tx.objectStore(write.collection);
      if (!same(await store.get(write.id), write.before)) throw new StaleSyncRead();
      if (write.record) await store.put(write.record as never);
      else await store.delete(write.id);
    }
    await raiseLastContact(tx.objectStore('contacts'), local);
    await putMeta(tx.objectStore('meta'), 'sync-shadow', shadow);
    await deleteMeta(tx.objectStore('meta'), 'sync-mark');
  });
}

/**
 * Marks the pass just done as one that changed nothing: stored once all else it did is done
 * (its shadow, the status), so a worker stopped halfway leaves no mark, and the next pass runs.
 */
export async function markPass(db: TendDatabase, mark: PassMark): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  await Promise.all([putMeta(tx.store, 'sync-mark', mark), tx.done]);
}

type ContactStore = Pick<
  IDBPObjectStore<TendDB, ['contacts'], 'contacts', 'readwrite'>,
  'get' | 'put'
>;

async function raiseLastContact(contacts: ContactStore, local: LocalWrite[]): Promise<void> {
  const newest = new Map<string, number>();
  for (const write of local) {
    if (write.collection !== 'interactions' || !write.record) continue;
    for (const id of write.record.contactIds) {
      newest.set(id, Math.max(newest.get(id) ?? -Infinity, write.record.at));
    }
  }
  for (const [id, at] of newest) {
    const contact = await contacts.get(id);
    if (contact && (contact.lastContactAt === null || contact.lastContactAt < at)) {
      await contacts.put({ ...contact, lastContactAt: at });
    }
  }
}

/** Puts back what a first join changed: each record as it was before, or gone if it was new. */
export async function undoJoin(db: TendDatabase, joined: LocalWrite[]): Promise<void> {
  const tx = db.transaction(STORES, 'readwrite', { durability: 'strict' });
  markChanged(tx.objectStore('meta'));
  await commitOrAbort(tx, async () => {
    for (const write of joined) {
      if (write.collection === 'options') continue;
      if (write.collection === 'settings') {
        if (write.before) await tx.objectStore('settings').put(write.before, SETTINGS_KEY);
        continue;
      }
      const store = tx.objectStore(write.collection);
      if (write.before) await store.put(write.before as never);
      else await store.delete(write.id);
    }
  });
}
