import { deepFreeze } from '../deep-freeze';
import { DAY_MS } from '../time-units';
import type { PlannerPerson } from '../planner-state';
import type { NetworkSettings } from '../types';
import { cadenceDays } from './cadence';

// A warm wake plans from the same people again and again: the background keeps them, frozen,
// while nothing wrote to them (src/db/planner-state.ts). What the rules and the popup ask of
// all of them (who has a cadence, who falls due when, who ranks first on a date, the snoozes,
// the earliest added) is worked out here once per list, so that a wake's work over people
// stays the same size however large the network grows. A list that is not frozen may still
// change, so it is indexed afresh at each call.

// The largest instant a Date holds; past it an instant has no local date (localDate throws).
const MAX_INSTANT = 8.64e15;

/** Someone with a cadence who is not archived: the only people a reconnect is ever about. */
export interface Candidate {
  contact: PlannerPerson;
  cadence: number;
  /** UTC day number of the last contact (or of when they were added). */
  sinceDay: number;
  /**
   * Where the reconnect rule's shortcut ends (rules/reconnect.ts `datePast`): the next UTC
   * midnight after the last contact, a cadence on. A local date from that instant's on is
   * surely a day they are due; the day they fall due is never more than three days earlier.
   */
  dueBound: number;
}

/** Those of the due who may rank first on one local date, ranked by the most they can be due. */
interface DayOrder {
  day: number;
  /** Positions in `byDue`, by `most` descending. */
  order: Int32Array;
  /** For each, the share of their cadence they are past it at the most on that day. */
  most: Float64Array;
}

export interface PeopleIndex {
  /** How many people have a cadence and are active. */
  count: number;
  /** Candidates whose day cannot be counted (a corrupt instant): always asked one by one. */
  odd: Candidate[];
  /** The other candidates, by `dueBound` ascending. */
  byDue: Candidate[];
  dueBounds: Float64Array;
  byId: Map<string, Candidate>;
  /** Candidates with a snooze that is a number (infinities included), by it ascending. */
  bySnooze: Candidate[];
  snoozes: Float64Array;
  /** Candidates whose snooze is no instant (not a number, or past what a Date holds). */
  oddSnooze: Candidate[];
  orders: DayOrder[];
}

interface Indexed {
  /** The earliest finite `createdAt` of everyone, archived included, or null. */
  earliestAdded: number | null;
  /** Everyone's finite snooze instants, ascending. */
  snoozeInstants: Float64Array;
  network: { cadences: string; index: PeopleIndex } | null;
}

const indexed = new WeakMap<readonly PlannerPerson[], Indexed>();

/**
 * `contacts` frozen, each person through and through (roles, ways to reach them): a list the
 * planner may index once and trust while it is kept. Already frozen, it is given back as it is.
 */
export function frozenPeople(contacts: readonly PlannerPerson[]): readonly PlannerPerson[] {
  return deepFreeze(contacts);
}

function baseOf(contacts: readonly PlannerPerson[]): Indexed {
  const known = indexed.get(contacts);
  if (known) return known;
  let earliestAdded: number | null = null;
  const instants: number[] = [];
  for (const contact of contacts) {
    const added = contact.createdAt;
    if (Number.isFinite(added) && (earliestAdded === null || added < earliestAdded)) {
      earliestAdded = added;
    }
    const snoozed = contact.snoozedUntil;
    if (typeof snoozed === 'number' && Number.isFinite(snoozed)) instants.push(snoozed);
  }
  const base: Indexed = {
    earliestAdded,
    snoozeInstants: Float64Array.from(instants).sort(),
    network: null,
  };
  // Only a frozen list is kept: it cannot change under the index (see planner-state.ts).
  if (Object.isFrozen(contacts)) indexed.set(contacts, base);
  return base;
}

/** The earliest finite `createdAt` among `contacts`, or null when none has one. */
export function earliestAdded(contacts: readonly PlannerPerson[]): number | null {
  return baseOf(contacts).earliestAdded;
}

/** The first snooze among `contacts` that ends after `at`, or null. */
export function firstSnoozeEndAfter(contacts: readonly PlannerPerson[], at: number): number | null {
  const instants = baseOf(contacts).snoozeInstants;
  const place = firstAbove(instants, at);
  return place < instants.length ? (instants[place] ?? null) : null;
}

/** The first position in ascending `values` holding more than `bound`. */
export function firstAbove(values: Float64Array, bound: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] ?? Infinity) > bound) high = middle;
    else low = middle + 1;
  }
  return low;
}

