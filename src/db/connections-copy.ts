import type { Interaction } from '../domain/types';
import { heldAt, readGeneration } from './generation';
import { getMeta, putMeta } from './meta-store';
import type { MetaValues } from './meta-values';
import type { TendDatabase } from './open';

/** The meta keys of the copies that pack a window of connections as columns. */
type CopyKey = 'insights-connections' | 'network-flows';

/** How one such copy is packed and read (insights-connections.ts, network-flows.ts). */
export interface ConnectionsCopy<Key extends CopyKey, Row> {
  key: Key;
  /** The copy of every connection from `from` on, read at `generation`; null when it can't. */
  pack(stored: Interaction[], from: number, generation: string): MetaValues[Key] | null;
  /** What the copy holds from `from` on. */
  unpack(copy: MetaValues[Key], from: number): Row[];
}

/**
 * The connections from `since` on: from the copy under `copy.key` when it was packed at the
 * stored generation from `since` or before, else from their store, kept then as the copy from
 * `since` on for the next visit. A connection the copy could not pack comes from the store
 * whole, each time.
 */
export async function connectionsFromCopy<Key extends CopyKey, Row>(
  db: TendDatabase,
  since: number,
  copy: ConnectionsCopy<Key, Row>,
): Promise<Row[] | Interaction[]> {
  const tx = db.transaction(['interactions', 'meta'], 'readonly');
  const [generation, packed] = await Promise.all([
    readGeneration(tx.objectStore('meta')),
    getMeta(tx.objectStore('meta'), copy.key),
  ]);
  if (heldAt(packed, generation) && packed.from <= since) return copy.unpack(packed, since);
  const stored = await tx
    .objectStore('interactions')
    .index('by-at')
    .getAll(IDBKeyRange.lowerBound(since));
  await tx.done;
  const fresh = generation === undefined ? null : copy.pack(stored, since, generation);
  if (!fresh) return stored;
  // Nothing shown waits for the copy, and one that failed to store is read again next time.
  const write = db.transaction('meta', 'readwrite', { durability: 'relaxed' });
  putMeta(write.store, copy.key, fresh).catch(() => undefined);
  write.done.catch(() => undefined);
  return copy.unpack(fresh, since);
}
