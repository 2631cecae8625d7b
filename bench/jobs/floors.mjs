// The reference pages (lib/extension.mjs), each against the blank page in interleaved pairs
// as the popup is: what a page built as Tend's pages are takes before its content shows,
// whatever its own code. A page with a stylesheet and a module script waits for both; one
// that shows stored data also opens the database and reads from it. No targets: the figures
// say how much of the popup's and the sections' time is left for Tend's code to win back.
import { FLOOR_PAGES } from '../lib/extension.mjs';
import { paired } from '../lib/stats.mjs';
import { pairedWithBlank } from './popup.mjs';

export async function measureFloors(bench, { runs, warmup }) {
  const floors = {};
  for (const [name, page] of Object.entries(FLOOR_PAGES)) {
    const pairs = await pairedWithBlank(bench, page, { runs, warmup, ready: '#line:not(:empty)' });
    floors[name] = {
      settled: paired(pairs, 'settledMs'),
      firstContentfulPaint: paired(pairs, 'fcpMs'),
    };
  }
  return floors;
}
