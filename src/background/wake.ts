import { now } from '../clock';
import { claimNudges } from '../db/nudge-log';
import { openDb } from '../db/open';
import { loadPlannerState } from '../db/planner-state';
import { loadSettings } from '../db/settings';
import { buildPopupView } from '../domain/build-popup-view';
import { fullPlan } from '../domain/plan';
import type { PopupView } from '../domain/popup-view';
import { answeredElsewhere } from '../domain/waiting';
import type { Plan } from '../domain/types';
import { savePopupView } from '../popup-view-store';
import { scheduleWake } from './alarm';
import { syncIdleState } from './idle';
import { showNudge } from './notifications';
import { refreshWaiting } from './waiting';

/** Why the background woke; only for the log line a developer reads. */
export type WakeReason =
  | 'installed'
  | 'startup'
  | 'alarm'
  | 'idle-change'
  | 'data-changed'
  | 'notification-action'
  | 'popup-view';

interface Woken {
  plan: Plan;
  view: PopupView;
}

let queue: Promise<unknown> = Promise.resolve();

function enqueue(reason: WakeReason): Promise<Woken> {
  const run = queue.then(() => wakeOnce(reason));
  queue = run.catch(() => undefined);
  return run;
}

/**
 * The whole job of the background: load state, plan, show what is due (recording it
 * first so it never comes twice), and keep one alarm at the next moment that matters.
 * Wakes run one after another so an idle change during an alarm cannot interleave.
 */
export async function wake(reason: WakeReason): Promise<Plan> {
  return (await enqueue(reason)).plan;
}

/**
 * A wake for the popup, which found its stored view out of date (or none): the same wake,
 * answering with the view it stored.
 */
export async function freshPopupView(): Promise<PopupView> {
  return (await enqueue('popup-view')).view;
}

async function wakeOnce(reason: WakeReason): Promise<Woken> {
  const db = await openDb();
  const current = await now();
  const settings = await loadSettings(db);
  await syncIdleState(db, settings.idleThresholdSeconds);
  const state = await loadPlannerState(db, current, settings);
  const planned = fullPlan(state, current);
  const result: Plan = { due: planned.due, next: planned.next, nextAt: planned.nextAt };
  const fresh = await claimNudges(db, result.due, current.getTime());
  await Promise.all(fresh.map((nudge) => showNudge(nudge, state)));
  await scheduleWake(result.nextAt);
  // The badge too: the stale go, and so does "Write to Sam" once Sam was written to. A badge
  // that could not be set must not keep the popup's view from being stored.
  const at = current.getTime();
  await refreshWaiting((item) => answeredElsewhere(item, state.contacts, at)).catch(
    (error: unknown) => console.error('Tend background: the badge was not updated', error),
  );
  // Last, with what this wake already holds: the popup paints from it with one read.
  const view = buildPopupView(state, current, planned);
  await savePopupView(view);
  if (import.meta.env.DEV || import.meta.env.TEND_E2E) {
    console.debug('Tend woke', reason, { shown: fresh.map((n) => n.key), nextAt: result.nextAt });
  }
  return { plan: result, view };
}
