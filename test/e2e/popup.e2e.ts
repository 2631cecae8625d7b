import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTendTime } from './support/clock';
import { aCheckIn, aContact, seed } from './support/seed';
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

const MONDAY = comingWeekday(1);
const TUESDAY = (() => {
  const day = new Date(`${MONDAY}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
})();

describe('the popup, in Chromium', () => {
  it('shows the next check-in and the most overdue people from seeded data, and an encoded mailto:', async () => {
    const now = localInstant(MONDAY, '09:30');
    const daysAgo = (days: number) => now - days * DAY;
    const options = await tend.open('options.html#network');
    await setTendTime(options, now);
    await seed(options, {
      contacts: [
        // Six weeks on a fortnightly cadence: the most overdue, though not the longest ago.
        aContact({
          id: 'zoe',
          name: 'Zoë Rivera',
          roles: ['supervisor'],
          reach: [{ kind: 'email', value: 'zoe@example.org' }],
          lastContactAt: daysAgo(42),
          createdAt: daysAgo(400),
        }),
        aContact({
          id: 'jo',
          name: 'Jo Park',
          cadence: { kind: 'every', count: 4, unit: 'weeks' },
          lastContactAt: daysAgo(60),
          createdAt: daysAgo(400),
        }),
        aContact({
          id: 'alex',
          name: 'Alex Chen',
          cadence: { kind: 'every', count: 1, unit: 'weeks' },
          lastContactAt: daysAgo(14),
          createdAt: daysAgo(400),
        }),
        // Overdue for longer, but put off for the week and archived: neither is listed.
        aContact({
          id: 'kim',
          name: 'Kim Lee',
          lastContactAt: daysAgo(200),
          snoozedUntil: now + 3 * DAY,
          createdAt: daysAgo(400),
        }),
        aContact({ id: 'pat', name: 'Pat Doe', archived: true, createdAt: daysAgo(400) }),
        // In touch last week: not due.
        aContact({
          id: 'lee',
          name: 'Lee Ford',
          lastContactAt: daysAgo(3),
          createdAt: daysAgo(400),
        }),
      ],
      checkIns: [
        // Over already this morning, and one paused before the supervision: neither is next.
        aCheckIn({
          id: 'early',
          title: 'Early stand-up',
          startDate: MONDAY,
          startTime: '08:00',
          durationMinutes: 30,
        }),
        aCheckIn({
          id: 'paused',
          title: 'Paused walk',
          startDate: MONDAY,
          startTime: '11:00',
          paused: true,
        }),
        aCheckIn({
          id: 'supervision',
          title: 'Supervision with Zoë',
          kind: 'supervision',
          contactIds: ['zoe'],
          mode: 'virtual',
          link: 'https://meet.example.org/zoe',
          startDate: TUESDAY,
          startTime: '10:00',
        }),
        aCheckIn({
          id: 'lunch',
          title: 'Peer lunch',
          startDate: MONDAY,
          startTime: '12:00',
          recurrence: { kind: 'weekly', everyWeeks: 1, weekdays: [3], until: null },
        }),
      ],
    });

    const popup = await tend.open('popup.html');
    await expect
      .poll(() => popup.getByTestId('next-check-in').textContent())
      .toBe('Supervision with Zoë, Tuesday 10:00 AM, online Join');
    expect(await popup.getByRole('link', { name: 'Join' }).getAttribute('href')).toBe(
      'https://meet.example.org/zoe',
    );
    expect(
      await popup.getByTestId('reach-out-person').locator('.person-name').allTextContents(),
    ).toEqual(['Zoë Rivera', 'Jo Park', 'Alex Chen']);

    await popup.getByRole('button', { name: 'Write a message to Zoë Rivera' }).click();
    const composer = popup.getByRole('region', { name: 'Message to Zoë Rivera' });
    await composer
      .getByLabel('What for')
      .selectOption({ label: 'Invite to an informal gathering' });
    const body =
      'Hi Zoë,\r\n\r\nWould you like to get together for a coffee or lunch in the next couple ' +
      'of weeks? No agenda, just a chance to catch up.';
    expect(await composer.getByRole('link', { name: 'Open E-mail' }).getAttribute('href')).toBe(
      `mailto:zoe@example.org?subject=${enc('Coffee or lunch?')}&body=${enc(body)}`,
    );
    // Nothing is logged before the user says it went out.
    const logged = await popup.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('tend');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const count = await new Promise<number>((resolve, reject) => {
        const request = db.transaction('interactions').objectStore('interactions').count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return count;
    });
    expect(logged).toBe(0);
  });

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
    // What the popup paints from: the view the wake stored, in storage.local. The install
    // view says 'working' too, so wait for the wake the popup asked for to store its own.
    const storedView = async () =>
      (await other.evaluate(
        async () => (await chrome.storage.local.get('tend-popup-view'))['tend-popup-view'],
      )) as { status: string; workedMs: number };
    await expect
      .poll(async () => (await storedView()).workedMs)
      .toBeGreaterThanOrEqual(60 * 60 * 1000);
    expect(await storedView()).toMatchObject({ status: 'working' });
    // A moment after it showed that view at rest, the open popup kept a picture of it.
    await expect
      .poll(() => other.evaluate(() => localStorage.getItem('tend-popup-picture') ?? ''))
      .toContain('1 h 0 min');
    await stopServiceWorkers(other);

    // Opened again, the popup shows the day from its first frame: never "Loading…". That
    // frame is the picture of the popup at rest (busy to screen readers), then the live one.
    const popup = await tend.context.newPage();
    await popup.addInitScript(() => {
      const seen = window as unknown as { sawLoading: boolean; pictured: boolean | null };
      seen.sawLoading = false;
      seen.pictured = null;
      new MutationObserver(() => {
        seen.sawLoading ||= document.body?.textContent?.includes('Loading…') ?? false;
        const app = document.getElementById('app');
        if (seen.pictured === null && app?.firstElementChild) {
          seen.pictured = app.getAttribute('aria-busy') === 'true';
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await popup.goto(`chrome-extension://${tend.id}/popup.html`);
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe('Working');
    expect(await popup.getByTestId('worked').textContent()).toBe('1 h 0 min');
    const seen = await popup.evaluate(() => {
      const { sawLoading, pictured } = window as unknown as Record<string, unknown>;
      return { sawLoading, pictured };
    });
    expect(seen).toMatchObject({ sawLoading: false, pictured: true });
    await expect.poll(() => popup.locator('#app').getAttribute('aria-busy')).toBeNull();
    // The day ended from another page: its wake's view reaches this popup without a reload.
    await other.getByRole('button', { name: 'End my day' }).click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe('Day ended');
    await expect(popup.getByRole('button', { name: 'Clock in' }).isVisible()).resolves.toBe(true);
  });
});
