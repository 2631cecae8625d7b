import type { StoreNames } from 'idb';
import { getMeta, putMeta, type MetaReader, type MetaWriter } from './meta-store';
import type { TendDatabase } from './open';
import type { TendDB } from './schema';

/**
 * The people and the check-ins are most of what a wake reads, and they change seldom: the
 * background keeps them between wakes (planner-state.ts), and the recent connections' times
 * with them (planner-connections.ts). Every transaction that writes any of them stores a new
 * generation in the meta store, in that same transaction, so a wake that finds the generation
 * it kept knows that nothing of them changed since: a write without it would leave a worker
 * planning from people as they were.
 */
export function markChanged(meta: MetaWriter): void {
  // A failed put aborts the transaction, which its caller hears of through tx.done.
  putMeta(meta, 'generation', crypto.randomUUID()).catch(() => undefined);
}

/**
 * The generation stored now: undefined until a write of people or the first wake's copy of
 * them (planner-state.ts storePeopleCopy) stores one.
 */
export function readGeneration(meta: MetaReader): Promise<string | undefined> {
  return getMeta(meta, 'generation');
}

/**
 * Whether a copy kept in meta (insights-people.ts, insights-connections.ts, network-flows.ts,
 * planner-people.ts) was packed at `generation`, the one stored now: then nothing it holds has
 * been written since. A copy read at no known generation never holds.
 */
export function heldAt<Copy extends { generation: string }>(
  copy: Copy | undefined,
  generation: string | undefined,
): copy is Copy {
  return copy !== undefined && generation !== undefined && copy.generation === generation;
}

/**
 * A readwrite transaction over `stores`, which hold people, connections or check-ins, and the
 * meta store, marked as changing them.
 */
export function changing<Name extends StoreNames<TendDB>>(db: TendDatabase, stores: Name[]) {
  const tx = db.transaction([...stores, 'meta'], 'readwrite', { durability: 'strict' });
  markChanged(tx.objectStore('meta'));
  return tx;
}
