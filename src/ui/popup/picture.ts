import { keepPopupPicture } from '../../storage/popup-picture';
import { firstReadsDone } from '../shared/first-reads';
import type { PopupView } from './load-today';

/**
 * What passes rather than rests on screen: a status or an alert, an undo offer, the composer,
 * the opened quick log (each marked data-passing), an opened disclosure. A popup showing one is
 * not pictured: the next popup starts without it, and its first frame must read the same.
 */
const PASSING = '[data-passing], details[open]';

/** The longest the live popup waits for its first reads before it replaces the picture. */
const PICTURE_HOLD_MS = 300;

/** Resolves after the browser has painted what is on screen. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Renders the popup into `app`. When the picture of the last popup is there (put by
 * entrypoints/popup-picture.ts), the live popup is built aside and takes its place once its
 * first reads have answered, in one change: the user sees no blank and no half-filled frame.
 */
export async function renderOverPicture(app: HTMLElement, render: (into: HTMLElement) => void) {
  if (!app.hasAttribute('aria-busy')) {
    render(app);
    return;
  }
  // The picture goes on screen first: the popup's script, loaded by then, runs at once after
  // the picture's, and building the live popup before the browser's first frame held that
  // frame back by the whole build (~50 ms in a trace). Its view is already being read
  // (read-ahead.ts), so the wait costs the live popup no read.
  await afterPaint();
  const live = document.createElement('div');
  render(live);
  await Promise.race([
    firstReadsDone(),
    new Promise((resolve) => setTimeout(resolve, PICTURE_HOLD_MS)),
  ]);
  app.replaceChildren(...live.childNodes);
  app.removeAttribute('aria-busy');
  app.removeAttribute('data-stale');
}

let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Keeps a picture of the popup as it rests a moment after `view` is shown at `at`, for the
 * next popup's first frame; none while something passing is on screen.
 */
export function pictureSoon(view: PopupView, at: number): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const app = document.getElementById('app');
    if (!app || app.hasAttribute('aria-busy') || app.querySelector(PASSING)) return;
    keepPopupPicture(app.innerHTML, {
      validUntil: view.validUntil,
      at,
      language: navigator.language,
    });
  }, 400);
}

/** Takes no picture for a popup being taken down (a test's, the page closing). */
export function cancelPicture(): void {
  clearTimeout(timer);
}
