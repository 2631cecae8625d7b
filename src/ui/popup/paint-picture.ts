import { popupPicture } from '../../storage/popup-picture';

/**
 * Puts the picture, when one holds, in `app` (the popup's empty container) and says so: the
 * region is busy until the live popup takes its place (picture.ts), and marked stale when its
 * time-dependent figures are too old to show. A popup opened to do something (a
 * notification's "write to them", in its address) starts live. It imports only the storage
 * it reads, so entrypoints/popup-picture.ts stays a few hundred bytes.
 *
 * The markup is the popup's own, serialized by the browser (picture.ts): what the user typed
 * is in it only as escaped text and quoted attribute values, the popup pictured holds no
 * element whose text parses differently (no SVG, style or textarea: the composer is never
 * pictured), only Tend's pages can write the extension's localStorage, and the page's policy
 * runs no inline script or handler besides. A name with markup in it comes back as text
 * (test/ui/popup-picture.test.tsx).
 */
export function paintPicture(app: HTMLElement, language: string): boolean {
  if (location.search !== '') return false;
  const picture = popupPicture(language);
  if (!picture) return false;
  app.innerHTML = picture.html;
  app.setAttribute('aria-busy', 'true');
  if (picture.stale) app.setAttribute('data-stale', '');
  return true;
}
