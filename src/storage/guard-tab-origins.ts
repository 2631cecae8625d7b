import { defineStored } from './stored-item';

type Origins = Record<string, string>;

/**
 * Which guarded origin each tab is on, by tab id (only the guard writes it, through
 * `setTabOrigin`). In storage.session: it outlives a stopped worker but not the browser,
 * which is as long as a tab id means anything.
 */
export const guardTabOrigins = defineStored<Origins>('session', 'guard-tab-origins', {
  fallback: {},
  accepts: (value): value is Origins => typeof value === 'object' && value !== null,
});

let queue: Promise<unknown> = Promise.resolve();

/**
 * Notes that tab `tabId` is now on `origin` (null: on none, or closed) and returns where it
 * was. One change at a time: each is a read and a write of the whole map, and two tabs
 * loading at once must not lose either's entry (that tab's in-page navigation after hours
 * would then count as entering the site, and the guard would replace a page being worked in).
 */
export function setTabOrigin(tabId: number, origin: string | null): Promise<string | undefined> {
  const run = queue.then(async () => {
    const origins = await guardTabOrigins.getValue();
    const was = origins[tabId];
    if (was === (origin ?? undefined)) return was;
    const next = { ...origins };
    if (origin === null) delete next[tabId];
    else next[tabId] = origin;
    await guardTabOrigins.setValue(next);
    return was;
  });
  queue = run.catch(() => undefined);
  return run;
}
