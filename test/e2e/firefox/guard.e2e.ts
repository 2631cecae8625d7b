/// <reference types="chrome" />
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comingWednesday, localInstant } from '../support/tend';
import { launchTend, ORIGIN, type FirefoxTend } from './support/launch-tend';
import { setTendTime } from './support/probes';
import { waitForPage } from './support/unreported-navigation';

// A workday in the default schedule (09:00–17:00 on weekdays).
const WEDNESDAY = comingWednesday();
const at = (time: string) => localInstant(WEDNESDAY, time);

/** The stand-in work site, served on 127.0.0.1, so its origin carries a port. */
let server: Server;
let site: string;
let tend: FirefoxTend;

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Case system</title><h1>Case system</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  tend = await launchTend();
});

afterAll(async () => {
  await tend?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const text = (page: Page, selector: string) =>
  page.evaluate((css) => document.querySelector(css)?.textContent ?? null, selector);

/** Opens a work-site address in a new tab, as a user does, and waits for where it lands. */
async function visit(url: string, landsOn: (href: string) => boolean): Promise<Page> {
  const tab = await tend.firefox.newPage();
  // The guard turns it into one of Tend's pages, a navigation Firefox does not report.
  void tab.goto(url, { timeout: 0 }).catch(() => undefined);
  await waitForPage(tab, landsOn);
  return tab;
}

describe('the after-hours guard, in Firefox', () => {
  it('asks for exactly its site on a click, and shows the guard page there after hours', async () => {
    await setTendTime(tend.probe, at('10:00'));
    const options = await tend.open('options.html#hours');
    await options.locator('input[name="guard-site"]').fill(`${site}/cases`);
    await options.locator('::-p-text(Add site)').click();
    await expect.poll(() => text(options, '[role="status"]')).toBe(`${site} was added.`);

    // A real click: Firefox grants an optional permission only from the user's gesture (the
    // suite turns its prompt off, as headless Firefox cannot show it).
    const guardSwitch = options.locator('[role="switch"]');
    await guardSwitch.click();
    await expect
      .poll(() => options.$eval('[role="switch"]', (element) => element.ariaChecked))
      .toBe('true');
    expect(await text(options, '[role="status"]')).toContain('The guard is on');
    const granted = await options.evaluate(() => chrome.permissions.getAll());
    expect(granted.origins).toEqual(['http://127.0.0.1/*']);

    // Inside working hours the site opens as usual.
    const morning = await visit(`${site}/cases/12`, (href) => href.startsWith(site));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await morning.evaluate(() => location.href)).toBe(`${site}/cases/12`);

    // After hours the same address shows the guard page instead, which names the site.
    await setTendTime(tend.probe, at('20:00'));
    const evening = await visit(`${site}/cases/12?tab=notes`, (href) =>
      href.startsWith(`${ORIGIN}/guard.html`),
    );
    await expect.poll(() => text(evening, 'h1')).toBe('It is after your boundary');
    expect(await text(evening, 'main')).toContain(`You were about to open ${new URL(site).host}.`);

    // "Open it for 15 minutes" goes through to the page that was asked for.
    await evening.locator('::-p-text(Open it for 15 minutes)').click();
    await waitForPage(evening, (href) => href === `${site}/cases/12?tab=notes`);
    expect(await evening.evaluate(() => document.title)).toBe('Case system');
    expect(await tend.problems()).toEqual([]);
  });
});
