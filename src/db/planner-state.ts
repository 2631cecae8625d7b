import { subDays } from 'date-fns';
import type { IDBPTransaction } from 'idb';
import type { PlannerPerson, PlannerState } from '../domain/planner-state';
import { addCalendarDays } from '../domain/calendar-date';
import type { CheckIn, Settings } from '../domain/types';
import { localDate } from '../domain/workday';
import { activitySinceIn } from './activity';
import { busyIntervals } from '../domain/busy';
import { frozenCheckIns } from '../domain/checkins/recurrence';
import { frozenPeople } from '../domain/network/people-index';
import { weekStartOf } from '../domain/rules/reflection';
import { readGeneration } from './generation';
import { getExceptions, getMeta } from './meta-store';
import type { TendDatabase } from './open';
import { plannerConnectionsIn } from './planner-connections';
import { plannerPeopleAt, storePlannerPeople } from './planner-people';
import type { TendDB } from './schema';
import { browserTimeZone, completed, SETTINGS_KEY } from './settings';

// Every store the planner reads, in one readonly transaction: one consistent moment, and one
// transaction to start instead of one per read (each costs a round trip in Chromium).
const STORES = [
  'settings',
  'activity',
  'nudgeLog',
  'contacts',
  'meta',
  'interactions',
  'checkIns',
  'reflections',
] as const;

/**
 * The people and the check-ins as the last read found them, with the generation read beside
 * them (generation.ts), on that connection: a wake that reads the same generation again
 * takes them from here instead of reading 300 to 3 000 people again. A new connection (after
 * an upgrade, an erase) reads them afresh.
 */
let kept: {
  db: TendDatabase;
  generation: string | undefined;
  contacts: readonly PlannerPerson[];
  checkIns: readonly CheckIn[];
} | null = null;

/**
 * The people this worker last read from the store, when the packed copy (planner-people.ts)
 * did not hold them, and the generation they were read at (none, in a profile no write has
 * given one yet): storePeopleCopy packs them once the wake is done, so that the next worker
 * to start reads the copy.
 */
let unpacked: {
  db: TendDatabase;
  generation: string | undefined;
  contacts: readonly PlannerPerson[];
} | null = null;

/** The planner's reads under way: the settings come first, as soon as they are read. */
export interface PlannerReads {
  settings: Promise<Settings>;
  state: Promise<PlannerState>;
}

/**
 * Everything the planner reads, and no more: the rules look at yesterday and today,
 * so three days back covers every time zone and a shift past midnight. The nudge log
 * reaches back over the reconnect gap as well, so that nobody is nudged about twice
 * within it.
 */
export function loadPlannerState(
  db: TendDatabase,
  now: Date,
  knownSettings?: Settings,
): Promise<PlannerState> {
  return readPlannerState(db, now, knownSettings).state;
}

/**
 * As `loadPlannerState`, with the settings handed out as soon as the transaction has read
 * them (the first of its reads): a wake asks the browser what depends on them (the idle
 * threshold) while the rest is read. The settings are read in the planner's one transaction,
 * not in one of their own before it, and the reads that depend on them (the nudge log's
 * reach, today's date, this week's start) are issued in it at once with the keys the last
 * settings gave, and again once they are in only if they give others (`bySettings`).
 */
export function readPlannerState(
  db: TendDatabase,
  now: Date,
  knownSettings?: Settings,
): PlannerReads {
  let tx: PlannerTransaction;
  try {
    tx = db.transaction(STORES as unknown as (typeof STORES)[number][], 'readonly');
  } catch (error) {
    const failed = Promise.reject(error);
    failed.catch(() => undefined);
    return { settings: failed, state: failed };
  }
  // A worker stopped mid-read aborts it: the reads below reject and say so; its end must not
  // be an unhandled rejection besides.
  tx.done.catch(() => undefined);
  const settings = knownSettings
    ? Promise.resolve(knownSettings)
    : read(() => tx.objectStore('settings').get(SETTINGS_KEY)).then(completed);
  return { settings, state: readIn(db, tx, now, settings) };
}

type PlannerTransaction = IDBPTransaction<TendDB, (typeof STORES)[number][], 'readonly'>;

// Each read issued in its own try: one that throws as it is made (a stopped worker) leaves
// those before it still heard, as rejections of the one Promise.all.
function read<T>(issue: () => Promise<T>): Promise<T> {
  try {
    return issue();
  } catch (error) {
    return Promise.reject(error);
  }
}

// The settings this worker's last wake read: they seldom change.
let lastSettings: Settings | undefined;

/**
 * A read whose key the settings decide (the nudge log's reach, today's date, this week's
 * start), issued at once with the key the last settings gave, in this worker's later wakes,
 * and again once the settings are read only when they give another: a warm wake does not
 * wait for the settings' round trip before it.
 */
function bySettings<K, T>(
  settingsRead: Promise<Settings>,
  keyOf: (settings: Settings) => K,
  issue: (key: K) => Promise<T>,
): Promise<T> {
  const guessed = lastSettings && keyOf(lastSettings);
  const early = lastSettings && read(() => issue(guessed!));
  // Not needed when the settings give another key: its failure then changes nothing.
  early?.catch(() => undefined);
  return settingsRead.then((settings) => {
    const key = keyOf(settings);
    return (key === guessed && early) || read(() => issue(key));
  });
}

