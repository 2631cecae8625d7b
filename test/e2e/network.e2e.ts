import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTendTime } from './support/clock';
import { launchTend, type Tend } from './support/tend';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

let tend: Tend;

beforeEach(async () => {
  tend = await launchTend();
});

afterEach(async () => {
  await tend.close();
});

async function addPerson(
  page: Page,
  person: { name: string; role: string; email?: string; chat?: string; note?: string },
) {
  await page.getByRole('button', { name: 'Add a person or group' }).click();
  await page.getByLabel('Name', { exact: true }).fill(person.name);
  await page.getByRole('checkbox', { name: person.role, exact: true }).check();
  if (person.email) {
    await page.getByRole('button', { name: 'Add a way to reach them' }).click();
    await page.locator('input[name="reach-0"]').fill(person.email);
  }
  if (person.chat) {
    await page.getByRole('button', { name: 'Add a way to reach them' }).click();
    await page.locator('.reach-row select').last().selectOption('chat');
    await page.locator('input[name="reach-0"]').fill(person.chat);
  }
  if (person.note) await page.getByLabel('Notes').fill(person.note);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

const names = (page: Page) => page.locator('.person-name').allTextContents();

describe('the support network, in Chromium', () => {
  it('grows coverage with each person, shows markup as text, and counts support given and received', async () => {
    const page = await tend.open('options.html#network');
    let alerted = false;
    page.on('dialog', (dialog) => {
      alerted = true;
      void dialog.dismiss();
    });
    await expect
      .poll(() => page.getByTestId('coverage-gaps').textContent())
      .toContain('Supervisor');

    await addPerson(page, { name: 'Sam Rivera', role: 'Supervisor', email: 'sam@example.org' });
    await addPerson(page, { name: 'Alex Chen', role: 'Colleague' });
    await addPerson(page, { name: HOSTILE_NAME, role: 'Friend' });
    await expect
      .poll(() => names(page))
      .toEqual(['<img src=x onerror=alert(1)>', 'Alex Chen', 'Sam Rivera']);
    expect(await page.locator('.people img').count()).toBe(0);
    expect(alerted).toBe(false);

    const present = await page.getByTestId('coverage-present').textContent();
    expect(present).toContain('Supervisor: Sam Rivera');
    expect(present).toContain('Colleague: Alex Chen');
    expect(present).toContain(`Friend: ${HOSTILE_NAME}`);
    const gaps = await page.getByTestId('coverage-gaps').textContent();
    expect(gaps).not.toContain('Supervisor');
    expect(gaps).toContain('Mentor');
    // The e-mail became a working link.
    expect(
      await page.getByRole('link', { name: 'E-mail: sam@example.org' }).getAttribute('href'),
    ).toBe('mailto:sam@example.org');
    expect(await page.getByTestId('reciprocity-overall').textContent()).toContain(
      'Gave support: 0 · Received support: 0',
    );

    await page.getByRole('link', { name: 'Connections' }).click();
    await page.getByRole('checkbox', { name: 'Sam Rivera' }).check();
    await page.getByRole('checkbox', { name: HOSTILE_NAME }).check();
    await page.getByLabel('Kind').selectOption('supervision');
    await page.getByRole('radio', { name: 'I received support' }).check();
    await page.getByRole('button', { name: 'Log this connection' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Logged a connection');
    expect(await page.locator('.connection-who').first().textContent()).toBe(
      `Sam Rivera and ${HOSTILE_NAME}`,
    );

    await page.getByRole('link', { name: 'Support network' }).click();
    await expect
      .poll(() => page.getByTestId('reciprocity-overall').textContent())
      .toContain('Gave support: 0 · Received support: 1');
    const sam = page.locator('.person-row', { hasText: 'Sam Rivera' });
    expect(await sam.textContent()).toContain('Last in touch: today');
    expect(alerted).toBe(false);
  });

  it('refuses a javascript: link with a message and saves nothing', async () => {
    const page = await tend.open('options.html#network');
    await addPerson(page, { name: 'Mallory', role: 'Colleague', chat: 'javascript:alert(1)' });
    await expect
      .poll(() => page.locator('#reach-0-error').textContent())
      .toContain('starts with https://');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await names(page)).toEqual([]);
  });

  it('stops before saving a note that looks like client information', async () => {
    const page = await tend.open('options.html#network');
    await addPerson(page, { name: 'Jo', role: 'Mentor', note: 'Ask about client DOB 12/03/1987' });
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('a date of birth');
    expect(await names(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save anyway' }).click();
    await expect.poll(() => names(page)).toEqual(['Jo']);
  });

  it('deletes a person and brings them back with Undo', async () => {
    const page = await tend.open('options.html#network');
    await addPerson(page, { name: 'Priya', role: 'Peer support group' });
    await expect.poll(() => names(page)).toEqual(['Priya']);
    await page.getByRole('button', { name: 'Delete Priya' }).click();
    await expect.poll(() => names(page)).toEqual([]);
    await expect.poll(() => page.locator('.undo-bar').textContent()).toContain('Deleted Priya');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => names(page)).toEqual(['Priya']);
    await page.reload();
    await expect.poll(() => names(page)).toEqual(['Priya']);
  });

  it('marks someone due after their cadence, filters to them, and snoozes them for a week', async () => {
    const page = await tend.open('options.html#network');
    await addPerson(page, { name: 'Alex Chen', role: 'Colleague' });
    await addPerson(page, { name: 'Jo', role: 'External support (therapist, counsellor, coach)' });
    await expect.poll(() => names(page)).toEqual(['Alex Chen', 'Jo']);
    // Colleagues are every 14 days by default; external support has no default cadence.
    await setTendTime(page, Date.now() + 20 * 24 * 3600_000);
    await page.reload();
    const alex = page.locator('.person-row', { hasText: 'Alex Chen' });
    await expect.poll(() => alex.textContent()).toContain('Due for a reconnect');
    await page.getByRole('checkbox', { name: 'Only people due for a reconnect' }).check();
    expect(await names(page)).toEqual(['Alex Chen']);

    // Snoozed, Alex is no longer due, so the filter lets nobody through.
    await page.getByRole('button', { name: 'Not this week Alex Chen' }).click();
    await expect.poll(() => names(page)).toEqual([]);
    await page.getByRole('checkbox', { name: 'Only people due for a reconnect' }).uncheck();
    await expect.poll(() => alex.textContent()).toContain('Quiet until');
    await expect
      .poll(() => page.locator('.undo-bar').textContent())
      .toContain('No reminders about Alex Chen');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => alex.textContent()).toContain('Due for a reconnect');
    // The row changes at once; the bar goes once the Undo is written, and only then is
    // it safe to leave the page.
    await expect.poll(() => page.locator('.undo-bar').count()).toBe(0);
    await page.reload();
    await expect.poll(() => alex.textContent()).toContain('Due for a reconnect');
  });
});
