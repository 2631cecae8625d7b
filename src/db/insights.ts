import type { IDBPIndex, IDBPTransaction } from 'idb';
import { CLOCK_STATES, IDLE_STATES } from '../domain/idle-state';
import type { InsightsInput } from '../domain/insights/weekly';
import type { ActivityTransition } from '../domain/types';
import { insightsWindow } from '../domain/insights/window';
import type { Settings } from '../domain/types';
import { localDate, localMidnight } from '../domain/workday';
import {
  checkable,
  packActivity,
  packSnapshot,
  withPacked,
  type PackedActivity,
} from './insights-activity';
import { clockCarriedFrom } from './activity';
import { readGeneration } from './generation';
import {
  connectionsAt,
  packConnections,
  unpackConnections,
  type PackedConnections,
} from './insights-connections';
import { packPeople, peopleAt, unpackPeople, type PackedPeople } from './insights-people';
import { getExceptions, getMeta, putMeta } from './meta-store';
import type { TendDatabase } from './open';
import type { TendDB } from './schema';
import { completed, SETTINGS_KEY } from './settings';

/** What the Insights page shows: its window's data, and the instant it was read at. */
export interface InsightsData extends InsightsInput {
  now: number;
}

/**
 * Everything the Insights page needs for the 12 weeks ending with the week of `now`, read in
 * one readonly transaction so the charts agree with each other. Years of activity and tens
 * of thousands of connections can be stored, so every store that grows is read through an
 * index over the window only: activity and connections by instant ('by-at'), with the last
 * idle state and clock state before the window so its first hours are counted right;
 * reflections by week ('by-weekStart'); the window's exceptions by key range.
 */
export async function loadInsights(db: TendDatabase, now: Date): Promise<InsightsData> {
  const tx = db.transaction(
    ['settings', 'activity', 'interactions', 'reflections', 'contacts', 'meta'],
    'readonly',
  );
  const meta = tx.objectStore('meta');
  const [stored, packed, generation, packedPeople, packedConnections] = await Promise.all([
    tx.objectStore('settings').get(SETTINGS_KEY),
    getMeta(meta, 'insights-activity'),
    readGeneration(meta),
    getMeta(meta, 'insights-people'),
    getMeta(meta, 'insights-connections'),
  ]);
  const kept = peopleAt(packedPeople, generation);
  const settings: Settings = completed(stored);
  const window = insightsWindow(settings.schedule.timeZone, now);
  const keptConnections = connectionsAt(packedConnections, generation, window.from);

  const [read, interactions, reflections, contacts, exceptions] = await Promise.all([
    windowActivity(tx, packed, window.activityFrom, startOfDay(settings, now)),
    keptConnections ??
      tx.objectStore('interactions').index('by-at').getAll(IDBKeyRange.lowerBound(window.from)),
    tx
      .objectStore('reflections')
      .index('by-weekStart')
      .getAll(IDBKeyRange.bound(window.weekStarts[0], window.weekStarts.at(-1))),
    kept ?? tx.objectStore('contacts').getAll(),
    getExceptions(meta, { first: window.firstDate, last: window.lastDate }),
  ]);
  // The copy's count is a request of this transaction: should it fail, so does tx.done.
  read.repack?.catch(() => undefined);
  await tx.done;
  // People read from the store are shown as a copy gives them back, so a visit that reads
  // the copy shows the same. One read at no known generation is not stored: no copy could be
  // known to hold.
  const copy = kept ? null : packPeople(contacts, generation ?? '');
  // The same for the connections; one of a value the copy has no code for is shown as read.
  const connections = keptConnections
    ? null
    : packConnections(interactions, window.from, generation ?? '');
  storeCopies(
    db,
    read.repack && (await read.repack),
    generation === undefined ? null : copy,
    generation === undefined ? null : connections,
  );
  return {
    settings,
    activity: read.activity,
    interactions: connections ? unpackConnections(connections, window.from) : interactions,
    reflections,
    contacts: copy ? unpackPeople(copy) : contacts,
    exceptions,
    now: now.getTime(),
  };
}

type InsightsTransaction = IDBPTransaction<
  TendDB,
  ('settings' | 'activity' | 'interactions' | 'reflections' | 'contacts' | 'meta')[],
  'readonly'
>;

// The local midnight that begins the day of `now`: the copy of the activity holds what came
// before it, so it is packed again at most once a day.
function startOfDay(settings: Settings, now: Date): number {
  const zone = settings.schedule.timeZone;
  return localMidnight(zone, localDate(zone, now));
}

