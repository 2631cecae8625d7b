import type { Interaction } from '../domain/types';
import { DataError } from './data-error';
import { requireUnchanged } from './edit-conflict';
import type { IDBPIndex, StoreNames } from 'idb';
import { changing } from './generation';
import type { TendDatabase } from './open';
import type { TendDB } from './schema';
import { commitOrAbort } from './commit-or-abort';

/**
 * Logs a connection and moves each participant's last contact up to it, all or nothing:
 * an unknown participant or a reused id leaves both stores as they were.
 */
export async function logInteraction(db: TendDatabase, interaction: Interaction): Promise<void> {
  requireParticipants(interaction);
  const tx = networkTransaction(db);
  await commitOrAbort(tx, async () => {
    await tx.objectStore('interactions').add(interaction);
    const contacts = tx.objectStore('contacts');
    for (const id of new Set(interaction.contactIds)) {
      const contact = await contacts.get(id);
      if (!contact) throw new DataError('missing-person', id);
      // Logging an older connection late must not make someone look less recently seen.
      if (contact.lastContactAt === null || contact.lastContactAt < interaction.at) {
        await contacts.put({ ...contact, lastContactAt: interaction.at });
      }
    }
  });
}

/**
 * Replaces an edited connection and brings everyone it was or now is about up to date. With
 * `opened` (the connection as the form opened it), one changed elsewhere since is not
 * written: EditConflict; `opened` null puts back one deleted elsewhere, as the user chose.
 */
export async function updateInteraction(
  db: TendDatabase,
  interaction: Interaction,
  opened?: Interaction | null,
): Promise<void> {
  requireParticipants(interaction);
  const tx = networkTransaction(db);
  await commitOrAbort(tx, async () => {
    const interactions = tx.objectStore('interactions');
    const before = await interactions.get(interaction.id);
    requireUnchanged(before, opened);
    if (!before && opened !== null) throw new DataError('missing-connection', interaction.id);
    for (const id of interaction.contactIds) {
      if ((await tx.objectStore('contacts').getKey(id)) === undefined) {
        throw new DataError('missing-person', id);
      }
    }
    await interactions.put(interaction);
    await recomputeLastContact(tx, [...(before?.contactIds ?? []), ...interaction.contactIds]);
  });
}

/** Deletes a connection and returns it, so that undo can log it again. */
export async function deleteInteraction(db: TendDatabase, id: string): Promise<Interaction> {
  const tx = networkTransaction(db);
  return commitOrAbort(tx, async () => {
    const interactions = tx.objectStore('interactions');
    const interaction = await interactions.get(id);
    if (!interaction) throw new DataError('missing-connection', id);
    await interactions.delete(id);
    await recomputeLastContact(tx, interaction.contactIds);
    return interaction;
  });
}

/** Connections from `since` on, oldest first. */
export async function interactionsSince(db: TendDatabase, since: number): Promise<Interaction[]> {
  return db.getAllFromIndex('interactions', 'by-at', IDBKeyRange.lowerBound(since));
}

/**
 * The newest `count` connections at or after `since`, oldest first, as `interactionsSince`
 * orders them: a cursor from the newest end reads only those, where reading the whole range
 * and keeping its end reads them all (thousands in a few months of a busy network).
 */
export async function newestInteractionsSince(
  db: TendDatabase,
  since: number,
  count: number,
): Promise<Interaction[]> {
  const newest: Interaction[] = [];
  if (count <= 0) return newest;
  const index = db.transaction('interactions').store.index('by-at');
  let cursor = await index.openCursor(IDBKeyRange.lowerBound(since), 'prev');
  while (cursor && newest.length < count) {
    newest.push(cursor.value);
    cursor = await cursor.continue();
  }
  return newest.reverse();
}

/** A connection and the people it is about change together; logging one is a choice the user made. */
function networkTransaction(db: TendDatabase) {
  return changing(db, ['interactions', 'contacts']);
}

type NetworkTransaction = ReturnType<typeof networkTransaction>;

/** A connection with nobody in it could never be shown or undone sensibly. */
function requireParticipants(interaction: Interaction): void {
  if (interaction.contactIds.length === 0) {
    throw new DataError('empty-connection', interaction.id);
  }
}

/**
 * Sets each person's last contact to their latest remaining connection, or null when
 * none is left. People who no longer exist have nothing to keep in step and are skipped.
 */
async function recomputeLastContact(tx: NetworkTransaction, ids: Iterable<string>): Promise<void> {
  const contacts = tx.objectStore('contacts');
  const byContact = tx.objectStore('interactions').index('by-contact');
  for (const id of new Set(ids)) {
    const [contact, theirs] = await Promise.all([contacts.get(id), byContact.getAll(id)]);
    if (!contact) continue;
    const latest = theirs.reduce<number | null>(
      (max, { at }) => (max === null || at > max ? at : max),
      null,
    );
    if (latest !== contact.lastContactAt) await contacts.put({ ...contact, lastContactAt: latest });
  }
}

// The kinds of connection that count as getting together.
const GATHERING_KINDS: readonly Interaction['kind'][] = ['informal', 'self-care-together'];

/**
 * When the last informal gathering or shared self-care activity was logged, or null: the
 * newest key of each kind in the 'by-kind-at' index, so nothing else is read, however many
 * other connections there are.
 */
export async function lastGatheringBefore(db: TendDatabase, now: number): Promise<number | null> {
  return lastGatheringBeforeIn(db.transaction('interactions').store.index('by-kind-at'), now);
}

/** As `lastGatheringBefore`, inside a transaction the caller holds over more stores. */
export async function lastGatheringBeforeIn<Stores extends ArrayLike<StoreNames<TendDB>>>(
  index: IDBPIndex<TendDB, Stores, 'interactions', 'by-kind-at', IDBTransactionMode>,
  now: number,
): Promise<number | null> {
  const latest = await Promise.all(
    GATHERING_KINDS.map(async (kind) => {
      const range = IDBKeyRange.bound([kind, -Infinity], [kind, now]);
      const cursor = await index.openKeyCursor(range, 'prev');
      return cursor ? cursor.key[1] : null;
    }),
  );
  return latest.reduce<number | null>(
    (max, at) => (at !== null && (max === null || at > max) ? at : max),
    null,
  );
}

/** The first gathering logged after `now` (a connection logged ahead), or Infinity when none is. */
export async function nextGatheringAfterIn<Stores extends ArrayLike<StoreNames<TendDB>>>(
  index: IDBPIndex<TendDB, Stores, 'interactions', 'by-kind-at', IDBTransactionMode>,
  now: number,
): Promise<number> {
  const next = await Promise.all(
    GATHERING_KINDS.map(async (kind) => {
      const range = IDBKeyRange.bound([kind, now], [kind, Infinity], true);
      const cursor = await index.openKeyCursor(range);
      return cursor ? cursor.key[1] : Infinity;
    }),
  );
  return Math.min(...next);
}
