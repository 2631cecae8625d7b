import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTendTime, shownNotifications } from './support/clock';
import { comingWeekday, launchTend, localInstant, type Tend } from './support/tend';

const MONDAY = comingWeekday(1);
let tend: Tend;

beforeEach(async () => {
  tend = await launchTend();
});

afterEach(async () => {
  await tend.close();
});

const seconds = (text: string | null) => {
  const [minutes = '0', rest = '0'] = (text ?? '').split(':');
  return Number(minutes) * 60 + Number(rest);
};

describe('breaks, in Chromium', () => {
  it('nudges after 50 minutes of work and counts a started break down', async () => {
    const popup = await tend.open('popup.html');
    const wake = () =>
      popup.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'data-changed', payload: { what: 'activity' } }),
      );
    await setTendTime(popup, localInstant(MONDAY, '09:40'));
    await wake();
    expect((await shownNotifications(tend.worker)).some((id) => id.startsWith('break:'))).toBe(
      false,
    );
    await setTendTime(popup, localInstant(MONDAY, '09:51'));
    await wake();
    await expect
      .poll(async () =>
        (await shownNotifications(tend.worker)).find((id) => id.startsWith('break:')),
      )
      .toMatch(/^break:short:\d+:0$/);

    // What the notification's "Start the break" button opens.
    const page = await tend.open('break.html?kind=short&start=1');
    const timer = page.getByRole('timer');
    await expect.poll(() => timer.textContent()).toMatch(/^[45]:\d\d$/);
    const first = seconds(await timer.textContent());
    expect(first).toBeGreaterThan(290);
    await expect.poll(async () => seconds(await timer.textContent())).toBeLessThan(first);
    await page.getByRole('button', { name: 'End the break now' }).click();
    await expect.poll(() => page.getByRole('heading').textContent()).toBe('Break done');
  });
});
