// The popup's last settled markup, in the extension's localStorage beside its view copy
// (popup-view-copy.ts): a tiny script (entrypoints/popup-picture.ts) puts it on screen before
// the popup's own script has loaded, so the first frame shows the day, not a blank popup. It
// is a picture only: nothing in it works until the popup's script takes its place, a few
// frames later, with live content of the same text. This module imports next to nothing, so
// the script that paints the picture stays a few hundred bytes.
import { pageStorage } from './page-storage';

const KEY = 'tend-popup-picture';

/**
 * An open popup moves its clock on every 30 s (popup.tsx): a picture older than that shows
 * its time-dependent figures (marked data-clock) hidden, never a figure staler than an open
 * popup would show.
 */
export const PICTURE_FRESH_MS = 30_000;

interface Picture {
  html: string;
  /** When it was taken, on Tend's clock. */
  takenAt: number;
  /** Until when the view it shows holds (PopupView.validUntil), on Tend's clock. */
  validUntil: number;
  /**
   * The browser's language when it was taken (navigator.language, which the catalogue
   * follows): after the user changes it, the picture in the other language is not shown.
   */
  language: string;
  /** Tend's clock less Date.now() when it was taken: 0 but in a test build. */
  offsetMs: number;
}

/**
 * The picture's markup when it still holds now and is in `language`, and whether its clock
 * figures are too old to show; else null.
 */
export function popupPicture(language: string): { html: string; stale: boolean } | null {
  try {
    const text = pageStorage()?.getItem(KEY);
    if (!text) return null;
    const picture = JSON.parse(text) as Partial<Picture>;
    const at = Date.now() + (import.meta.env.TEND_E2E ? (picture.offsetMs ?? 0) : 0);
    const { html, takenAt, validUntil } = picture;
    const holds =
      typeof html === 'string' &&
      typeof takenAt === 'number' &&
      typeof validUntil === 'number' &&
      takenAt <= at &&
      at < validUntil &&
      picture.language === language;
    return holds ? { html, stale: at - takenAt > PICTURE_FRESH_MS } : null;
  } catch {
    return null;
  }
}

/** Keeps `html`, the popup as shown at `at` on Tend's clock, for the next popup's first frame. */
export function keepPopupPicture(
  html: string,
  { validUntil, at, language }: { validUntil: number; at: number; language: string },
): void {
  try {
    const picture: Picture = {
      html,
      takenAt: at,
      validUntil,
      language,
      offsetMs: import.meta.env.TEND_E2E ? at - Date.now() : 0,
    };
    pageStorage()?.setItem(KEY, JSON.stringify(picture));
  } catch {
    // Full or refused: the next popup paints when its script has loaded.
  }
}

/** Forgets the picture: it shows data that changed, or everything was erased. */
export function dropPopupPicture(): void {
  try {
    pageStorage()?.removeItem(KEY);
  } catch {
    // Nothing kept, nothing to drop.
  }
}
