/// <reference types="chrome" />
import type { Page } from 'puppeteer-core';

// Firefox (153) does not report navigations to moz-extension:// pages over WebDriver BiDi,
// even with --remote-allow-system-access: puppeteer's goto and reload never resolve, and
// waitForNavigation never fires. The page's own script still answers evaluate, so a test
// starts the navigation, does not wait for it, and asks the page where it is.

const SETTLE_MS = 15_000;

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<void> {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && done(value)) return;
    if (Date.now() > deadline)
      throw new Error(`Firefox: the page did not settle (${String(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Resolves once `page` shows a loaded document whose address `matches` and, on one of Tend's
 * pages, whose extension APIs are there (they are not while it loads).
 */
export function waitForPage(page: Page, matches: (href: string) => boolean): Promise<void> {
  return until(
    () =>
      page.evaluate(() =>
        document.readyState === 'complete' &&
        (location.protocol !== 'moz-extension:' || typeof chrome?.runtime?.id === 'string')
          ? location.href
          : '',
      ),
    (href) => href !== '' && matches(href),
  );
}

/** Opens `url` in `page` and resolves once it has loaded. */
export async function goTo(page: Page, url: string): Promise<void> {
  // No timeout: the navigation is never reported, and the promise ends with the tab.
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  await waitForPage(page, (href) => href === url);
}

/** Reloads `page` and resolves once the new document has loaded. */
export async function reload(page: Page): Promise<void> {
  const mark = `reload-${Math.random()}`;
  await page.evaluate((value) => {
    sessionStorage.setItem('e2e-before-reload', value);
    (window as { e2eBeforeReload?: string }).e2eBeforeReload = value;
    location.reload();
  }, mark);
  // The new document keeps sessionStorage but not the window's properties.
  await until(
    () =>
      page.evaluate(
        (value) =>
          document.readyState === 'complete' &&
          sessionStorage.getItem('e2e-before-reload') === value &&
          (window as { e2eBeforeReload?: string }).e2eBeforeReload === undefined,
        mark,
      ),
    (fresh) => fresh,
  );
}
