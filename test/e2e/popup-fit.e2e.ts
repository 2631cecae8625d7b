/// <reference types="chrome" />
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTendTime } from './support/clock';
import type { StoredWaiting } from '../../src/domain/waiting';
import { aCheckIn, aContact, seed, seedWaiting } from './support/seed';
import { comingWeekday, launchTend, localInstant, type Tend } from './support/tend';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const MONDAY = comingWeekday(1);
const at = (time: string) => localInstant(MONDAY, time);
/** Chrome shows a popup at most 600 px tall; Tend's is 360 px wide. */
const POPUP = { width: 360, height: 600 };

// `UPDATE_SCREENSHOT=1` refreshes the README's pictures of the popup at 10:00 and 17:00
// (SHOW_POPUP=<dir> writes them there instead, to look at while changing the layout).
const SHOTS = process.env.SHOW_POPUP ?? path.resolve(import.meta.dirname, '../../docs');
const SHOOT = process.env.UPDATE_SCREENSHOT === '1' || process.env.SHOW_POPUP !== undefined;

let tend: Tend;

beforeEach(async () => {
  tend = await launchTend();
});

afterEach(async () => {
  await tend.close();
});

/**
 * A social worker's usual Monday: five people due (fortnightly, last seen three to seven
 * weeks ago), a supervision at 14:00, and two nudges the system hid while they were out.
 */
async function typicalProfile(now: number, firstName = 'Zoë Rivera'): Promise<void> {
  const options = await tend.open('options.html#network');
  await setTendTime(options, now);
  const names = [firstName, 'Jo Park', 'Alex Chen', 'Kim Lee', 'Sam Okafor'];
  await seed(options, {
    contacts: names.map((name, index) =>
      aContact({
        id: `person-${index}`,
        name,
        reach: [{ kind: 'email', value: `person${index}@example.org` }],
        lastContactAt: now - (49 - index * 4) * DAY,
        createdAt: now - 400 * DAY,
      }),
    ),
    checkIns: [
      aCheckIn({
        id: 'supervision',
        title: 'Supervision',
        kind: 'supervision',
        contactIds: ['person-0'],
        startDate: MONDAY,
        startTime: '14:00',
      }),
    ],
  });
  await seedWaiting(options, now < at('12:00') ? morningNudges(now) : eveningNudges(now));
  await options.close();
}

/** At 10:00: a reconnect shown at 9:00 and a break shown just now. */
function morningNudges(now: number): StoredWaiting[] {
  return [
    {
      key: `reconnect:person-1:${now - HOUR}`,
      kind: 'reconnect',
      title: 'Someone to reconnect with?',
      message: 'You were last in touch with Jo Park 5 weeks ago. A short message is enough.',
      shownAt: now - HOUR,
      contactId: 'person-1',
      name: 'Jo Park',
      expiresAt: now + 6 * HOUR,
    },
    {
      key: `break:${MONDAY}:${now - 10 * 60 * 1000}`,
      kind: 'break',
      title: 'Time for a short break',
      message: '5 minutes away from the screen. Stretch your shoulders and look far away.',
      shownAt: now - 10 * 60 * 1000,
      expiresAt: now + HOUR / 2,
    },
  ];
}

/** At 17:00: the supervision's "how did it go?" and the wrap-up. */
function eveningNudges(now: number): StoredWaiting[] {
  return [
    {
      key: `check-in-log:supervision:${at('14:00')}`,
      kind: 'check-in-log',
      title: 'How did Supervision go?',
      message: 'Log it in a few seconds: it is filled in for you.',
      shownAt: at('15:05'),
      expiresAt: now + 6 * HOUR,
    },
    {
      key: `wrap-up:${MONDAY}:${at('17:00')}`,
      kind: 'wrap-up',
      title: 'Time to start wrapping up',
      message:
        'Your workday ends in 15 minutes, at 5:00 PM. Note where you are, so tomorrow can pick it up.',
      shownAt: at('16:45'),
      expiresAt: now + 6 * HOUR,
    },
  ];
}

async function openPopup(): Promise<Page> {
  const popup = await tend.open('popup.html');
  await popup.setViewportSize(POPUP);
  await popup.getByTestId('reach-out-person').first().waitFor();
  await popup.getByTestId('waiting-nudge').first().waitFor();
  return popup;
}

const size = (popup: Page) =>
  popup.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));

