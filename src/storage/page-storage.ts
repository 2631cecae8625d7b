/**
 * The extension's localStorage (its pages share it; the background has none), read and
 * written synchronously; null where the browser refuses a page its storage, and the popup
 * then paints after its async reads.
 */
export function pageStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
