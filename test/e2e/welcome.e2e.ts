import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchTend, type Tend } from './support/tend';

// `UPDATE_SCREENSHOT=1` refreshes the README's picture of the welcome.
const SCREENSHOT = path.resolve(import.meta.dirname, '../../docs/options-welcome.png');

let tend: Tend;

beforeEach(async () => {
  tend = await launchTend();
});

afterEach(async () => {
  await tend.close();
});

describe('a first week that guides, in Chromium', () => {
  it('welcomes a new user with the three steps and where each stands', async () => {
    const options = await tend.open('options.html');
    const welcome = options.getByTestId('welcome');
    await welcome.getByRole('heading', { name: 'Welcome to Tend' }).waitFor();
    const states = () =>
      welcome
        .getByTestId('welcome-step')
        .evaluateAll((steps) => steps.map((step) => step.querySelector('a + span')?.textContent));
    expect(await states()).toEqual([
      'Not checked yet: have a look, or keep them as they are',
      'No one yet',
      'None yet',
    ]);
    if (process.env.UPDATE_SCREENSHOT === '1') {
      await options.setViewportSize({ width: 900, height: 700 });
      await welcome.screenshot({ path: SCREENSHOT });
    }

    // The default hours are right: one click, and focus stays in the welcome.
    await welcome.getByRole('button', { name: 'These hours are right' }).click();
    await expect.poll(states).toEqual(['Checked', 'No one yet', 'None yet']);
    expect(await options.evaluate(() => document.activeElement?.textContent)).toBe(
      'Three steps for your first week',
    );

    // The popup's getting started says so too.
    const popup = await tend.open('popup.html');
    await expect
      .poll(() => popup.getByTestId('first-run-hours').textContent())
      .toBe('Set your hours ✓ done');

    await welcome.getByRole('button', { name: 'Close the welcome' }).click();
    // It goes once its closing is written; leaving the page before that would lose it.
    await expect.poll(() => options.getByTestId('welcome').count()).toBe(0);
    await options.reload();
    await options.getByRole('heading', { level: 1 }).waitFor();
    await options.waitForTimeout(200);
    expect(await options.getByTestId('welcome').count()).toBe(0);
  });
});
