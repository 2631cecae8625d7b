import { createComputed, createEffect, createMemo, createSignal, on, onCleanup } from 'solid-js';

// A list of thousands of rows costs hundreds of milliseconds to put in a page or take out of it
// (styling, laying out and detaching each row), however little of it is on screen. So a list
// that changes at a keystroke shows its first rows in the frame after the keystroke and the
// rest follow a slice of a few milliseconds at a time: every row is
// there a moment later (for find-in-page, Tab and screen readers), and no keystroke waits for
// rows nobody can see yet.
//
// Rows the search leaves out are taken out, not kept and hidden: hiding 1 500 of 3 000 rows
// that have `content-visibility: auto` (by `hidden`, a class or `display: none`) took seconds
// in Chromium 156, and without `content-visibility` showing them all again took seconds too.
// Nor does a search that narrows the list keep the rows that still match: "o" then kept 1 385
// of 2 850 rows, and laying those out in the keystroke's frame took 781 ms (load 6), where
// restarting small took 265–472 ms under like load (109 ms on a quiet machine).

/** Rows shown at once: more than a tall screen holds. */
export const FIRST_ROWS = 60;
// The rest are added a few at a time in slices of at most SLICE_MS, one after each paint, so
// a keystroke waits at most one slice and the page paints between slices.
const STEP_ROWS = 10;
const SLICE_MS = 8;
// A network of up to this many people is shown whole when the section opens: one frame of a
// few hundred rows settles sooner than slices spread over many frames.
const WHOLE_AT_OPEN = 1000;

/**
 * The items of `all` to render now: the first FIRST_ROWS when a field of `restartOn` (a
 * store: the search and filters) changes, then more a slice at a time until all are there. A change of `all` alone (a person
 * saved, archived, deleted) keeps what is shown, so no row someone is using goes away. The
 * items are `all`'s own, so a keyed list moves its rows rather than rebuilding them.
 */
export function createProgressiveList<T>(
  all: () => readonly T[],
  restartOn: object,
): () => readonly T[] {
  const [limit, setLimit] = createSignal(FIRST_ROWS);
  let opened = false;
  createComputed(() => {
    const count = all().length;
    if (opened || count === 0) return;
    opened = true;
    if (count <= WHOLE_AT_OPEN) setLimit(Infinity);
  });
  const search = () => ({ ...restartOn });
  createComputed(on(search, () => setLimit(FIRST_ROWS), { defer: true }));
  const shown = createMemo(() => {
    const items = all();
    return items.length <= limit() ? items : items.slice(0, limit());
  });
  createEffect(() => {
    // Tracks both: a new slice is planned after each one, and when the list changes.
    if (shown().length >= all().length) {
      // All are shown: keep showing all, however the list grows, until the next search.
      setLimit(Infinity);
      return;
    }
    // After the next paint: the frame a keystroke is waiting for is not made to lay out
    // rows added after it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const start = performance.now();
        do setLimit((count) => count + STEP_ROWS);
        while (shown().length < all().length && performance.now() - start < SLICE_MS);
      });
    });
    onCleanup(() => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    });
  });
  return shown;
}
