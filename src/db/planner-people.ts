import type { PlannerPerson } from '../domain/planner-state';
import { ROLES } from '../domain/network/roles';
import type { ReachKind, ReachWay, Role } from '../domain/types';
import { heldAt, readGeneration } from './generation';
import { putMeta } from './meta-store';
import type { TendDatabase } from './open';

/**
 * What a wake reads of every person (PlannerPerson), packed in one meta record: a worker just
 * started turned every stored person back into an object (notes and all), 3.5 ms at 300
 * people and 35 ms at 3 000, most of how a cold wake grew with the network. Three columns,
 * each walked person after person: the numbers in one typed array and the small codes in
 * another, which a read copies whole, and the only strings (ids, names, ways to reach) in a
 * list. Small, as it is: the background carries every byte of it to every start.
 *
 * Held, as Insights' copy (insights-people.ts), only while the stored generation is the one
 * it was read at: every write of people stores a new one in its own transaction
 * (generation.ts), and an erase deletes the database with the copy. Unlike that copy it gives
 * the people back exactly as stored, for every field the planner reads: a network it could
 * not (a role or a way to reach someone unknown, a corrupt value) is not packed, and is read
 * from the store.
 */
export interface PackedPlannerPeople {
  /** The generation the people were read at; the copy holds while it is still stored. */
  generation: string;
  /** Per person: snoozedUntil, lastContactAt, createdAt, the cadence's count (or 0). */
  numbers: Float64Array;
  /**
   * Per person: the FLAG bits, how many roles and their places in ROLES, how many ways to
   * reach them and their kinds' places in REACH.
   */
  codes: Uint8Array;
  /** Per person: the id, the name, then each way to reach them's value. */
  text: string[];
}

const FLAG = { group: 1, archived: 2, snoozed: 4, contacted: 8, every: 16, weeks: 32, never: 64 };
const REACH: ReachKind[] = ['email', 'phone', 'sms', 'chat', 'video', 'web', 'in-person'];

/**
 * The copy of `people`, read at `generation`, or null when it would not give every one of
 * them back as stored (checked here against them): the store is then read.
 */
export function packPlannerPeople(
  people: readonly PlannerPerson[],
  generation: string,
): PackedPlannerPeople | null {
  const numbers: number[] = [];
  const codes: number[] = [];
  const text: string[] = [];
  try {
    for (const person of people) {
      const { cadence, snoozedUntil, lastContactAt, roles, reach } = person;
      const every = cadence.kind === 'every';
      numbers.push(
        snoozedUntil ?? 0,
        lastContactAt ?? 0,
        person.createdAt,
        every ? cadence.count : 0,
      );
      codes.push(
        (person.isGroup ? FLAG.group : 0) |
          (person.archived ? FLAG.archived : 0) |
          (snoozedUntil !== null ? FLAG.snoozed : 0) |
          (lastContactAt !== null ? FLAG.contacted : 0) |
          (every ? FLAG.every : 0) |
          (every && cadence.unit === 'weeks' ? FLAG.weeks : 0) |
          (cadence.kind === 'never' ? FLAG.never : 0),
        roles.length,
        ...roles.map((role) => ROLES.indexOf(role)),
        reach.length,
        ...reach.map((way) => REACH.indexOf(way.kind)),
      );
      text.push(person.id, person.name, ...reach.map((way) => way.value));
    }
    const packed = {
      generation,
      numbers: Float64Array.from(numbers),
      codes: Uint8Array.from(codes),
      text,
    };
    const back = unpackPlannerPeople(packed);
    return back?.every((person, i) => same(person, people[i], false)) ? packed : null;
  } catch {
    // A person of another shape (no list of roles, say): no copy, the store is read.
    return null;
  }
}

/**
 * The people a copy holds, frozen through, or null when it is not one (cut short, of another
 * version: a code or word it does not hold, a role or kind unknown).
 */
