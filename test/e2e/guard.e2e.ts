/// <reference types="chrome" />
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setTendTime } from './support/clock';
import { comingWednesday, launchTend, localInstant, type Tend } from './support/tend';

// A workday in the default schedule (09:00–17:00 on weekdays).
const WEDNESDAY = comingWednesday();
const at = (time: string) => localInstant(WEDNESDAY, time);

/** The stand-in work site, served on 127.0.0.1, so its origin carries a port. */
let server: Server;
let site: string;
let tend: Tend;

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Case system</title><h1>Case system</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(async () => {
  tend = await launchTend();
});

afterEach(async () => {
  await tend.close();
});

interface DeveloperPrivate {
  addHostPermission(extensionId: string, host: string): Promise<void>;
}

/**
 * Headless Chromium cannot answer its own permission prompt (it is browser UI, out of
 * reach of the page and of DevTools). So the test does what a user can do on
 * chrome://extensions instead, ahead of time: allow the extension on the site. Chromium
 * then grants the extension's own permissions.request for that site without a prompt,
 * and the permission only becomes active through that request.
 */
async function allowSiteInBrowserSettings(pattern: string): Promise<void> {
  const page = await tend.context.newPage();
  await page.goto(`chrome://extensions/?id=${tend.id}`);
  await page.evaluate(
    ([id, host]) =>
      (
        chrome as unknown as { developerPrivate: DeveloperPrivate }
      ).developerPrivate.addHostPermission(id, host),
    [tend.id, pattern] as const,
  );
  await page.close();
}

const hasAccess = (pattern: string) =>
  tend.worker.evaluate((origins) => chrome.permissions.contains({ origins }), [pattern]);

/** Opens a URL in a new tab; the guard may replace it before it finishes loading. */
async function visit(url: string): Promise<Page> {
  const tab = await tend.context.newPage();
  await tab.goto(url).catch(() => undefined);
  return tab;
}

const onGuardPage = (tab: Page) => tab.url().startsWith(`chrome-extension://${tend.id}/guard.html`);

describe('the after-hours guard, in Chromium', () => {
  it('asks for the site when turned on, guards it after hours, lets it through, and gives the access back', async () => {
    await setTendTime(tend.worker, at('10:00'));
    const options = await tend.open('options.html#hours');
    const field = options.getByRole('textbox', { name: 'Address of a work site' });
    const guardSwitch = options.getByRole('switch', { name: 'Guard these sites after hours' });

    // Hostile input is refused on the field, with its message tied to it.
    await field.fill('javascript:alert(1)');
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await options.locator('#guard-site-error').textContent()).toContain(
      'Only http and https sites',
    );

    await field.fill(`${site}/cases`);
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toBe(`${site} was added.`);
    expect(
      await options
        .getByRole('list', { name: 'Work sites' })
        .getByRole('listitem')
        .allTextContents(),
    ).toEqual([`${site}Remove`]);

    await allowSiteInBrowserSettings('http://127.0.0.1/*');
    // Allowed in the browser's settings is not yet granted: only Tend's request grants it.
    expect(await hasAccess('http://127.0.0.1/*')).toBe(false);
    await guardSwitch.click();
    await expect.poll(() => guardSwitch.getAttribute('aria-checked')).toBe('true');
    expect(await options.getByRole('status').textContent()).toContain('The guard is on');
    expect(await hasAccess('http://127.0.0.1/*')).toBe(true);
    const granted = await tend.worker.evaluate(() => chrome.permissions.getAll());
    expect(granted.origins).toEqual(['http://127.0.0.1/*']);

    // Inside working hours the site opens as usual.
    const morning = await visit(`${site}/cases/12`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(morning.url()).toBe(`${site}/cases/12`);
    expect(await morning.title()).toBe('Case system');

    // After hours the same address shows the guard page instead.
    await setTendTime(tend.worker, at('20:00'));
    const evening = await visit(`${site}/cases/12?tab=notes`);
    await expect.poll(() => onGuardPage(evening)).toBe(true);
    await expect
      .poll(() => evening.getByRole('heading', { level: 1 }).textContent())
      .toBe('It is after your boundary');
    expect(await evening.locator('main').textContent()).toContain(
      `You were about to open ${new URL(site).host}.`,
    );
    expect(await evening.getByTestId('guard-pass-count').textContent()).toBe(
      'Opened anyway after hours so far: 0',
    );

    // "Open it for 15 minutes" goes through to the page that was asked for, and counts.
    await evening.getByRole('button', { name: 'Open it for 15 minutes' }).click();
    await evening.waitForURL(`${site}/cases/12?tab=notes`);
    expect(await evening.title()).toBe('Case system');
    await options.reload();
    await expect
      .poll(() => options.getByTestId('guard-pass-count').textContent())
      .toBe('Opened anyway after hours so far: 1');

    // Within the 15 minutes the site stays open; after them it is guarded again.
    await setTendTime(tend.worker, at('20:10'));
    const stillOpen = await visit(`${site}/cases/13`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(stillOpen.url()).toBe(`${site}/cases/13`);
    await setTendTime(tend.worker, at('20:16'));
    const later = await visit(`${site}/cases/14`);
    await expect.poll(() => onGuardPage(later)).toBe(true);
    // "Close this tab", the calm way out, closes it.
    const closed = later.waitForEvent('close');
    await later.getByRole('button', { name: 'Close this tab' }).click();
    await closed;

    // Turning the guard off gives the permission back.
    await options.getByRole('switch', { name: 'Guard these sites after hours' }).click();
    await expect
      .poll(() =>
        options
          .getByRole('switch', { name: 'Guard these sites after hours' })
          .getAttribute('aria-checked'),
      )
      .toBe('false');
    expect(await options.getByRole('status').textContent()).toContain('given the access');
    expect(await hasAccess('http://127.0.0.1/*')).toBe(false);
    expect((await tend.worker.evaluate(() => chrome.permissions.getAll())).origins).toEqual([]);
  });

  it('offers no way through for an address that is not a guarded site', async () => {
    const page = await tend.open(`guard.html?to=${encodeURIComponent('javascript:alert(1)')}`);
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('not one of your guarded work sites');
    expect(await page.getByRole('link').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Open it for 15 minutes' }).count()).toBe(0);
  });
});
