import type {
  ActivityTransition,
  Contact,
  DayException,
  Interaction,
  Settings,
} from '../domain/types';
import { getExceptions } from './meta-store';
import type { TendDatabase } from './open';
import { completed, SETTINGS_KEY } from './settings';

/** What the CSV exports read: the whole history, not the window the planner needs. */
export interface ExportData {
  settings: Settings;
  contacts: Contact[];
  /** Oldest first. */
  interactions: Interaction[];
  /** Oldest first. */
  activity: ActivityTransition[];
  exceptions: DayException[];
}

/**
 * Everything the exports need, read in one transaction so that a connection logged or a
 * person deleted meanwhile never leaves the two halves of a file out of step.
 */
export async function loadExportData(db: TendDatabase): Promise<ExportData> {
  const tx = db.transaction(['settings', 'contacts', 'interactions', 'activity', 'meta']);
  const [stored, contacts, interactions, activity, exceptions] = await Promise.all([
    tx.objectStore('settings').get(SETTINGS_KEY),
    tx.objectStore('contacts').getAll(),
    tx.objectStore('interactions').index('by-at').getAll(),
    tx.objectStore('activity').index('by-at').getAll(),
    getExceptions(tx.objectStore('meta')),
    tx.done,
  ]);
  return { settings: completed(stored), contacts, interactions, activity, exceptions };
}
