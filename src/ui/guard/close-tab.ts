import { browser } from 'wxt/browser';

/**
 * Closes the tab this page is in. `window.close()` alone is refused for a tab the user
 * navigated in (Chrome and Firefox only let scripts close windows scripts opened), while
 * tabs.getCurrent and tabs.remove need no permission for the extension's own tab.
 */
export async function closeThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) throw new Error('not in a tab');
  await browser.tabs.remove(tab.id);
}
