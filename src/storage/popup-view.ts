import { POPUP_VIEW_FORMAT, type PopupView } from '../domain/popup-view';
import { readAhead } from './read-ahead';
import { defineStored } from './stored-item';

/** A view an older Tend stored, of another format, is none: the popup asks for a fresh one. */
function ofThisFormat(value: unknown): value is PopupView {
  return (value as Partial<PopupView> | undefined)?.format === POPUP_VIEW_FORMAT;
}

/**
 * What the popup shows, as the last wake stored it (only the background writes it, at the
 * end of a wake). In storage.local: a view derived from the database, not the user's data
 * (no backup holds it; the next wake writes it again). Reading it is one call, without
 * opening the database, and storage.onChanged tells an open popup at once when a wake stored
 * a newer one.
 */
export const popupView = defineStored<PopupView | null, 'local'>('local', 'tend-popup-view', {
  fallback: null,
  accepts: ofThisFormat,
});

const viewAhead = readAhead(() => popupView.getValue());

/**
 * Starts reading the stored view now, for the next `savedPopupView` to take. The popup calls
 * this before anything else of its runs, so the first paint waits for no other read
 * (waiting nudges, pending messages).
 */
export function readPopupViewAhead(): void {
  void viewAhead.start();
}

/** The view the last wake stored, or null when there is none of this format. */
export function savedPopupView(): Promise<PopupView | null> {
  return viewAhead.take();
}

/** Calls `listener` with each view a wake stores from now on; returns how to stop. */
export function onPopupViewSaved(listener: (view: PopupView) => void): () => void {
  return popupView.watch((view) => {
    if (view) listener(view);
  });
}
