/* global chrome -- functions handed to page.evaluate run in the extension's pages */
// The benchmark's browser: a copy of the production build with two additions, launched in
// Chromium with a fresh profile. The additions: bench-blank.html, a page of one line of text
// and no script or style, in the extension's own origin and process, the baseline every page
// is held to (it needs its line: a page of nothing has no contentful paint); the reference
// pages (FLOOR_PAGES); and the worker probe (worker-probe.mjs) around background.js. The
// sizes are always read from the build itself, never from this copy.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithExtension } from '../launch.mjs';
import { writeSeed } from '../seed.mjs';
import { pageProbe } from './page-probe.mjs';
import { PROBE_EPILOGUE, PROBE_PROLOGUE } from './worker-probe.mjs';

export const BUILD = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const BLANK_PAGE = 'bench-blank.html';
const BLANK_HTML =
  '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n' +
  '    <title>Blank</title>\n  </head>\n  <body>\n    <p>Tend</p>\n  </body>\n</html>\n';

/**
 * The reference pages (jobs/floors.mjs): no more than any page built as Tend's are must do
 * before it shows its line. `style`: a stylesheet and a module script that writes the line.
 * `database`: the same, with the line written once one record of Tend's database is read.
 */
export const FLOOR_PAGES = { style: 'bench-floor.html', database: 'bench-floor-db.html' };
const floorHtml = (script) =>
  '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n' +
  `    <title>Floor</title>\n    <script type="module" src="/${script}"></script>\n` +
  '    <link rel="stylesheet" href="/bench-floor.css" />\n  </head>\n  <body>\n' +
  '    <p id="line"></p>\n  </body>\n</html>\n';
const FLOOR_FILES = {
  [FLOOR_PAGES.style]: floorHtml('bench-floor.js'),
  [FLOOR_PAGES.database]: floorHtml('bench-floor-db.js'),
  'bench-floor.css': 'p {\n  margin: 1rem;\n}\n',
  'bench-floor.js': "document.getElementById('line').textContent = 'Tend';\n",
  // The database as it is (no version; a missing one is not made), the settings' record, as
  // every section of the options page reads first. A failure is an alert: the bench stops.
  'bench-floor-db.js':
    "const show = (text) => (document.getElementById('line').textContent = text);\n" +
    'const fail = (text) => {\n' +
    "  const alert = document.createElement('p');\n" +
    "  alert.setAttribute('role', 'alert');\n" +
    '  alert.textContent = text;\n' +
    '  document.body.append(alert);\n' +
    '};\n' +
    "const open = indexedDB.open('tend');\n" +
    'open.onupgradeneeded = () => open.transaction.abort();\n' +
    "open.onerror = () => fail('no Tend database to read');\n" +
    'open.onsuccess = () => {\n' +
    "  const read = open.result.transaction('settings').objectStore('settings').get('current');\n" +
    "  read.onsuccess = () => show(`Tend ${read.result ? 'set up' : 'new'}`);\n" +
    "  read.onerror = () => fail('the settings were not read');\n" +
    '};\n',
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function benchCopy(build) {
  const dir = await mkdtemp(path.join(tmpdir(), 'tend-bench-ext-'));
  await cp(build, dir, { recursive: true });
  await writeFile(path.join(dir, BLANK_PAGE), BLANK_HTML);
  for (const [file, text] of Object.entries(FLOOR_FILES)) {
    await writeFile(path.join(dir, file), text);
  }
  const background = path.join(dir, 'background.js');
  const code = await readFile(background, 'utf8');
  await writeFile(background, PROBE_PROLOGUE + code + PROBE_EPILOGUE);
  return dir;
}

/**
 * The page that stays open, and keeps the extension's renderer process alive. Chromium's
 * renderer asks the browser for an extension's message catalogue at the first
 * chrome.i18n.getMessage in it and keeps the answer; on this loaded machine that answer was
 * now and then empty, and every page after it showed its message keys (three reopened pages
 * in a row did). So the control page asks first, while nothing else runs, and is opened again
 * if the answer had no messages. It is opened while the options page the install opened is
 * still open: opened after that page was closed, it came up without messages in 3 of 33
 * starts, and opened before, in none of 24 (under the same load, 5–17).
 */
async function openControl(context, base) {
  for (let tries = 1; ; tries += 1) {
    const control = await context.newPage();
    await control.goto(`${base}/${BLANK_PAGE}`);
    if (await control.evaluate(() => chrome.i18n.getMessage('extName') !== '')) return control;
    await control.close();
    if (tries === 3) throw new Error('Chromium gave the extension no message catalogue');
    await sleep(500);
  }
}

/** Launches the copy and waits for the install wake: one extension page stays open. */
export async function openBench(build = BUILD) {
  const dir = await benchCopy(build);
  const browser = await launchWithExtension(dir);
  try {
    return await started(browser, dir);
  } catch (error) {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function started(browser, dir) {
  const { context } = browser;
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  for (let tries = 0; (await worker.evaluate(() => chrome.alarms.getAll())).length === 0;) {
    if ((tries += 1) > 100) throw new Error('Tend set no alarm after installing');
    await sleep(100);
  }
  await context.addInitScript(pageProbe);
  // This page stays open: the popup and the blank page then share a warm extension process,
  // as they would with the toolbar button. It also sets alarms and watches the worker.
  const control = await openControl(context, base);
  for (const page of context.pages()) if (page.url().includes('options.html')) await page.close();
  const cdp = await context.newCDPSession(control);
  const versions = new Map();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
    for (const v of updated) if (v.scriptURL.startsWith(base)) versions.set(v.versionId, v);
  });
  await cdp.send('ServiceWorker.enable');
  return {
    context,
    base,
    control,
    /** The worker: Playwright's handle follows it across a stop and a start. */
    worker: () => worker,
    url: (page) => `${base}/${page}`,
    runningStatus: () => [...versions.values()].at(-1)?.runningStatus ?? 'unknown',
    async stopWorker() {
      const version = [...versions.values()].at(-1);
      if (!version) throw new Error('no service worker version seen');
      await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
      for (let tries = 0; versions.get(version.versionId).runningStatus !== 'stopped';) {
        if ((tries += 1) > 200) throw new Error('the service worker did not stop');
        await sleep(10);
      }
    },
    /** Replaces the data with `data` and lets the background wake on it. */
    async load(data) {
      await writeSeed(control, data);
      await waitForViewAfter(control, () =>
        control.evaluate(() =>
          chrome.runtime.sendMessage({ type: 'data-changed', payload: { what: 'settings' } }),
        ),
      );
    },
    async close() {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `act` and resolves once the background has stored a new popup view, as an open page
 * sees it (storage.onChanged): the end of a wake, without touching the worker meanwhile.
 */
export async function waitForViewAfter(page, act, timeoutMs = 15_000) {
  await page.evaluate(() => {
    window.__viewStored = new Promise((resolve) => {
      const listener = (changes, area) => {
        if (area !== 'local' || !('tend-popup-view' in changes)) return;
        chrome.storage.onChanged.removeListener(listener);
        resolve(true);
      };
      chrome.storage.onChanged.addListener(listener);
    });
  });
  await act();
  const stored = await page.evaluate(
    (ms) => Promise.race([window.__viewStored, new Promise((r) => setTimeout(() => r(false), ms))]),
    timeoutMs,
  );
  if (!stored) throw new Error(`no popup view stored within ${timeoutMs} ms`);
}
