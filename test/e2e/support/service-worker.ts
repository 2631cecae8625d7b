import type { Page } from 'playwright-core';

interface VersionsUpdated {
  versions: { runningStatus: string; scriptURL: string }[];
}

/**
 * Stops the extension's service worker the way Chrome does after ~30 s idle, and
 * resolves once DevTools reports it stopped, so a test knows the next event restarts it.
 */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: VersionsUpdated) => {
      const tend = versions.filter((version) => version.scriptURL.endsWith('/background.js'));
      if (tend.length > 0 && tend.every((version) => version.runningStatus === 'stopped')) {
        resolve();
      }
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}
