/* global chrome -- functions handed to page.evaluate run in the extension's pages */
// Importing a backup through the options page's Your data, into an emptied database (a new
// computer's): the file chosen (its change event) to the preview settled, and the Import
// click to the page settled with its Undo offer. Files over Tend's 20 MB limit are refused
// before reading: they are reported, not timed.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { clearStores } from '../seed.mjs';
import { QUIET_MS } from '../lib/page-probe.mjs';
import { summary } from '../lib/stats.mjs';

const BACKUP_MAX_BYTES = 20 * 1024 * 1024; // src/domain/backup/format.ts
const CAP_MS = 60_000;

/** In the page: resolves when the page settled after `event` (on `selector`) with `ready`. */
function settledAfter(page, ready) {
  return page.evaluate(
    ({ ready, quietMs, capMs }) =>
      window.__bench.settle({ since: window.__benchEventAt, quietMs, capMs, ready }),
    { ready, quietMs: QUIET_MS, capMs: CAP_MS },
  );
}

function noteNext(page, event) {
  return page.evaluate((event) => {
    window.__benchEventAt = null;
    document.addEventListener(event, (e) => (window.__benchEventAt = e.timeStamp), {
      capture: true,
      once: true,
    });
  }, event);
}

const dataShown = (page) =>
  page
    .locator('#data')
    .innerText()
    .catch(() => '(no #data section)');

/** Fails with what the page shows when `step` saw an alert or never ended. */
async function stepEnded(page, name, step) {
  if (!step.error && !step.timedOut) return;
  const shown = await dataShown(page);
  throw new Error(`import, ${name}: ${step.error ?? 'no end seen'}; #data shows:\n${shown}`);
}

/**
 * Opens Your data, settled. Now and then, on this loaded machine, Chromium gives a page of
 * Tend an empty message catalogue (chrome.i18n.getMessage answers '' for every key, so the
 * page shows its message keys and has no "Import" button); such a page is opened again, before
 * anything is timed.
 */
async function openDataSection(bench) {
  for (let tries = 1; ; tries += 1) {
    const page = await bench.context.newPage();
    await page.goto(bench.url('options.html#data'));
    await page.evaluate((quietMs) => window.__bench.settle({ quietMs, capMs: 8000 }), QUIET_MS);
    if (await page.evaluate(() => chrome.i18n.getMessage('backupImport') !== '')) return page;
    await page.close();
    console.warn(`import: options.html#data came up without its messages (try ${tries})`);
    if (tries === 3) throw new Error("import: Chromium gave Tend's page no message catalogue");
  }
}

async function importOnce(bench, file) {
  await clearStores(bench.control);
  const page = await openDataSection(bench);
  try {
    await noteNext(page, 'change');
    await page.locator('input[type="file"]').setInputFiles(file);
    const preview = await settledAfter(page, '[data-testid="backup-preview"]');
    await stepEnded(page, 'preview', preview);
    await noteNext(page, 'click');
    await page
      .getByRole('button', { name: 'Import', exact: true })
      .click()
      .catch(async (error) => {
        const shown = await dataShown(page);
        throw new Error(`import: ${error.message.split('\n')[0]}; #data shows:\n${shown}`);
      });
    const written = await settledAfter(page, '.undo-bar');
    await stepEnded(page, 'write', written);
    return { previewMs: preview.settledMs, writeMs: written.settledMs };
  } finally {
    await page.close();
  }
}

/**
 * IndexedDB's own cost for the file's records, in the same browser: every one put raw in one
 * transaction over the import's stores from an extension page, with no reading, checking or
 * page after it. Each record is a request, and a request costs about the same whatever its
 * size or indexes, so this is what the import's write cannot go below (issue 15's closing
 * note). Measured from the control page, which holds the backup (`window.__benchBackup`).
 */
async function rawWriteMs(bench) {
  await clearStores(bench.control);
  return bench.control.evaluate(async () => {
    const backup = window.__benchBackup;
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('tend');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const started = performance.now();
    const stores = ['settings', 'contacts', 'interactions', 'checkIns', 'reflections'];
    const tx = db.transaction([...stores, 'activity', 'nudgeLog', 'meta'], 'readwrite', {
      durability: 'strict',
    });
    tx.objectStore('settings').put(backup.settings, 'current');
    for (const store of stores.slice(1)) {
      for (const record of backup[store]) tx.objectStore(store).put(record);
    }
    for (const entry of backup.nudgeLog) tx.objectStore('nudgeLog').put(entry);
    for (const record of backup.activity) tx.objectStore('activity').add({ ...record });
    for (const exception of backup.dayExceptions) {
      tx.objectStore('meta').put(exception, `exception:${exception.date}`);
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return performance.now() - started;
  });
}

/**
 * `backup` is the backup object; it is written to `dir` as the user's file would be. With
 * `floor`, each import is followed by the same records written raw (rawWriteMs).
 */
export async function measureImport(bench, backup, { runs, dir, name = 'backup.json', floor }) {
  const file = path.join(dir, name);
  const text = `${JSON.stringify(backup)}\n`;
  await writeFile(file, text);
  const bytes = Buffer.byteLength(text);
  const counts = { people: backup.contacts.length, connections: backup.interactions.length };
  if (bytes > BACKUP_MAX_BYTES) return { fileMB: bytes / 2 ** 20, ...counts, refused: true };
  const runsDone = [];
  const rawMs = [];
  if (floor) await bench.control.evaluate((b) => (window.__benchBackup = b), backup);
  for (let run = 0; run < runs; run += 1) {
    runsDone.push(await importOnce(bench, file));
    if (floor) rawMs.push(await rawWriteMs(bench));
  }
  if (floor) await bench.control.evaluate(() => delete window.__benchBackup);
  return {
    fileMB: Math.round((bytes / 2 ** 20) * 10) / 10,
    ...counts,
    preview: summary(runsDone.map((r) => r.previewMs)),
    write: summary(runsDone.map((r) => r.writeMs)),
    total: summary(runsDone.map((r) => r.previewMs + r.writeMs)),
    ...(floor ? { rawWrite: summary(rawMs) } : {}),
  };
}
