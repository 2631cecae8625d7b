// Issue 15's benchmark: `npm run bench` builds Tend and measures the production build
// (.output/chrome-mv3) in headless Chromium, with the seed profile (bench/seed.mjs), against
// a blank page of the extension in the same browser: the popup, the options sections, the
// wake (warm and cold), the import; Insights and the network search on the extreme profile;
// the scripts' gzipped sizes. `npm run bench -- --scale` runs the popup, the wake, Insights
// and the import at 1×, 3× and 10× the seed profile instead. Every figure is printed against
// its target, bench/results.json keeps them, and the exit code is 1 when a target is missed.
// Beside them, the reference pages (jobs/floors.mjs): what any page built as Tend's takes.
// Options: --runs=N (paired runs of the popup and warm wakes; the other jobs take fewer in
// proportion), --only=popup,floors,wake,sections,import,insights,network,sync (a plain run's jobs).
import { mkdtemp, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILD, openBench } from './lib/extension.mjs';
import { bundleSizes } from './lib/bundle.mjs';
import { round } from './lib/stats.mjs';
import { extremeData, seedBackup, seedData, validate } from './seed.mjs';
import { machine, printDetails, printVerdicts, saveResults, verdict } from './report.mjs';
import { measureFloors } from './jobs/floors.mjs';
import { measureImport } from './jobs/import.mjs';
import { measureNetworkSearch } from './jobs/network.mjs';
import { measureInsights, measureSections } from './jobs/options.mjs';
import { measurePopup } from './jobs/popup.mjs';
import { measureScale, printScaleTable } from './jobs/scale.mjs';
import { measureSyncWake } from './jobs/sync.mjs';
import { measureWake } from './jobs/wake.mjs';

const JOBS = ['popup', 'floors', 'wake', 'sections', 'import', 'insights', 'network', 'sync'];

const USAGE = `usage: node bench/run.mjs [--scale] [--runs=N] [--only=${JOBS.join(',')}]`;
// Anything else stops the run: an option mistyped (or --help) must not start ten minutes of
// the whole bench.
const KNOWN = /^--(scale|runs=\d+|only=[a-z,-]+)$/;

function options(argv) {
  if (argv.includes('--help')) {
    console.log(USAGE);
    process.exit(0);
  }
  const strange = argv.filter((a) => !KNOWN.test(a));
  if (strange.length > 0) {
    console.error(`unknown option(s): ${strange.join(' ')}\n${USAGE}`);
    process.exit(2);
  }
  const value = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const runs = Number(value('runs') ?? process.env.BENCH_RUNS ?? 21);
  const only = value('only')?.split(',') ?? JOBS;
  const unknown = only.filter((job) => !JOBS.includes(job));
  if (unknown.length > 0) throw new Error(`unknown job(s): ${unknown.join(', ')}`);
  const part = (share, least) => Math.max(least, Math.round(runs * share));
  return {
    scale: argv.includes('--scale'),
    only: new Set(only),
    counts: {
      popup: runs,
      floors: runs,
      wake: runs,
      cold: part(0.5, 3),
      sections: part(1 / 3, 5),
      insights: part(0.5, 3),
      network: part(0.25, 2),
      import: part(1 / 7, 2),
      sync: part(0.5, 3),
      syncCold: part(0.25, 3),
    },
    scaleCounts: {
      popup: part(0.5, 3),
      wake: part(0.5, 3),
      cold: part(1 / 3, 3),
      insights: part(1 / 3, 3),
      import: 1,
    },
  };
}

