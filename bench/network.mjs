// Measures the options page's network list with 1 000 people in real Chromium: how long
// the section takes to show them, and how long a search keystroke takes to narrow the
// list. Figures go to bench/network.json; run after `npm run build:e2e`.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launchWithExtension } from './launch.mjs';

const extension = path.resolve(import.meta.dirname, '../.output/e2e/chrome-mv3');
const PEOPLE = 1000;
const RUNS = 15;
const ROLES = ['colleague', 'supervisor', 'mentor', 'friend', 'family', 'peer-group'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const browser = await launchWithExtension(extension);
const { context } = browser;
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  const page = await context.newPage();
  await page.goto(`${base}/options.html#hours`);
  await page.getByRole('button', { name: 'Save' }).waitFor();
  // Seed through IndexedDB directly, in the shape src/db writes.
  await page.evaluate(
    async ({ count, roles }) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('tend');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('contacts', 'readwrite');
      const now = Date.now();
      for (let i = 0; i < count; i += 1) {
        tx.objectStore('contacts').put({
          id: `p${i}`,
          name: `Person ${String(i).padStart(4, '0')} ${['Rivera', 'Chen', 'Okafor', 'Novak'][i % 4]}`,
          isGroup: false,
          roles: [roles[i % roles.length]],
          reach: [{ kind: 'email', value: `p${i}@example.org` }],
          cadence: { kind: 'role-default' },
          availability: '',
          availabilityLevel: null,
          trust: '',
          trustLevel: null,
          notes: '',
          archived: i % 50 === 0,
          snoozedUntil: null,
          lastContactAt: now - (i % 60) * 86_400_000,
          createdAt: now - 400 * 86_400_000,
          updatedAt: now,
        });
      }
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { count: PEOPLE, roles: ROLES },
  );

  const open = [];
  const keystroke = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = Date.now();
    await page.goto(`${base}/options.html#network`);
    await page
      .locator('.person-row')
      .nth(PEOPLE - PEOPLE / 50 - 1)
      .waitFor();
    open.push(Date.now() - started);
    const search = page.getByRole('searchbox', { name: 'Search' });
    const typed = await page.evaluate(async () => {
      const input = document.querySelector('input[name="search"]');
      const list = document.querySelector('.people');
      const t0 = performance.now();
      input.value = 'okafor';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Solid updates synchronously; wait one frame for layout and paint.
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      return { ms: performance.now() - t0, rows: list.children.length };
    });
    keystroke.push(typed.ms);
    await search.fill('');
  }
  const results = {
    people: PEOPLE,
    runs: RUNS,
    medianOpenToFullListMs: median(open),
    medianSearchToPaintMs: Math.round(median(keystroke) * 10) / 10,
    chromium: context.browser()?.version() ?? 'unknown',
    measuredAt: new Date().toISOString(),
  };
  await writeFile(
    path.resolve(import.meta.dirname, 'network.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  console.table(results);
} finally {
  await browser.close();
}
