// Cost as data grows: the popup, the wake, Insights and the import at 1×, 3× and 10× the seed
// profile (seed-data.mjs sizesAt: people 300 → 3 000, connections 20 000 → 200 000, two
// years of history → twenty). The popup and the wake read only recent, indexed data, so they
// must stay within 15% from 1× to 10×; Insights and the import may grow. The user of these
// profiles keeps what the years bring that a wake must not read through:
// - they never clock in (most days start by themselves), so a read that looks back for the
//   clock state a window begins in finds none; one that walked back for it read all the
//   years (a warm wake at 1× took 68 ms so, against 7 ms with the seed's clock-ins);
// - they booked two one-off meetings a month as check-ins, all over now (48 at 1×, about
//   480 at 10×); walking each one's dates at every wake cost a warm wake 25 ms at 950.
//
// Each scale has a browser of its own, and the popup and the wakes are measured in rounds
// that visit the three in turn: a 15% verdict cannot rest on three series minutes apart on
// a shared machine, whose load drifts by more than that (three such runs gave 0.77×, 0.99×
// and 1.71× for the same build). Warm wakes and popups share rounds; the cold wakes, which
// restart a worker, come after them in rounds of their own, so a warm wake always follows
// warm ones.
import { openBench } from '../lib/extension.mjs';
import { seedBackup, seedData, validate } from '../seed.mjs';
import { round } from '../lib/stats.mjs';
import { verdict } from '../report.mjs';
import { measureImport } from './import.mjs';
import { measureInsights } from './options.mjs';
import { pairedWithBlank, popupFigures } from './popup.mjs';
import { oneWake, wakeFiguresOf } from './wake.mjs';

export const SCALES = [1, 3, 10];

async function seeded(bench, scale, now) {
  const data = validate(
    seedData(now, undefined, scale, { clocksIn: false, pastMeetings: true }),
    now,
  );
  const started = performance.now();
  await bench.load(data);
  const loadSeconds = round((performance.now() - started) / 1000);
  console.log(
    `  ${scale}×: ${data.contacts.length} people, ${data.interactions.length} connections,`,
    `${data.activity.length} activity transitions, ${data.checkIns.length} check-ins,`,
    `loaded in ${loadSeconds} s`,
  );
  return data;
}

/** The scales' indexes in round `round`'s order: each scale goes first as often as the others. */
const turnOrder = (round) => SCALES.map((_, i) => (i + round) % SCALES.length);

/** `rounds` rounds after `warmup` discarded ones, `step(i, round)` once per scale in each. */
async function inRounds({ rounds, warmup }, step) {
  const kept = SCALES.map(() => []);
  for (let r = 0; r < warmup + rounds; r += 1) {
    for (const i of turnOrder(r)) {
      const result = await step(i, r);
      if (r >= warmup) kept[i].push(result);
    }
  }
  return kept;
}

const WARMUP_ROUNDS = 2;

async function interleaved(benches, counts) {
  const pairs = SCALES.map(() => []);
  const warm = await inRounds(
    { rounds: Math.max(counts.popup, counts.wake), warmup: WARMUP_ROUNDS },
    async (i, r) => {
      const [pair] = await pairedWithBlank(benches[i], 'popup.html', {
        runs: 1,
        warmup: 0,
        firstRun: r,
      });
      if (r >= WARMUP_ROUNDS && pairs[i].length < counts.popup) pairs[i].push(pair);
      return oneWake(benches[i], { cold: false });
    },
  );
  const cold = await inRounds({ rounds: counts.cold, warmup: 1 }, (i) =>
    oneWake(benches[i], { cold: true }),
  );
  return SCALES.map((_, i) => ({
    popup: popupFigures(pairs[i]),
    wake: {
      warm: wakeFiguresOf(warm[i].slice(0, counts.wake), { cold: false }),
      cold: wakeFiguresOf(cold[i], { cold: true }),
    },
  }));
}

export async function measureScale(bench, { now, counts, dir }) {
  const benches = [bench];
  try {
    while (benches.length < SCALES.length) benches.push(await openBench());
    const data = [];
    for (const [i, scale] of SCALES.entries()) data.push(await seeded(benches[i], scale, now));
    const measured = await interleaved(benches, counts);
    const rows = [];
    // Insights and the import may grow with the data: measured one scale after another.
    for (const [i, scale] of SCALES.entries()) {
      const { popup, wake } = measured[i];
      const insights = await measureInsights(benches[i], { runs: counts.insights, warmup: 1 });
      const imported = await measureImport(benches[i], seedBackup(now, data[i]), {
        runs: counts.import,
        dir,
        name: `backup-${scale}x.json`,
      });
      rows.push({
        scale,
        people: data[i].contacts.length,
        connections: data[i].interactions.length,
        activity: data[i].activity.length,
        popupSettledRatio: popup.settled.ratio,
        popupFcpRatio: popup.firstContentfulPaint.ratio,
        popupSettledMs: popup.settled.pageMedianMs,
        wakeWarmMs: wake.warm.toViewStored.medianMs,
        wakeColdMs: wake.cold.toViewStored.medianMs,
        insightsMs: insights.medianMs,
        importFileMB: round(imported.fileMB),
        importMs: imported.refused ? null : imported.total.medianMs,
        importRefused: imported.refused ?? false,
        detail: { popup, wake, insights, import: imported },
      });
    }
    const [first, , last] = rows;
    const growth = (key) => round(last[key] / first[key], 2);
    const verdicts = [
      verdict('flatPopup', growth('popupSettledRatio')),
      verdict('flatWakeWarm', growth('wakeWarmMs')),
      verdict('flatWakeCold', growth('wakeColdMs')),
    ];
    return { rows, verdicts };
  } finally {
    // The first is the caller's to close.
    for (const other of benches.slice(1)) await other.close();
  }
}

/** The scale table, one line per scale, with the figures' targets at the top. */
export function printScaleTable(rows) {
  const columns = [
    ['scale', (r) => `${r.scale}×`],
    ['people', (r) => r.people],
    ['connections', (r) => r.connections],
    ['popup settled ÷ blank (≤1.2×)', (r) => `${r.popupSettledRatio.toFixed(2)}×`],
    ['popup FCP ÷ blank (≤1.1×)', (r) => `${r.popupFcpRatio.toFixed(2)}×`],
    ['wake warm (≤5 ms)', (r) => r.wakeWarmMs],
    ['wake cold (≤10 ms)', (r) => r.wakeColdMs],
    ['Insights (≤100 ms)', (r) => r.insightsMs],
    [
      'import (≤2 000 ms at 1×)',
      (r) => (r.importRefused ? `refused: ${r.importFileMB} MB > 20 MB` : r.importMs),
    ],
  ];
  const cells = rows.map((r) => columns.map(([, get]) => String(get(r))));
  const widths = columns.map(([name], i) =>
    Math.max(name.length, ...cells.map((c) => c[i].length)),
  );
  const line = (values) => values.map((v, i) => v.padStart(widths[i])).join('  ');
  console.log(`\n${line(columns.map(([name]) => name))}`);
  for (const c of cells) console.log(line(c));
}
