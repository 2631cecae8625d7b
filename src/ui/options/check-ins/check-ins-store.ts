import { subDays } from 'date-fns';
import { createResource } from 'solid-js';
import { now } from '../../../clock';
import { changeCheckIn, deleteCheckIn, listCheckIns, saveCheckIn } from '../../../db/check-ins';
import { listContacts } from '../../../db/contacts';
import { connectionsSince } from '../../../db/insights-connections';
import type { TendDatabase } from '../../../db/open';
import { loadSettings } from '../../../db/settings';
import type { InsightsConnection } from '../../../domain/insights/weekly';
import type { CheckIn, Contact, Settings } from '../../../domain/types';
import { onChangeElsewhere } from '../../shared/data-changed';
import { read } from '../../shared/read';
import { write } from '../../shared/write';

/** What the check-ins section shows. */
export interface CheckInsData {
  settings: Settings;
  checkIns: CheckIn[];
  contacts: Contact[];
  /** The last 60 days of logged connections, for the in-person share: when, and how. */
  recent: InsightsConnection[];
  now: Date;
}

const loadCheckIns = () =>
  read(async (db) => {
    const current = await now();
    const [settings, checkIns, contacts, recent] = await Promise.all([
      loadSettings(db),
      listCheckIns(db),
      listContacts(db),
      connectionsSince(db, subDays(current, 60).getTime()),
    ]);
    return { settings, checkIns, contacts, recent, now: current };
  });

/**
 * The check-ins as the options page changes them: each change is one write, told to the
 * background (a skipped or moved check-in reminds at another time, or not at all), then read
 * back. Every change has its way back here too, through the same write, so an undo replans
 * like the change it takes back.
 */
export function createCheckIns() {
  const [data, { refetch }] = createResource(loadCheckIns);
  // Check-ins and people written in another tab or window, or synced in, show here too.
  onChangeElsewhere(['check-ins', 'contacts', 'import', 'settings'], () => void refetch());

  async function change<T>(step: (db: TendDatabase) => Promise<T>): Promise<T> {
    const result = await write('check-ins', step);
    await refetch();
    return result;
  }

  const edit = (id: string, next: (checkIn: CheckIn) => CheckIn) =>
    change((db) => changeCheckIn(db, id, next));

  return {
    data,
    /** Shows settings saved elsewhere on the page (the in-person target, say). */
    reload: () => void refetch(),
    /** Saves a form; `opened` is the check-in as it opened it (null: a new one). */
    save: (checkIn: CheckIn, opened?: CheckIn | null) =>
      change((db) => saveCheckIn(db, checkIn, opened)),
    /** Skips the occurrence on `date`; `unskip` brings it back. */
    skip: (id: string, date: string) =>
      edit(id, (one) => ({ ...one, skipped: [...one.skipped, date] })),
    unskip: (id: string, date: string) =>
      edit(id, (one) => ({ ...one, skipped: one.skipped.filter((other) => other !== date) })),
    /** Moves the occurrence on `date` to start at `start`; the series stays. */
    move: (id: string, date: string, start: number) =>
      edit(id, (one) => ({ ...one, moved: { ...one.moved, [date]: start } })),
    togglePaused: (id: string) => edit(id, (one) => ({ ...one, paused: !one.paused })),
    /** Deletes a check-in and returns it, for `restore`. */
    remove: (id: string) => change((db) => deleteCheckIn(db, id)),
    restore: (deleted: CheckIn) => change((db) => saveCheckIn(db, deleted)),
  };
}

export type CheckIns = ReturnType<typeof createCheckIns>;
