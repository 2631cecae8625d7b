import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTendTime, shownNotifications } from './support/clock';
import { comingWeekday, launchTend, localInstant, type Tend } from './support/tend';

const MONDAY = comingWeekday(1);
const TUESDAY = (() => {
  const day = new Date(`${MONDAY}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
})();

let tend: Tend;

beforeEach(async () => {
  tend = await launchTend();
});

afterEach(async () => {
  await tend.close();
});

describe('check-ins, in Chromium', () => {
  it('schedules a fortnightly supervision, reminds before it and opens a filled-in log after', async () => {
    const page = await tend.open('options.html#network');
    await setTendTime(page, localInstant(MONDAY, '09:00'));
    await page.getByRole('button', { name: 'Add a person or group' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Sam Rivera');
    await page.getByRole('checkbox', { name: 'Supervisor', exact: true }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('.person-name').allTextContents()).toEqual(['Sam Rivera']);

    await page.getByRole('link', { name: 'Check-ins' }).click();
    await page.getByRole('button', { name: 'Add a check-in' }).click();
    await page.getByLabel('What to call it').fill('Supervision with Sam');
    await page.getByRole('checkbox', { name: 'Sam Rivera' }).check();
    await page.locator('input[name="check-in-startDate"]').fill(TUESDAY);
    await page.locator('input[name="check-in-startTime"]').fill('10:00');
    await page.getByRole('checkbox', { name: 'Monday' }).uncheck();
    await page.getByRole('checkbox', { name: 'Tuesday' }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('check-in-next').textContent())
      .toMatch(/^Next: Tue, .* 10:00 AM$/);

    const popup = await tend.open('popup.html');
    await expect
      .poll(() => popup.getByTestId('next-check-in').textContent())
      .toMatch(/^Supervision with Sam, Tuesday 10:00 AM/);

    const wake = () =>
      popup.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'data-changed', payload: { what: 'check-ins' } }),
      );
    await setTendTime(popup, localInstant(TUESDAY, '09:46'));
    await wake();
    await expect
      .poll(async () =>
        (await shownNotifications(tend.worker)).find((id) => id.startsWith('check-in-reminder:')),
      )
      .toMatch(new RegExp(`^check-in-reminder:[\\w-]+:${TUESDAY}$`));

    await setTendTime(popup, localInstant(TUESDAY, '11:15'));
    await wake();
    let prompt: string | undefined;
    await expect
      .poll(async () => {
        prompt = (await shownNotifications(tend.worker)).find((id) =>
          id.startsWith('check-in-log:'),
        );
        return prompt;
      })
      .toMatch(new RegExp(`^check-in-log:[\\w-]+:${TUESDAY}$`));

    // Where a click on the prompt leads.
    const [, checkInId, date] = prompt!.split(':');
    const log = await tend.open(
      `options.html?from=check-in-log&log=${checkInId}&date=${date}#connections`,
    );
    await expect
      .poll(() => log.getByRole('checkbox', { name: 'Sam Rivera' }).isChecked())
      .toBe(true);
    expect(await log.locator('select[name="kind"]').first().inputValue()).toBe('supervision');
    expect(await log.locator('input[name="when"]').first().inputValue()).toBe(`${TUESDAY}T10:00`);
    await log.getByRole('button', { name: 'Log this connection' }).click();
    await expect
      .poll(() => log.getByRole('status').first().textContent())
      .toContain('Logged a connection');

    // The next one, two weeks on, moves to the Wednesday afternoon; the series stays.
    await log.getByRole('link', { name: 'Check-ins' }).click();
    await log.getByRole('button', { name: 'Move the next one' }).click();
    const moved = new Date(`${TUESDAY}T12:00:00Z`);
    moved.setUTCDate(moved.getUTCDate() + 15);
    await log.locator('input[name="move-to"]').fill(`${moved.toISOString().slice(0, 10)}T14:00`);
    await log.getByRole('button', { name: 'Move', exact: true }).click();
    await expect
      .poll(() => log.getByTestId('check-in-next').textContent())
      .toMatch(/^Next: Wed, .* 2:00 PM$/);
  });
});
