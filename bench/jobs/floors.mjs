/* global chrome -- functions handed to worker.evaluate run in the extension's worker */
// What no page and no wake of Tend can take less than, whatever its own code does: no
// targets, the figures to read beside the popup's, the sections' and the wake's.
// - The reference pages (lib/extension.mjs), each against the blank page opened in the same
//   rounds. A page with a stylesheet and a module script waits for both; one that shows
//   stored data also opens the database and reads from it.
// - The reference wake, in Tend's own worker: the browser calls a warm wake cannot do
//   without, one after another as a wake needs their answers, with none of Tend's code.
import { BLANK_PAGE, FLOOR_PAGES } from '../lib/extension.mjs';
import { openSettled } from '../lib/page-probe.mjs';
import { paired, summary } from '../lib/stats.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureFloors(bench, { runs, warmup }) {
  // The blank page and both reference pages in each round, in an order turning from round to
  // round: a busy moment of the machine falls on all three, not on one page of a pair.
  const pages = [BLANK_PAGE, ...Object.values(FLOOR_PAGES)];
  const rounds = [];
  for (let run = 0; run < warmup + runs; run += 1) {
    const round = {};
    for (let i = 0; i < pages.length; i += 1) {
      const page = pages[(i + run) % pages.length];
      const ready = page === BLANK_PAGE ? null : '#line:not(:empty)';
      round[page] = await openSettled(bench.context, bench.url(page), { ready });
    }
    if (run >= warmup) rounds.push(round);
  }
  const floors = {};
  for (const [name, page] of Object.entries(FLOOR_PAGES)) {
    const pairs = rounds.map((round) => ({ page: round[page], blank: round[BLANK_PAGE] }));
    floors[name] = {
      settled: paired(pairs, 'settledMs'),
      firstContentfulPaint: paired(pairs, 'fcpMs'),
    };
  }
  const times = [];
  for (let run = 0; run < warmup + runs; run += 1) {
    // As before each warm wake (jobs/wake.mjs): what the last one set going has settled.
    await sleep(50);
    const ms = await bench.worker().evaluate(referenceWake);
    if (run >= warmup) times.push(ms);
  }
  floors.wake = summary(times);
  await bench.worker().evaluate(() => {
    globalThis.__benchReferenceDb?.close();
    globalThis.__benchReferenceDb = null;
  });
  return floors;
}

/**
 * In the worker, on a connection to Tend's database it keeps open through the runs, as Tend's
 * worker keeps one (closed after them, and at once for Tend's upgrade or erase): a fallback
 * alarm; the two storage items, the idle state and one record in a transaction, at once;
 * then the next alarm and one storage write. Milliseconds to the last answer. Its alarm and
 * item are its own, and gone after each run.
 */
async function referenceWake() {
  const request = (req) =>
    new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  if (!globalThis.__benchReferenceDb) {
    const opening = indexedDB.open('tend');
    // Tend's database as it is: a missing one is not made, the run fails instead.
    opening.onupgradeneeded = () => opening.transaction.abort();
    const opened = await request(opening);
    // Never in the way of Tend's own upgrade or erase.
    opened.onversionchange = () => {
      opened.close();
      globalThis.__benchReferenceDb = null;
    };
    globalThis.__benchReferenceDb = opened;
  }
  const db = globalThis.__benchReferenceDb;
  const name = 'bench-reference';
  const later = () => ({ when: Date.now() + 3_600_000 });
  try {
    const start = performance.now();
    const fallback = chrome.alarms.create(name, later());
    await Promise.all([
      chrome.storage.local.get(['tend-sync', 'tend-presence']),
      chrome.idle.queryState(60),
      request(db.transaction('settings').objectStore('settings').get('current')),
    ]);
    await fallback;
    await Promise.all([
      chrome.alarms.create(name, later()),
      chrome.storage.local.set({ [name]: 1 }),
    ]);
    return performance.now() - start;
  } finally {
    await Promise.all([chrome.alarms.clear(name), chrome.storage.local.remove(name)]);
  }
}
