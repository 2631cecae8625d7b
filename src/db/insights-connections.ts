import {
  CONNECTION_KINDS,
  CONNECTION_MODES,
  type InsightsConnection,
} from '../domain/insights/weekly';
import type { SupportDirection } from '../domain/types';
import { connectionsFromCopy } from './connections-copy';
import { heldAt } from './generation';
import type { TendDatabase } from './open';

/**
 * What Insights needs of the window's connections (when, kind, mode, direction), packed in one
 * meta record as columns. The seed profile logs about 2 300 connections in 12 weeks, and
 * reading them from their store (each turned back into an object, note and people and all)
 * was the longest read before Insights showed its charts: 30-45 ms on a loaded 2-core machine,
 * where the copy takes a millisecond or two.
 *
 * It is used only while the stored generation is the one it was packed at: every write of
 * connections (logging one, an edit, a delete, an import and its undo, a sync pass) stores a
 * new generation in its own transaction (generation.ts), and an erase deletes the database
 * with the copy.
 */
export interface PackedConnections {
  /** The generation the connections were read at; the copy holds while it is still stored. */
  generation: string;
  /** The copy holds every connection from this instant on, and none before it. */
  from: number;
  at: Float64Array;
  /** Per connection, its index in CONNECTION_KINDS, CONNECTION_MODES and DIRECTIONS. */
  kind: Uint8Array;
  mode: Uint8Array;
  direction: Uint8Array;
}

const DIRECTIONS: readonly SupportDirection[] = ['gave', 'received', 'both'];

/**
 * The copy of `connections` (every one from `from` on), read at `generation`; null when one
 * holds a value the columns have no code for, which then is read from the store each time.
 */
export function packConnections(
  connections: readonly InsightsConnection[],
  from: number,
  generation: string,
): PackedConnections | null {
  const codes = (values: readonly string[], of: (one: InsightsConnection) => string) =>
    Uint8Array.from(connections, (one) => values.indexOf(of(one)));
  const known = connections.every(
    (one) =>
      CONNECTION_KINDS.includes(one.kind) &&
      CONNECTION_MODES.includes(one.mode) &&
      DIRECTIONS.includes(one.direction),
  );
  if (!known) return null;
  return {
    generation,
    from,
    at: Float64Array.from(connections, (one) => one.at),
    kind: codes(CONNECTION_KINDS, (one) => one.kind),
    mode: codes(CONNECTION_MODES, (one) => one.mode),
    direction: codes(DIRECTIONS, (one) => one.direction),
  };
}

/** The connections a copy holds from `from` on, in the order they were packed. */
export function unpackConnections(packed: PackedConnections, from: number): InsightsConnection[] {
  const connections: InsightsConnection[] = [];
  for (let i = 0; i < packed.at.length; i += 1) {
    const at = packed.at[i] as number;
    if (at < from) continue;
    connections.push({
      at,
      kind: CONNECTION_KINDS[packed.kind[i] as number]!,
      mode: CONNECTION_MODES[packed.mode[i] as number]!,
      direction: DIRECTIONS[packed.direction[i] as number]!,
    });
  }
  return connections;
}

/**
 * The copy's connections from `from` on, when it was packed at `generation` (never when that
 * is unknown) and holds them all: packed from that instant or before.
 */
export function connectionsAt(
  packed: PackedConnections | undefined,
  generation: string | undefined,
  from: number,
): InsightsConnection[] | null {
  return heldAt(packed, generation) && packed.from <= from ? unpackConnections(packed, from) : null;
}

/**
 * The connections from `since` on, with what Insights counts of them, for another page that
 * counts them too (the check-ins' in-person share): from the copy when it holds them, else
 * from their store, kept then as the copy from `since` on for the next visit. Insights, whose
 * window begins earlier, reads its own when it finds that one, and this page then reads it.
 */
export function connectionsSince(db: TendDatabase, since: number): Promise<InsightsConnection[]> {
  return connectionsFromCopy(db, since, {
    key: 'insights-connections',
    pack: packConnections,
    unpack: unpackConnections,
  });
}
