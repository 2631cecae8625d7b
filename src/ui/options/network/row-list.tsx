import { createRenderEffect, createSignal, onCleanup, untrack, type JSX } from 'solid-js';

// A keystroke that narrows the list takes thousands of rows out of it ("o" shows 60 of 2 850
// at first). Taken out one by one, as a keyed <For> does, each is a step of its own for the
// page (and for anything watching it). So a list that loses more than SWAP_AT rows at once is
// replaced by a new one holding the rows that stay, and its rows wait outside the page until
// they are shown again. Measured in the page at 3 000 people (load 5): 93-118 ms of script one
// by one, 87-133 ms swapped while laid out.
//
// Nor does the old list leave the page in the keystroke's frame: taking thousands of laid-out
// rows out of a page costs tens of milliseconds however it is done (a CPU profile of "o": 18 ms
// of style to drop the old list's layout, then 10 ms to remove it), and nobody waits to see
// rows go. It is first put out of sight and out of the layout (`content-visibility: hidden`,
// which keeps its rows' layout as it is, so the frame pays for one box), and leaves the page
// once the new list has been painted and the page is idle. At 3 000 people, 12 "o" keystrokes
// a build, alternated: 97 / 80 ms to the next paint before, 56 / 64 ms after.
const SWAP_AT = 120;
// However busy the page stays, a replaced list is gone from it within this.
const LEAVE_WITHIN_MS = 500;

/** Puts `rows` in `list`, in order, moving the ones already in it as little as possible. */
function reconcile(list: HTMLElement, rows: readonly Element[]) {
  // Most changes only add rows after those shown (the list filling in after a search).
  let shown = 0;
  for (let child = list.firstElementChild; child !== null && child === rows[shown]; shown += 1)
    child = child.nextElementSibling;
  if (shown === list.childElementCount) return list.append(...rows.slice(shown));
  const wanted = new Set(rows);
  for (let child = list.firstElementChild; child !== null;) {
    const next = child.nextElementSibling;
    if (!wanted.has(child)) child.remove();
    child = next;
  }
  let at = list.firstElementChild;
  for (const row of rows) {
    if (row === at) {
      at = at.nextElementSibling;
    } else if (at !== null && at.nextElementSibling === row) {
      // `at` moved further down (a renamed person): it is put in its place when reached, and
      // the rows between stay where they are.
      at = row.nextElementSibling;
    } else {
      list.insertBefore(row, at);
    }
  }
}

/**
 * A list (`<ul>` with `class` and `label`) of rows the caller builds and keeps: each row
 * is an element of its own, shown in the order given, and never rebuilt here.
 */
export function RowList(props: {
  rows: readonly Element[];
  class: string;
  label: string;
}): JSX.Element {
  const make = () => {
    const list = document.createElement('ul');
    list.className = props.class;
    list.setAttribute('aria-label', props.label);
    return list;
  };
  // The list shown first; after it, lists replaced and not yet gone from the page.
  const [lists, setLists] = createSignal<HTMLUListElement[]>([make()]);
  let frame = 0;
  let idle = 0;
  // The rows' layout is dropped first, as reading a style back does at once: a list taken
  // out of the page with its layout kept cost 127 ms (a trace of "o"), dropped first 20-28.
  const dropLeaving = () => {
    const [shown, ...leaving] = untrack(lists);
    for (const list of leaving) {
      list.style.display = 'none';
      void getComputedStyle(list).display;
    }
    setLists([shown!]);
  };
  onCleanup(() => {
    cancelAnimationFrame(frame);
    cancelIdleCallback(idle);
  });
  createRenderEffect(() => {
    const rows = props.rows;
    const current = untrack(lists)[0]!;
    let staying = 0;
    for (const row of rows) if (row.parentNode === current) staying += 1;
    if (current.childElementCount - staying > SWAP_AT) {
      current.classList.add('leaving');
      current.setAttribute('aria-hidden', 'true');
      const fresh = make();
      fresh.append(...rows);
      setLists((all) => [fresh, ...all]);
      // After the frame that shows the new list, when the page has a moment: not in the way
      // of the rows the list adds after each paint, nor of the next keystroke.
      cancelAnimationFrame(frame);
      cancelIdleCallback(idle);
      frame = requestAnimationFrame(() => {
        idle = requestIdleCallback(dropLeaving, { timeout: LEAVE_WITHIN_MS });
      });
    } else {
      reconcile(current, rows);
    }
  });
  // In a block of their own: replaced lists, of no height, are no items of the page's grid,
  // whose gap after each would move what follows down and back.
  return <div>{lists()}</div>;
}
