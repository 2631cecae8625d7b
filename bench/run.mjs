/* global chrome -- functions handed to page.evaluate and worker.evaluate run in the extension */
// Issue 6's benchmark, on the production build (.output/chrome-mv3) in real Chromium with a
// heavy profile (bench/seed.mjs): the popup's time until its content has settled against a
// blank extension page's, the gzipped size of every script the popup loads, and the
// background's wake cycle (alarm fired to next alarm set). Prints a table and writes
// bench/results.json. Run with `npm run bench` (builds first).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension } from './launch.mjs';
import { seedData, validate, writeSeed } from './seed.mjs';

const BUILD = path.resolve(import.meta.dirname, '../.output/chrome-mv3');
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const WARMUP = 3;
const BLANK_PAGE = 'bench-blank.html';
const TARGETS = { popupToBlankRatio: 1.5, popupScriptsGzipKB: 30, wakeCycleMedianMs: 20 };

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const median = (values) => quantile(values, 0.5);
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Every script (and stylesheet) a page of the build loads, following chunk imports. */
async function loadedBy(dir, page) {
  const html = await readFile(path.join(dir, page), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const seen = new Set();
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = await readFile(path.join(dir, file), 'utf8');
    for (const m of code.matchAll(/["'](?:\.\.?\/|\/)?((?:chunks|assets)\/[^"']+\.js)["']/g)) {
      queue.push(m[1]);
    }
  }
  return [...seen].sort();
}

async function sizes(dir) {
  const files = [];
  for (const file of await loadedBy(dir, 'popup.html')) {
    const bytes = await readFile(path.join(dir, file));
    files.push({ file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
  }
  const scripts = files.filter((f) => f.file.endsWith('.js'));
  const total = scripts.reduce((sum, f) => sum + f.gzipBytes, 0);
  return { files, scriptsGzipBytes: total, scriptsGzipKB: round(total / 1024, 2) };
}

// Runs in every page before its own scripts: resolves __benchSettled with performance.now()
// (ms since the navigation started) in the first animation frame after the load event in
// which the page shows its content: for the popup, the status line has its text (or the
// load error is shown); for the blank page, at once.
function settledProbe() {
  const isPopup = location.pathname.endsWith('/popup.html');
  const ready = () => {
    if (!isPopup) return true;
    const status = document.querySelector('[data-testid="status"]');
    return (status && status.textContent.trim() !== '') || document.querySelector('[role="alert"]');
  };
  window.__benchSettled = new Promise((resolve) => {
    const check = () => {
      if (!ready()) return false;
      requestAnimationFrame(() =>
        resolve({
          ms: performance.now(),
          error: isPopup && !document.querySelector('[data-testid="status"]'),
        }),
      );
      return true;
    };
    addEventListener('load', () => {
      if (check()) return;
      const observer = new MutationObserver(() => {
        if (check()) observer.disconnect();
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true });
    });
  });
}

// Runs in the service worker: times each wake from its start (the alarm event, or the
// data-changed message) until the browser has set the next alarm, by listening beside
// Tend's listeners and wrapping chrome.alarms.create/clear, which Tend's
// scheduleWake calls through the polyfill. The build itself is not changed.
function installWakeProbe() {
  if (globalThis.__tendBench) return;
  // viewStart/viewMs: the same wake, on until it has stored the popup's view (its last step).
  const probe = { start: null, pending: null, viewStart: null, viewMs: null };
  globalThis.__tendBench = probe;
  const finish = (what) => {
    if (probe.start === null || !probe.pending) return;
    const ms = performance.now() - probe.start;
    probe.viewStart = probe.start;
    probe.viewMs = null;
    probe.start = null;
    const resolve = probe.pending;
    probe.pending = null;
    resolve({ ms, what });
  };
  for (const name of ['create', 'clear']) {
    const original = chrome.alarms[name].bind(chrome.alarms);
    chrome.alarms[name] = (...args) => {
      const result = original(...args);
      if (args[0] === 'tend-wake' && probe.start !== null) {
        if (result && typeof result.then === 'function') result.then(() => finish(name));
        else finish(name);
      }
      return result;
    };
  }
  const setLocal = chrome.storage.local.set.bind(chrome.storage.local);
  chrome.storage.local.set = (items, ...rest) => {
    const result = setLocal(items, ...rest);
    if (items && 'tend-popup-view' in items && probe.viewStart !== null) {
      const started = probe.viewStart;
      probe.viewStart = null;
      Promise.resolve(result).then(() => (probe.viewMs = performance.now() - started));
    }
    return result;
  };
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'tend-wake' && probe.pending) probe.start = performance.now();
  });
  chrome.runtime.onMessage.addListener((message) => {
    if (message?.type === 'data-changed' && probe.pending) probe.start = performance.now();
    return false;
  });
}

