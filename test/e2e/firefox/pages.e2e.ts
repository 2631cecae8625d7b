/// <reference types="chrome" />
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS } from '../../../src/ui/options/sections';
import { comingWeekday, localInstant } from '../support/tend';
import { launchTend, ORIGIN, type FirefoxTend } from './support/launch-tend';
import { alarms, backgroundRunning, setTendTime } from './support/probes';
import { reload } from './support/unreported-navigation';

// One Firefox for the file: each test uses its own page and its own data.
let tend: FirefoxTend;

beforeAll(async () => {
  tend = await launchTend();
});

afterAll(async () => {
  await tend?.close();
});

const text = (page: Page, selector: string) =>
  page.evaluate((css) => document.querySelector(css)?.textContent ?? null, selector);

const personNames = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.person-name')].map((name) => name.textContent),
  );

describe('Tend in Firefox', () => {
  it('installs, opens its options page for a new user, and its background sets one alarm', async () => {
    const tabs = await tend.probe.evaluate(async () =>
      (await chrome.tabs.query({})).map((tab) => tab.url),
    );
    // Once, in the tab the suite then asks Firefox in (the launch waits for it).
    expect(tabs.filter((url) => url === `${ORIGIN}/options.html`)).toHaveLength(1);
    expect(await backgroundRunning(tend.probe)).toBe(true);
    const [only, ...others] = await alarms(tend.probe);
    expect(others).toEqual([]);
    expect(only?.name).toBe('tend-wake');
    expect(only!.scheduledTime).toBeGreaterThan(Date.now());
  });

  it('shows the popup and every section of the options page, with no errors', async () => {
    // A Monday afternoon; the user has been at the computer since Tend was installed.
    await setTendTime(tend.probe, localInstant(comingWeekday(1), '14:00'));
    const popup = await tend.open('popup.html');
    await expect.poll(() => text(popup, '[data-testid="status"]')).toBe('Working');
    expect(await text(popup, '[data-testid="worked"]')).toBe('5 h 0 min');
    expect(await text(popup, '[data-testid="workday-end"]')).toBe('5:00 PM');

    const options = await tend.open('options.html');
    for (const section of SECTIONS) {
      await options.locator(`nav a[href="#${section.id}"]`).click();
      await expect.poll(() => text(options, `#${section.id} #${section.id}-heading`)).toMatch(/\w/);
    }
    // No error from Tend's pages or background, and no warning from Firefox about Tend (it
    // warns about a listener on an event it has not implemented, such as onButtonClicked).
    expect(await tend.problems()).toEqual([]);
  });

  it('keeps a person added through the form after a reload', async () => {
    const options = await tend.open('options.html#network');
    await options.locator('::-p-text(Add a person or group)').click();
    await options.locator('#person-name').fill('Sam Rivera');
    await options.locator('input[name="role"][value="supervisor"]').click();
    await options.locator('form.person-form button[type="submit"]').click();
    await expect.poll(() => personNames(options)).toEqual(['Sam Rivera']);

    await reload(options);
    await expect.poll(() => personNames(options)).toEqual(['Sam Rivera']);
  });

  it('shows in the popup the hours saved in the options page', async () => {
    // A Wednesday morning, a workday in the default schedule (09:00–17:00).
    await setTendTime(tend.probe, localInstant(comingWeekday(3), '10:00'));
    const options = await tend.open('options.html#hours');
    await options.locator('input[name="day-3-end"]').fill('16:30');
    await options.locator('#hours form.hours-form button[type="submit"]').click();
    await expect.poll(() => text(options, '[role="status"]')).toContain('Saved');

    const popup = await tend.open('popup.html');
    await expect.poll(() => text(popup, '[data-testid="workday-end"]')).toBe('4:30 PM');
  });
});
