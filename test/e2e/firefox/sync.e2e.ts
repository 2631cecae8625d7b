/// <reference types="chrome" />
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aContact } from '../support/seed';
import { launchTend, type FirefoxTend } from './support/launch-tend';
import { wake } from './support/probes';

let tend: FirefoxTend;

beforeAll(async () => {
  tend = await launchTend();
});

afterAll(async () => {
  await tend?.close();
});

/** Writes `contacts` into Tend's database with a new generation, as Tend's own writes do. */
async function seedPeople(page: Page, contacts: unknown[]): Promise<void> {
  await page.evaluate(async (people) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tend');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['contacts', 'meta'], 'readwrite');
    tx.objectStore('meta').put(crypto.randomUUID(), 'generation');
    for (const person of people) tx.objectStore('contacts').put(person);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, contacts);
}

/** How many writes to the sync area Tend has made in the last hour (its write budget). */
const writes = (page: Page) =>
  page.evaluate(async () => {
    const budget = (await chrome.storage.local.get('tend-sync-budget'))['tend-sync-budget'];
    return (budget as { writes: number[] }).writes.length;
  });

describe('sync through storage.sync, in Firefox', () => {
  it('fills the area with all that fits, then writes nothing at wakes with nothing new', async () => {
    const page = tend.probe;
    // More people than the area's 100 KB holds: the area is full, and some stay out.
    const people = Array.from({ length: 400 }, (_, i) =>
      aContact({ id: `person-${i}`, name: `Person ${i} Example`, availability: 'Mornings' }),
    );
    await seedPeople(page, people);
    await page.evaluate(async () => {
      await chrome.storage.local.set({ 'tend-sync': { on: true, includeNotes: false } });
      await chrome.runtime.sendMessage({ type: 'data-changed', payload: { what: 'sync' } });
    });
    // The pass follows the answer, in a wake of its own; its status says it ran.
    const status = () =>
      page.evaluate(
        async () => (await chrome.storage.local.get('tend-sync-status'))['tend-sync-status'],
      );
    await expect
      .poll(async () => ((await status()) as { lastAt?: number } | undefined)?.lastAt ?? null)
      .not.toBeNull();
    const area = await page.evaluate(() => chrome.storage.sync.get(null));
    const keys = Object.keys(area).filter((key) => key.startsWith('tend1.'));
    expect(keys.length).toBeGreaterThan(10);
    expect(await status()).toMatchObject({
      error: null,
      overflow: [expect.objectContaining({ collection: 'contacts' })],
    });
    // Firefox gives the items back as Tend wrote them: a wake finds nothing changed.
    await wake(page);
    const settled = await writes(page);
    await wake(page);
    await wake(page);
    expect(await writes(page)).toBe(settled);
    expect(await page.evaluate(() => chrome.storage.sync.get(null))).toEqual(area);
  });
});
