import type { DBSchema } from 'idb';
import type {
  ActivityTransition,
  CheckIn,
  Contact,
  Interaction,
  NudgeLogEntry,
  Reflection,
  Settings,
} from '../domain/types';
import type { MetaKey, MetaValue } from './meta-values';
import type { Nudge } from '../domain/nudge';

export const DB_NAME = 'tend';

/**
 * An entry of the nudge log as stored. `pending` is there from the claim until the nudge was
 * delivered: a worker stopped in between leaves it for the next wake to show. Entries from
 * before it existed, and those a backup brings, have none: they were shown.
 */
export interface LoggedNudge extends NudgeLogEntry {
  pending?: { nudge: Nudge; notify: boolean };
}

/** The shape of Tend's IndexedDB at the newest version; migrations.ts gets it there. */
export interface TendDB extends DBSchema {
  /** One record under the key 'current'. */
  settings: { key: string; value: Settings };
  contacts: {
    key: string;
    value: Contact;
    indexes: { 'by-name': string; 'by-lastContactAt': number };
  };
  interactions: {
    key: string;
    value: Interaction;
    indexes: { 'by-at': number; 'by-contact': string; 'by-kind-at': [string, number] };
  };
  checkIns: { key: string; value: CheckIn; indexes: { 'by-startDate': string } };
  activity: { key: number; value: ActivityTransition; indexes: { 'by-at': number } };
  nudgeLog: { key: string; value: LoggedNudge; indexes: { 'by-shownAt': number } };
  reflections: { key: string; value: Reflection; indexes: { 'by-weekStart': string } };
  /**
   * Small named values that are not settings (snoozes, pauses), out-of-line keys; the type
   * of each is in meta-values.ts, read and written through meta-store.ts.
   */
  meta: { key: MetaKey; value: MetaValue };
}
