import type { IDBPObjectStore, StoreNames } from 'idb';
import { lastGatheringBeforeIn, nextGatheringAfterIn } from './interactions';
import type { TendDatabase } from './open';
import type { TendDB } from './schema';

type Interactions<Stores extends ArrayLike<StoreNames<TendDB>>> = IDBPObjectStore<
  TendDB,
  Stores,
  'interactions',
  IDBTransactionMode
>;

/** What the planner reads of the connections: when the recent ones were, and the last gathering. */
export interface PlannerConnections {
  /** When each connection from `since` on was, oldest first (the by-at index's order). */
  connectionTimes: number[];
  lastGatheringAt: number | null;
}

/**
 * The connections as the last read on each connection found them, with the generation read
 * beside them: every transaction that writes a connection stores a new generation
 * (generation.ts; a lint rule holds it), so while the generation is the same nothing of
 * them changed. Reading the recent ones' times was the slowest read of a warm wake. Kept
 * times read from `since` on cover any later bound; the last gathering holds from when it
 * was read until the next one logged ahead of that (a connection logged for later).
 */
interface Kept {
  generation: string | undefined;
  since: number;
  readAt: number;
  nextGatheringAt: number;
  connectionTimes: number[];
  lastGatheringAt: number | null;
}

// By connection: a new one (after an upgrade, an erase) reads afresh.
const kept = new WeakMap<TendDatabase, Kept>();

/**
 * The connections the planner reads, within the planner's transaction: taken from what this
 * worker kept when `generation` (read in that same transaction) says nothing changed, else
 * read (and kept).
 */
export function plannerConnectionsIn<Stores extends ArrayLike<StoreNames<TendDB>>>(
  db: TendDatabase,
  interactions: Interactions<Stores>,
  generation: Promise<string | undefined>,
  since: number,
  now: number,
): Promise<PlannerConnections> {
  const readNow = async (): Promise<PlannerConnections> => {
    const [times, lastGatheringAt, nextGatheringAt, found] = await Promise.all([
      interactions.index('by-at').getAll(IDBKeyRange.lowerBound(since)),
      lastGatheringBeforeIn(interactions.index('by-kind-at'), now),
      nextGatheringAfterIn(interactions.index('by-kind-at'), now),
      generation,
    ]);
    const connectionTimes = times.map((interaction) => interaction.at);
    const read = { since, readAt: now, nextGatheringAt, connectionTimes, lastGatheringAt };
    kept.set(db, { generation: found, ...read });
    return { connectionTimes, lastGatheringAt };
  };
  const known = kept.get(db);
  const holds =
    known !== undefined &&
    known.since <= since &&
    known.readAt <= now &&
    now < known.nextGatheringAt;
  if (!known || !holds) return readNow();
  return generation.then((found) =>
    found === known.generation
      ? {
          connectionTimes: known.connectionTimes.filter((at) => at >= since),
          lastGatheringAt: known.lastGatheringAt,
        }
      : readNow(),
  );
}
