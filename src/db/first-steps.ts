import { getMeta, putMeta } from './meta-store';
import type { TendDatabase } from './open';

/** How far the first week's three steps are: hours checked, people added, a check-in set. */
export interface FirstSteps {
  hoursChecked: boolean;
  people: number;
  checkIns: number;
  welcomeClosed: boolean;
}

/** Where the user is with the first steps, read in one transaction. */
export async function firstSteps(db: TendDatabase): Promise<FirstSteps> {
  const tx = db.transaction(['meta', 'contacts', 'checkIns']);
  const meta = tx.objectStore('meta');
  const [hoursChecked, welcomeClosed, people, checkIns] = await Promise.all([
    getMeta(meta, 'hours-checked'),
    getMeta(meta, 'welcome-closed'),
    tx.objectStore('contacts').count(),
    tx.objectStore('checkIns').count(),
  ]);
  return {
    hoursChecked: hoursChecked !== undefined,
    people,
    checkIns,
    welcomeClosed: welcomeClosed !== undefined,
  };
}

/** The user said the working hours are right, at `at`. */
export async function markHoursChecked(db: TendDatabase, at: number): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  await Promise.all([putMeta(tx.store, 'hours-checked', at), tx.done]);
}

/** The user closed the welcome, at `at`: the options page opens at its section from now on. */
export async function closeWelcome(db: TendDatabase, at: number): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  await Promise.all([putMeta(tx.store, 'welcome-closed', at), tx.done]);
}
