// The network list's search at thousands of people: a real keystroke (CDP key events through
// Playwright) to the next paint after it. Each keydown notes its event time; a frame later,
// a message posted from that frame's animation callback runs once the frame is painted. The
// clearing Backspace, which brings the whole list back, is a keystroke too. The figure held to
// the target is the slowest keystroke's median over the rounds.
import { QUIET_MS } from '../lib/page-probe.mjs';
import { summary } from '../lib/stats.mjs';

const WORD = 'okafor';
// A fast typist's time between keys (about 15 a second).
const FAST_GAP_MS = 65;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `rounds` times: the word typed with `gapMs` between keystrokes, then cleared. Each keystroke
 * of the round on its own (the first letter narrows thousands of rows, the Backspace brings
 * them all back): its median over the rounds.
 */
async function typeRounds(page, rounds, gapMs) {
  await page.evaluate(() => (window.__keys.length = 0));
  for (let round = 0; round < rounds; round += 1) {
    for (const key of [...WORD]) {
      await page.keyboard.press(key);
      await sleep(gapMs);
    }
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await sleep(300);
  }
  const keys = await page.evaluate(() => window.__keys);
  const perRound = WORD.length + 1;
  return [...WORD, 'Backspace'].map((key, i) => ({
    key: i < WORD.length ? `${WORD.slice(0, i + 1)}` : 'Backspace (clear)',
    ...summary(keys.filter((_, k) => k % perRound === i).map((k) => k.ms)),
  }));
}

export async function measureNetworkSearch(bench, { rounds, people }) {
  const page = await bench.context.newPage();
  try {
    await page.goto(bench.url('options.html#network'));
    await page.evaluate(
      (quietMs) => window.__bench.settle({ quietMs, capMs: 20_000, ready: '.person-row' }),
      QUIET_MS,
    );
    // The list puts its first rows in at once and the rest a slice at a time after each paint,
    // which a busy machine can space out beyond the settle's quiet time: wait until it holds
    // every row its live count says it shows, so the keystrokes start from the whole list.
    await page.waitForFunction(
      () => {
        const said = /\d+/.exec(
          document.querySelector('.network > p[aria-live]')?.textContent ?? '',
        );
        return said !== null && document.querySelectorAll('.person-row').length >= Number(said[0]);
      },
      null,
      { timeout: 60_000, polling: 100 },
    );
    const rows = await page.locator('.person-row').count();
    if (rows < people * 0.9) throw new Error(`the network list shows ${rows} of ${people} people`);
    await page.evaluate(() => {
      // The settle probe read the text of every row a keystroke takes out (2 850 of them on
      // "o"), before the frame the keystroke waits for: 15-20 ms of the bench's own a keystroke.
      window.__bench.stop();
      window.__keys = [];
      const input = document.querySelector('input[type="search"]');
      input.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp;
          // Control and Control+A redraw nothing: only letters and the Backspace count.
          if (event.ctrlKey || event.key === 'Control') return;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () =>
              window.__keys.push({ key: event.key, ms: performance.now() - start });
            channel.port2.postMessage(null);
          });
        },
        { capture: true },
      );
    });
    await page.locator('input[type="search"]').focus();
    const byKey = await typeRounds(page, rounds, 120);
    const slowest = byKey.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
    // The list does some of a keystroke's work after its paint (taking a replaced list out of
    // the page): typed fast, that work can fall on the next keystroke. Printed, not a target.
    const fast = await typeRounds(page, rounds, FAST_GAP_MS);
    return {
      rows,
      byKey,
      slowestKey: slowest.key,
      slowestKeyMedianMs: slowest.medianMs,
      fast: { gapMs: FAST_GAP_MS, byKey: fast },
    };
  } finally {
    await page.close();
  }
}
