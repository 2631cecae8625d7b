/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comingWednesday, localInstant } from '../support/tend';
import { launchTend, type FirefoxTend } from './support/launch-tend';
import { badgeText, setTendTime, shownNotifications, wake, waitingKeys } from './support/probes';
import { answerWaiting, waitingTitles } from './support/waiting-card';

// A workday in the default schedule (09:00–17:00): the wrap-up comes at 16:45.
const WEDNESDAY = comingWednesday();
const at = (time: string) => localInstant(WEDNESDAY, time);
const WRAP_UP = `wrap-up:${WEDNESDAY}:${at('17:00')}`;

// Headless Firefox has no system notification service and no alert windows of its own
// unless told: every notification it is asked for closes at once, as one hidden by Do Not
// Disturb or timed out does for a user.
let tend: FirefoxTend;

beforeAll(async () => {
  tend = await launchTend();
});

afterAll(async () => {
  await tend?.close();
});

interface Closed {
  id: string;
  byUser: boolean;
}

describe('nudges waiting for an answer, in Firefox', () => {
  it('keeps a nudge Firefox could not show in the popup and on the badge until the user answers it', async () => {
    // What Firefox tells Tend's pages when it closes a notification.
    await tend.probe.evaluate(() => {
      const closed: Closed[] = [];
      (window as { e2eClosed?: Closed[] }).e2eClosed = closed;
      chrome.notifications.onClosed.addListener((id, byUser) => closed.push({ id, byUser }));
    });
    await setTendTime(tend.probe, at('16:46'));
    await wake(tend.probe);

    // Firefox created the wrap-up's notification, could not show it, and closed it, saying
    // the user did (Bugzilla 1413188).
    await expect
      .poll(() => tend.probe.evaluate(() => (window as { e2eClosed?: Closed[] }).e2eClosed))
      .toContainEqual({ id: WRAP_UP, byUser: true });
    expect(await shownNotifications(tend.probe)).toEqual([]);
    // Any answer to that close has been written once a later wake is done (both go through
    // the background's one queue of changes to the waiting list).
    await wake(tend.probe);

    const waiting = await waitingKeys(tend.probe);
    expect(waiting).toContain(WRAP_UP);
    expect(await badgeText(tend.probe)).toBe(String(waiting.length));
    const popup = await tend.open('popup.html');
    await expect.poll(() => waitingTitles(popup)).toContain('Time to start wrapping up');
    expect(await waitingTitles(popup)).toHaveLength(waiting.length);

    // The user answers it in the popup: it waits no more, and the badge counts one fewer.
    await answerWaiting(popup, 'Time to start wrapping up', 'Dismiss');
    await expect.poll(() => waitingKeys(tend.probe)).not.toContain(WRAP_UP);
    expect(await waitingKeys(tend.probe)).toHaveLength(waiting.length - 1);
    expect(await badgeText(tend.probe)).toBe(waiting.length > 1 ? String(waiting.length - 1) : '');
    await expect.poll(() => waitingTitles(popup)).not.toContain('Time to start wrapping up');
  });
});
