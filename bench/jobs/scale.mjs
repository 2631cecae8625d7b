// Cost as data grows: the popup, the wake, Insights and the import at 1×, 3× and 10× the seed
// profile (seed-data.mjs sizesAt: people 300 → 3 000, connections 20 000 → 200 000, two
// years of history → twenty). The popup and the wake read only recent, indexed data, so they
// must stay within 15% from 1× to 10×; Insights and the import may grow.
import { seedBackup, seedData, validate } from '../seed.mjs';
import { round } from '../lib/stats.mjs';
import { verdict } from '../report.mjs';
import { measureImport } from './import.mjs';
import { measureInsights } from './options.mjs';
import { measurePopup } from './popup.mjs';
import { measureWake } from './wake.mjs';

export const SCALES = [1, 3, 10];

async function atScale(bench, scale, now, counts, dir) {
  const data = validate(seedData(now, undefined, scale), now);
  const started = performance.now();
  await bench.load(data);
  const loadSeconds = round((performance.now() - started) / 1000);
  console.log(
    `  ${scale}×: ${data.contacts.length} people, ${data.interactions.length} connections,`,
    `${data.activity.length} activity transitions, loaded in ${loadSeconds} s`,
  );
  const popup = await measurePopup(bench, { runs: counts.popup, warmup: 2 });
  const wake = await measureWake(bench, { runs: counts.wake, warmup: 2, coldRuns: counts.cold });
  const insights = await measureInsights(bench, { runs: counts.insights, warmup: 1 });
  const backup = seedBackup(now, data);
  const imported = await measureImport(bench, backup, {
    runs: counts.import,
    dir,
    name: `backup-${scale}x.json`,
  });
  return {
    scale,
    people: data.contacts.length,
    connections: data.interactions.length,
    activity: data.activity.length,
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
  };
}

export async function measureScale(bench, { now, counts, dir }) {
  const rows = [];
  for (const scale of SCALES) rows.push(await atScale(bench, scale, now, counts, dir));
  const [first, , last] = rows;
  const growth = (key) => round(last[key] / first[key], 2);
  const verdicts = [
    verdict('flatPopup', growth('popupSettledRatio')),
    verdict('flatWakeWarm', growth('wakeWarmMs')),
    verdict('flatWakeCold', growth('wakeColdMs')),
  ];
  return { rows, verdicts };
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
