/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { defaultSettings } from '../../../src/domain/settings';
import { syncPass, type SyncData } from '../../../src/sync/engine';
import { newDeviceId } from '../../../src/sync/hlc';
import { emptyShadow, type Shadow } from '../../../src/sync/shadow';
import { applyWrites, emptyData } from '../../sync/support/computer';
import { TIME_ZONE } from './tend';

/** Everything `chrome.storage.sync` holds, read from one of Tend's pages. */
export function syncAreaOf(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => chrome.storage.sync.get(null));
}

/**
 * A second computer signed into the same browser sync, simulated in the test with Tend's own
 * engine: it reads the sync area through `page` and writes its items there, as the browser
 * would bring them from the sync servers, so Tend's `storage.sync.onChanged` fires.
 */
export class OtherComputer {
  data: SyncData = { ...emptyData(), settings: defaultSettings(TIME_ZONE) };
  private shadow: Shadow = emptyShadow(newDeviceId(Math.random));

  constructor(private readonly page: Page) {}

  /** One pass at `now`, as this computer's background would run it. */
  async sync(now: number): Promise<void> {
    const remote = await syncAreaOf(this.page);
    const result = syncPass({
      data: this.data,
      since: -Infinity,
      shadow: this.shadow,
      remote,
      now,
    });
    await this.page.evaluate(
      async ({ set, remove }) => {
        if (remove.length > 0) await chrome.storage.sync.remove(remove);
        if (Object.keys(set).length > 0) await chrome.storage.sync.set(set);
      },
      // Plain JSON to the page, as the sync servers carry it.
      { set: result.set as Record<string, unknown>, remove: result.remove },
    );
    applyWrites(this.data, result.local);
    this.shadow = result.shadow;
  }
}