/**
 * The window's activity from `since` on: from the packed copy and what came after it when the
 * copy still holds (see PackedActivity), else from the store. `repack` is a fresher copy, up
 * to `today`, when the one stored is missing, stale or older: its count is read in this
 * transaction, and nothing shown waits for it.
 */
async function windowActivity(
  tx: InsightsTransaction,
  packed: PackedActivity | undefined,
  since: number,
  today: number,
): Promise<{ activity: ActivityTransition[]; repack: Promise<PackedActivity> | null }> {
  const store = tx.objectStore('activity');
  const index = store.index('by-at');
  // A copy packed up to later than now (the clock was put back) holds what is yet to come.
  const usable = checkable(packed) && packed.from <= since && packed.until <= today;
  const fresh = usable && packed.from === since && packed.until === today;
  const [stored, snapshot] = await Promise.all([
    usable ? withPacked(index, store, packed, since) : null,
    fresh ? null : packSnapshot(store, since, today),
  ]);
  const [activity, repack] = await Promise.all([
    stored ?? activityFrom(index, since),
    snapshot ?? (stored === null ? packSnapshot(store, since, today) : null),
  ]);
  return { activity, repack: repack && packActivity(store, activity, repack) };
}

// Storing the copies is no part of showing Insights, and a copy that failed to store only
// means the next visit reads the store, so nothing waits for it and a failure is dropped.
// People copied at a generation some write has replaced since are stored all the same: the
// next visit finds the new generation and reads the store.
function storeCopies(
  db: TendDatabase,
  activity: PackedActivity | null,
  people: PackedPeople | null,
  connections: PackedConnections | null,
): void {
  if (!activity && !people && !connections) return;
  const tx = db.transaction('meta', 'readwrite', { durability: 'relaxed' });
  if (activity) putMeta(tx.store, 'insights-activity', activity).catch(() => undefined);
  if (people) putMeta(tx.store, 'insights-people', people).catch(() => undefined);
  if (connections) putMeta(tx.store, 'insights-connections', connections).catch(() => undefined);
  tx.done.catch(() => undefined);
}

type ActivityIndex = IDBPIndex<
  TendDB,
  ('settings' | 'activity' | 'interactions' | 'reflections' | 'contacts' | 'meta')[],
  'activity',
  'by-at',
  'readonly'
>;

// The first span looked back over for the states before the window; each next one is this
// many times longer, so even years without a clock change take a handful of reads.
const FIRST_LOOK_BACK_MS = 24 * 60 * 60 * 1000;
const LOOK_BACK_GROWTH = 8;

/**
 * As `activitySinceIn` (src/db/activity.ts): the transitions from `since` on, plus the last
 * idle state before it and the last clock state that can still count, oldest first. The
 * states before are looked for in spans read whole (newest first), not one record at a time:
 * a cursor walked back through years of transitions cost a promise per record.
 */
async function activityFrom(index: ActivityIndex, since: number): Promise<ActivityTransition[]> {
  const recentRead = index.getAll(IDBKeyRange.lowerBound(since));
  const before: ActivityTransition[] = [];
  let idle: ActivityTransition | null = null;
  let clock: ActivityTransition | null = null;
  let to = since;
  let span = FIRST_LOOK_BACK_MS;
  let first = (await index.openKeyCursor())?.key ?? null;
  // The clock is looked for only as far back as it can count (see clockCarriedFrom).
  const clockFrom = clockCarriedFrom(since);
  const wantsClock = () => clock === null && to > clockFrom;
  while (first !== null && first < to && (idle === null || wantsClock())) {
    const from = Math.max(to - span, first);
    const older = await index.getAll(IDBKeyRange.bound(from, to, false, true));
    // The index's order, walked backwards: as a 'prev' cursor meets them.
    for (let i = older.length - 1; i >= 0 && (idle === null || wantsClock()); i -= 1) {
      const transition = older[i] as ActivityTransition;
      if (idle === null && IDLE_STATES.includes(transition.state)) {
        idle = transition;
        before.unshift(transition);
      } else if (
        clock === null &&
        transition.at >= clockFrom &&
        CLOCK_STATES.includes(transition.state)
      ) {
        clock = transition;
        before.unshift(transition);
      }
    }
    if (from === first) first = null;
    to = from;
    span *= LOOK_BACK_GROWTH;
  }
  return [...before, ...(await recentRead)];
}
