import { browser } from 'wxt/browser';
import { now } from '../clock';
import { recordTransition } from '../db/activity';
import { openDb } from '../db/open';
import type { NudgeAction } from './notifications';
import { wake } from './wake';

/** Opens Tend's own view: the popup where the browser allows it, else the same page in a tab. */
export async function openTend(): Promise<void> {
  try {
    // Chrome 127+ and Firefox allow this from a notification click.
    await browser.action.openPopup();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
}

/** Does what a notification button promised. */
export async function runNudgeAction(action: NudgeAction): Promise<void> {
  if (action === 'open-settings') {
    await browser.tabs.create({ url: browser.runtime.getURL('/options.html#hours') });
    return;
  }
  const db = await openDb();
  await recordTransition(db, { at: (await now()).getTime(), state: 'clock-out' });
  await wake('notification-action');
}
