/// <reference types="chrome" />
import type { Page } from 'puppeteer-core';
import { testClockOffset } from '../../../../src/storage/test-clock-offset';
import { waitingList } from '../../../../src/storage/waiting';

// What a test asks Firefox, from one of Tend's pages (the background page has no tab to ask
// in). Firefox answers the chrome.* namespace with promises in Manifest V3, so these read
// like the Chromium suite's.

/** Moves Tend's clock (the e2e build's) so that it reads `at` now. */
export async function setTendTime(page: Page, at: number): Promise<void> {
  await page.evaluate(
    (key, target) => chrome.storage.local.set({ [key]: target - Date.now() }),
    testClockOffset.key,
    at,
  );
}

/** Tells the background that data changed, as a page does after a write, and waits for its wake. */
export async function wake(page: Page): Promise<void> {
  await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'data-changed', payload: { what: 'activity' } }),
  );
}

/** The alarms Tend holds, by name and real firing time. */
export function alarms(page: Page): Promise<{ name: string; scheduledTime: number }[]> {
  return page.evaluate(async () =>
    (await chrome.alarms.getAll()).map(({ name, scheduledTime }) => ({ name, scheduledTime })),
  );
}

/** The ids of the notifications Firefox is showing now. */
export function shownNotifications(page: Page): Promise<string[]> {
  return page.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

/** The keys of the nudges waiting for an answer, as the background stored them. */
export function waitingKeys(page: Page): Promise<string[]> {
  return page.evaluate(async (key) => {
    const stored = (await chrome.storage.session.get(key))[key] as { key: string }[] | undefined;
    return (stored ?? []).map((item) => item.key);
  }, waitingList.key);
}

/** The number on Tend's toolbar button ('' when there is none). */
export function badgeText(page: Page): Promise<string> {
  return page.evaluate(() => chrome.action.getBadgeText({}));
}

/** Whether Tend's event page is running now (Firefox suspends it when idle). */
export function backgroundRunning(page: Page): Promise<boolean> {
  // extension.getViews lists the background page while it lives; its type filter knows no
  // "background" in Firefox, so the page is found by its address.
  return page.evaluate(() =>
    chrome.extension
      .getViews()
      .some((view) => view.location.pathname === '/_generated_background_page.html'),
  );
}
