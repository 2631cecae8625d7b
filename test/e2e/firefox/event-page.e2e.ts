/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClockOffset } from '../../../src/storage/test-clock-offset';
import { comingWednesday, localInstant } from '../support/tend';
import { launchTend, type FirefoxTend } from './support/launch-tend';
import { idleTimeout, SHOW_NOTIFICATIONS } from './support/prefs';
import {
  alarms,
  backgroundRunning,
  setTendTime,
  shownNotifications,
  wake,
  waitingKeys,
} from './support/probes';
import { answerWaiting, waitingTitles } from './support/waiting-card';

// A workday in the default schedule (09:00–17:00): the wrap-up comes at 16:45.
const WEDNESDAY = comingWednesday();
const at = (time: string) => localInstant(WEDNESDAY, time);
const WRAP_UP = `wrap-up:${WEDNESDAY}:${at('17:00')}`;

// Firefox suspends Tend's event page two seconds after its last event (thirty unless told),
// and shows notifications in its own alert windows, which a headless Firefox can.
let tend: FirefoxTend;

beforeAll(async () => {
  tend = await launchTend({ ...idleTimeout(2000), ...SHOW_NOTIFICATIONS });
});

afterAll(async () => {
  await tend?.close();
});

describe('the event page, in Firefox', () => {
  it('is suspended when idle, wakes at its one alarm, and shows the nudge due then', async () => {
    // Eight seconds before the wrap-up on Tend's clock; the wake a change makes sets the alarm.
    await setTendTime(tend.probe, at('16:44:52'));
    await wake(tend.probe);
    const offset = await tend.probe.evaluate(
      async (key) => (await chrome.storage.local.get(key))[key] as number,
      testClockOffset.key,
    );
    // One wake alarm (and the still-here mark's, when the suite runs in working hours).
    const [only, ...others] = (await alarms(tend.probe)).filter(
      (alarm) => alarm.name === 'tend-wake',
    );
    expect(others).toEqual([]);
    expect(only!.scheduledTime + offset).toBe(at('16:45'));
    expect(await waitingKeys(tend.probe)).not.toContain(WRAP_UP);

    // Idle, Firefox suspends the event page before the alarm is due.
    await expect.poll(() => backgroundRunning(tend.probe)).toBe(false);
    expect(Date.now()).toBeLessThan(only!.scheduledTime);

    // The alarm starts it again, and its wake shows the wrap-up, which waits for an answer.
    await expect.poll(() => waitingKeys(tend.probe)).toContain(WRAP_UP);
    expect(await backgroundRunning(tend.probe)).toBe(true);
    expect(await shownNotifications(tend.probe)).toContain(WRAP_UP);
    // What the wake logged (a test build logs each wake and what it showed).
    await expect
      .poll(() => tend.output.some((line) => line.startsWith('console.debug: "Tend woke" "alarm"')))
      .toBe(true);

    // The popup offers the nudge's action; taking it answers the nudge and clears its
    // notification.
    const popup = await tend.open('popup.html');
    await expect.poll(() => waitingTitles(popup)).toContain('Time to start wrapping up');
    await answerWaiting(popup, 'Time to start wrapping up', 'End my day');
    await expect.poll(() => waitingKeys(tend.probe)).not.toContain(WRAP_UP);
    expect(await shownNotifications(tend.probe)).not.toContain(WRAP_UP);
    await expect
      .poll(() =>
        popup.evaluate(() => document.querySelector('[data-testid="status"]')?.textContent),
      )
      .toBe('Day ended');
    expect(await tend.problems()).toEqual([]);
  });
});
