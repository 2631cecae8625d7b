import { browser } from 'wxt/browser';
import { now } from '../clock';
import { addDays, addMinutes } from 'date-fns';
import { recordTransition } from '../db/activity';
import { snoozeContact } from '../db/contacts';
import { snoozeKind } from '../db/meta';
import { NUDGE_SNOOZE_MINUTES } from '../domain/pause';
import type { NudgeKind } from '../domain/types';
import { openDb } from '../db/open';
import { moveHoursTo } from '../db/settings';
import { composeRequest } from '../storage/compose-request';
import {
  breakKindOf,
  contactOf,
  kindOf,
  zonesOf,
  type NudgeAction,
  type TendPage,
} from './notifications';
import { wake } from './wake';

/**
 * Opens the page a notification click leads to: the popup where the browser allows it
 * (Chrome 127+ and Firefox from a notification click), else that page in a tab. The popup
 * cannot be given a query, so '?compose=<id>' also travels as a request left for it.
 */
export async function openTarget(path: TendPage): Promise<void> {
  if (path === '/popup.html' || path.startsWith('/popup.html?')) {
    const contactId = new URLSearchParams(path.slice('/popup.html'.length)).get('compose');
    // Left before the popup is asked to open, so it is there when the popup looks; and
    // not awaited first, since Firefox opens a popup only within the click's own turn.
    const left = contactId ? leaveComposeRequest(contactId).catch(logFailure) : undefined;
    try {
      await browser.action.openPopup();
      await left;
      return;
    } catch {
      // Falls through to a tab, which gets the person in its query.
      await left;
    }
  }
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}

/** Leaves a request for the popup about to open to start writing to `contactId`. */
async function leaveComposeRequest(contactId: string): Promise<void> {
  await composeRequest.setValue({ contactId, at: (await now()).getTime() });
}

function logFailure(error: unknown): void {
  console.error('Tend background:', error);
}

const SNOOZE_DAYS = 7;

const BREAK_SNOOZE_MINUTES = 5;

// Where the settings for each kind of nudge live, so "Change these reminders" lands there.
function settingsSectionFor(kind: NudgeKind): string {
  return kind === 'break' || kind === 'hours-limit' ? 'work' : 'hours';
}

/** Does what a notification button promised, for the notification `notificationId`. */
export async function runNudgeAction(action: NudgeAction, notificationId: string): Promise<void> {
  const kind = kindOf(notificationId);
  const contactId = contactOf(notificationId);
  const breakKind = breakKindOf(notificationId);
  const openOptions = (section: string) =>
    browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) });
  if (action === 'open-settings') return void (await openOptions(settingsSectionFor(kind)));
  if (action === 'compose') {
    if (contactId) await openTarget(`/popup.html?compose=${contactId}`);
    return;
  }
  if (action === 'start-break') {
    await browser.tabs.create({
      url: browser.runtime.getURL(`/break.html?kind=${breakKind}&start=1`),
    });
    return;
  }
  // Keeping the hours needs nothing more: the question is never asked again for this zone.
  if (action === 'keep-hours') return;
  const db = await openDb();
  const current = await now();
  if (action === 'move-hours') {
    const { schedule, user } = zonesOf(notificationId);
    await moveHoursTo(db, schedule, user, current.getTime());
  } else if (action === 'snooze-person') {
    if (!contactId) return;
    await snoozeContact(db, contactId, addDays(current, SNOOZE_DAYS).getTime(), current.getTime());
  } else if (action === 'snooze-break') {
    await snoozeKind(db, 'break', addMinutes(current, BREAK_SNOOZE_MINUTES).getTime());
  } else if (action === 'snooze-kind') {
    await snoozeKind(db, kind, addMinutes(current, NUDGE_SNOOZE_MINUTES).getTime());
  } else {
    await recordTransition(db, { at: current.getTime(), state: 'clock-out' });
  }
  await wake('notification-action');
}
