import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../src/domain/settings';
import { syncPass, type SyncData } from '../../src/sync/engine';
import { emptyShadow, type Shadow } from '../../src/sync/shadow';
import { applyWrites, emptyData } from '../sync/support/computer';

const area = () => fakeBrowser.storage.sync;

async function pass(data: SyncData, shadow: Shadow, now: number): Promise<Shadow> {
  const remote = await area().get(null);
  const result = syncPass({ data, since: -Infinity, shadow, remote, now });
  if (result.remove.length > 0) await area().remove(result.remove);
  if (Object.keys(result.set).length > 0) await area().set(result.set);
  applyWrites(data, result.local);
  return result.shadow;
}

/**
 * Another computer over the same sync area: it joins a minute before `now` holding only the
 * default settings in `zone` (and taking what the area holds), then `edit`s its data at `now`; its
 * writes reach the area as the browser brings them from the sync servers.
 */
export async function otherComputerEdits(
  zone: string,
  edit: (data: SyncData) => void,
  now: number,
): Promise<void> {
  const data = { ...emptyData(), settings: defaultSettings(zone) };
  const shadow = await pass(data, emptyShadow('zzzzzzzz'), now - 60_000);
  edit(data);
  await pass(data, shadow, now);
}
