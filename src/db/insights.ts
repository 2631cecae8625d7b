import type { IDBPIndex } from 'idb';
import { CLOCK_STATES, IDLE_STATES } from '../domain/idle-state';
import type { InsightsInput } from '../domain/insights/weekly';
import type { ActivityTransition } from '../domain/types';
import { insightsWindow } from '../domain/insights/window';
import type { Settings } from '../domain/types';
import { getExceptions } from './meta-store';
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
  const settings: Settings = completed(await tx.objectStore('settings').get(SETTINGS_KEY));
  const window = insightsWindow(settings.schedule.timeZone, now);

  const [activity, interactions, reflections, contacts, exceptions] = await Promise.all([
    activityFrom(tx.objectStore('activity').index('by-at'), window.activityFrom),
    tx.objectStore('interactions').index('by-at').getAll(IDBKeyRange.lowerBound(window.from)),
    tx
      .objectStore('reflections')
      .index('by-weekStart')
      .getAll(IDBKeyRange.bound(window.weekStarts[0], window.weekStarts.at(-1))),
    tx.objectStore('contacts').getAll(),
    getExceptions(tx.objectStore('meta'), { first: window.firstDate, last: window.lastDate }),
  ]);
  await tx.done;
  return {
    settings,
    activity,
    interactions,
    reflections,
    contacts,
    exceptions,
    now: now.getTime(),
  };
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
 * idle state and the last clock state before it, oldest first. The states before are looked
 * for in spans read whole (newest first), not one record at a time: a cursor walked back
 * through years of transitions cost a promise per record.
 */
async function activityFrom(index: ActivityIndex, since: number): Promise<ActivityTransition[]> {
  const recentRead = index.getAll(IDBKeyRange.lowerBound(since));
  const before: ActivityTransition[] = [];
  let idle: ActivityTransition | null = null;
  let clock: ActivityTransition | null = null;
  let to = since;
  let span = FIRST_LOOK_BACK_MS;
  let first = (await index.openKeyCursor())?.key ?? null;
  while (first !== null && first < to && (idle === null || clock === null)) {
    const from = Math.max(to - span, first);
    const older = await index.getAll(IDBKeyRange.bound(from, to, false, true));
    // The index's order, walked backwards: as a 'prev' cursor meets them.
    for (let i = older.length - 1; i >= 0 && (idle === null || clock === null); i -= 1) {
      const transition = older[i] as ActivityTransition;
      if (idle === null && IDLE_STATES.includes(transition.state)) {
        idle = transition;
        before.unshift(transition);
      } else if (clock === null && CLOCK_STATES.includes(transition.state)) {
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
