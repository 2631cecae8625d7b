import { ROLES } from '../domain/network/roles';
import type { InsightsPerson } from '../domain/insights/weekly';
import type { Cadence } from '../domain/types';
import { heldAt } from './generation';

/**
 * What Insights needs of every person (InsightsPerson), packed in one meta record as columns:
 * an extreme profile holds 3 000 people, and turning each stored person back into an object
 * (notes, ways to reach them and all) was most of the time Insights took to show once the
 * activity was packed (insights-activity.ts).
 *
 * It is used only while the stored generation is the one it was packed at: every write of
 * people (an edit, an archive, an import and its undo, a sync pass) stores a new generation
 * in its own transaction (generation.ts), and an erase deletes the database with the copy.
 */
export interface PackedPeople {
  /** The generation the people were read at; the copy holds while it is still stored. */
  generation: string;
  id: string[];
  name: string[];
  /** Per person, one bit per role in ROLES' order. */
  roles: Uint16Array;
  /** Per person, the FLAG bits. */
  flags: Uint8Array;
  /** Per person, its cadence's CADENCE kind and, for an 'every' cadence, its count. */
  cadence: Uint8Array;
  cadenceCount: Float64Array;
  /** Per person; an instant of a null value (see flags) is 0. */
  snoozedUntil: Float64Array;
  lastContactAt: Float64Array;
  createdAt: Float64Array;
}

const FLAG = { group: 1, archived: 2, snoozed: 4, contacted: 8 } as const;
const CADENCE = ['role-default', 'every-days', 'every-weeks', 'never'] as const;

// As cadenceDays reads a cadence: any kind but 'every' and 'never' as the role's default, and
// any unit but weeks as days.
function cadenceCode(cadence: Cadence): number {
  if (cadence.kind === 'every')
    return CADENCE.indexOf(cadence.unit === 'weeks' ? 'every-weeks' : 'every-days');
  return CADENCE.indexOf(cadence.kind === 'never' ? 'never' : 'role-default');
}

function cadenceOf(code: number, count: number): Cadence {
  const kind = CADENCE[code];
  if (kind === 'role-default' || kind === 'never') return { kind };
  return { kind: 'every', count, unit: kind === 'every-weeks' ? 'weeks' : 'days' };
}

/**
 * The copy of `people`, read at `generation`. Insights shows the people as unpackPeople gives
 * them back whether it read the copy or the store, so the two cannot differ.
 */
export function packPeople(people: readonly InsightsPerson[], generation: string): PackedPeople {
  const flags = (person: InsightsPerson) =>
    (person.isGroup ? FLAG.group : 0) |
    (person.archived ? FLAG.archived : 0) |
    (person.snoozedUntil !== null ? FLAG.snoozed : 0) |
    (person.lastContactAt !== null ? FLAG.contacted : 0);
  return {
    generation,
    id: people.map((person) => person.id),
    name: people.map((person) => person.name),
    roles: Uint16Array.from(people, (person) =>
      ROLES.reduce(
        (bits, role, bit) => (person.roles.includes(role) ? bits | (1 << bit) : bits),
        0,
      ),
    ),
    flags: Uint8Array.from(people, flags),
    cadence: Uint8Array.from(people, (person) => cadenceCode(person.cadence)),
    cadenceCount: Float64Array.from(people, (person) =>
      person.cadence.kind === 'every' ? person.cadence.count : 0,
    ),
    snoozedUntil: Float64Array.from(people, (person) => person.snoozedUntil ?? 0),
    lastContactAt: Float64Array.from(people, (person) => person.lastContactAt ?? 0),
    createdAt: Float64Array.from(people, (person) => person.createdAt),
  };
}

/**
 * The people a copy holds, with only what Insights counts: the known roles, in ROLES' order,
 * and the cadence as cadenceDays reads it.
 */
export function unpackPeople(packed: PackedPeople): InsightsPerson[] {
  return packed.id.map((id, i) => {
    const flags = packed.flags[i] as number;
    const roleBits = packed.roles[i] as number;
    return {
      id,
      name: packed.name[i] as string,
      isGroup: (flags & FLAG.group) !== 0,
      roles: ROLES.filter((_, bit) => (roleBits & (1 << bit)) !== 0),
      cadence: cadenceOf(packed.cadence[i] as number, packed.cadenceCount[i] as number),
      archived: (flags & FLAG.archived) !== 0,
      snoozedUntil: flags & FLAG.snoozed ? (packed.snoozedUntil[i] as number) : null,
      lastContactAt: flags & FLAG.contacted ? (packed.lastContactAt[i] as number) : null,
      createdAt: packed.createdAt[i] as number,
    };
  });
}

/** The copy's people when it was packed at `generation` (never when that is unknown). */
export function peopleAt(
  packed: PackedPeople | undefined,
  generation: string | undefined,
): InsightsPerson[] | null {
  return heldAt(packed, generation) ? unpackPeople(packed) : null;
}
