import { browser } from 'wxt/browser';
import { POPUP_VIEW_FORMAT, type PopupView } from './domain/popup-view';

/**
 * In storage.local: a view derived from the database, not the user's data (no backup holds
 * it; the next wake writes it again). Reading it is one call, without opening the database,
 * and storage.onChanged tells an open popup at once when a wake stored a newer one.
 */
export const POPUP_VIEW_KEY = 'tend-popup-view';

function ofThisShape(value: unknown): PopupView | null {
  const view = value as Partial<PopupView> | undefined;
  return view?.format === POPUP_VIEW_FORMAT ? (view as PopupView) : null;
}

/** A read the popup started before rendering, for the first `savedPopupView` to take. */
let readAhead: Promise<Record<string, unknown>> | null = null;

/**
 * Starts reading the stored view now, for the next `savedPopupView` to take. The popup calls
 * this before anything else of its runs: in a page just opened each storage call takes a
 * round trip of ~10 ms, and this one then goes ahead of the reads its components start
 * (waiting nudges, pending messages), so the first paint waits for no other.
 */
export function readPopupViewAhead(): void {
  readAhead = browser.storage.local.get(POPUP_VIEW_KEY);
}

/** The view the last wake stored, or null when there is none of this shape. */
export async function savedPopupView(): Promise<PopupView | null> {
  const read = readAhead ?? browser.storage.local.get(POPUP_VIEW_KEY);
  readAhead = null;
  return ofThisShape((await read)[POPUP_VIEW_KEY]);
}

/** Replaces the stored view (only the background writes it, at the end of a wake). */
export async function savePopupView(view: PopupView): Promise<void> {
  await browser.storage.local.set({ [POPUP_VIEW_KEY]: view });
}

/** Calls `listener` with each view a wake stores from now on; returns how to stop. */
export function onPopupViewSaved(listener: (view: PopupView) => void): () => void {
  const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const view = area === 'local' ? ofThisShape(changes[POPUP_VIEW_KEY]?.newValue) : null;
    if (view) listener(view);
  };
  browser.storage.onChanged.addListener(changed);
  return () => browser.storage.onChanged.removeListener(changed);
}
