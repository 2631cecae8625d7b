import { CLOCK_STATES, IDLE_STATES } from '../domain/idle-state';
import type { ActivityState, ActivityTransition } from '../domain/types';
import { clockCarriedFrom } from './activity';

/**
 * The Insights window's activity before a day, packed in one meta record: the transitions
 * from `from` on (and the last idle and clock state before it) that were stored before
 * `until`, as three arrays. Reading it costs one value instead of one per transition: an
 * extreme profile holds 18 000 transitions in 12 weeks, and turning each stored record back
 * into an object was most of the time Insights took to show.
 *
 * It holds no figure, only a copy of records, so the hours computed from it are those the
 * records give. It is used only while nothing before `until` has changed since it was
 * packed, which two counts and two keys tell without reading the window: activity is only
 * ever added (under a new key, always higher) or deleted, so the store still holds what was
 * packed when it holds as many records under the keys from `firstId` to `lastId` (`count`;
 * every packed transition from `from` on has one of them, and no record added since can),
 * still holds the states carried in from before `from`, and every transition added since
 * (a key above `lastId`) lies at or after `until`. Any record deleted under those keys, in
 * the window or not, drops the copy. The one record ever moved, a running break's planned
 * end, moves from the future to now, after `until`; ending a break early drops the copy all
 * the same (src/db/activity.ts).
 */
export interface PackedActivity {
  /** The instant the window's activity is read from (see `insightsWindow`). */
  from: number;
  /** Every transition stored before this instant is in the copy (local midnight of a day). */
  until: number;
  /** The highest key the store had given when packed; 0 when it had given none. */
  lastId: number;
  /** The lowest key of a packed transition from `from` on; above `lastId` when there is none. */
  firstId: number;
  /** How many records the store held under the keys from `firstId` to `lastId` when packed. */
  count: number;
  /** Per transition, oldest first, in the index's order: its instant, key and state. */
  at: Float64Array;
  id: Float64Array;
  state: Uint8Array;
}

const STATES: readonly ActivityState[] = [
  ...IDLE_STATES,
  ...CLOCK_STATES,
  'break-start',
  'break-end',
];

// The activity store and its 'by-at' index, in whichever transaction the caller holds.
interface ActivityByAt {
  getAll(range: IDBKeyRange): Promise<ActivityTransition[]>;
  count(range: IDBKeyRange): Promise<number>;
}
interface ActivityStore {
  count(range: IDBKeyRange): Promise<number>;
  get(key: number): Promise<ActivityTransition | undefined>;
  openKeyCursor(range: null, direction: 'prev'): Promise<{ key: number } | null>;
}

/** What a copy records of the store before its transitions are read. */
export type PackSnapshot = Pick<PackedActivity, 'from' | 'until' | 'lastId'>;

/**
 * The copy of `transitions` (as loadInsights reads them) stored before `until`, with the
 * count its check needs, read in the transaction that read the transitions and `snapshot`.
 */
export async function packActivity(
  store: ActivityStore,
  transitions: readonly ActivityTransition[],
  snapshot: PackSnapshot,
): Promise<PackedActivity> {
  const kept = transitions.filter((transition) => transition.at < snapshot.until);
  const firstId = kept.reduce(
    (lowest, transition) =>
      transition.at >= snapshot.from ? Math.min(lowest, transition.id ?? 0) : lowest,
    snapshot.lastId + 1,
  );
  return {
    ...snapshot,
    firstId,
    count: await keysCount(store, firstId, snapshot.lastId),
    at: Float64Array.from(kept, (transition) => transition.at),
    id: Float64Array.from(kept, (transition) => transition.id ?? 0),
    state: Uint8Array.from(kept, (transition) => STATES.indexOf(transition.state)),
  };
}

// How many records the store holds under the keys from `first` to `last`. Counted over the
// store's keys, not the 'by-at' index: Chromium counts by walking the entries, and an index
// entry costs several times a key (65 against 15 ms for the extreme profile's 18 000).
function keysCount(store: ActivityStore, first: number, last: number): Promise<number> {
  return first > last ? Promise.resolve(0) : store.count(IDBKeyRange.bound(first, last));
}

/**
 * The packed transitions as loadInsights would read them from `since` on (no earlier than
 * the copy's `from`): the last idle state before `since` and the last clock state that can
 * still count (see clockCarriedFrom), then every one after.
 */
export function unpackActivity(packed: PackedActivity, since: number): ActivityTransition[] {
  const transition = (index: number): ActivityTransition => ({
    at: packed.at[index] as number,
    state: STATES[packed.state[index] as number] as ActivityState,
    id: packed.id[index] as number,
  });
  let first = 0;
  while (first < packed.at.length && (packed.at[first] as number) < since) first += 1;
  const before: number[] = [];
  // A clock state from before clockFrom can no longer count: no longer looked for there.
  const clockFrom = clockCarriedFrom(since);
  let idle = false;
  let clock = false;
  for (let index = first - 1; index >= 0 && !(idle && clock); index -= 1) {
    if ((packed.at[index] as number) < clockFrom) clock = true;
    const state = STATES[packed.state[index] as number] as ActivityState;
    if (!idle && IDLE_STATES.includes(state)) {
      idle = true;
      before.unshift(index);
    } else if (!clock && CLOCK_STATES.includes(state)) {
      clock = true;
      before.unshift(index);
    }
  }
  const after = Array.from({ length: packed.at.length - first }, (_, i) => transition(first + i));
  return [...before.map(transition), ...after];
}

/**
 * What the store holds that the copy needs checking against, read in the caller's
 * transaction: the transitions from the copy's `until` on (read anyway), how many records
 * are left under the packed keys, the states it carries in, and how many were added since it
 * was packed. Null when the copy no longer holds.
 */
export async function withPacked(
  index: ActivityByAt,
  store: ActivityStore,
  packed: PackedActivity,
  since: number,
): Promise<ActivityTransition[] | null> {
  const carried = [...packed.at.keys()].filter((i) => (packed.at[i] as number) < packed.from);
  const [recent, count, added, ...carriedNow] = await Promise.all([
    index.getAll(IDBKeyRange.lowerBound(packed.until)),
    keysCount(store, packed.firstId, packed.lastId),
    store.count(IDBKeyRange.lowerBound(packed.lastId, true)),
    ...carried.map((i) => store.get(packed.id[i] as number)),
  ]);
  const addedAfter = recent.filter((transition) => (transition.id ?? 0) > packed.lastId).length;
  const stillCarried = carried.every(
    (i, n) =>
      carriedNow[n]?.at === packed.at[i] &&
      carriedNow[n]?.state === STATES[packed.state[i] as number],
  );
  if (count !== packed.count || added !== addedAfter || !stillCarried) return null;
  return [...unpackActivity(packed, since), ...recent];
}

/** The snapshot a new copy of [from, until) records, read in the same transaction as its records. */
export async function packSnapshot(
  store: ActivityStore,
  from: number,
  until: number,
): Promise<PackSnapshot> {
  const last = await store.openKeyCursor(null, 'prev');
  return { from, until, lastId: last?.key ?? 0 };
}

/**
 * Whether a stored copy has what this check needs: one stored by an earlier Tend counted
 * the window's transitions instead of the keys, and is packed again.
 */
export const checkable = (packed: PackedActivity | undefined): packed is PackedActivity =>
  packed !== undefined && Number.isFinite(packed.firstId);
