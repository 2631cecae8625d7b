import type { JSX } from 'solid-js';

/**
 * Where an undo offer is announced: a polite live region that is on the page from the start,
 * empty until an offer comes, so a screen reader hears the first one too. It takes the focus
 * when the offer's buttons go with it, rather than letting it fall to the page.
 */
export function UndoSlot(props: { ref: (element: HTMLDivElement) => void; children: JSX.Element }) {
  return (
    <div role="status" aria-live="polite" class="undo-slot" tabIndex={-1} ref={props.ref}>
      {props.children}
    </div>
  );
}