/** A plain run: every job on its profile; the verdicts and the figures behind them. */
async function plainRun(bench, { only, counts }, now, dir) {
  const figures = {};
  const verdicts = [];
  const seed = validate(seedData(now), now);
  await bench.load(seed);
  if (only.has('popup')) {
    const popup = (figures.popup = await measurePopup(bench, { runs: counts.popup, warmup: 3 }));
    verdicts.push(verdict('popupSettledRatio', popup.settled.ratio));
    verdicts.push(verdict('popupFcpRatio', popup.firstContentfulPaint.ratio));
  }
  if (only.has('floors')) {
    figures.floors = await measureFloors(bench, { runs: counts.floors, warmup: 2 });
  }
  if (only.has('wake')) {
    const wake = (figures.wake = await measureWake(bench, {
      runs: counts.wake,
      warmup: 3,
      coldRuns: counts.cold,
    }));
    verdicts.push(verdict('wakeColdMs', wake.cold.toViewStored.medianMs));
    verdicts.push(verdict('wakeWarmMs', wake.warm.toViewStored.medianMs));
  }
  if (only.has('sections')) {
    figures.sections = await measureSections(bench, { runs: counts.sections, warmup: 1 });
    for (const [id, s] of Object.entries(figures.sections)) {
      verdicts.push(verdict('sectionRatio', s.ratio, `options section #${id} shown ÷ blank page`));
    }
  }
  if (only.has('import')) {
    figures.import = await measureImport(bench, seedBackup(now, seed), {
      runs: counts.import,
      dir,
      floor: true,
    });
    verdicts.push(verdict('importMs', figures.import.total?.medianMs ?? null));
  }
  if (only.has('insights') || only.has('network')) {
    const extreme = validate(extremeData(now), now);
    await bench.load(extreme);
    figures.extreme = { people: extreme.contacts.length, activity: extreme.activity.length };
    if (only.has('insights')) {
      figures.insights = await measureInsights(bench, { runs: counts.insights, warmup: 1 });
      verdicts.push(verdict('insightsMs', figures.insights.medianMs));
    }
    if (only.has('network')) {
      figures.network = await measureNetworkSearch(bench, {
        rounds: counts.network,
        people: extreme.contacts.length,
      });
      const { slowestKey, slowestKeyMedianMs } = figures.network;
      const label = `network search, ${extreme.contacts.length} people: "${slowestKey}" → next paint`;
      verdicts.push(verdict('networkKeystrokeMs', slowestKeyMedianMs, label));
    }
  }
  // Last: it turns sync on and off again, on the seed profile.
  if (only.has('sync')) {
    await bench.load(seed);
    figures.syncWake = await measureSyncWake(bench, {
      runs: counts.sync,
      coldRuns: counts.syncCold,
    });
  }
  return { figures, verdicts };
}

async function main() {
  const opts = options(process.argv.slice(2));
  const sizes = await bundleSizes(BUILD);
  const dir = await mkdtemp(path.join(tmpdir(), 'tend-bench-files-'));
  const bench = await openBench();
  const loadBefore = os.loadavg().map((l) => round(l, 2));
  const started = performance.now();
  const now = Date.now();
  try {
    let result;
    if (opts.scale) {
      result = await measureScale(bench, { now, counts: opts.scaleCounts, dir });
      printScaleTable(result.rows);
    } else {
      result = await plainRun(bench, opts, now, dir);
      result.figures.sizes = sizes;
      result.verdicts.push(verdict('popupScriptsGzipKB', sizes.popup.scriptsGzipKB));
      result.verdicts.push(verdict('backgroundGzipKB', sizes.background.scriptsGzipKB));
    }
    const chromium = bench.context.browser()?.version() ?? 'unknown';
    const run = {
      measuredAt: new Date().toISOString(),
      minutes: round((performance.now() - started) / 60_000),
      loadAverage: { before: loadBefore, after: os.loadavg().map((l) => round(l, 2)) },
      counts: opts.scale ? opts.scaleCounts : opts.counts,
      jobs: opts.scale ? ['scale'] : [...opts.only],
    };
    const mode = opts.scale ? 'scale' : 'plain';
    const { verdicts, figures = {}, rows } = result;
    // A run of some jobs only does not replace the last full run's figures.
    const complete = opts.scale || opts.only.size === JOBS.length;
    if (complete) {
      await saveResults(mode, { verdicts, ...figures, rows }, { machine: machine(chromium), run });
    }
    printDetails(figures);
    const title = opts.scale ? 'Cost as data grows (1× → 10×)' : 'Figures against targets';
    const missed = printVerdicts(title, result.verdicts);
    console.log(
      `\nChromium ${chromium}, ${os.cpus().length} cores; load average ${loadBefore.join(' ')} ` +
        `before, ${run.loadAverage.after.join(' ')} after; ` +
        (complete ? 'written to bench/results.json' : 'some jobs only: bench/results.json kept'),
    );
    if (missed > 0) {
      console.error(`${missed} target(s) missed`);
      process.exitCode = 1;
    }
  } finally {
    await bench.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
