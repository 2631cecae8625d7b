/// <reference types="chrome" />
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import spanish from '../../public/_locales/es/messages.json';
import { SECTIONS } from '../../src/ui/options/sections';
import { setTendTime } from './support/clock';
import { comingWeekday, launchTend, localInstant, type Tend } from './support/tend';

// Chromium in Spanish: on Linux only LANGUAGE counts, and only with locales/es.pak
// (Debian's chromium-l10n, which .ci/run installs).
// `UPDATE_SCREENSHOT=1` refreshes the pictures in docs/screenshots; other runs leave them be.
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
const POPUP_WIDTH = 372;

type Catalogue = Record<string, { message: string }>;
const en = english as Catalogue;
const es = spanish as Catalogue;

/**
 * English sentences a Spanish page must not show: the literal stretches of four words or more
 * in the English messages (placeholders cut them), leaving out those Spanish writes the same.
 */
const ENGLISH_SENTENCES = [
  ...new Set(
    Object.keys(en)
      .filter((key) => en[key]!.message !== es[key]?.message)
      .flatMap((key) => en[key]!.message.split(/\$[A-Za-z0-9_]+\$|\{\w+\}|\n/))
      .map((part) => part.trim())
      .filter((part) => part.split(/\s+/).length >= 4),
  ),
];

const say = (key: string) => es[key]!.message;

async function screenshot(target: Page | Locator, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOT !== '1') return;
  await target.screenshot({ path: path.join(SCREENSHOTS, `es-${name}.png`) });
}

it('has English sentences to look for', () => {
  expect(ENGLISH_SENTENCES.length).toBeGreaterThan(300);
});

/** The English sentences the page shows, if any. */
async function englishShown(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return ENGLISH_SENTENCES.filter((sentence) => text.includes(sentence));
}

/** Text containers whose content is wider than their box: cut off or spilling out. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'h1, h2, h3, h4, p, li, dt, dd, label, legend, button, a, th, td, summary, span, div',
      ),
    ]
      // The visually hidden texts are clipped to a pixel on purpose.
      .filter((el) => !el.closest('.visually-hidden'))
      .filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => {
        // The child that sticks out, so a failure says what to fix.
        const right = el.getBoundingClientRect().right + 1;
        const wide = [...el.querySelectorAll<HTMLElement>('*')].find(
          (child) => child.getBoundingClientRect().right > right,
        );
        const what = wide ? `${wide.tagName.toLowerCase()}.${wide.className}` : 'its text';
        return `${el.tagName.toLowerCase()}.${el.className} (${el.innerText.slice(0, 40)}): ${what}`;
      }),
  );
}

async function settled(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.body.innerText), { timeout: 10_000 })
    .not.toContain(say('loading'));
}

/** Times in the 12-hour clock ("2:00 PM"), which Spanish does not use. */
const TWELVE_HOUR = /\d{1,2}:\d{2}\s?(AM|PM|a\.\s?m\.|p\.\s?m\.)/i;

