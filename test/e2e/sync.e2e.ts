/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact, Interaction } from '../../src/domain/types';
import { setTendTime } from './support/clock';
import { aContact as seededContact, seed } from './support/seed';
import { OtherComputer, syncAreaOf } from './support/other-computer';
import { comingWeekday, launchTend, localInstant, type Tend } from './support/tend';

const DAY = 24 * 60 * 60 * 1000;
const MONDAY = comingWeekday(1);
const NOW = localInstant(MONDAY, '09:30');

let tend: Tend;

beforeEach(async () => {
  tend = await launchTend();
});

afterEach(async () => {
  await tend.close();
});

/** A colleague last in touch three days ago, in Tend for over a year. */
function aContact(fields: Pick<Contact, 'id' | 'name'> & Partial<Contact>): Contact {
  return seededContact({
    lastContactAt: NOW - 3 * DAY,
    createdAt: NOW - 400 * DAY,
    updatedAt: NOW - 400 * DAY,
    ...fields,
  }) as Contact;
}

/** Turns sync on as a user does: the switch, what it sends, then the confirming button. */
async function turnSyncOn(page: Page) {
  const toggle = page.getByRole('switch', { name: /Keep my network, check-ins and settings/ });
  await toggle.click();
  // Not on until the user has read what is sent, and where.
  expect(await toggle.isChecked()).toBe(false);
  const disclosure = page.getByRole('group', { name: 'Before sync is turned on' });
  expect(await disclosure.textContent()).toContain('encrypted on the way');
  await disclosure.getByRole('button', { name: 'Turn sync on' }).click();
  await expect.poll(() => toggle.isChecked()).toBe(true);
}

const syncLine = (page: Page) => page.locator('#sync-heading ~ p[role="status"]').textContent();
const names = (page: Page) => page.locator('.person-name').allTextContents();
const tendKeys = async (page: Page) =>
  Object.keys(await syncAreaOf(page)).filter((key) => key.startsWith('tend1.'));

