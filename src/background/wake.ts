import { now } from '../clock';
import { claimNudges } from '../db/nudge-log';
import { openDb } from '../db/open';
import { loadPlannerState } from '../db/planner-state';
import { loadSettings } from '../db/settings';
import { plan } from '../domain/plan';
import type { Plan } from '../domain/types';
import { scheduleWake } from './alarm';
import { syncIdleState } from './idle';
import { showNudge } from './notifications';

/** Why the background woke; only for the log line a developer reads. */
export type WakeReason =
  'installed' | 'startup' | 'alarm' | 'idle-change' | 'data-changed' | 'notification-action';

let queue: Promise<unknown> = Promise.resolve();

/**
 * The whole job of the background: load state, plan, show what is due (recording it
 * first so it never comes twice), and keep one alarm at the next moment that matters.
 * Wakes run one after another so an idle change during an alarm cannot interleave.
 */
export function wake(reason: WakeReason): Promise<Plan> {
  const run = queue.then(() => wakeOnce(reason));
  queue = run.catch(() => undefined);
  return run;
}

async function wakeOnce(reason: WakeReason): Promise<Plan> {
  const db = await openDb();
  const current = await now();
  const settings = await loadSettings(db);
  await syncIdleState(db, settings.idleThresholdSeconds);
  const state = await loadPlannerState(db, current, settings);
  const result = plan(state, current);
  const fresh = await claimNudges(db, result.due, current.getTime());
  await Promise.all(fresh.map((nudge) => showNudge(nudge, state)));
  await scheduleWake(result.nextAt);
  if (import.meta.env.DEV || import.meta.env.TEND_E2E) {
    console.debug('Tend woke', reason, { shown: fresh.map((n) => n.key), nextAt: result.nextAt });
  }
  return result;
}