let tend: Tend;
const MONDAY = comingWeekday(1);
const TUESDAY = (() => {
  const day = new Date(`${MONDAY}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
})();

beforeAll(async () => {
  tend = await launchTend({ env: { LANGUAGE: 'es' } });
  // A Monday afternoon, as in the English popup test.
  await setTendTime(tend.worker, localInstant(MONDAY, '14:00'));
});

afterAll(async () => {
  await tend.close();
});

describe('Tend with the browser in Spanish', () => {
  it('runs in a Spanish browser, and its pages say they are Spanish', async () => {
    expect(await tend.worker.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^es/);
    const options = await tend.open('options.html');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await options.title()).toBe(say('optionsTitle'));
    await options.close();
  });

  it('shows the popup in Spanish, in 24-hour time, within its width', async () => {
    const popup = await tend.open('popup.html');
    await popup.setViewportSize({ width: POPUP_WIDTH, height: 640 });
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe(say('statusWorking'));
    await expect.poll(() => popup.getByTestId('workday-end').textContent()).toBe('17:00');
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).not.toMatch(TWELVE_HOUR);
    expect(await popup.getByTestId('next-break').textContent()).toMatch(/^\d{1,2}:\d{2}$/);
    expect(await englishShown(popup)).toEqual([]);
    expect(await overflowing(popup)).toEqual([]);
    const scroll = await popup.evaluate(() => ({
      content: document.documentElement.scrollWidth,
      width: document.documentElement.clientWidth,
    }));
    expect(scroll.content).toBeLessThanOrEqual(scroll.width);
    await screenshot(popup.locator('main'), 'popup');
    await popup.close();
  });

  it('starts a new user off in Spanish: the first steps lead to the hours and the people', async () => {
    const popup = await tend.open('popup.html');
    await popup.setViewportSize({ width: POPUP_WIDTH, height: 640 });
    const steps = popup.getByRole('region', { name: say('firstRunHeading') });
    await expect.poll(() => steps.isVisible()).toBe(true);
    expect(await steps.innerText()).toContain(say('firstRunIntro'));
    const hours = steps.getByRole('link', { name: say('firstRunHours') });
    expect(new URL(await hours.evaluate((link: HTMLAnchorElement) => link.href)).hash).toBe(
      '#hours',
    );
    const [people] = await Promise.all([
      tend.context.waitForEvent('page'),
      steps.getByRole('link', { name: say('firstRunPeople') }).click(),
    ]);
    await people.waitForLoadState();
    expect(new URL(people.url()).hash).toBe('#network');
    await expect
      .poll(() => people.getByRole('button', { name: say('personAdd') }).isVisible())
      .toBe(true);
    expect(await englishShown(people)).toEqual([]);
    await people.close();
    await popup.close();
  });

  it('adds a person and logs a connection in Spanish, then shows when in Spanish', async () => {
    const page = await tend.open('options.html#network');
    await page.getByRole('button', { name: say('personAdd') }).click();
    await page.getByLabel(say('personName'), { exact: true }).fill('Sam Rivera');
    await page.getByRole('checkbox', { name: say('roleSupervisor'), exact: true }).check();
    await page.getByRole('button', { name: say('save'), exact: true }).click();
    await expect.poll(() => page.getByText('Sam Rivera').count()).toBeGreaterThan(0);

    await page.goto(page.url().replace('#network', '#connections'));
    await page.getByRole('checkbox', { name: 'Sam Rivera' }).check();
    await page.getByRole('button', { name: say('connectionLog') }).click();
    await expect.poll(() => page.locator('.connection-list li').count()).toBe(1);
    // Today's connection, dated in Spanish ("14 dic 2026, 14:00").
    const logged = (await page.locator('.connection-list').innerText()).toLowerCase();
    expect(logged).toMatch(/\b(hoy|lunes|ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\b/);
    expect(logged).not.toMatch(TWELVE_HOUR);
    await page.close();
  });

  it('schedules a check-in in Spanish, and the popup says when in Spanish', async () => {
    const page = await tend.open('options.html#check-ins');
    await page.getByRole('button', { name: say('checkInAdd') }).click();
    await page.getByLabel(say('checkInTitle')).fill('Supervisión con Sam');
    await page.getByRole('checkbox', { name: 'Sam Rivera' }).check();
    await page.locator('input[name="check-in-startDate"]').fill(TUESDAY);
    await page.locator('input[name="check-in-startTime"]').fill('13:00');
    // The weekdays are named in Spanish.
    await page.getByRole('checkbox', { name: /^lunes$/i }).uncheck();
    await page.getByRole('checkbox', { name: /^martes$/i }).check();
    await page.getByRole('button', { name: say('save'), exact: true }).click();
    await expect
      .poll(() => page.getByTestId('check-in-next').textContent())
      .toMatch(/^Próximo: mar.* 13:00$/);
    expect(await englishShown(page)).toEqual([]);
    await page.close();

    const popup = await tend.open('popup.html');
    await popup.setViewportSize({ width: POPUP_WIDTH, height: 640 });
    await expect
      .poll(() => popup.getByTestId('next-check-in').textContent())
      .toMatch(/^Supervisión con Sam, martes 13:00/);
    // With someone in the network, the getting-started steps give way to the day.
    expect(await popup.getByRole('region', { name: say('firstRunHeading') }).count()).toBe(0);
    expect(await englishShown(popup)).toEqual([]);
    expect(await overflowing(popup)).toEqual([]);
    expect(await popup.evaluate(() => document.body.innerText)).not.toMatch(TWELVE_HOUR);
    await popup.close();
  });

  it.each(SECTIONS.map((section) => section.id))(
    'shows the %s section with no English and nothing overflowing',
    async (id) => {
      const page = await tend.open(`options.html#${id}`);
      await page.setViewportSize({ width: 1024, height: 900 });
      await settled(page);
      expect(await englishShown(page)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      expect(await page.evaluate(() => document.body.innerText)).not.toMatch(TWELVE_HOUR);
      if (id === 'network') {
        // Sam was last in touch today, in Spanish relative time.
        expect(await page.evaluate(() => document.body.innerText)).toMatch(/\bhoy\b/);
      }
      if (id === 'hours') {
        // Weekdays by name, in Spanish.
        expect((await page.evaluate(() => document.body.innerText)).toLowerCase()).toContain(
          'lunes',
        );
      }
      if (id === 'network' || id === 'hours') {
        await screenshot(page, id);
      }
      await page.close();
    },
  );
});
