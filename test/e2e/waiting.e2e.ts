/// <reference types="chrome" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTendTime, shownNotifications } from './support/clock';
import { comingWednesday, launchTend, localInstant, type Tend } from './support/tend';

// A workday in the default schedule (09:00–17:00): the wrap-up comes at 16:45.
const WEDNESDAY = comingWednesday();
const at = (time: string) => localInstant(WEDNESDAY, time);
const WRAP_UP = `wrap-up:${WEDNESDAY}:${at('17:00')}`;

let tend: Tend;

beforeEach(async () => {
  tend = await launchTend();
});

afterEach(async () => {
  await tend.close();
});

const waitingKeys = () =>
  tend.worker.evaluate(async () => {
    const stored = (await chrome.storage.session.get('tend-waiting'))['tend-waiting'];
    return ((stored ?? []) as { key: string }[]).map((item) => item.key);
  });

const badge = () => tend.worker.evaluate(() => chrome.action.getBadgeText({}));

describe('nudges waiting for an answer, in Chromium', () => {
  it('keeps a nudge whose notification the browser closed, until the user answers it', async () => {
    await setTendTime(tend.worker, at('16:46'));
    const popup = await tend.open('popup.html');
    await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'data-changed', payload: { what: 'activity' } }),
    );
    await expect.poll(() => shownNotifications(tend.worker)).toContain(WRAP_UP);
    // Headless Chromium closes a notification after about eight seconds, as a system does
    // one that timed out or that Do Not Disturb hid.
    await expect
      .poll(() => shownNotifications(tend.worker), { timeout: 20_000 })
      .not.toContain(WRAP_UP);

    const waiting = await waitingKeys();
    expect(waiting).toContain(WRAP_UP);
    expect(await badge()).toBe(String(waiting.length));
    await popup.reload();
    const card = popup.getByRole('region', { name: 'Waiting for you' });
    const wrapUp = card.getByRole('listitem').filter({ hasText: 'Time to start wrapping up' });
    await expect.poll(() => wrapUp.count()).toBe(1);
    await expect(card.getByRole('listitem').count()).resolves.toBe(waiting.length);

    // The user answers it in the popup: it waits no more, and the badge counts one fewer.
    await wrapUp.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => waitingKeys()).not.toContain(WRAP_UP);
    expect(await badge()).toBe(waiting.length > 1 ? String(waiting.length - 1) : '');
    await expect.poll(() => wrapUp.count()).toBe(0);
  });
});
