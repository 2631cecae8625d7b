// The popup against the blank page, in interleaved pairs in the same browser: when its
// content settled and when it first painted content (see lib/page-probe.mjs).
import { BLANK_PAGE } from '../lib/extension.mjs';
import { openSettled } from '../lib/page-probe.mjs';
import { paired } from '../lib/stats.mjs';

/**
 * `runs` pairs after `warmup` discarded ones, each pair's order alternating so neither page
 * always follows the other. `page` is the page to measure (popup.html, options.html#…).
 */
export async function pairedWithBlank(bench, page, { runs, warmup, ready = null }) {
  const pairs = [];
  for (let run = 0; run < warmup + runs; run += 1) {
    const order = run % 2 === 0 ? ['blank', 'page'] : ['page', 'blank'];
    const pair = {};
    for (const which of order) {
      pair[which] =
        which === 'page'
          ? await openSettled(bench.context, bench.url(page), { ready })
          : await openSettled(bench.context, bench.url(BLANK_PAGE));
    }
    if (run >= warmup) pairs.push(pair);
  }
  return pairs;
}

export async function measurePopup(bench, { runs, warmup }) {
  const pairs = await pairedWithBlank(bench, 'popup.html', { runs, warmup });
  if (pairs.some((p) => p.page.fcpMs === null || p.blank.fcpMs === null)) {
    throw new Error('a page reported no first-contentful-paint');
  }
  return { settled: paired(pairs, 'settledMs'), firstContentfulPaint: paired(pairs, 'fcpMs') };
}
