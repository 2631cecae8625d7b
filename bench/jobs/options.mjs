// The options page: each section opened on its own (options.html#section) against the blank
// page, and Insights' 12 weeks chosen in an open page, from the hash change to the charts
// settled.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { QUIET_MS, switchSettled } from '../lib/page-probe.mjs';
import { paired, summary } from '../lib/stats.mjs';
import { pairedWithBlank } from './popup.mjs';

/** The section ids, in the order of the page's navigation (src/ui/options/sections.ts). */
export async function sectionIds() {
  const file = path.resolve(import.meta.dirname, '../../src/ui/options/sections.ts');
  const ids = [...(await readFile(file, 'utf8')).matchAll(/\bid: '([a-z-]+)'/g)].map((m) => m[1]);
  if (ids.length === 0) throw new Error('no sections found in src/ui/options/sections.ts');
  return ids;
}

export async function measureSections(bench, { runs, warmup }) {
  const sections = {};
  for (const id of await sectionIds()) {
    const pairs = await pairedWithBlank(bench, `options.html#${id}`, {
      runs,
      warmup,
      ready: `#${id}`,
    });
    sections[id] = paired(pairs, 'settledMs');
  }
  return sections;
}

/**
 * Insights chosen from another section of an open options page, `runs` times after `warmup`
 * (the first also fetches the charts' chunk): from the hash change to the frame after the
 * charts' last change. The section reads its 12 weeks anew each time it is shown.
 */
export async function measureInsights(bench, { runs, warmup }) {
  const page = await bench.context.newPage();
  try {
    await page.goto(bench.url('options.html#hours'));
    await page.evaluate((quietMs) => window.__bench.settle({ quietMs, capMs: 8000 }), QUIET_MS);
    const times = [];
    for (let run = 0; run < warmup + runs; run += 1) {
      const shown = await switchSettled(page, '#insights', '#insights svg');
      await switchSettled(page, '#hours', '#hours');
      if (run >= warmup) times.push(shown.settledMs);
    }
    return summary(times);
  } finally {
    await page.close();
  }
}

export { paired };
