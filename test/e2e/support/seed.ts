/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import type { StoredWaiting } from '../../../src/domain/waiting';
import { TIME_ZONE } from './tend';

/**
 * Writes people, check-ins and connections straight into Tend's database, as a long-used
 * profile holds them, then wakes the background so the popup's stored view is made from them.
 */
export async function seed(
  page: Page,
  records: { contacts?: unknown[]; checkIns?: unknown[]; interactions?: unknown[] },
): Promise<void> {
  await page.evaluate(async ({ contacts = [], checkIns = [], interactions = [] }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tend');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['contacts', 'checkIns', 'interactions', 'meta'], 'readwrite');
    // A new generation in the same transaction, as every write of people or check-ins in Tend
    // stores one (src/db/generation.ts): the running worker must not plan from those it kept.
    tx.objectStore('meta').put(crypto.randomUUID(), 'generation');
    for (const contact of contacts) tx.objectStore('contacts').put(contact);
    for (const checkIn of checkIns) tx.objectStore('checkIns').put(checkIn);
    for (const interaction of interactions) tx.objectStore('interactions').put(interaction);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    await chrome.runtime.sendMessage({ type: 'data-changed', payload: { what: 'contacts' } });
  }, records);
}

/**
 * Puts nudges in the popup's "Waiting for you" list, as the background leaves those the
 * system hid under Do Not Disturb.
 */
export async function seedWaiting(page: Page, items: StoredWaiting[]): Promise<void> {
  await page.evaluate((waiting) => chrome.storage.session.set({ 'tend-waiting': waiting }), items);
}

/** A person as Tend stores one, with `fields` over the defaults of a new colleague. */
export function aContact(fields: { id: string; name: string } & Record<string, unknown>) {
  return {
    isGroup: false,
    roles: ['colleague'],
    reach: [],
    cadence: { kind: 'every', count: 2, unit: 'weeks' },
    availability: '',
    availabilityLevel: null,
    trust: '',
    trustLevel: null,
    notes: '',
    archived: false,
    snoozedUntil: null,
    lastContactAt: null,
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}

/** A one-off in-person check-in at noon on `startDate`, with `fields` over that. */
export function aCheckIn(
  fields: { id: string; title: string; startDate: string } & Record<string, unknown>,
) {
  return {
    kind: 'peer-check-in',
    contactIds: [],
    mode: 'in-person',
    place: '',
    link: '',
    startTime: '12:00',
    timeZone: TIME_ZONE,
    durationMinutes: 60,
    recurrence: { kind: 'none' },
    skipped: [],
    moved: {},
    reminderMinutesBefore: null,
    paused: false,
    ...fields,
  };
}
