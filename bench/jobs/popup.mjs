// The popup against the blank page, in interleaved pairs in the same browser: when its
// content settled and when it first painted content (see lib/page-probe.mjs).
import { BLANK_PAGE } from '../lib/extension.mjs';
import { openSettled } from '../lib/page-probe.mjs';
import { median, paired, round } from '../lib/stats.mjs';

/**
 * `runs` pairs after `warmup` discarded ones, each pair's order alternating so neither page
 * always follows the other. `page` is the page to measure (popup.html, options.html#…).
 */
export async function pairedWithBlank(
  bench,
  page,
  { runs, warmup, ready = null, before = async () => {}, firstRun = 0 },
) {
  const pairs = [];
  for (let run = 0; run < warmup + runs; run += 1) {
    // `firstRun`: a caller taking its pairs one at a time keeps the alternation going.
    const order = (firstRun + run) % 2 === 0 ? ['blank', 'page'] : ['page', 'blank'];
    const pair = {};
    for (const which of order) {
      if (which === 'page') await before();
      pair[which] =
        which === 'page'
          ? await openSettled(bench.context, bench.url(page), { ready })
          : await openSettled(bench.context, bench.url(BLANK_PAGE));
    }
    if (run >= warmup) pairs.push(pair);
  }
  return pairs;
}

/**
 * Where a page's time goes, as medians: its load event, its first frame with text, its last
 * frame with new text, and which element that last change was in (the most frequent one).
 */
function phases(runs) {
  const shown = runs.map((r) => r.frames.filter((f) => f.shown));
  const lastAt = shown.map((frames) => frames.at(-1)?.at ?? 'none');
  const counts = new Map(lastAt.map((at) => [at, lastAt.filter((a) => a === at).length]));
  return {
    loadMs: round(median(runs.map((r) => r.loadMs))),
    firstTextMs: round(median(shown.map((frames) => frames[0]?.ms ?? NaN))),
    settledMs: round(median(runs.map((r) => r.settledMs))),
    framesWithNewText: median(shown.map((frames) => frames.length)),
    lastChangeIn: [...counts].sort((a, b) => b[1] - a[1])[0][0],
  };
}

/**
 * Makes the picture of the last popup (src/storage/popup-picture.ts) a minute older: as after
 * a minute on the clock, its time worked and countdowns are hidden until the live popup shows
 * them. The bench opens popups seconds apart; a user, minutes apart.
 */
function ageThePicture(bench) {
  return bench.control.evaluate(() => {
    const text = localStorage.getItem('tend-popup-picture');
    if (!text) return;
    const picture = JSON.parse(text);
    picture.takenAt -= 60_000;
    localStorage.setItem('tend-popup-picture', JSON.stringify(picture));
  });
}

export async function measurePopup(bench, { runs, warmup }) {
  const pairs = await pairedWithBlank(bench, 'popup.html', { runs, warmup });
  // Fewer: a figure to read, not a target's.
  const aged = await pairedWithBlank(bench, 'popup.html', {
    runs: Math.max(3, Math.round(runs / 2)),
    warmup: 1,
    before: () => ageThePicture(bench),
  });
  return popupFigures(pairs, aged);
}

/** The popup's figures from its pairs with the blank page (and, if taken, the aged ones). */
export function popupFigures(pairs, aged = []) {
  if ([...pairs, ...aged].some((p) => p.page.fcpMs === null || p.blank.fcpMs === null)) {
    throw new Error('a page reported no first-contentful-paint');
  }
  return {
    settled: paired(pairs, 'settledMs'),
    firstContentfulPaint: paired(pairs, 'fcpMs'),
    phases: { popup: phases(pairs.map((p) => p.page)), blank: phases(pairs.map((p) => p.blank)) },
    agedPicture:
      aged.length === 0
        ? null
        : { settled: paired(aged, 'settledMs'), firstContentfulPaint: paired(aged, 'fcpMs') },
  };
}
