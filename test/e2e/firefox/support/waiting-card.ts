import type { Page } from 'puppeteer-core';

const ITEM = 'section.waiting li[data-testid="waiting-nudge"]';

/** The titles in the popup's "Waiting for you", top to bottom (without when each was shown). */
export function waitingTitles(popup: Page): Promise<string[]> {
  return popup.evaluate(
    (item) =>
      [...document.querySelectorAll(`${item} .waiting-title strong`)].map(
        (title) => title.textContent ?? '',
      ),
    ITEM,
  );
}

/** Clicks the button named `button` of the waiting nudge `title`, if it is there now. */
async function clickIn(popup: Page, title: string, button: string): Promise<boolean> {
  for (const item of await popup.$$(ITEM)) {
    const heading = await item.$eval('.waiting-title strong', (element) => element.textContent);
    if (heading !== title) continue;
    for (const target of await item.$$('button')) {
      if ((await target.evaluate((element) => element.textContent)) !== button) continue;
      await target.click();
      return true;
    }
  }
  return false;
}

/** Clicks the button named `button` ('Dismiss', 'End my day') of the waiting nudge `title`. */
export async function answerWaiting(popup: Page, title: string, button: string): Promise<void> {
  const until = Date.now() + 10_000;
  for (;;) {
    try {
      if (await clickIn(popup, title, button)) return;
    } catch (error) {
      // The popup paints its stored view first and the fresh one when it comes, which
      // renders the list anew: an item found just before may be gone. Look again.
      if (!String(error).includes('detached')) throw error;
    }
    if (Date.now() > until) throw new Error(`No "${button}" for "${title}" in the popup`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
