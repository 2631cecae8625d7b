import { browser } from 'wxt/browser';
import { now } from '../clock';
import { recordTransition } from '../db/activity';
import type { TendDatabase } from '../db/open';
import type { IdleState } from '../domain/idle-state';
import { SECOND_MS } from '../domain/time-units';
import { recordGap } from './presence';

/** Firefox for Android has no idle API; there Tend counts activity from clock in/out only. */
export function hasIdleApi(): boolean {
  return typeof browser.idle?.queryState === 'function';
}

/**
 * Stores what the browser reported. 'idle' is reported only once the threshold has
 * passed with no input, so the user left that long ago: it is stored then, or the
 * browser's idle time would count as work and a coffee break would look too short.
 * A gap the still-here marks show (the computer slept, the browser was quit) is recorded
 * first, so that what the browser says now is not read as going on since before it.
 * True when anything was recorded.
 */
export async function recordIdleState(
  db: TendDatabase,
  state: `${'active' | 'idle' | 'locked'}`,
  thresholdSeconds: number,
): Promise<boolean> {
  const gap = await recordGap(db);
  return (await recordReported(db, state, thresholdSeconds)) || gap;
}

/** As `recordIdleState`, once a gap has been looked for already. */
export async function recordReported(
  db: TendDatabase,
  state: IdleState,
  thresholdSeconds: number,
): Promise<boolean> {
  const at = (await now()).getTime();
  const left = state === 'idle' ? at - detectionSeconds(thresholdSeconds) * SECOND_MS : undefined;
  return recordTransition(db, { at, state }, left);
}

// Chrome and Firefox reject detection intervals under 15 seconds.
function detectionSeconds(thresholdSeconds: number): number {
  return Math.max(15, Math.round(thresholdSeconds));
}

/** The state the browser reports now, or null where there is no idle API. */
export async function queryIdleState(thresholdSeconds: number): Promise<IdleState | null> {
  if (!hasIdleApi()) return null;
  const interval = detectionSeconds(thresholdSeconds);
  // Told once per worker (and again when it changes): each call is a message to the browser.
  if (interval !== toldInterval) {
    browser.idle.setDetectionInterval(interval);
    toldInterval = interval;
  }
  return browser.idle.queryState(interval);
}

/**
 * As `queryIdleState`, before the threshold is read: asked at once with the interval this
 * worker last told the browser (it seldom changes); the function returned gives the state for
 * the threshold once it is read, asking again only when it asks for another. A worker's first
 * asks once the threshold is in.
 */
export function askIdleStateAhead(): (threshold: Promise<number>) => Promise<IdleState | null> {
  const interval = toldInterval;
  if (!hasIdleApi() || interval === null) return (threshold) => threshold.then(queryIdleState);
  const early = browser.idle.queryState(interval);
  // Not needed when the threshold changed: its failure then changes nothing.
  early.catch(() => undefined);
  return (threshold) =>
    threshold.then((seconds) =>
      detectionSeconds(seconds) === interval ? early : queryIdleState(seconds),
    );
}

// The detection interval this worker last told the browser, or null before the first.
let toldInterval: number | null = null;
