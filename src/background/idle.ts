import { browser } from 'wxt/browser';
import { now } from '../clock';
import { recordTransition } from '../db/activity';
import type { TendDatabase } from '../db/open';

/** Firefox for Android has no idle API; there Tend counts activity from clock in/out only. */
export function hasIdleApi(): boolean {
  return typeof browser.idle?.queryState === 'function';
}

/** Stores what the browser reported, at Tend's current time. */
export async function recordIdleState(
  db: TendDatabase,
  state: `${'active' | 'idle' | 'locked'}`,
): Promise<boolean> {
  const at = (await now()).getTime();
  return recordTransition(db, { at, state });
}

/**
 * Asks the browser for the state now and stores it if it changed: a restarted worker may
 * have missed an onStateChanged event while it was stopped.
 */
export async function syncIdleState(db: TendDatabase, thresholdSeconds: number): Promise<void> {
  if (!hasIdleApi()) return;
  // Chrome and Firefox reject intervals under 15 seconds.
  const interval = Math.max(15, Math.round(thresholdSeconds));
  browser.idle.setDetectionInterval(interval);
  const state = await browser.idle.queryState(interval);
  await recordIdleState(db, state);
}
