/// <reference types="chrome" />
import type { Page, Worker } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alarms, setTendTime, shownNotifications } from './support/clock';
import { comingWeekday, launchTend, localInstant, TIME_ZONE, type Tend } from './support/tend';

const MONDAY = comingWeekday(1);
const TUESDAY = (() => {
  const day = new Date(`${MONDAY}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
})();

let tend: Tend;

beforeEach(async () => {
  tend = await launchTend();
});

afterEach(async () => {
  await tend.close();
});

/** Counselling on Tuesday at 10:00 in the EAP office, reminded a quarter of an hour before. */
const COUNSELLING = {
  id: 'counselling',
  title: 'Counselling with Dr Lee',
  kind: 'peer-check-in',
  contactIds: [],
  mode: 'in-person',
  place: 'EAP office, 3rd floor',
  link: '',
  startDate: TUESDAY,
  startTime: '10:00',
  timeZone: TIME_ZONE,
  durationMinutes: 60,
  recurrence: { kind: 'none' },
  skipped: [],
  moved: {},
  reminderMinutesBefore: 15,
  paused: false,
};

/** Writes records straight into Tend's database, as a long-used profile holds them. */
async function seed(page: Page, store: 'contacts' | 'checkIns', records: unknown[]) {
  await page.evaluate(
    async ({ store, records }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('tend');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction([store, 'meta'], 'readwrite');
      // A new generation, as Tend's own writes store one (src/db/generation.ts).
      tx.objectStore('meta').put(crypto.randomUUID(), 'generation');
      for (const record of records) tx.objectStore(store).put(record);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { store, records },
  );
}

/**
 * From now on, the words of each notification the worker shows, as it hands them to
 * Chromium's real notifications.create (which still shows it: the id is listed by getAll).
 * Chromium gives no way to read a shown notification's text back.
 */
async function recordNotificationWords(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { shownWords: unknown[] };
    scope.shownWords = [];
    const create = chrome.notifications.create.bind(chrome.notifications);
    chrome.notifications.create = ((
      id: string,
      options: chrome.notifications.NotificationOptions,
    ) => {
      scope.shownWords.push({ id, title: options.title, message: options.message });
      return create(id, options as chrome.notifications.NotificationCreateOptions);
    }) as typeof chrome.notifications.create;
  });
}

async function wordsShown(worker: Worker) {
  return worker.evaluate(
    () =>
      (globalThis as unknown as { shownWords: { id: string; title: string; message: string }[] })
        .shownWords,
  );
}

/** The reminder of the counselling session, shown at 09:46 on Tuesday: its words. */
async function reminderWords(page: Page) {
  await seed(page, 'checkIns', [COUNSELLING]);
  await recordNotificationWords(tend.worker);
  await setTendTime(page, localInstant(TUESDAY, '09:46'));
  await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'data-changed', payload: { what: 'check-ins' } }),
  );
  const reminder = `check-in-reminder:counselling:${TUESDAY}`;
  await expect.poll(() => shownNotifications(tend.worker)).toContain(reminder);
  return (await wordsShown(tend.worker)).find((shown) => shown.id === reminder);
}

describe('notifications on a shared screen, in Chromium', () => {
  // Headless Chromium cannot lock its screen, so idle.queryState never says 'locked' here;
  // test/background/discreet.test.ts covers the default while locked. This shows the words
  // a locked screen gets, in a real notification: the setting that always gives them.
  it('"Always discreet" shows a check-in reminder with no title or place; the popup has them', async () => {
    const options = await tend.open('options.html#work');
    await setTendTime(options, localInstant(MONDAY, '09:00'));
    await options.getByRole('radio', { name: 'Always discreet' }).check();
    await expect
      .poll(() =>
        options.evaluate(async () => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open('tend');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          const settings = await new Promise<unknown>((resolve) => {
            const request = db.transaction('settings').objectStore('settings').getAll();
            request.onsuccess = () => resolve(request.result);
          });
          db.close();
          return JSON.stringify(settings);
        }),
      )
      .toContain('"discreetNotifications":"always"');

    const words = await reminderWords(options);

    expect(words).toEqual({
      id: `check-in-reminder:counselling:${TUESDAY}`,
      title: 'A check-in soon',
      message: 'Open Tend for the details.',
    });
    const popup = await tend.open('popup.html');
    await expect
      .poll(() => popup.getByTestId('next-check-in').textContent())
      .toMatch(/^Counselling with Dr Lee/);
  });

  it('by default, on a screen that is not locked, the reminder says what and where', async () => {
    const options = await tend.open('options.html#work');
    await setTendTime(options, localInstant(MONDAY, '09:00'));
    expect(
      await options
        .getByRole('radio', { name: /^Discreet while the screen is locked/ })
        .isChecked(),
    ).toBe(true);

    const words = await reminderWords(options);

    expect(`${words?.title} | ${words?.message}`).toMatch(/Counselling with Dr Lee.*EAP office/);
  });
});

describe('Erase everything, in Chromium', () => {
  it('leaves no record, no stored name and only the alarm a fresh install sets', async () => {
    const options = await tend.open('options.html#data');
    await seed(options, 'contacts', [
      {
        id: 'sam',
        name: 'Sam Rivera',
        isGroup: false,
        roles: ['colleague'],
        reach: [],
        cadence: { kind: 'role-default' },
        availability: '',
        availabilityLevel: null,
        trust: '',
        trustLevel: null,
        notes: 'Prefers mornings.',
        archived: false,
        snoozedUntil: null,
        lastContactAt: null,
        createdAt: 0,
        updatedAt: 0,
      },
    ]);
    await options.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'data-changed', payload: { what: 'contacts' } }),
    );
    await expect
      .poll(() =>
        tend.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get())),
      )
      .toContain('Sam Rivera');

    await options.getByRole('button', { name: 'Erase everything…' }).click();
    await options.getByRole('button', { name: 'Erase everything', exact: true }).click();
    await expect
      .poll(() => options.getByRole('status').allTextContents())
      .toContainEqual(expect.stringMatching(/^Everything is erased\./));

    const people = await options.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('tend');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const count = await new Promise<number>((resolve) => {
        const request = db.transaction('contacts').objectStore('contacts').count();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return count;
    });
    expect(people).toBe(0);
    const stored = await tend.worker.evaluate(async () => ({
      local: await chrome.storage.local.get(),
      session: await chrome.storage.session.get(),
    }));
    expect(JSON.stringify(stored)).not.toContain('Sam');
    expect((await alarms(tend.worker)).map((alarm) => alarm.name)).toEqual(['tend-wake']);
  });
});

describe('two options tabs editing one person, in Chromium', () => {
  it('tab B sees tab A’s rename, and its later save of the notes asks instead of losing it', async () => {
    const a = await tend.open('options.html#network');
    const b = await tend.open('options.html#network');
    await a.getByRole('button', { name: 'Add a person or group' }).click();
    await a.getByLabel('Name', { exact: true }).fill('Sam');
    await a.getByRole('checkbox', { name: 'Colleague', exact: true }).check();
    await a.getByRole('button', { name: 'Save', exact: true }).click();
    // B's list follows A's write without a reload.
    await b.getByRole('button', { name: 'Edit Sam' }).click();
    await a.getByRole('button', { name: 'Edit Sam' }).click();

    await a.getByLabel('Name', { exact: true }).fill('Samuel');
    await a.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => b.locator('.person-name').allTextContents()).toEqual(['Samuel']);

    // B's form, opened before the rename, still shows Sam; B writes a note and saves.
    await b.getByLabel('Notes').fill('Prefers mornings.');
    await b.getByRole('button', { name: 'Save', exact: true }).click();
    const question = b.getByRole('group', { name: /another tab/ });
    await expect
      .poll(() => question.getByRole('alert').textContent())
      .toContain('Name is now “Samuel”');
    // The choice has the keyboard's focus, and nothing of B's is written until it is made.
    expect(await b.evaluate(() => document.activeElement?.textContent)).toBe('Keep theirs');
    await b.keyboard.press('Tab');
    await b.keyboard.press('Enter');
    await expect
      .poll(() => b.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('Saved the changes to Samuel.'));
    const sam = await b.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('tend');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all = await new Promise<{ name: string; notes: string }[]>((resolve) => {
        const request = db.transaction('contacts').objectStore('contacts').getAll();
        request.onsuccess = () => resolve(request.result as { name: string; notes: string }[]);
      });
      db.close();
      return all.map(({ name, notes }) => ({ name, notes }));
    });
    expect(sam).toEqual([{ name: 'Samuel', notes: 'Prefers mornings.' }]);
  });
});
