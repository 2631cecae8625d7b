import { addMinutes } from 'date-fns';
import { now } from '../clock';
import { claimNudges } from '../db/nudge-log';
import { openDb } from '../db/open';
import { loadPlannerState } from '../db/planner-state';
import { loadSettings } from '../db/settings';
import { buildPopupView } from '../domain/build-popup-view';
import { plan } from '../domain/plan';
import type { PopupView } from '../domain/popup-view';
import { answeredElsewhere } from '../domain/waiting';
import type { Plan } from '../domain/plan';
import { popupView } from '../storage/popup-view';
import { scheduleWake } from './alarm';
import { recordIdleState, syncIdleState } from './idle';
import { deliverNudge } from './notifications';
import { keepMarking, recordGap, stillHere } from './presence';
import { refreshWaiting } from './waiting';
import type { DataChange } from '../messages';

/** Why the background woke; only for the log line a developer reads. */
export type WakeReason =
  | 'installed'
  | 'startup'
  | 'alarm'
  | 'resume'
  | 'idle-change'
  | `data-changed:${DataChange}`
  | 'notification-action'
  | 'popup-view'
  | 'erased';

interface Woken {
  plan: Plan;
  view: PopupView;
}

let queue: Promise<unknown> = Promise.resolve();

// Wakes and marks run one after another: a mark must not clear the still-here alarm a wake
// running beside it has just decided to keep.
function serially<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job);
  queue = run.catch(() => undefined);
  return run;
}

function enqueue(reason: WakeReason): Promise<Woken> {
  return serially(() => wakeOnce(reason));
}

/**
 * The still-here alarm: a mark, in turn with the wakes; one that finds a gap (it fired late,
 * after the computer slept) wakes fully, to record the gap and plan from there.
 */
export function markStillHere(): Promise<void> {
  return serially(async () => {
    if (await stillHere()) await wakeOnce('resume');
  });
}

/**
 * The whole job of the background: load state, plan, keep one alarm at the next moment that
 * matters, and show what is due (recording it first so it never comes twice). Wakes run one
 * after another so an idle change during an alarm cannot interleave.
 */
export async function wake(reason: WakeReason): Promise<Plan> {
  return (await enqueue(reason)).plan;
}

/**
 * Runs `erase` in turn with the wakes (none reads a half-erased store), then wakes from
 * nothing: the fresh database, the next alarm, the popup's view of an empty Tend.
 */
export function eraseThenWake(erase: () => Promise<void>): Promise<void> {
  return serially(async () => {
    await erase();
    await wakeOnce('erased');
  });
}

/**
 * A wake that answers with the view it stored: for the popup, which found its stored view out
 * of date (or none), and for a page that changed data and shows what comes of it.
 */
export async function freshPopupView(reason: WakeReason = 'popup-view'): Promise<PopupView> {
  return (await enqueue(reason)).view;
}

function logFailure(what: string) {
  return (error: unknown) => console.error(`Tend background: ${what}`, error);
}

/**
 * The browser reported the user's state: it is recorded (after any gap the marks show), in
 * turn with the wakes, and a change wakes the planner.
 */
export function recordIdleChange(state: `${'active' | 'idle' | 'locked'}`): Promise<void> {
  return serially(async () => {
    const db = await openDb();
    const { idleThresholdSeconds } = await loadSettings(db);
    if (await recordIdleState(db, state, idleThresholdSeconds)) await wakeOnce('idle-change');
  });
}

// If a wake fails or its worker is stopped before it sets the next alarm (Chrome removes a
// one-shot alarm as it fires), this one wakes the planner again: never no alarm at all.
const FALLBACK_MINUTES = 15;

async function wakeOnce(reason: WakeReason): Promise<Woken> {
  const current = await now();
  await scheduleWake(addMinutes(current, FALLBACK_MINUTES));
  const db = await openDb();
  const settings = await loadSettings(db);
  await recordGap(db).catch(logFailure('a gap was not recorded'));
  await syncIdleState(db, settings.idleThresholdSeconds);
  const state = await loadPlannerState(db, current, settings);
  const planned = plan(state, current);
  // The next alarm first: whatever showing a nudge does, the planner wakes again.
  await scheduleWake(planned.nextAt);
  await keepMarking(state, current).catch(logFailure('the still-here mark failed'));
  const at = current.getTime();
  const fresh = await claimNudges(db, [...planned.due, ...planned.listed], at);
  const notify = new Set(planned.due.map((nudge) => nudge.key));
  // Each on its own: one notification the system refuses does not hold back the others, and
  // a claimed nudge whose notification failed still waits in the popup's list.
  const delivered = await Promise.allSettled(
    fresh.map((nudge) => deliverNudge(nudge, state, notify.has(nudge.key))),
  );
  for (const result of delivered) {
    if (result.status === 'rejected') logFailure('a nudge was not shown')(result.reason);
  }
  // The badge too: the stale go, and so does "Write to Sam" once Sam was written to. A badge
  // that could not be set must not keep the popup's view from being stored.
  await refreshWaiting((item) => answeredElsewhere(item, state, at)).catch(
    logFailure('the badge was not updated'),
  );
  // Last, with what this wake already holds: the popup paints from it with one read.
  const view = buildPopupView(state, current, planned);
  await popupView.setValue(view);
  if (import.meta.env.DEV || import.meta.env.TEND_E2E) {
    console.debug('Tend woke', reason, {
      shown: fresh.filter((n) => notify.has(n.key)).map((n) => n.key),
      listed: fresh.filter((n) => !notify.has(n.key)).map((n) => n.key),
      nextAt: planned.nextAt,
    });
  }
  return { plan: planned, view };
}