async function currentWorker(context) {
  const workers = context.serviceWorkers();
  return workers[workers.length - 1] ?? (await context.waitForEvent('serviceworker'));
}

/** After a timed wake: how long from its start until it had stored the popup's view. */
async function viewStoredMs(context) {
  const worker = await currentWorker(context);
  for (let tries = 0; tries < 100; tries += 1) {
    const ms = await worker.evaluate(() => globalThis.__tendBench.viewMs);
    if (ms !== null) return ms;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the wake stored no popup view within 2 s');
}

async function wakeOnAlarm(context) {
  const worker = await currentWorker(context);
  await worker.evaluate(installWakeProbe);
  return worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const probe = globalThis.__tendBench;
        const timer = setTimeout(() => reject(new Error('no wake within 10 s')), 10_000);
        probe.pending = (value) => {
          clearTimeout(timer);
          resolve(value);
        };
        // Replaces Tend's alarm with one due now; Tend's own listener wakes on it.
        chrome.alarms.create('tend-wake', { when: Date.now() });
      }),
  );
}

async function wakeOnMessage(context, page) {
  const worker = await currentWorker(context);
  await worker.evaluate(installWakeProbe);
  const measured = worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no wake within 10 s')), 10_000);
        globalThis.__tendBench.pending = (value) => {
          clearTimeout(timer);
          resolve(value);
        };
      }),
  );
  // Let the worker arm the probe before the message is sent.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'data-changed', payload: { what: 'settings' } }),
  );
  return measured;
}

async function settledMs(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const settled = await page.evaluate(() => window.__benchSettled);
    if (settled.error) throw new Error(`${url} showed an error instead of its content`);
    return settled.ms;
  } finally {
    await page.close();
  }
}

// A copy of the production build with one added page: a blank HTML document with no
// script, in the extension's own origin and process, as the baseline the popup is held to.
const extension = await mkdtemp(path.join(tmpdir(), 'tend-bench-ext-'));
await cp(BUILD, extension, { recursive: true });
await writeFile(
  path.join(extension, BLANK_PAGE),
  '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n' +
    '    <title>Blank</title>\n  </head>\n  <body></body>\n</html>\n',
);

