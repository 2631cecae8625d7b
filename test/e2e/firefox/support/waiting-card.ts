import type { Page } from 'puppeteer-core';

const ITEM = 'section.waiting li[data-testid="waiting-nudge"]';

/** The titles in the popup's "Waiting for you", top to bottom. */
export function waitingTitles(popup: Page): Promise<string[]> {
  return popup.evaluate(
    (item) =>
      [...document.querySelectorAll(`${item} .waiting-title`)].map(
        (title) => title.textContent ?? '',
      ),
    ITEM,
  );
}

/** Clicks the button named `button` ('Dismiss', 'End my day') of the waiting nudge `title`. */
export async function answerWaiting(popup: Page, title: string, button: string): Promise<void> {
  const items = await popup.$$(ITEM);
  for (const item of items) {
    const heading = await item.$eval('.waiting-title', (element) => element.textContent);
    if (heading !== title) continue;
    for (const target of await item.$$('button')) {
      if ((await target.evaluate((element) => element.textContent)) !== button) continue;
      await target.click();
      return;
    }
    throw new Error(`"${title}" offers no "${button}"`);
  }
  throw new Error(`Nothing called "${title}" is waiting in the popup`);
}
