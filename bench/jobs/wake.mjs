// The background's wake on its alarm, from the alarm event in the worker to the next wake
// alarm set and to the popup's view stored, read from the worker probe's log. Warm: the
// worker has just woken before. Cold: the worker was stopped (CDP ServiceWorker.stopWorker)
// and the alarm starts it; the figures then also give the worker's start (to its script) and
// the script's own evaluation, which come before the alarm event.
import { waitForViewAfter } from '../lib/extension.mjs';
import { alarmNow } from '../lib/page-probe.mjs';
import { median, round, summary } from '../lib/stats.mjs';
import { wakeFigures } from '../lib/worker-probe.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One wake on an alarm, warm or cold, with its figures and timeline. */
export async function oneWake(bench, { cold }) {
  if (cold) await bench.stopWorker();
  else {
    await bench.worker().evaluate(() => (globalThis.__tendBench.log.length = 0));
    await sleep(50);
  }
  await waitForViewAfter(bench.control, () => alarmNow(bench.control));
  // Another wake (a page's message, an idle change) may have stored a view first: the alarm's
  // wake then ends a little later.
  let probe;
  let figures = null;
  for (let tries = 0; !figures; tries += 1) {
    if (tries > 0) await sleep(20);
    if (tries > 250) throw new Error('the probe saw no complete wake on the alarm within 5 s');
    probe = await bench.worker().evaluate(() => globalThis.__tendBench);
    figures = wakeFigures(probe.log);
  }
  return {
    ...figures,
    workerStartToAlarmMs: figures.startT,
    scriptEvalMs: probe.scriptEndMs - probe.scriptStartMs,
  };
}

/** The run whose view-stored figure is the median one: its timeline shows a typical wake. */
function typical(wakes) {
  const mid = median(wakes.map((w) => w.toViewStoredMs));
  return wakes.reduce((best, w) =>
    Math.abs(w.toViewStoredMs - mid) < Math.abs(best.toViewStoredMs - mid) ? w : best,
  ).timeline;
}

async function series(bench, { cold, runs, warmup }) {
  const wakes = [];
  for (let run = 0; run < warmup + runs; run += 1) {
    const wake = await oneWake(bench, { cold });
    if (run >= warmup) wakes.push(wake);
  }
  return wakeFiguresOf(wakes, { cold });
}

/** The medians and the typical timeline of `wakes` (oneWake's), warm or cold. */
export function wakeFiguresOf(wakes, { cold }) {
  const figures = {
    toViewStored: summary(wakes.map((w) => w.toViewStoredMs)),
    toNextAlarm: summary(wakes.map((w) => w.toNextAlarmMs)),
    typicalTimeline: typical(wakes),
  };
  if (cold) {
    figures.workerStartToAlarm = summary(wakes.map((w) => w.workerStartToAlarmMs));
    figures.scriptEvalMedianMs = round(median(wakes.map((w) => w.scriptEvalMs)), 2);
  }
  return figures;
}

export async function measureWake(bench, { runs, warmup, coldRuns }) {
  const warm = await series(bench, { cold: false, runs, warmup });
  const cold = await series(bench, { cold: true, runs: coldRuns, warmup: 1 });
  return { warm, cold };
}
