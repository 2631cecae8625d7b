// The benchmark's verdicts: each figure against its target (issue 15), printed as a table,
// and bench/results.json, which keeps the latest figures of a plain run and of a --scale run
// side by side, with the machine they were taken on.
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';

export const RESULTS = path.resolve(import.meta.dirname, 'results.json');

/** The targets of issue 15. `at most` limits; the unit says how the figure reads. */
export const TARGETS = {
  popupSettledRatio: { what: 'popup content settled ÷ blank page', max: 1.2, unit: '×' },
  popupFcpRatio: { what: 'popup first contentful paint ÷ blank page', max: 1.1, unit: '×' },
  popupScriptsGzipKB: { what: 'popup scripts, gzipped (CSS apart)', max: 15, unit: 'KB' },
  backgroundGzipKB: { what: 'background script, gzipped', max: 20, unit: 'KB' },
  wakeColdMs: { what: 'wake, cold worker: alarm → view stored', max: 10, unit: 'ms' },
  wakeWarmMs: { what: 'wake, warm worker: alarm → view stored', max: 5, unit: 'ms' },
  sectionRatio: { what: 'options section shown ÷ blank page', max: 2, unit: '×' },
  insightsMs: { what: "Insights' 12 weeks shown (extreme profile)", max: 100, unit: 'ms' },
  networkKeystrokeMs: { what: 'network search keystroke → next paint', max: 50, unit: 'ms' },
  importMs: { what: 'import of the seed backup (preview + write)', max: 2000, unit: 'ms' },
  flatPopup: { what: 'popup settled ratio, 10× ÷ 1×', max: 1.15, unit: '×' },
  flatWakeWarm: { what: 'wake warm, 10× ÷ 1×', max: 1.15, unit: '×' },
  flatWakeCold: { what: 'wake cold, 10× ÷ 1×', max: 1.15, unit: '×' },
};

/** One verdict: a figure, its target, and whether it is met. `label` overrides the name. */
export function verdict(id, measured, label, { binding = true } = {}) {
  const target = TARGETS[id];
  return {
    id,
    what: label ?? target.what,
    measured,
    target: target.unit === '×' ? `≤ ${target.max}×` : `≤ ${target.max} ${target.unit}`,
    unit: target.unit,
    met: measured !== null && measured <= target.max,
    binding,
  };
}

export function machine(chromium) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    chromium,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

const format = (value, unit) =>
  value === null ? '—' : unit === '×' ? `${value.toFixed(2)}×` : `${value} ${unit}`;

/** Prints the verdicts as an aligned table; returns how many binding ones were missed. */
export function printVerdicts(title, verdicts) {
  console.log(`\n${title}`);
  const width = Math.max(...verdicts.map((v) => v.what.length));
  for (const v of verdicts) {
    const mark = v.met ? 'met' : v.binding ? 'MISSED' : 'over (not binding)';
    const measured = format(v.measured, v.unit).padStart(10);
    console.log(`  ${v.what.padEnd(width)}  ${measured}   target ${v.target.padEnd(9)}  ${mark}`);
  }
  return verdicts.filter((v) => v.binding && !v.met).length;
}

/** Keeps the other mode's figures: a plain run and a --scale run each replace their own. */
export async function saveResults(mode, figures, meta) {
  const previous = await readFile(RESULTS, 'utf8').then(JSON.parse, () => ({}));
  const results = { ...previous, machine: meta.machine, [mode]: { ...meta.run, ...figures } };
  // Formatted as `npm run lint` wants it: the file is committed.
  const config = (await prettier.resolveConfig(RESULTS)) ?? {};
  await writeFile(
    RESULTS,
    await prettier.format(JSON.stringify(results), { ...config, filepath: RESULTS }),
  );
  return results;
}

/** The figures behind the verdicts that say where time goes, a line each. */
export function printDetails(f) {
  const lines = [];
  const phase = (p) =>
    `load ${p.loadMs} ms, first text ${p.firstTextMs} ms, settled ${p.settledMs} ms ` +
    `(${p.framesWithNewText} frames with new text, the last in ${p.lastChangeIn})`;
  if (f.popup) {
    lines.push(`popup: ${phase(f.popup.phases.popup)}`);
    lines.push(`blank page: ${phase(f.popup.phases.blank)}`);
    const aged = f.popup.agedPicture;
    lines.push(
      `popup with its picture a minute old (figures hidden until live): settled ÷ blank ` +
        `${aged.settled.ratio}×, first contentful paint ÷ blank ${aged.firstContentfulPaint.ratio}×`,
    );
  }
  if (f.floors) {
    const { style, database } = f.floors;
    const both = (r) =>
      `settled ${r.settled.ratio}×, first contentful paint ${r.firstContentfulPaint.ratio}×`;
    lines.push(
      `reference, a stylesheet and a module script ÷ blank: ${both(style)}`,
      `reference, the same reading one record of the database first ÷ blank: ${both(database)}`,
      `reference wake, a warm wake's browser calls and nothing else: ${f.floors.wake.medianMs} ms`,
    );
  }
  if (f.wake) {
    const { warm, cold } = f.wake;
    lines.push(
      `wake warm: next alarm set at ${warm.toNextAlarm.medianMs} ms, view stored at ` +
        `${warm.toViewStored.medianMs} ms (p90 ${warm.toViewStored.p90Ms})`,
      `wake cold: worker start to alarm event ${cold.workerStartToAlarm.medianMs} ms (script ` +
        `${cold.scriptEvalMedianMs} ms); next alarm set at ${cold.toNextAlarm.medianMs} ms, view ` +
        `stored at ${cold.toViewStored.medianMs} ms`,
    );
  }
  if (f.syncWake) {
    const { warm, cold, areaBytes } = f.syncWake;
    lines.push(
      `wake with sync on (no target; the sync area holds ${areaBytes} bytes): view stored at ` +
        `${warm.toViewStored.medianMs} ms warm, ${cold.toViewStored.medianMs} ms cold`,
    );
  }
  if (f.import?.preview) {
    lines.push(
      `import (${f.import.fileMB} MB): preview ${f.import.preview.medianMs} ms, write ` +
        `${f.import.write.medianMs} ms` +
        (f.import.rawWrite
          ? `; IndexedDB alone, the same records put raw: ${f.import.rawWrite.medianMs} ms`
          : ''),
    );
  }
  if (f.network) {
    const keys = f.network.byKey.map((k) => `${k.key} ${k.medianMs}`).join(', ');
    lines.push(`network search (${f.network.rows} rows shown), ms per keystroke: ${keys}`);
    if (f.network.fast) {
      const fast = f.network.fast.byKey.map((k) => `${k.key} ${k.medianMs}`).join(', ');
      lines.push(`  typed ${f.network.fast.gapMs} ms apart: ${fast}`);
    }
  }
  if (lines.length > 0) console.log(`\n${lines.join('\n')}`);
}