describe('sync through chrome.storage.sync, in Chromium', () => {
  it('finds the sync area a local store with Chrome’s quotas when no one is signed in', async () => {
    const page = await tend.open('options.html#data');
    const refused = await page.evaluate(async () => {
      const sync = chrome.storage.sync;
      const why = async (write: Promise<void>) =>
        write.then(
          () => 'taken',
          (error: unknown) => String(error),
        );
      const big = await why(sync.set({ probe: 'x'.repeat(sync.QUOTA_BYTES_PER_ITEM) }));
      const small = await why(sync.set({ probe: 'x'.repeat(8000) }));
      const many = await why(
        sync.set(Object.fromEntries(Array.from({ length: 513 }, (_, i) => [`many${i}`, 1]))),
      );
      // Twelve items of 8 000 bytes fit in 102 400; the thirteenth does not.
      let filled = 1;
      let full = 'taken';
      while (full === 'taken' && filled < 20) {
        full = await why(sync.set({ [`probe${filled}`]: 'x'.repeat(8000) }));
        if (full === 'taken') filled++;
      }
      await sync.clear();
      return {
        quotas: [sync.QUOTA_BYTES, sync.QUOTA_BYTES_PER_ITEM, sync.MAX_ITEMS],
        big,
        small,
        many,
        filled,
        full,
      };
    });
    expect(refused.quotas).toEqual([102_400, 8_192, 512]);
    expect(refused.big).toMatch(/quota/i);
    expect(refused.small).toBe('taken');
    expect(refused.many).toMatch(/MAX_ITEMS|quota/i);
    expect(refused.filled).toBe(12);
    expect(refused.full).toMatch(/quota/i);
  });

  it('writes a large network to storage.sync within every limit and says what did not fit', async () => {
    const page = await tend.open('options.html#data');
    await setTendTime(page, NOW);
    const note = 'Met at the regional training; prefers a call after 4 pm. '.repeat(4);
    const contacts = Array.from({ length: 400 }, (_, i) =>
      aContact({ id: `person-${i}`, name: `Person ${i} Example`, notes: note }),
    );
    const interactions = Array.from({ length: 1200 }, (_, i): Interaction => ({
      id: `connection-${i}`,
      at: NOW - (i % 85) * DAY - i * 1000,
      contactIds: [`person-${i % 400}`],
      kind: 'peer-check-in',
      mode: 'in-person',
      direction: 'received',
      feltBefore: null,
      feltAfter: null,
      note: 'Talked through a hard visit.',
    }));
    await seed(page, { contacts, interactions });
    await turnSyncOn(page);
    await page.getByRole('checkbox', { name: /Include notes/ }).check();
    await expect.poll(() => syncLine(page)).toMatch(/^Last synced/);
    // 400 people with notes outgrow 100 KB: what stayed out is said, part by part.
    await expect
      .poll(() => page.locator('#sync-heading ~ p.muted:not([role="status"])').allTextContents())
      .toEqual([
        expect.stringMatching(
          /^People left out of sync: \d+\. .*everyone is kept on this computer\.$/,
        ),
        expect.stringMatching(/^Connections older than .* did not sync; everything is kept/),
        expect.stringMatching(/^Some of your data did not fit/),
      ]);
    const leftOut = Number(
      /: (\d+)\./.exec(
        (await page
          .locator('#sync-heading ~ p.muted:not([role="status"])')
          .first()
          .textContent()) ?? '',
      )?.[1],
    );

    const measured = await page.evaluate(async () => {
      const sync = chrome.storage.sync;
      const keys = Object.keys(await sync.get(null));
      const sizes = await Promise.all(keys.map((key) => sync.getBytesInUse(key)));
      return { keys, sizes, total: await sync.getBytesInUse(null) };
    });
    expect(measured.keys.every((key) => key.startsWith('tend1.'))).toBe(true);
    expect(measured.keys.length).toBeGreaterThan(10);
    expect(measured.keys.length).toBeLessThanOrEqual(512);
    expect(Math.max(...measured.sizes)).toBeLessThanOrEqual(8_192);
    expect(measured.total).toBeLessThanOrEqual(102_400);
    // Most of the quota is used: the packing fills it rather than giving up early.
    expect(measured.total).toBeGreaterThan(60_000);
    // The people who did sync, and as many as the status says did not.
    const area = JSON.stringify(await syncAreaOf(page));
    const synced = contacts.filter((contact) => area.includes(`"${contact.id}"`));
    expect(synced.length).toBeGreaterThan(150);
    expect(synced.length + leftOut).toBe(contacts.length);
    // Once the area holds all that fits, wakes with nothing new write nothing to it: Chrome
    // gives items back with their keys sorted, and a pass that read them otherwise wrote again.
    const writes = () =>
      page.evaluate(async () => {
        const budget = (await chrome.storage.local.get('tend-sync-budget'))['tend-sync-budget'];
        return (budget as { writes: number[] }).writes.length;
      });
    const wake = () =>
      page.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'data-changed', payload: { what: 'settings' } }),
      );
    await wake();
    const settled = await writes();
    await wake();
    await wake();
    expect(await writes()).toBe(settled);
    // Nothing local was dropped.
    await page.goto(page.url().replace('#data', '#network'));
    await expect.poll(async () => (await names(page)).length).toBe(400);
  });

  it('shows another computer’s change in the open options page and popup without a reload', async () => {
    const options = await tend.open('options.html#network');
    await setTendTime(options, NOW);
    await seed(options, {
      contacts: [
        aContact({ id: 'sam', name: 'Sam Rivera' }),
        aContact({ id: 'alex', name: 'Alex Chen' }),
      ],
    });
    // Seeded behind the page's back: it reads them once, as a page opened now would.
    await options.reload();
    await expect.poll(() => names(options)).toEqual(['Alex Chen', 'Sam Rivera']);
    const data = await tend.open('options.html#data');
    await turnSyncOn(data);
    await expect.poll(() => syncLine(data)).toMatch(/^Last synced/);
    await expect.poll(() => tendKeys(data)).not.toEqual([]);
    const popup = await tend.open('popup.html');
    await expect
      .poll(() => popup.getByTestId('reach-out-person').locator('.person-name').allTextContents())
      .toEqual([]);

    // The other computer joins, then renames Sam and adds Robin, long out of touch.
    const other = new OtherComputer(data);
    await other.sync(NOW + 10_000);
    expect(other.data.contacts.map((contact) => contact.name).sort()).toEqual([
      'Alex Chen',
      'Sam Rivera',
    ]);
    const sam = other.data.contacts.find((contact) => contact.id === 'sam');
    if (!sam) throw new Error('the other computer did not get Sam');
    other.data.contacts = [
      ...other.data.contacts.filter((contact) => contact !== sam),
      { ...sam, name: 'Sam Rivera-Jones', updatedAt: NOW + 60_000 },
      aContact({
        id: 'robin',
        name: 'Robin Okoye',
        cadence: { kind: 'every', count: 1, unit: 'weeks' },
        lastContactAt: NOW - 40 * DAY,
        updatedAt: NOW + 60_000,
      }),
    ];
    await other.sync(NOW + 60_000);

    await expect
      .poll(() => names(options))
      .toEqual(['Alex Chen', 'Robin Okoye', 'Sam Rivera-Jones']);
    await expect
      .poll(() => popup.getByTestId('reach-out-person').locator('.person-name').allTextContents())
      .toEqual(['Robin Okoye']);
  });

  it('merges a first join with the other computer’s data, says what it brought, and undoes it', async () => {
    const options = await tend.open('options.html#network');
    await setTendTime(options, NOW);
    await seed(options, { contacts: [aContact({ id: 'sam', name: 'Sam at work' })] });
    await options.reload();
    await expect.poll(() => names(options)).toEqual(['Sam at work']);

    // The computer at home has had sync on for a while: its people are in the sync area.
    const home = new OtherComputer(options);
    home.data.contacts = [
      aContact({ id: 'dana', name: 'Dana at home', roles: ['friend'] }),
      aContact({ id: 'lee', name: 'Lee at home', roles: ['family'] }),
    ];
    await home.sync(NOW - DAY);
    await expect.poll(() => tendKeys(options)).not.toEqual([]);
    // Tend is not syncing yet: the area's news changes nothing here.
    expect(await names(options)).toEqual(['Sam at work']);

    const data = await tend.open('options.html#data');
    await turnSyncOn(data);
    // What joining brought, by name, with its Undo.
    const offer = data.locator('.undo-bar');
    await expect
      .poll(() => offer.locator('span').textContent())
      .toBe(
        'Joining your other computers changed this one. People added: Dana at home, Lee at home.',
      );
    await expect.poll(() => names(options)).toEqual(['Dana at home', 'Lee at home', 'Sam at work']);
    // Both ways: the home computer's next pass brings Sam there.
    await home.sync(NOW + 60_000);
    expect(home.data.contacts.map((contact) => contact.name).sort()).toEqual([
      'Dana at home',
      'Lee at home',
      'Sam at work',
    ]);

    await offer.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() =>
        data.getByText('This computer is back as it was before joining, and sync is off.').count(),
      )
      .toBe(1);
    expect(await data.getByRole('switch', { name: /Keep my network/ }).isChecked()).toBe(false);
    await expect.poll(() => names(options)).toEqual(['Sam at work']);
    // Turning off took Tend's items out of the sync area, and the home computer keeps its own.
    await expect.poll(() => tendKeys(data)).toEqual([]);
    await home.sync(NOW + 120_000);
    expect(home.data.contacts.map((contact) => contact.name).sort()).toEqual([
      'Dana at home',
      'Lee at home',
      'Sam at work',
    ]);
  });
});
