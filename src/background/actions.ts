import { addDays, addMinutes } from 'date-fns';
import { browser } from 'wxt/browser';
import { now } from '../clock';
import { recordTransition } from '../db/activity';
import { snoozeContact } from '../db/contacts';
import { snoozeKind } from '../db/meta';
import { openDb } from '../db/open';
import { moveHoursTo } from '../db/settings';
import type { NudgeId } from '../domain/nudge-key';
import { pageAddress, type PageAddress } from '../domain/page-address';
import { BREAK_SNOOZE_MINUTES, NUDGE_SNOOZE_MINUTES, PERSON_SNOOZE_DAYS } from '../domain/pause';
import type { NudgeAction } from '../text/nudge-actions';
import { composeRequest } from '../storage/compose-request';
import { wake } from './wake';

/**
 * Opens the page a notification click leads to: the popup where the browser allows it
 * (Chrome 127+ and Firefox from a notification click), else that page in a tab. The popup
 * cannot be given a query, so the person to write to also travels as a request left for it.
 */
export async function openTarget(address: PageAddress): Promise<void> {
  if (address.page === 'popup') {
    // Left before the popup is asked to open, so it is there when the popup looks; and
    // not awaited first, since Firefox opens a popup only within the click's own turn.
    const left = address.compose
      ? leaveComposeRequest(address.compose).catch(logFailure)
      : undefined;
    try {
      await browser.action.openPopup();
      await left;
      return;
    } catch {
      // Falls through to a tab, which gets the person in its query.
      await left;
    }
  }
  await browser.tabs.create({ url: browser.runtime.getURL(pageAddress(address)) });
}

/** Leaves a request for the popup about to open to start writing to `contactId`. */
async function leaveComposeRequest(contactId: string): Promise<void> {
  await composeRequest.setValue({ contactId, at: (await now()).getTime() });
}

function logFailure(error: unknown): void {
  console.error('Tend background:', error);
}

const openTab = (address: PageAddress) =>
  browser.tabs.create({ url: browser.runtime.getURL(pageAddress(address)) });

/** What each action does with the nudge it came from; those that change data then replan. */
const ACTIONS: Record<NudgeAction, (id: NudgeId) => Promise<'replan' | void>> = {
  // Where the settings for each kind of nudge live, so "Change these reminders" lands there.
  'open-settings': async (id) => {
    const section = id.kind === 'break' || id.kind === 'hours-limit' ? 'work' : 'hours';
    await openTab({ page: 'options', section });
  },
  compose: async (id) => {
    if (id.kind === 'reconnect') await openTarget({ page: 'popup', compose: id.contactId });
  },
  'start-break': async (id) => {
    await openTab({
      page: 'break',
      kind: id.kind === 'break' ? id.breakKind : 'short',
      start: true,
    });
  },
  // Keeping the hours needs nothing more: the question is never asked again for this zone.
  'keep-hours': async () => undefined,
  'move-hours': async (id) => {
    if (id.kind !== 'time-zone') return;
    await moveHoursTo(await openDb(), id.schedule, id.user, (await now()).getTime());
    return 'replan';
  },
  'snooze-person': async (id) => {
    if (id.kind !== 'reconnect') return;
    const current = await now();
    const until = addDays(current, PERSON_SNOOZE_DAYS).getTime();
    await snoozeContact(await openDb(), id.contactId, until, current.getTime());
    return 'replan';
  },
  'snooze-break': async () => {
    const until = addMinutes(await now(), BREAK_SNOOZE_MINUTES).getTime();
    await snoozeKind(await openDb(), 'break', until);
    return 'replan';
  },
  'snooze-kind': async (id) => {
    await snoozeKind(
      await openDb(),
      id.kind,
      addMinutes(await now(), NUDGE_SNOOZE_MINUTES).getTime(),
    );
    return 'replan';
  },
  'end-day': async () => {
    await recordTransition(await openDb(), { at: (await now()).getTime(), state: 'clock-out' });
    return 'replan';
  },
};

/** Does what a notification button (or the same action in the popup) promised for nudge `id`. */
export async function runNudgeAction(action: NudgeAction, id: NudgeId): Promise<void> {
  if ((await ACTIONS[action](id)) === 'replan') await wake('notification-action');
}
