/* global chrome -- functions handed to page.evaluate run in the extension's pages */
// What a page shows and when, read from inside it without changing Tend: an init script that
// runs in every page before its own scripts notes the frame after each change to the
// document. A page's content has settled at the last frame in which its text read differently
// (text changed, added or removed in the body), once its document has not changed for
// QUIET_MS after its load event. For the popup that includes painting the stored view, the background's fresher one
// if it reads differently, and anything built after the first paint (the quick log's list of
// people is text in its select); DOM rebuilt with the same text is not new content. First
// contentful paint comes from PerformancePaintTiming.

export const QUIET_MS = 400;
const CAP_MS = 8000;

/** The init script: installs window.__bench in every page before it runs. */
export function pageProbe() {
  const state = { lastChange: -1, lastFrame: -1, frameQueued: false, loadAt: null };
  // Each frame that showed a change: when, whether its text read differently, how many
  // changes, and where the first one was.
  const frames = [];
  let batch = null;
  const where = (node) => {
    const element = node.nodeType === 1 ? node : node.parentElement;
    if (!element) return '#document';
    const id = element.id ? `#${element.id}` : '';
    const name = element.classList?.[0] ? `.${element.classList[0]}` : '';
    return `${element.tagName.toLowerCase()}${id}${name}`;
  };
  const UNSEEN = new Set(['HEAD', 'TITLE', 'SCRIPT', 'STYLE', 'LINK', 'META']);
  const textOf = (node) => (UNSEEN.has(node.nodeName) ? '' : (node.textContent ?? '').trim());
  // Content is what reads differently: nodes replaced by nodes of the same text are not new
  // content (a list rebuilt as it was), and the head is never content.
  const note = (record) => {
    if (record.target.nodeType !== 9 && document.head?.contains(record.target)) return;
    if (record.type === 'characterData') {
      // Whitespace the parser appends (after a script paused it) reads no differently.
      if (record.oldValue?.trim() !== record.target.data.trim()) batch.shown = true;
    } else if (record.type === 'attributes') {
      if (record.attributeName === 'hidden' || record.attributeName === 'open') batch.shown = true;
    } else {
      // A node's text read once: a list of thousands of rows taken out is a long read.
      for (const node of record.addedNodes) {
        const text = textOf(node);
        if (text) batch.added.push(text);
      }
      for (const node of record.removedNodes) {
        const text = textOf(node);
        if (text) batch.removed.push(text);
      }
    }
  };
  const sameTexts = (a, b) =>
    a.length === b.length && a.sort().join('\u0000') === b.sort().join('\u0000');
  const changed = (records = []) => {
    state.lastChange = performance.now();
    batch ??= {
      changes: 0,
      first: records[0] ? where(records[0].target) : 'load',
      added: [],
      removed: [],
      shown: false,
    };
    batch.changes += records.length;
    for (const record of records) note(record);
    if (state.frameQueued) return;
    state.frameQueued = true;
    requestAnimationFrame(() => {
      state.frameQueued = false;
      const t = performance.now();
      const { added, removed, ...rest } = batch;
      const shown = rest.shown || !sameTexts(added, removed);
      if (shown) state.lastFrame = t;
      frames.push({ t, ...rest, shown });
      batch = null;
    });
  };
  const observer = new MutationObserver(changed);
  observer.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    characterDataOldValue: true,
    attributes: true,
  });
  addEventListener('load', () => {
    state.loadAt = performance.now();
    changed();
  });
  const alertText = () =>
    [...document.querySelectorAll('[role="alert"]')]
      .map((element) => element.textContent.trim())
      .filter(Boolean)
      .join(' | ');
  window.__bench = {
    /**
     * Stops noting changes, for a job that times the page's work by its own means once it has
     * settled: the observer's reading of every added and removed node's text runs before the
     * next frame, so it would be timed as the page's.
     */
    stop() {
      observer.disconnect();
    },
    /**
     * Resolves once the page is quiet: `ready` (a selector, or null) is present, and nothing
     * changed for quietMs. settledMs is the frame after the last change since `since`.
     */
    settle({ since = 0, quietMs, capMs, ready = null }) {
      return new Promise((resolve) => {
        const check = () => {
          const t = performance.now();
          const isReady = ready === null || document.querySelector(ready) !== null;
          const quiet =
            state.loadAt !== null && !state.frameQueued && t - state.lastChange >= quietMs;
          if ((isReady && quiet) || t - since > capMs) {
            const paint = performance.getEntriesByName('first-contentful-paint')[0];
            resolve({
              settledMs: Math.max(state.lastFrame, since) - since,
              fcpMs: paint ? paint.startTime : null,
              loadMs: state.loadAt,
              timedOut: !(isReady && quiet),
              error: alertText() || null,
              textLength: document.body?.innerText.length ?? 0,
              frames: frames
                .filter((f) => f.t >= since)
                .map((f) => ({
                  ms: Math.round((f.t - since) * 10) / 10,
                  shown: f.shown,
                  n: f.changes,
                  at: f.first,
                })),
            });
          } else setTimeout(check, 25);
        };
        check();
      });
    },
  };
}

/** Opens `url` in a new tab, waits until it has settled, closes it: the page's figures. */
export async function openSettled(context, url, { ready = null } = {}) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const result = await page.evaluate((options) => window.__bench.settle(options), {
      quietMs: QUIET_MS,
      capMs: CAP_MS,
      ready,
    });
    if (result.error) throw new Error(`${url} showed an alert: ${result.error}`);
    if (result.timedOut) throw new Error(`${url} did not settle within ${CAP_MS} ms`);
    return result;
  } finally {
    await page.close();
  }
}

/**
 * In an open page: changes its hash (its section) and times until the new content settled,
 * with `ready` present. The page's first frames with the section are what the user waits for.
 */
export async function switchSettled(page, hash, ready) {
  const result = await page.evaluate(
    ({ hash, quietMs, capMs, ready }) => {
      const since = performance.now();
      location.hash = hash;
      return window.__bench.settle({ since, quietMs, capMs, ready });
    },
    { hash, quietMs: QUIET_MS, capMs: CAP_MS, ready },
  );
  if (result.error) throw new Error(`${hash} showed an alert: ${result.error}`);
  if (result.timedOut) throw new Error(`${hash} did not settle within ${CAP_MS} ms`);
  return result;
}

/** Sets Tend's wake alarm due now from an extension page, as the browser would fire it. */
export function alarmNow(page) {
  return page.evaluate(() => chrome.alarms.create('tend-wake', { when: Date.now() }));
}