export function unpackPlannerPeople({
  numbers,
  codes,
  text,
}: PackedPlannerPeople): PlannerPerson[] | null {
  // A cold worker runs this before it has compiled anything, on thousands of people: plain
  // loops, no callbacks, and one frozen object for every equal role list, cadence or empty
  // reach, made frozen at once so that frozenPeople has nothing left to walk.
  const people: PlannerPerson[] = [];
  const alone = ROLES.map((role) => Object.freeze([role]));
  const plain = {
    never: Object.freeze({ kind: 'never' as const }),
    'role-default': Object.freeze({ kind: 'role-default' as const }),
  };
  const none: readonly ReachWay[] = Object.freeze([]);
  let code = 0;
  let word = 0;
  try {
    for (let at = 0; at < numbers.length; at += 4) {
      const flags = codes[code++] as number;
      let count = codes[code++] as number;
      let roles = count === 1 ? alone[codes[code++] as number] : undefined;
      if (count !== 1) {
        const list: Role[] = [];
        for (; count > 0; count -= 1) {
          const role = ROLES[codes[code++] as number];
          if (role === undefined) return null;
          list.push(role);
        }
        roles = Object.freeze(list);
      }
      const id = text[word];
      const name = text[word + 1];
      if (roles === undefined || typeof id !== 'string' || typeof name !== 'string') return null;
      count = codes[code++] as number;
      let reach = none;
      if (count > 0) {
        const list: ReachWay[] = [];
        for (; count > 0; count -= 1) {
          const kind = REACH[codes[code++] as number];
          const value = text[word + 2 + list.length];
          if (kind === undefined || typeof value !== 'string') return null;
          list.push(Object.freeze({ kind, value }));
        }
        reach = Object.freeze(list);
      }
      const unit = flags & FLAG.weeks ? 'weeks' : 'days';
      people.push(
        Object.freeze({
          id,
          name,
          isGroup: (flags & FLAG.group) !== 0,
          roles: roles as Role[],
          reach: reach as ReachWay[],
          cadence:
            flags & FLAG.every
              ? Object.freeze({ kind: 'every' as const, count: numbers[at + 3] as number, unit })
              : plain[flags & FLAG.never ? 'never' : 'role-default'],
          archived: (flags & FLAG.archived) !== 0,
          snoozedUntil: flags & FLAG.snoozed ? (numbers[at] as number) : null,
          lastContactAt: flags & FLAG.contacted ? (numbers[at + 1] as number) : null,
          createdAt: numbers[at + 2] as number,
        }),
      );
      word += 2 + reach.length;
      if (!(flags < 2 * FLAG.never)) return null;
    }
  } catch {
    return null;
  }
  // Every code and word read, and no more.
  return code === codes.length && word === text.length ? people : null;
}

/** The copy's people when it was packed at `generation` (never when that is unknown). */
export function plannerPeopleAt(
  packed: PackedPlannerPeople | undefined,
  generation: string | undefined,
): PlannerPerson[] | null {
  return heldAt(packed, generation) ? unpackPlannerPeople(packed) : null;
}

/**
 * Stores the copy of `people`, read from the store at `readAt`, in a transaction of its own,
 * unless a write has replaced that generation since: the people read are then no longer the
 * people stored. People read at no generation (a new profile, or one from before generations,
 * never written since) are packed at a new one, stored with the copy: every write of people
 * stores one, so there is still none only if nothing was written since the read. Resolves
 * with the generation newly stored so, or null (none needed, nothing stored, a failure).
 */
export async function storePlannerPeople(
  db: TendDatabase,
  people: readonly PlannerPerson[],
  readAt: string | undefined,
): Promise<string | null> {
  const generation = readAt ?? crypto.randomUUID();
  const copy = packPlannerPeople(people, generation);
  if (!copy) return null;
  try {
    const tx = db.transaction('meta', 'readwrite', { durability: 'relaxed' });
    const store = async () => {
      if ((await readGeneration(tx.store)) !== readAt) return false;
      if (readAt === undefined) await putMeta(tx.store, 'generation', generation);
      await putMeta(tx.store, 'planner-people', copy);
      return readAt === undefined;
    };
    const stamped = store();
    stamped.catch(() => undefined);
    await tx.done;
    return (await stamped) ? generation : null;
  } catch {
    // The connection closed (an erase, an upgrade), or the write failed.
    return null;
  }
}

// Equal as the planner reads them: the same primitives (NaN as NaN, -0 as -0), and objects
// and lists with the same keys holding the same. Of a person (not `whole`), only the fields
// the copy holds are compared: the rest is no part of it.
function same(copy: unknown, stored: unknown, whole = true): boolean {
  if (typeof copy !== 'object' || copy === null || typeof stored !== 'object' || stored === null) {
    return Object.is(copy, stored);
  }
  const keys = Object.keys(copy);
  if (Array.isArray(copy) !== Array.isArray(stored)) return false;
  if (whole && Object.keys(stored).length !== keys.length) return false;
  return keys.every((key) =>
    same((copy as Record<string, unknown>)[key], (stored as Record<string, unknown>)[key]),
  );
}
