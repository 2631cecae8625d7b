import type { InsightsInput } from '../domain/insights/weekly';
import { insightsWindow } from '../domain/insights/window';
import type { Settings } from '../domain/types';
import { activitySinceIn } from './activity';
import { getExceptions } from './meta-store';
import type { TendDatabase } from './open';
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
    activitySinceIn(tx.objectStore('activity').index('by-at'), window.activityFrom),
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
