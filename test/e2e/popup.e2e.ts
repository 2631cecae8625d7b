import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTendTime } from './support/clock';
import { stopServiceWorkers } from './support/service-worker';
import { comingWeekday, launchTend, localInstant, type Tend } from './support/tend';

const DAY = 24 * 60 * 60 * 1000;
const enc = encodeURIComponent;

let tend: Tend;

beforeEach(async () => {
  tend = await launchTend();
});

afterEach(async () => {
  await tend.close();
});

async function addPerson(page: Page, person: { name: string; role: string; email?: string }) {
  await page.getByRole('button', { name: 'Add a person or group' }).click();
  await page.getByLabel('Name', { exact: true }).fill(person.name);
  await page.getByRole('checkbox', { name: person.role, exact: true }).check();
  if (person.email) {
    await page.getByRole('button', { name: 'Add a way to reach them' }).click();
    await page.locator('input[name="reach-0"]').fill(person.email);
  }
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => page.locator('.person-name').allTextContents()).toContain(person.name);
}

describe('the popup, in Chromium', () => {
  it('starts with the first steps while the network is empty', async () => {
    const popup = await tend.open('popup.html');
    await popup.getByRole('link', { name: 'Set your hours' }).waitFor();
    expect(await popup.getByRole('heading', { name: 'Reach out' }).count()).toBe(0);
  });

  it('shows the most overdue person and composes an encoded mailto: message', async () => {
    const options = await tend.open('options.html#network');
    await addPerson(options, { name: 'Sam Rivera', role: 'Supervisor', email: 'sam@example.org' });
    // Four months on, Sam is long overdue; someone added then is not due yet.
    await setTendTime(options, Date.now() + 120 * DAY);
    await addPerson(options, { name: 'Alex Chen', role: 'Colleague' });

    const popup = await tend.open('popup.html');
    const first = popup.getByTestId('reach-out-person').first();
    await expect.poll(() => first.locator('.person-name').textContent()).toBe('Sam Rivera');

    await popup.getByRole('button', { name: 'Write a message to Sam Rivera' }).click();
    const composer = popup.getByRole('region', { name: 'Message to Sam Rivera' });
    const body =
      'Hi Sam,\r\n\r\nIt has been a while and I was thinking of you. How are things with you? ' +
      'Would you like to catch up soon?';
    const send = composer.getByRole('link', { name: 'Open E-mail' });
    expect(await send.getAttribute('href')).toBe(
      `mailto:sam@example.org?subject=${enc('Checking in')}&body=${enc(body)}`,
    );

    await composer.getByLabel('Subject').fill('Q&A? #1');
    await composer.getByLabel('Message').fill('Hi Sam & co,\nünïcödé 🙂 = 100%');
    expect(await send.getAttribute('href')).toBe(
      `mailto:sam@example.org?subject=${enc('Q&A? #1')}&body=${enc('Hi Sam & co,\r\nünïcödé 🙂 = 100%')}`,
    );
    // Nothing is logged before the user says it went out.
    expect(await composer.getByRole('button', { name: 'It went out: log it' }).count()).toBe(0);
  });

  it('paints what the last wake stored with the worker stopped, and shows each new wake in place', async () => {
    // A Monday morning; the user has been at the computer since Tend was installed.
    await setTendTime(tend.worker, localInstant(comingWeekday(1), '10:00'));
    const other = await tend.open('popup.html');
    await expect.poll(() => other.getByTestId('status').textContent()).toBe('Working');
    // What the popup paints from: the view the wake stored, in storage.local.
    const stored = (await other.evaluate(
      async () => (await chrome.storage.local.get('tend-popup-view'))['tend-popup-view'],
    )) as { status: string; workedMs: number };
    expect(stored).toMatchObject({ status: 'working' });
    expect(stored.workedMs).toBeGreaterThanOrEqual(60 * 60 * 1000);
    await stopServiceWorkers(other);

    const popup = await tend.open('popup.html');
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe('Working');
    expect(await popup.getByTestId('worked').textContent()).toBe('1 h 0 min');
    // The day ended from another page: its wake's view reaches this popup without a reload.
    await other.getByRole('button', { name: 'End my day' }).click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe('Day ended');
    await expect(popup.getByRole('button', { name: 'Clock in' }).isVisible()).resolves.toBe(true);
  });
});
