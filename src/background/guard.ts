import { browser } from 'wxt/browser';
import { now } from '../clock';
import { exceptionsAround, guardPasses } from '../db/meta';
import { openDb } from '../db/open';
import { loadSettings } from '../db/settings';
import { guardDecision, pageOrigin } from '../domain/guard';
import { effectiveWorkdaysAround } from '../domain/effective-workday';
import { pageAddress } from '../domain/page-address';
import { guardTabOrigins, setTabOrigin } from '../storage/guard-tab-origins';

/** The guard page for a URL; the page itself checks `to` again before offering it. */
export function guardPageUrl(url: string): string {
  return browser.runtime.getURL(pageAddress({ page: 'guard', to: url }));
}

/**
 * Remembers that `tabId` is now on `origin` and says whether it already was: a case
 * system's own in-page navigation after hours must not take away a page being worked in.
 */
async function enteredOrigin(tabId: number, origin: string): Promise<boolean> {
  return (await setTabOrigin(tabId, origin)) !== origin;
}

/** Forgets a closed tab. */
async function forgetTab(tabId: number): Promise<void> {
  await setTabOrigin(tabId, null);
}

/**
 * A tab loading an address Tend may not see has left the guarded site (or reloaded it):
 * the tab's own URL, visible only for granted sites, tells which. Coming back later is
 * entering again.
 */
async function checkStillOn(tabId: number): Promise<void> {
  const origins = await guardTabOrigins.getValue();
  if (!(tabId in origins)) return;
  const tab = await browser.tabs.get(tabId);
  if (tab.url === undefined || pageOrigin(tab.url) !== origins[tabId]) await forgetTab(tabId);
}

/** Shows the guard page in a tab that is opening a guarded site after hours. */
export async function guardTab(tabId: number, url: string): Promise<void> {
  // Most URLs Tend sees are its own pages; they need no database read.
  const origin = pageOrigin(url);
  if (origin === null) return;
  // Without session storage (Chrome before 102) each new worker would take a tab's in-page
  // navigation for entering the site, and guard a page being worked in: no guard there.
  if (!guardTabOrigins.available()) return;
  const db = await openDb();
  const settings = await loadSettings(db);
  if (!settings.guard.enabled) return;
  if (!(await enteredOrigin(tabId, origin))) return;
  const current = await now();
  const [passes, exceptions] = await Promise.all([
    guardPasses(db),
    exceptionsAround(db, settings.schedule.timeZone, current),
  ]);
  const decision = guardDecision({
    settings: settings.guard,
    // On-call and late-shift days move the boundary for the guard too.
    workdays: effectiveWorkdaysAround(settings, exceptions, current),
    passes,
    url,
    now: current,
  });
  if (decision === 'guard') {
    // Leaving the site for the guard page: coming back through it is entering again.
    await forgetTab(tabId);
    await browser.tabs.update(tabId, { url: guardPageUrl(url) });
  }
}

/**
 * Watches tabs for a guarded site opening after hours. Without the `tabs` permission the
 * browser tells Tend a tab's new address only for the sites the user granted (the work
 * sites they named), and never anything of a page's content.
 */
export function registerGuard(): void {
  browser.tabs.onUpdated.addListener(async (tabId, changeInfo) => {
    try {
      if (changeInfo.url === undefined) {
        if (changeInfo.status === 'loading') await checkStillOn(tabId);
        return;
      }
      await guardTab(tabId, changeInfo.url);
    } catch (error) {
      console.error('Tend guard:', error);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId).catch((error: unknown) => console.error('Tend guard:', error));
  });
}