function build(contacts: readonly PlannerPerson[], network: NetworkSettings): PeopleIndex {
  const odd: Candidate[] = [];
  const byDue: Candidate[] = [];
  const bySnooze: Candidate[] = [];
  const oddSnooze: Candidate[] = [];
  const byId = new Map<string, Candidate>();
  for (const contact of contacts) {
    const cadence = cadenceDays(contact, network);
    if (contact.archived || cadence === null) continue;
    const since = contact.lastContactAt ?? contact.createdAt;
    const sinceDay = Math.floor(since / DAY_MS);
    const dueBound = Math.floor((since + DAY_MS) / DAY_MS) * DAY_MS + cadence * DAY_MS;
    const candidate: Candidate = { contact, cadence, sinceDay, dueBound };
    byId.set(contact.id, candidate);
    (Math.abs(since) <= MAX_INSTANT ? byDue : odd).push(candidate);
    const snoozed = contact.snoozedUntil;
    if (snoozed === null) continue;
    if (Number.isNaN(snoozed) || (Number.isFinite(snoozed) && Math.abs(snoozed) > MAX_INSTANT)) {
      oddSnooze.push(candidate);
    } else {
      bySnooze.push(candidate);
    }
  }
  byDue.sort((a, b) => a.dueBound - b.dueBound);
  bySnooze.sort((a, b) => (a.contact.snoozedUntil ?? 0) - (b.contact.snoozedUntil ?? 0));
  return {
    count: byId.size,
    odd,
    byDue,
    dueBounds: Float64Array.from(byDue, (one) => one.dueBound),
    byId,
    bySnooze,
    snoozes: Float64Array.from(bySnooze, (one) => one.contact.snoozedUntil ?? 0),
    oddSnooze,
    orders: [],
  };
}

/** The candidates of `contacts` under `network`'s cadences, indexed once per frozen list. */
export function peopleIndex(
  contacts: readonly PlannerPerson[],
  network: NetworkSettings,
): PeopleIndex {
  const base = baseOf(contacts);
  // The roles' cadences are settings, read afresh each wake: the index holds while they do.
  const cadences = JSON.stringify(network.cadenceByRole);
  if (base.network?.cadences === cadences) return base.network.index;
  const index = build(contacts, network);
  base.network = { cadences, index };
  return index;
}

/**
 * The ranking of local date `day` (its UTC day number): those who may be due on it (a
 * prefix of `byDue`), by the share of their cadence they are past it at the most. A wake
 * asks for one or two dates, which stay the same all day: the last few are kept.
 */
function dayOrder(index: PeopleIndex, day: number): DayOrder {
  const known = index.orders.find((one) => one.day === day);
  if (known) return known;
  // Due on `day` at the most: sinceDay + cadence ≤ day + 1, i.e. dueBound ≤ (day + 2) days
  // (half a day more, for the rounding of a cadence that is not whole days).
  const size = firstAbove(index.dueBounds, (day + 2.5) * DAY_MS);
  const shares = new Float64Array(size);
  for (let place = 0; place < size; place += 1) {
    const { sinceDay, cadence } = index.byDue[place] as Candidate;
    shares[place] = (day - sinceDay + 1 - cadence) / cadence;
  }
  const order = Int32Array.from({ length: size }, (_, place) => place).sort(
    (a, b) => (shares[b] ?? 0) - (shares[a] ?? 0),
  );
  const made = { day, order, most: Float64Array.from(order, (place) => shares[place] ?? 0) };
  index.orders = [made, ...index.orders.slice(0, 2)];
  return made;
}

/**
 * Of the candidates `include` takes, those who may be among the first `count` overdue()
 * ranks on local date `day` (its UTC day number). Someone's local date is within a day of
 * the UTC one, so their days past their cadence are within one of those counted from UTC
 * days: once `count` taken are surely past a share of their cadence that the next in the
 * day's order cannot reach even at the most, nobody after can rank among the first.
 * Corrupt ones are not here (`odd`): the caller adds them.
 */
export function mayRankFirst(
  index: PeopleIndex,
  day: number,
  count: number,
  include: (candidate: Candidate) => boolean,
): Candidate[] {
  const { order, most } = dayOrder(index, day);
  const taken: Candidate[] = [];
  // The `count` highest shares surely past, descending.
  const surest: number[] = [];
  for (let at = 0; at < order.length; at += 1) {
    const bar = surest.length === count ? (surest[count - 1] ?? -Infinity) : -Infinity;
    // A margin for rounding: taking one too many changes nothing, one too few would.
    if ((most[at] ?? 0) < bar - 1e-9 * (1 + Math.abs(bar))) break;
    const candidate = index.byDue[order[at] ?? 0] as Candidate;
    if (!include(candidate)) continue;
    taken.push(candidate);
    const least = (day - candidate.sinceDay - 1 - candidate.cadence) / candidate.cadence;
    if (!(least >= 0)) continue;
    const place = surest.findIndex((one) => least > one);
    surest.splice(place === -1 ? surest.length : place, 0, least);
    if (surest.length > count) surest.pop();
  }
  return taken;
}
