/// <reference types="chrome" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alarms, setTendTime, shownNotifications } from './support/clock';
import { comingWednesday, launchTend, localInstant, type Tend } from './support/tend';
import { stopServiceWorkers } from './support/service-worker';

// A workday in the default schedule (09:00–17:00 on weekdays).
const WEDNESDAY = comingWednesday();
const at = (time: string) => localInstant(WEDNESDAY, time);
// The test moves Wednesday's end to 16:45; the wrap-up's and reminders' ids name the day and
// that end.
const WRAP_UP = `wrap-up:${WEDNESDAY}:${at('16:45')}`;
const reminder = (slot: number) => `boundary:${WEDNESDAY}:${at('16:45')}:${slot}`;

let tend: Tend;

beforeEach(async () => {
  tend = await launchTend();
});

afterEach(async () => {
  await tend.close();
});

async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 20_000) {
  const until = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

describe('the end-of-day boundary, in Chromium', () => {
  it('wraps up before the end, reminds after it, and survives a stopped worker', async () => {
    await setTendTime(tend.worker, at('16:44:00'));
    const options = await tend.open('options.html#hours');
    // Wednesday's end is a minute away.
    await options.locator('input[name="day-3-end"]').fill('16:45');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toContain('Saved');

    const wrapUp = await poll(
      () => shownNotifications(tend.worker),
      (ids) => ids.includes(WRAP_UP),
    );
    expect(wrapUp).toContain(WRAP_UP);

    // Move the clock to just before the end and replan: the one alarm now fires in about
    // a second, and the boundary reminder comes from that alarm.
    await setTendTime(tend.worker, at('16:44:59'));
    await options.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'data-changed', payload: { what: 'settings' } }),
    );
    const boundary = await poll(
      () => shownNotifications(tend.worker),
      (ids) => ids.includes(reminder(0)),
    );
    expect(boundary).toContain(reminder(0));
    // The notification is shown before the wake sets its next alarm: wait for the wake to end.
    // One planner alarm, and the still-here mark while the user stays on after the end.
    const afterBoundary = await poll(
      () => alarms(tend.worker),
      (list) => list.some((alarm) => alarm.name === 'tend-wake'),
    );
    expect(afterBoundary.map((alarm) => alarm.name).sort()).toEqual([
      'tend-still-here',
      'tend-wake',
    ]);

    await stopServiceWorkers(options);
    // Half an hour later the next reminder is due; a page's message wakes the worker.
    const popup = await tend.open('popup.html');
    await setTendTime(popup, at('17:15:30'));
    await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'data-changed', payload: { what: 'activity' } }),
    );
    const second = await poll(
      () => shownNotifications(tend.worker),
      (ids) => ids.includes(reminder(1)),
    );
    expect(second).toContain(reminder(1));
    // One planner alarm, at the third reminder's time on Tend's clock (until the wake ends it
    // is the fallback a quarter of an hour on, which the planned one then replaces).
    const offset = await popup.evaluate(async () => {
      const stored = await chrome.storage.local.get('e2e-clock-offset-ms');
      return stored['e2e-clock-offset-ms'] as number;
    });
    const [only, ...others] = await poll(
      async () => (await alarms(tend.worker)).filter((alarm) => alarm.name === 'tend-wake'),
      (list) => list[0]?.scheduledTime === at('17:45:00') - offset,
    );
    expect(others).toEqual([]);
    expect(only?.name).toBe('tend-wake');
    expect(only!.scheduledTime + offset).toBe(at('17:45:00'));

    await popup.reload();
    await expect.poll(() => popup.getByTestId('workday-end').textContent()).toBe('4:45 PM');
    await expect
      .poll(() => popup.getByTestId('status').textContent())
      .toBe('Past the end of your workday');
    // The day that started by itself is still on the clock: the popup offers to end it.
    const todayCard = popup.locator('section.today');
    await expect(todayCard.getByRole('button', { name: 'End my day' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(popup.getByRole('button', { name: 'Clock in' }).count()).resolves.toBe(0);
    // The latest reminder waits for an answer, in the popup and on the badge (which the
    // stopped worker kept), in place of the wrap-up and the reminder before it.
    const waiting = popup.getByRole('region', { name: 'Waiting for you' }).getByRole('listitem');
    await expect.poll(() => waiting.filter({ hasText: 'Your workday has ended' }).count()).toBe(1);
    await expect(waiting.filter({ hasText: 'Time to start wrapping up' }).count()).resolves.toBe(0);
    const badge = await tend.worker.evaluate(() => chrome.action.getBadgeText({}));
    expect(badge).toBe(String(await waiting.count()));
  });
});
