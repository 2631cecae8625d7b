/// <reference types="chrome" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aContact, seed } from './support/seed';
import { launchTend, type Tend } from './support/tend';

const DAY = 24 * 60 * 60 * 1000;

let tend: Tend;

beforeEach(async () => {
  tend = await launchTend();
});

afterEach(async () => {
  await tend.close();
});

describe('Insights on a fresh install, in Chromium', () => {
  it('makes no claim about hours in the weeks before Tend was installed', async () => {
    const options = await tend.open('options.html#network');
    // A supervision five weeks ago, logged from memory on the first day.
    await seed(options, {
      contacts: [aContact({ id: 'zoe', name: 'Zoë Rivera', createdAt: Date.now() - 60 * DAY })],
      interactions: [
        {
          id: 'old',
          at: Date.now() - 35 * DAY,
          contactIds: ['zoe'],
          kind: 'supervision',
          mode: 'in-person',
          direction: 'both',
          feltBefore: null,
          feltAfter: null,
          note: '',
        },
      ],
    });
    await options.goto(`chrome-extension://${tend.id}/options.html#insights`);
    const hours = options.locator('[data-chart="insights-hours"]');
    await hours.waitFor();
    expect(await hours.locator('figcaption').textContent()).toContain(
      'Tend has measured your hours since the week of',
    );
    // Every week before this one: "not measured", never "0 min" or a schedule over it.
    const rows = await hours
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
      );
    expect(rows).toHaveLength(12);
    for (const cells of rows.slice(0, -1)) {
      expect(cells).toEqual(['not measured', 'not measured', 'not measured']);
    }
    expect(rows.at(-1)![0]).not.toBe('not measured');
    // The scheduled line is drawn over this week alone, not over the empty weeks before it.
    expect(await hours.locator('svg[role="img"] line.insights-marker-0').count()).toBe(1);
  });
});
