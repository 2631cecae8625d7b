// Where the time goes: `node bench/profile.mjs` builds Tend unminified
// (bench/wxt.profile.config.ts), repeats the benchmark's scenarios under the CPU profiler and
// prints each one's self time by module and by function, with the wake's timeline of browser
// calls and IndexedDB requests. Writes bench/profile.json. The figures are slower than the
// minified build's and only their shares matter. --no-build reuses .output/bench-profile.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openBench, waitForViewAfter } from './lib/extension.mjs';
import { profilePage, profileWorker, whereTimeWent } from './lib/cpu-profile.mjs';
import { QUIET_MS, alarmNow, switchSettled } from './lib/page-probe.mjs';
import { clearStores, extremeData, seedBackup, seedData, validate } from './seed.mjs';

const BUILD = path.resolve(import.meta.dirname, '../.output/bench-profile/chrome-mv3');
const settle = (page, ready = null) =>
  page.evaluate((o) => window.__bench.settle(o), { quietMs: QUIET_MS, capMs: 30_000, ready });

/** Opens `target` from the blank page in the same tab (one renderer, one profile), `times`. */
async function pageOpens(bench, target, times, ready = null) {
  const profiles = [];
  for (let run = 0; run < times; run += 1) {
    const page = await bench.context.newPage();
    await page.goto(bench.url('bench-blank.html'));
    profiles.push(
      await profilePage(page, async () => {
        await page.goto(bench.url(target));
        await settle(page, ready);
      }),
    );
    await page.close();
  }
  return profiles;
}

async function inPage(bench, url, ready, work) {
  const page = await bench.context.newPage();
  await page.goto(bench.url(url));
  await settle(page, ready);
  const profile = await profilePage(page, () => work(page));
  await page.close();
  return [profile];
}

async function warmWakes(bench, times) {
  await waitForViewAfter(bench.control, () => alarmNow(bench.control));
  let log = [];
  const profile = await profileWorker(bench.context, async () => {
    for (let run = 0; run < times; run += 1) {
      await bench.worker().evaluate(() => (globalThis.__tendBench.log.length = 0));
      await waitForViewAfter(bench.control, () => alarmNow(bench.control));
    }
    log = await bench.worker().evaluate(() => globalThis.__tendBench.log);
  });
  return { profiles: [profile], log };
}

async function importOnce(bench, file) {
  await clearStores(bench.control);
  return inPage(bench, 'options.html#data', '#data', async (page) => {
    await page.locator('input[type="file"]').setInputFiles(file);
    await settle(page, '[data-testid="backup-preview"]');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await settle(page, '.undo-bar');
  });
}

async function typing(page) {
  const search = page.locator('input[type="search"]');
  await search.focus();
  for (const key of 'okafor') await page.keyboard.press(key);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await settle(page);
}

async function scenarios(bench, dir) {
  const now = Date.now();
  const seed = validate(seedData(now), now);
  await bench.load(seed);
  const out = {};
  out['popup opened (seed profile)'] = await pageOpens(bench, 'popup.html', 5);
  out['options #network opened (seed profile)'] = await pageOpens(
    bench,
    'options.html#network',
    3,
    '.person-row',
  );
  const wakes = await warmWakes(bench, 10);
  out['10 warm wakes (seed profile)'] = wakes.profiles;
  const file = path.join(dir, 'backup.json');
  await writeFile(file, JSON.stringify(seedBackup(now, seed)));
  out['import of the seed backup'] = await importOnce(bench, file);
  await bench.load(validate(extremeData(now), now));
  out['Insights shown 3 times (extreme profile)'] = await inPage(
    bench,
    'options.html#hours',
    '#hours',
    async (page) => {
      for (let run = 0; run < 3; run += 1) {
        await switchSettled(page, '#insights', '#insights svg');
        await switchSettled(page, '#hours', '#hours');
      }
    },
  );
  out['network search typed and cleared (3 000 people)'] = await inPage(
    bench,
    'options.html#network',
    '.person-row',
    typing,
  );
  return { profiles: out, wakeLog: wakes.log };
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    execFileSync('npx', ['wxt', 'build', '-c', 'bench/wxt.profile.config.ts'], {
      stdio: 'inherit',
    });
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'tend-profile-'));
  const bench = await openBench(BUILD);
  try {
    const { profiles, wakeLog } = await scenarios(bench, dir);
    const report = {};
    for (const [name, list] of Object.entries(profiles)) {
      const where = (report[name] = await whereTimeWent(list, BUILD));
      console.log(`\n${name}: ${where.totalMs} ms of CPU`);
      for (const m of where.byModule) console.log(`  ${String(m.ms).padStart(8)}  ${m.name}`);
      console.log('  by function:');
      for (const f of where.byFunction) console.log(`  ${String(f.ms).padStart(8)}  ${f.name}`);
    }
    report.wakeLog = wakeLog;
    await writeFile(
      path.resolve(import.meta.dirname, 'profile.json'),
      `${JSON.stringify(report, null, 2)}\n`,
    );
  } finally {
    await bench.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
