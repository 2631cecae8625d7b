import { browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import { readSince } from '../../src/sync/engine';
import { runSync } from '../../src/sync/run-sync';
import { emptyShadow } from '../../src/sync/shadow';
import type { SyncArea } from '../../src/sync/sync-area';
import { freshBudget } from '../../src/sync/write-budget';
import { aContact } from '../db/factories';
import { emptyData } from './support/computer';

describe('browser.storage.sync', () => {
  it('is a sync area: a pass writes Tend’s items to it and reads them back', async () => {
    const area: SyncArea = browser.storage.sync;
    const data = emptyData();
    data.contacts.push(aContact({ id: 'ann', name: 'Ann' }));
    const shadow = emptyShadow('abcdefgh');
    const now = Date.parse('2026-03-02T09:00:00Z');
    const first = await runSync(
      area,
      { data, since: readSince(shadow), shadow, now, remote: await area.get(null) },
      freshBudget(),
    );
    expect(first.error).toBeNull();
    const keys = Object.keys(await area.get(null));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((key) => key.startsWith('tend1.'))).toBe(true);
    // Another computer, empty, takes Ann from it.
    const other = await runSync(
      area,
      {
        data: emptyData(),
        since: -Infinity,
        shadow: emptyShadow('zyxwvuts'),
        now,
        remote: await area.get(null),
      },
      freshBudget(),
    );
    expect(other.result.local.map((write) => write.id)).toContain('ann');
  });
});
