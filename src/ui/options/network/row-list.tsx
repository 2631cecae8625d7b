import { createRenderEffect, createSignal, untrack, type JSX } from 'solid-js';

// A keystroke that narrows the list takes thousands of rows out of it ("o" shows 60 of 2 850
// at first). Taken out one by one, as a keyed <For> does, each is a step of its own for the
// page (and for anything watching it). So a list that loses more than SWAP_AT rows at once is
// replaced by a new one holding the rows that stay: the page drops the old list, rows and all,
// in one step, and its rows wait outside the page until they are shown again. The old list
// is first taken out of the layout: rows that are laid out cost far more to take out of the
// page than rows that are not. Measured in the page at 3 000 people (load 5): 93-118 ms of
// script one by one, 20-39 ms one by one out of the layout, 87-133 ms swapped while laid
// out, 16 ms swapped out of the layout.
const SWAP_AT = 120;

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
  const [list, setList] = createSignal(make());
  createRenderEffect(() => {
    const rows = props.rows;
    const current = untrack(list);
    let staying = 0;
    for (const row of rows) if (row.parentNode === current) staying += 1;
    if (current.childElementCount - staying > SWAP_AT) {
      current.style.display = 'none';
      // Reading its style makes the browser drop the rows' layout now.
      void getComputedStyle(current).display;
      const fresh = make();
      fresh.append(...rows);
      setList(fresh);
    } else {
      reconcile(current, rows);
    }
  });
  return <>{list()}</>;
}
