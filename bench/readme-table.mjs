// Writes the README's benchmark tables from bench/results.json, between the lines
// `<!-- bench:start -->` and `<!-- bench:end -->`: `node bench/readme-table.mjs` after a run.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as prettier from 'prettier';
import { RESULTS } from './report.mjs';

const README = path.resolve(import.meta.dirname, '../README.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const ms = (value) => (value >= 100 ? Math.round(value) : value);
const shown = (v) =>
  v.measured === null
    ? '—'
    : v.unit === '×'
      ? `${v.measured.toFixed(2)}×`
      : `${v.unit === 'ms' ? ms(v.measured) : v.measured} ${v.unit}`;
const day = (iso) => iso.slice(0, 10);

function verdictTable(verdicts) {
  const lines = ['| figure | measured | target | |', '| --- | --: | --: | --- |'];
  for (const v of verdicts) {
    lines.push(`| ${v.what} | ${shown(v)} | ${v.target} | ${v.met ? 'met' : '**missed**'} |`);
  }
  return lines;
}

function scaleTable(rows) {
  const lines = [
    '| scale | people | connections | popup settled ÷ blank | popup FCP ÷ blank | wake warm | wake cold | Insights | import |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: |',
  ];
  for (const r of rows) {
    const imported = r.importRefused
      ? `refused (${r.importFileMB} MB > 20 MB)`
      : `${ms(r.importMs)} ms`;
    lines.push(
      `| ${r.scale}× | ${r.people} | ${r.connections} | ${r.popupSettledRatio.toFixed(2)}× | ` +
        `${r.popupFcpRatio.toFixed(2)}× | ${ms(r.wakeWarmMs)} ms | ${ms(r.wakeColdMs)} ms | ` +
        `${ms(r.insightsMs)} ms | ${imported} |`,
    );
  }
  return lines;
}

const results = JSON.parse(await readFile(RESULTS, 'utf8'));
const { machine, plain, scale } = results;
const parts = [
  `Measured on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, headless ` +
    `Chromium ${machine.chromium}, Node ${machine.node}.`,
];
if (plain) {
  parts.push(
    '',
    `\`npm run bench\`, ${day(plain.measuredAt)}, ${plain.counts.popup} paired runs ` +
      `(load average ${plain.loadAverage.before[0]} before, ${plain.loadAverage.after[0]} after):`,
    '',
    ...verdictTable(plain.verdicts),
  );
  if (plain.floors) {
    const line = (name, r) =>
      `| ${name} | ${r.settled.ratio.toFixed(2)}× | ${r.firstContentfulPaint.ratio.toFixed(2)}× |`;
    parts.push(
      '',
      'The reference pages in the same run, ÷ the blank page (no targets):',
      '',
      '| page | settled | first contentful paint |',
      '| --- | --: | --: |',
      line('a stylesheet and a module script', plain.floors.style),
      line("the same, reading one record of Tend's database first", plain.floors.database),
      '',
      `The reference wake, a warm wake's browser calls with none of Tend's code: ` +
        `${plain.floors.wake.medianMs} ms.`,
    );
  }
  if (plain.syncWake) {
    const { warm, cold, areaBytes } = plain.syncWake;
    parts.push(
      '',
      `With sync on (off by default; no target), the sync area holding ${areaBytes} bytes: a ` +
        `wake takes ${warm.toViewStored.medianMs} ms warm and ${cold.toViewStored.medianMs} ms cold.`,
    );
  }
}
if (scale) {
  parts.push(
    '',
    `\`npm run bench -- --scale\`, ${day(scale.measuredAt)} (load average ` +
      `${scale.loadAverage.before[0]} before, ${scale.loadAverage.after[0]} after):`,
    '',
    ...scaleTable(scale.rows),
    '',
    ...verdictTable(scale.verdicts),
  );
}
const readme = await readFile(README, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} block`);
const block = `${START}\n\n${parts.join('\n')}\n\n${END}`;
const text = readme.slice(0, from) + block + readme.slice(to + END.length);
const config = (await prettier.resolveConfig(README)) ?? {};
await writeFile(README, await prettier.format(text, { ...config, filepath: README }));
console.log('README.md: benchmark tables written from bench/results.json');
