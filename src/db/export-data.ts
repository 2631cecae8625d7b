import { defaultSettings, withDefaults } from '../domain/settings';
import type {
  ActivityTransition,
  Contact,
  DayException,
  Interaction,
  Settings,
} from '../domain/types';
import type { TendDatabase } from './open';
import { browserTimeZone } from './settings';

// meta.ts keys each day exception 'exception:' and its local date.
const EXCEPTION_PREFIX = 'exception:';

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
  const exceptionKeys = IDBKeyRange.bound(EXCEPTION_PREFIX, `${EXCEPTION_PREFIX}\uffff`);
  const [stored, contacts, interactions, activity, exceptions] = await Promise.all([
    tx.objectStore('settings').get('current'),
    tx.objectStore('contacts').getAll(),
    tx.objectStore('interactions').index('by-at').getAll(),
    tx.objectStore('activity').index('by-at').getAll(),
    tx.objectStore('meta').getAll(exceptionKeys) as Promise<DayException[]>,
    tx.done,
  ]);
  // As loadSettings completes them: a record saved before a part existed gets its default.
  const partial: Partial<Settings> | undefined = stored;
  const defaults = defaultSettings(partial?.schedule?.timeZone ?? browserTimeZone());
  const settings = partial ? withDefaults(partial, defaults) : defaults;
  return { settings, contacts, interactions, activity, exceptions };
}
