import { browser } from 'wxt/browser';
import type { Presence } from '../domain/presence';

/**
 * In storage.local, so it outlives the worker and the browser (a gap is found when the
 * browser starts again). It is the background's own note, not the user's data: no backup
 * holds it.
 */
export const PRESENCE_KEY = 'tend-presence';

function isPresence(value: unknown): value is Presence {
  const presence = value as Partial<Presence> | undefined;
  const marks = presence?.marks;
  return (
    typeof presence?.seenAt === 'number' &&
    (marks === null || (typeof marks?.from === 'number' && typeof marks.until === 'number'))
  );
}

/** What the background last noted of the user's presence, or null. */
export async function readPresence(): Promise<Presence | null> {
  const stored = (await browser.storage.local.get(PRESENCE_KEY))[PRESENCE_KEY];
  return isPresence(stored) ? stored : null;
}

/** Notes the user's presence (only the background writes it). */
export async function writePresence(presence: Presence): Promise<void> {
  await browser.storage.local.set({ [PRESENCE_KEY]: presence });
}