const browser = await launchWithExtension(extension);
const { context } = browser;
try {
  const worker = await currentWorker(context);
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  // The install wake creates the database and sets the first alarm.
  for (let tries = 0; (await worker.evaluate(() => chrome.alarms.getAll())).length === 0;) {
    if ((tries += 1) > 100) throw new Error('Tend set no alarm after installing');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const page of context.pages()) if (page.url().includes('options.html')) await page.close();

  const now = Date.now();
  const started = performance.now();
  const data = validate(seedData(now), now);
  const control = await context.newPage();
  await control.goto(`${base}/popup.html`);
  await control.locator('[data-testid="status"]').waitFor();
  await writeSeed(control, data);
  const seedMs = performance.now() - started;
  // Keep this extension page open: the popup and the blank page then share a warm
  // extension process, as they would with the toolbar button.
  await control.goto(`${base}/${BLANK_PAGE}`);
  // The first wake with the data shows what is due and records it; later ones are steady.
  await wakeOnMessage(context, control);

  await context.addInitScript(settledProbe);
  const popup = [];
  const blank = [];
  const ratios = [];
  for (let run = 0; run < WARMUP + RUNS; run += 1) {
    // Alternate the order so neither page always follows the other.
    const order = run % 2 === 0 ? ['blank', 'popup'] : ['popup', 'blank'];
    const pair = {};
    for (const which of order) {
      pair[which] = await settledMs(
        context,
        which === 'popup' ? `${base}/popup.html` : `${base}/${BLANK_PAGE}`,
      );
    }
    if (run < WARMUP) continue;
    popup.push(pair.popup);
    blank.push(pair.blank);
    ratios.push(pair.popup / pair.blank);
  }

  const alarmWakes = [];
  const viewWakes = [];
  const messageWakes = [];
  for (let run = 0; run < WARMUP + RUNS; run += 1) {
    const alarm = await wakeOnAlarm(context);
    const view = await viewStoredMs(context);
    const message = await wakeOnMessage(context, control);
    if (run < WARMUP) continue;
    alarmWakes.push(alarm.ms);
    viewWakes.push(view);
    messageWakes.push(message.ms);
  }

  const bundle = await sizes(BUILD);
  const popupMedian = median(popup);
  const blankMedian = median(blank);
  const ratio = popupMedian / blankMedian;
  const wakeMedian = median(alarmWakes);
  const results = {
    build: '.output/chrome-mv3 (production), plus bench-blank.html in a copy',
    runs: RUNS,
    warmupRunsDiscarded: WARMUP,
    data: {
      contacts: data.contacts.length,
      interactions: data.interactions.length,
      checkIns: data.checkIns.length,
      activityTransitions: data.activity.length,
      activityFrom: new Date(data.activity[0].at).toISOString(),
      seedSeconds: round(seedMs / 1000, 2),
    },
    popup: {
      settledMedianMs: round(popupMedian),
      settledP90Ms: round(quantile(popup, 0.9)),
      blankMedianMs: round(blankMedian),
      blankP90Ms: round(quantile(blank, 0.9)),
      ratioOfMedians: round(ratio, 2),
      medianPairedRatio: round(median(ratios), 2),
      samplesMs: { popup: popup.map((v) => round(v)), blank: blank.map((v) => round(v)) },
    },
    bundle,
    wake: {
      alarmMedianMs: round(wakeMedian),
      alarmP90Ms: round(quantile(alarmWakes, 0.9)),
      // The same alarm wakes, on to their last step: the popup's view stored.
      alarmToViewStoredMedianMs: round(median(viewWakes)),
      alarmToViewStoredP90Ms: round(quantile(viewWakes, 0.9)),
      dataChangedMedianMs: round(median(messageWakes)),
      dataChangedP90Ms: round(quantile(messageWakes, 0.9)),
      samplesMs: {
        alarm: alarmWakes.map((v) => round(v)),
        alarmToViewStored: viewWakes.map((v) => round(v)),
        dataChanged: messageWakes.map((v) => round(v)),
      },
    },
    targets: {
      popupToBlankRatio: {
        target: `≤ ${TARGETS.popupToBlankRatio}`,
        measured: round(ratio, 2),
        met: ratio <= TARGETS.popupToBlankRatio,
      },
      popupScriptsGzipKB: {
        target: `< ${TARGETS.popupScriptsGzipKB}`,
        measured: bundle.scriptsGzipKB,
        met: bundle.scriptsGzipKB < TARGETS.popupScriptsGzipKB,
      },
      wakeCycleMedianMs: {
        target: `< ${TARGETS.wakeCycleMedianMs}`,
        measured: round(wakeMedian),
        met: wakeMedian < TARGETS.wakeCycleMedianMs,
      },
    },
    chromium: context.browser()?.version() ?? 'unknown',
    measuredAt: new Date().toISOString(),
  };
  await writeFile(
    path.resolve(import.meta.dirname, 'results.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );

  console.table({
    'popup settled (ms)': {
      median: results.popup.settledMedianMs,
      p90: results.popup.settledP90Ms,
    },
    'blank page settled (ms)': {
      median: results.popup.blankMedianMs,
      p90: results.popup.blankP90Ms,
    },
    'wake on alarm (ms)': { median: results.wake.alarmMedianMs, p90: results.wake.alarmP90Ms },
    'wake on alarm, view stored (ms)': {
      median: results.wake.alarmToViewStoredMedianMs,
      p90: results.wake.alarmToViewStoredP90Ms,
    },
    'wake on data-changed (ms)': {
      median: results.wake.dataChangedMedianMs,
      p90: results.wake.dataChangedP90Ms,
    },
  });
  console.table(bundle.files);
  console.table(
    Object.fromEntries(
      Object.entries(results.targets).map(([name, t]) => [
        name,
        { ...t, met: t.met ? 'yes' : 'NO' },
      ]),
    ),
  );
  console.log(`Chromium ${results.chromium}; ${RUNS} runs each; written to bench/results.json`);
} finally {
  await browser.close();
  await rm(extension, { recursive: true, force: true });
}
