import type { Interaction, SupportDirection } from '../domain/types';
import { connectionsFromCopy } from './connections-copy';
import type { TendDatabase } from './open';

/** What the network section's reciprocity card counts of a connection. */
export type FlowConnection = Pick<Interaction, 'at' | 'direction' | 'contactIds'>;

/**
 * The network section's connections as its reciprocity card counts them (when, which way, with
 * whom), packed in one meta record as columns. Reading the seed profile's 90 days of
 * connections (about 2 500) from their store, each turned back into an object with its note,
 * took 50-77 ms on a loaded 2-core machine, and the section showed nothing until it ended.
 *
 * It is used only while the stored generation is the one it was packed at: every write of
 * connections or people stores a new generation in its own transaction (generation.ts), and an
 * erase deletes the database with the copy.
 */
export interface PackedFlows {
  /** The generation the connections were read at; the copy holds while it is still stored. */
  generation: string;
  /** The copy holds every connection from this instant on, and none before it. */
  from: number;
  at: Float64Array;
  /** Per connection, its index in DIRECTIONS. */
  direction: Uint8Array;
  /** Per connection, how many of `contactIds` are its own, in the order of the connections. */
  people: Uint32Array;
  contactIds: string[];
}

const DIRECTIONS: readonly SupportDirection[] = ['gave', 'received', 'both'];

/**
 * The copy of `connections` (every one from `from` on), read at `generation`; null when one
 * holds a direction the column has no code for, which then is read from the store each time.
 */
export function packFlows(
  connections: readonly FlowConnection[],
  from: number,
  generation: string,
): PackedFlows | null {
  if (!connections.every((one) => DIRECTIONS.includes(one.direction))) return null;
  return {
    generation,
    from,
    at: Float64Array.from(connections, (one) => one.at),
    direction: Uint8Array.from(connections, (one) => DIRECTIONS.indexOf(one.direction)),
    people: Uint32Array.from(connections, (one) => one.contactIds.length),
    contactIds: connections.flatMap((one) => one.contactIds),
  };
}

/** The connections a copy holds from `from` on, in the order they were packed. */
export function unpackFlows(packed: PackedFlows, from: number): FlowConnection[] {
  const connections: FlowConnection[] = [];
  let next = 0;
  for (let i = 0; i < packed.at.length; i += 1) {
    const at = packed.at[i] as number;
    const first = next;
    next += packed.people[i] as number;
    if (at < from) continue;
    connections.push({
      at,
      direction: DIRECTIONS[packed.direction[i] as number]!,
      contactIds: packed.contactIds.slice(first, next),
    });
  }
  return connections;
}

/**
 * The connections from `since` on, as the reciprocity card counts them: from the copy when it
 * was packed at the stored generation from `since` or before, else from their store, kept then
 * as the copy from `since` on for the next visit.
 */
export function flowsSince(db: TendDatabase, since: number): Promise<FlowConnection[]> {
  return connectionsFromCopy(db, since, {
    key: 'network-flows',
    pack: packFlows,
    unpack: unpackFlows,
  });
}
