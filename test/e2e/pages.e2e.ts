/// <reference types="chrome" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTendTime } from './support/clock';
import { comingWeekday, launchTend, localInstant, type Tend } from './support/tend';

let tend: Tend;

beforeEach(async () => {
  tend = await launchTend();
});

afterEach(async () => {
  await tend.close();
});

describe('the popup', () => {
  it('shows today from the database: working, the end of the day, and the next nudge', async () => {
    // A Monday afternoon; the user has been at the computer since Tend was installed (the
    // weekend before is off, so only today's hours count).
    await setTendTime(tend.worker, localInstant(comingWeekday(1), '14:00'));
    const popup = await tend.open('popup.html');
    await popup.setViewportSize({ width: 372, height: 640 });
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe('Working');
    // The view stored at install paints first; the fresh one follows.
    await expect.poll(() => popup.getByTestId('worked').textContent()).toBe('5 h 0 min');
    expect(await popup.getByTestId('workday-end').textContent()).toBe('5:00 PM');
    // Five hours at the computer without a pause: the next nudge is a break, and the
    // popup says when.
    const nextBreak = await popup.getByTestId('next-break').textContent();
    expect(await popup.getByTestId('next-nudge').textContent()).toMatch(
      new RegExp(`^${nextBreak} · a (short|longer) break`),
    );

    await popup.getByRole('button', { name: 'End my day' }).click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe('Day ended');
    // The clock-out is in IndexedDB: a new popup sees it too.
    await popup.reload();
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe('Day ended');
    await expect(popup.getByRole('button', { name: 'Clock in' }).isVisible()).resolves.toBe(true);
  });
});

describe('the hours form', () => {
  it.each([
    ['an end before the start', { end: '08:00', nextDay: false }, 'The end is before the start'],
    ['a day over 24 hours', { end: '10:00', nextDay: true }, 'at most 24 hours'],
    ['an empty time', { end: '', nextDay: false }, 'Enter a time such as 09:00'],
  ])('refuses %s with a clear message and saves nothing', async (_, change, message) => {
    const options = await tend.open('options.html#hours');
    const end = options.locator('input[name="day-1-end"]');
    await end.fill(change.end);
    if (change.nextDay) await options.locator('input[name="day-1-next-day"]').check();
    await options.getByRole('button', { name: 'Save' }).click();

    await expect
      .poll(() => options.getByRole('alert').first().textContent())
      .toContain('Nothing was saved');
    expect(await options.locator('#day-1-error').textContent()).toContain(message);
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    // Focus goes to the summary, so a keyboard or screen-reader user hears it.
    expect(await options.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'error-summary',
    );

    await options.reload();
    await expect.poll(() => end.inputValue()).toBe('17:00');
  });

  it('saves a night shift and undoes it with one click', async () => {
    const options = await tend.open('options.html#hours');
    await options.locator('input[name="day-5-start"]').fill('22:00');
    await options.locator('input[name="day-5-end"]').fill('06:00');
    await options.locator('input[name="day-5-next-day"]').check();
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toContain('Saved');

    await options.reload();
    await expect
      .poll(() => options.locator('input[name="day-5-start"]').inputValue())
      .toBe('22:00');
    expect(await options.locator('input[name="day-5-next-day"]').isChecked()).toBe(true);

    await options.locator('input[name="day-5-start"]').fill('21:00');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => options.getByRole('status').textContent())
      .toContain('previous settings');
    await options.reload();
    await expect
      .poll(() => options.locator('input[name="day-5-start"]').inputValue())
      .toBe('22:00');
  });
});