describe('the popup fits in one glance, in Chromium', () => {
  it.each([
    ['at 10:00', '10:00'],
    ['at 17:00', '17:00'],
  ])('shows everything a user needs within 360 × 600 px %s', async (_when, time) => {
    await typicalProfile(at(time));
    const popup = await openPopup();
    if (SHOOT) {
      const file = `popup-${time.replace(':', '')}.png`;
      await popup.screenshot({ path: path.join(SHOTS, file), fullPage: true });
    }
    const fits = await size(popup);
    expect(fits.width).toBeLessThanOrEqual(POPUP.width);
    expect(fits.height).toBeLessThanOrEqual(POPUP.height);
    expect(await popup.getByTestId('waiting-nudge').count()).toBe(2);
    expect(await popup.getByTestId('reach-out-person').count()).toBe(3);
    // Nobody's name is read for the quick log before the user opens it.
    expect(await popup.locator('.quick-log option').count()).toBe(0);
    // The next thing and why, in sight.
    expect(await popup.getByTestId('next-nudge').isVisible()).toBe(true);
  });

  it('keeps a 120-character name inside the popup, whole in its accessible name', async () => {
    const long = 'Maximiliana '.repeat(10);
    await typicalProfile(at('10:00'), long);
    const popup = await openPopup();
    // Opened from the keyboard: the list takes the button's place, with the focus.
    await popup.getByRole('button', { name: 'Choose a person' }).focus();
    await popup.keyboard.press('Enter');
    const who = popup.getByLabel('Who');
    await who.waitFor();
    expect(await who.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await popup.locator('.quick-log option').count()).toBe(6);
    await who.selectOption({ label: long });
    if (process.env.SHOW_POPUP !== undefined) {
      await popup.screenshot({ path: path.join(SHOTS, 'popup-long.png'), fullPage: true });
    }
    const fits = await size(popup);
    expect(fits.width).toBeLessThanOrEqual(POPUP.width);
    expect(fits.height).toBeLessThanOrEqual(POPUP.height);
    const name = popup.getByTestId('reach-out-person').first().locator('.person-name');
    expect(await name.getAttribute('title')).toBe(long);
    expect(await popup.getByRole('button', { name: `Write a message to ${long}` }).count()).toBe(1);
  });

  it('reaches every control by Tab, those behind "More for today" too', async () => {
    await typicalProfile(at('10:00'));
    const popup = await openPopup();
    const more = popup.getByRole('button', { name: 'More for today' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await popup.getByRole('button', { name: 'I am on call today' }).count()).toBe(0);

    // Tab until the disclosure has focus, and open it from the keyboard.
    for (let presses = 0; presses < 60; presses += 1) {
      await popup.keyboard.press('Tab');
      if (await more.evaluate((element) => element === document.activeElement)) break;
    }
    await popup.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    await popup.getByRole('button', { name: 'I am on call today' }).waitFor();
    // It opens in place: focus stays on the button that opened it.
    expect(await more.evaluate((element) => element === document.activeElement)).toBe(true);

    const controls = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, select, input, textarea')]
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => element.getAttribute('aria-label') ?? element.textContent?.trim() ?? ''),
    );
    expect(controls).toContain('I am on call today');
    expect(controls).toContain('30 minutes');
    expect(controls).toContain('Set late shift');
    const reached = new Set<string>();
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let presses = 0; presses < controls.length + 5; presses += 1) {
      await popup.keyboard.press('Tab');
      reached.add(
        await popup.evaluate(() => {
          const element = document.activeElement;
          return element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '';
        }),
      );
    }
    for (const control of controls) expect(reached).toContain(control);
  });

  it('keeps a name with a right-to-left override from turning the words after it around', async () => {
    // U+202E RIGHT-TO-LEFT OVERRIDE, pasted or typed: the rest of its line read backwards.
    const override = 'Ana \u202Egnp.exe';
    await typicalProfile(at('10:00'), override);
    const popup = await openPopup();
    const row = popup.getByTestId('reach-out-person').first();
    expect(await row.locator('.person-name').textContent()).toBe(override);
    // "7 weeks ago" after the name still reads left to right.
    expect(await readsInOrder(row.locator('.since'), ['7', 'weeks', 'ago'])).toBe(true);

    const options = await tend.open('options.html#network');
    const colleagues = options
      .getByTestId('coverage-present')
      .getByRole('listitem')
      .filter({ hasText: 'Jo Park' });
    await colleagues.waitFor();
    expect(await readsInOrder(colleagues, ['Colleague', 'Jo', 'Park'])).toBe(true);
    expect(await readsInOrder(colleagues, ['Colleague', 'Sam', 'Okafor'])).toBe(true);
  });
});

/** Whether `words`, each found in the element's text, are laid out left to right. */
async function readsInOrder(where: Locator, words: string[]): Promise<boolean> {
  return where.evaluate((element, wanted) => {
    const lefts: number[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    for (const word of wanted) {
      const text = texts.find((candidate) => candidate.data.includes(word));
      if (!text) return false;
      const range = document.createRange();
      const start = text.data.indexOf(word);
      range.setStart(text, start);
      range.setEnd(text, start + word.length);
      lefts.push(range.getBoundingClientRect().left);
    }
    return lefts.every((left, index) => index === 0 || left > lefts[index - 1]!);
  }, words);
}
