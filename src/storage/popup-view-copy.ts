import { isCurrent, type PopupView } from '../domain/popup-view';
import { pageStorage } from './page-storage';
import { dropPopupPicture } from './popup-picture';

// In the extension's localStorage (its pages share it; the background has none): read
// synchronously, so the popup's first frame can show the view instead of "Loading…".
const KEY = 'tend-popup-view-copy';

interface Copy {
  view: PopupView;
  /** Tend's clock less Date.now() when the copy was kept: 0 but in a test build. */
  offsetMs: number;
}

/**
 * The popup's own copy of the last view it showed, when it still holds now: the popup paints
 * it in its first frame, then takes the view the background stored (never older than the
 * copy, as every view the popup shows was stored first) and shows what changed in place.
 */
export function popupViewCopy(): { view: PopupView; at: number } | null {
  try {
    const text = pageStorage()?.getItem(KEY);
    if (!text) return null;
    const copy = JSON.parse(text) as Partial<Copy>;
    const at = Date.now() + (import.meta.env.TEND_E2E ? (copy.offsetMs ?? 0) : 0);
    const view = copy.view ?? null;
    // isCurrent also refuses a view of another format (an older Tend's copy).
    return isCurrent(view, at) ? { view, at } : null;
  } catch {
    return null;
  }
}

/** Keeps `view`, shown at `at` on Tend's clock, for the next popup's first frame. */
export function keepPopupViewCopy(view: PopupView, at: number): void {
  try {
    const copy: Copy = { view, offsetMs: import.meta.env.TEND_E2E ? at - Date.now() : 0 };
    pageStorage()?.setItem(KEY, JSON.stringify(copy));
  } catch {
    // Full or refused: the next popup paints after its read, as without a copy.
  }
}

/**
 * Forgets the copy and the picture taken of it: data changed (a page wrote, everything was
 * erased) or the view is gone.
 */
export function dropPopupViewCopy(): void {
  dropPopupPicture();
  try {
    pageStorage()?.removeItem(KEY);
  } catch {
    // Nothing kept, nothing to drop.
  }
}
