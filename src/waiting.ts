import { browser } from 'wxt/browser';
import { now } from './clock';
import type { NudgeKind } from './domain/types';

/**
 * A nudge the background showed that the user has not answered yet: not clicked, no
 * button pressed, not acted on or dismissed in the popup, and not stale. Its notification
 * closing is no answer (see registerBackground).
 */
export interface WaitingNudge {
  /** The nudge key, which is also its notification id. */
  key: string;
  kind: NudgeKind;
  title: string;
  message: string;
  shownAt: number;
  /** The person a reconnect nudge is about. */
  contactId?: string;
  /** That person's name, for "Write to Sam". */
  name?: string;
}

/** What is stored of a waiting nudge: also when it stops being worth answering. */
export interface StoredWaiting extends WaitingNudge {
  expiresAt: number;
}

/**
 * In storage.session: it survives the service worker stopping, as the badge does, and is
 * gone after a browser restart, as the notifications themselves are.
 */
export const WAITING_KEY = 'tend-waiting';

/** Everything stored, expired or not, oldest first; nothing where there is no session storage. */
export async function readWaiting(): Promise<StoredWaiting[]> {
  const session = browser.storage.session;
  if (!session) return [];
  const stored = (await session.get(WAITING_KEY))[WAITING_KEY];
  return Array.isArray(stored) ? (stored as StoredWaiting[]) : [];
}

/** Replaces what is stored (only the background writes it, one change at a time). */
export async function writeWaiting(items: StoredWaiting[]): Promise<void> {
  await browser.storage.session?.set({ [WAITING_KEY]: items });
}

/** The nudges waiting, newest first, expired ones dropped. */
export async function loadWaiting(): Promise<WaitingNudge[]> {
  const [items, current] = await Promise.all([readWaiting(), now()]);
  return items
    .filter((item) => item.expiresAt > current.getTime())
    .sort((a, b) => b.shownAt - a.shownAt)
    .map(({ expiresAt: _expiresAt, ...item }) => item);
}
