/* global chrome -- functions handed to page.evaluate run in the extension's pages */
// The wake with sync on. Sync is off by default, and so in every other job; turned on, each
// wake checks the browser's sync area before planning (src/background/sync.ts), and runs a
// whole pass when anything it is given changed. The seed profile fills the area (97 KB of
// its 100 KB): the first pass writes it, the next finds nothing new and marks it, and the
// wakes measured here are the steady state a user with sync on lives in. No target of its
// own: the wake targets are for the default profile, with sync off.
import { waitForViewAfter } from '../lib/extension.mjs';
import { measureWake } from './wake.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Turns sync on or off as the options page does: the choice, then `data-changed` 'sync'. */
function choose(bench, on) {
  return waitForViewAfter(bench.control, () =>
    bench.control.evaluate(async (turnOn) => {
      await chrome.storage.local.set({ 'tend-sync': { on: turnOn, includeNotes: false } });
      await chrome.runtime.sendMessage({ type: 'data-changed', payload: { what: 'sync' } });
    }, on),
  );
}

export async function measureSyncWake(bench, { runs, coldRuns }) {
  await choose(bench, true);
  // The first pass's writes come back as storage.sync news (echoes, no wake) meanwhile.
  await sleep(2000);
  const areaBytes = await bench.control.evaluate(() => chrome.storage.sync.getBytesInUse(null));
  try {
    return { areaBytes, ...(await measureWake(bench, { runs, warmup: 2, coldRuns })) };
  } finally {
    await choose(bench, false);
  }
}
