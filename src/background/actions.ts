import { browser } from 'wxt/browser';
import { now } from '../clock';
import { addDays } from 'date-fns';
import { recordTransition } from '../db/activity';
import { snoozeContact } from '../db/contacts';
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

const SNOOZE_DAYS = 7;

/** Does what a notification button promised; `contactId` is who a reconnect was about. */
export async function runNudgeAction(action: NudgeAction, contactId?: string): Promise<void> {
  const openOptions = (section: string) =>
    browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) });
  if (action === 'open-settings') return void (await openOptions('hours'));
  if (action === 'open-network') return void (await openOptions('network'));
  const db = await openDb();
  const current = await now();
  if (action === 'snooze-person') {
    if (!contactId) return;
    await snoozeContact(db, contactId, addDays(current, SNOOZE_DAYS).getTime(), current.getTime());
  } else {
    await recordTransition(db, { at: current.getTime(), state: 'clock-out' });
  }
  await wake('notification-action');
}