async function readIn(
  db: TendDatabase,
  tx: PlannerTransaction,
  now: Date,
  settingsRead: Promise<Settings>,
): Promise<PlannerState> {
  const since = subDays(now, 3).getTime();
  // The weekly hours limit needs the whole week so far, Monday included.
  const activityFrom = subDays(now, 8).getTime();
  const meta = tx.objectStore('meta');
  const nudgeLogStore = tx.objectStore('nudgeLog');
  const interactions = tx.objectStore('interactions');
  // The people and check-ins: read now when nothing is kept for this connection, else only
  // once the generation says they changed, in this same transaction. A worker that keeps
  // none takes the people from the packed copy while it holds.
  const known = kept?.db === db ? kept : null;
  const generation = read(() => readGeneration(meta));
  const fromStore = { contacts: false };
  const readContacts = (): Promise<readonly PlannerPerson[]> => {
    fromStore.contacts = true;
    return read(() => tx.objectStore('contacts').getAll());
  };
  const readCheckIns = () => read(() => tx.objectStore('checkIns').getAll());
  const unchanged = known && generation.then((found) => found === known.generation);
  const people = Promise.all([
    unchanged
      ? unchanged.then((same) => (same ? known.contacts : readContacts()))
      : Promise.all([generation, read(() => getMeta(meta, 'planner-people'))]).then(
          ([found, packed]) => plannerPeopleAt(packed, found) ?? readContacts(),
        ),
    unchanged ? unchanged.then((same) => (same ? known.checkIns : readCheckIns())) : readCheckIns(),
  ]);
  const [
    activity,
    nudgeLog,
    [contacts, checkIns],
    readAtGeneration,
    exceptions,
    paused,
    snoozed,
    { connectionTimes, lastGatheringAt },
    reflectedWeekStarts,
    askedZones,
    changed,
    settings,
  ] = await Promise.all([
    read(() => activitySinceIn(tx.objectStore('activity').index('by-at'), activityFrom)),
    bySettings(
      settingsRead,
      ({ network }) => Math.min(since, subDays(now, network.reconnectGapDays).getTime()),
      (logSince) => nudgeLogStore.index('by-shownAt').getAll(IDBKeyRange.lowerBound(logSince)),
    ),
    people,
    generation,
    bySettings(
      settingsRead,
      ({ schedule }) => localDate(schedule.timeZone, now),
      // Yesterday's, today's and tomorrow's, in one request.
      (today) =>
        getExceptions(meta, {
          first: addCalendarDays(today, -1),
          last: addCalendarDays(today, 1),
        }),
    ),
    read(() => getMeta(meta, 'pause-until')).then((value) => value ?? null),
    read(() => getMeta(meta, 'snoozes')).then((value) => value ?? {}),
    read(() => plannerConnectionsIn(db, interactions, generation, since, now.getTime())),
    // A reflection nudge never outlives its week: only this week's on matter.
    bySettings(
      settingsRead,
      ({ schedule }) => weekStartOf(schedule.timeZone, now.getTime()),
      (weekStart) =>
        tx
          .objectStore('reflections')
          .index('by-weekStart')
          .getAll(IDBKeyRange.lowerBound(weekStart)),
    ).then((found) => found.map((reflection) => reflection.weekStart)),
    // A time-zone question is asked once, however long ago.
    read(() => nudgeLogStore.getAll(IDBKeyRange.bound('time-zone:', 'time-zone:\uffff'))),
    read(() => getMeta(meta, 'schedule-change')).then((value) => value ?? null),
    settingsRead,
  ]);
  lastSettings = settings;
  kept = {
    db,
    generation: readAtGeneration,
    contacts: frozenPeople(contacts),
    checkIns: frozenCheckIns(checkIns),
  };
  // People still to pack stay so through a second read at their generation (after a gap).
  if (fromStore.contacts) unpacked = { db, generation: readAtGeneration, contacts: kept.contacts };
  else if (unpacked?.db !== db || unpacked.generation !== readAtGeneration) unpacked = null;
  const recentKeys = new Set(nudgeLog.map((entry) => entry.key));
  return {
    settings,
    activity,
    nudgeLog: [...nudgeLog, ...askedZones.filter((entry) => !recentKeys.has(entry.key))],
    // The kept people themselves, frozen: nothing can change them, so the planner's index
    // of them (people-index.ts) holds from wake to wake instead of a copy each time.
    contacts: kept.contacts,
    exceptions,
    pausedUntil: paused,
    snoozes: snoozed,
    busy: busyIntervals(checkIns, now),
    // A copy: what the planner is given is its own, and never the kept list.
    checkIns: [...checkIns],
    lastGatheringAt,
    connectionTimes,
    reflectedWeekStarts,
    userTimeZone: browserTimeZone(),
    scheduleChange: changed,
  };
}

/**
 * Stores the packed copy of the people the last wake read from the store, if any
 * (storePlannerPeople): nothing a wake shows waits for it, so the wake calls it once it is
 * done (its end is for tests). A copy that failed to store only means the next worker reads
 * the store again.
 */
export async function storePeopleCopy(): Promise<void> {
  const people = unpacked;
  unpacked = null;
  if (!people) return;
  const storedAt = await storePlannerPeople(people.db, people.contacts, people.generation);
  // A generation stored with the copy: nothing was written since the read, check-ins
  // included, so what this worker keeps holds at it, and its next wake need not read them.
  if (storedAt && kept?.db === people.db && kept.generation === undefined) {
    kept.generation = storedAt;
  }
}
