import { browser } from 'wxt/browser';
import { now } from '../clock';
import type { Nudge } from '../domain/nudge';
import { NUDGE_THREAD, waitingUntil, type StoredWaiting } from '../domain/waiting';
import { t } from '../i18n';
import { plural } from '../plural';
import { waitingList } from '../storage/waiting';

// Tend's accent green: a calm mark, not an alarm red.
const BADGE_COLOUR = '#2f7a6b';
const BADGE_TEXT_COLOUR = '#ffffff';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Changes the waiting list one change at a time (nudges are shown in parallel, and a
 * read-modify-write of storage must not lose one), drops the stale ones, and sets the
 * badge to match. Returns how many are waiting.
 */
function update(change: (items: StoredWaiting[]) => StoredWaiting[]): Promise<number> {
  const run = queue.then(async () => {
    const current = (await now()).getTime();
    const stored = await waitingList.getValue();
    const items = change(stored).filter((item) => item.expiresAt > current);
    // Most wakes change nothing here; the stored list and the badge then stay as they are
    // (both are cleared together when the browser restarts or Tend is reloaded).
    if (items.length === stored.length && items.every((item, index) => item === stored[index])) {
      return items.length;
    }
    await waitingList.setValue(items);
    await showBadge(items.length);
    return items.length;
  });
  queue = run.catch(() => undefined);
  return run;
}

// The badge says a nudge is waiting even when the system hid the notification (Do Not
// Disturb reports it shown all the same).
async function showBadge(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  // Older Chrome and Firefox lack it; their default is white on the colour anyway.
  await browser.action.setBadgeTextColor?.({ color: BADGE_TEXT_COLOUR });
  await browser.action.setTitle({
    title: count === 0 ? t('extName') : plural('waitingBadgeTitle', count),
  });
}

/** Records a nudge just shown as waiting for an answer, in place of the one it repeats. */
export function recordWaiting(
  nudge: Nudge,
  text: { title: string; message: string; name?: string },
  timeZone: string,
  shownAt: number,
): Promise<number> {
  const item: StoredWaiting = {
    key: nudge.key,
    kind: nudge.kind,
    title: text.title,
    message: text.message,
    shownAt,
    expiresAt: waitingUntil(nudge, shownAt, timeZone),
    ...(nudge.kind === 'reconnect' && { contactId: nudge.contactId }),
    ...(text.name && { name: text.name }),
  };
  const thread = NUDGE_THREAD[nudge.kind];
  // Only what an earlier wake showed is replaced: two of a thread due in one wake (the day's
  // and the week's hours limit) both wait.
  const replaces = (one: StoredWaiting) =>
    one.key === nudge.key ||
    (thread !== undefined && NUDGE_THREAD[one.kind] === thread && one.shownAt < shownAt);
  const replaced: string[] = [];
  const listing = update((items) => {
    replaced.push(
      ...items.filter((one) => replaces(one) && one.key !== nudge.key).map((one) => one.key),
    );
    return [...items.filter((one) => !replaces(one)), item];
  });
  // The notification of the one replaced goes too: the tray says the same as the popup.
  return listing.then(async (count) => {
    await Promise.all(replaced.map((key) => browser.notifications.clear(key)));
    return count;
  });
}

/** The nudge `key` was answered (clicked, acted on, or dismissed): it waits no more. */
export function forgetWaiting(key: string): Promise<number> {
  return update((items) => items.filter((item) => item.key !== key));
}

/**
 * Drops the stale, and those `answered` says were answered another way, and sets the badge
 * again. Runs at every wake: the badge survives a stopped worker, but a nudge goes stale
 * with no event of its own.
 */
export function refreshWaiting(
  answered: (item: StoredWaiting) => boolean = () => false,
): Promise<number> {
  return update((items) => items.filter((item) => !answered(item)));
}
