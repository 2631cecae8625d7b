import { addHours } from 'date-fns';
import { now } from '../clock';
import { NewerDatabaseError } from '../db/data-error';
import { openDb } from '../db/open';
import { markedSoFar } from '../db/nudge-log';
import { loadSettings } from '../db/settings';
import { storePeopleCopy } from '../db/planner-state';
import { buildPopupView } from '../domain/build-popup-view';
import { plan } from '../domain/plan';
import type { PopupView } from '../domain/popup-view';
import { answeredElsewhere } from '../domain/waiting';
import type { Plan } from '../domain/plan';
import { dataProblem } from '../storage/data-problem';
import { popupView } from '../storage/popup-view';
import { presenceNote } from '../storage/presence';
import { browser } from 'wxt/browser';
import type { Presence } from '../domain/presence';
import { armFallbackWake, scheduleWake, setWakeAlarm, wakeAlarmTime } from './alarm';
import { recordIdleState } from './idle';
import { deliverDue } from './deliver';
import { keepMarking, presenceAt, stillHere } from './presence';
import { refreshWaiting } from './waiting';
import { wakeState } from './wake-state';
import type { DataChange } from '../messages';
import { allDone, attempt } from './jobs';
import { logFailure } from './log-failure';

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
  | 'sync-changed'
  | 'sync-owed'
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

/**
 * A job that must not interleave with a wake (turning sync off must not run while a wake is
 * still writing to the sync area), in turn with them.
 */
export function inTurn<T>(job: () => Promise<T>): Promise<T> {
  return serially(job);
}

/**
 * A wake, in turn with the others. Before anything else, in the very turn its event came in
 * and before a first await: the fallback alarm, so that wherever this worker is stopped from
 * here on (Chrome removed the one-shot alarm that woke it) the planner wakes again within
 * minutes. The wake replaces it with the planned one when it is done.
 */
function enqueue(reason: WakeReason): Promise<Woken> {
  const armed = armFallbackWake().catch(logFailure('the fallback alarm was not set'));
  return serially(() => wakeOnce(reason, armed));
}

// Whether a wake to run the sync pass a page's wake owed is already waiting its turn: edits
// in a row owe one pass, not one each.
let syncQueued = false;

/** The pass a wake owed, in a wake of its own after it (and after any already waiting). */
function syncSoon(): void {
  if (syncQueued) return;
  syncQueued = true;
  const armed = armFallbackWake().catch(logFailure('the fallback alarm was not set'));
  void serially(() => {
    syncQueued = false;
    return wakeOnce('sync-owed', armed);
  }).catch(logFailure('the sync a change owed failed'));
}

/** Wakes a page waits on: they plan first, and the sync pass follows in a wake of its own. */
const answersFirst = (reason: WakeReason): boolean =>
  reason === 'popup-view' || reason.startsWith('data-changed:');

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

// A database a newer Tend opened (after a downgrade) is tried again this often: never no alarm
// at all, and the wake works again as soon as Tend is updated.
const NEWER_DATABASE_RETRY_HOURS = 1;

/**
 * The database is newer than this Tend: its data stays untouched, nothing is shown, the popup
 * gets no stale view to paint, a note says why, and an alarm tries again within the hour.
 */
async function waitForUpdate(current: Date): Promise<void> {
  problemCleared = false;
  await scheduleWake(addHours(current, NEWER_DATABASE_RETRY_HOURS));
  const noted = await dataProblem.getValue();
  await dataProblem.setValue({
    problem: 'newer-database',
    since: noted?.since ?? current.getTime(),
  });
  await popupView.removeValue();
}

// Only a wake notes a data problem (waitForUpdate): once this worker has cleared it, it
// stays cleared until this worker notes one again, and later wakes need not ask.
let problemCleared = false;

async function clearDataProblem(): Promise<void> {
  if (problemCleared) return;
  await dataProblem.removeValue();
  problemCleared = true;
}

async function openOrWait(current: Date, armed?: Promise<void>) {
  try {
    return await openDb();
  } catch (error) {
    if (error instanceof NewerDatabaseError) {
      // The retry's alarm replaces the fallback, once the browser has set it.
      await armed;
      await waitForUpdate(current);
    }
    throw error;
  }
}

const markFailed = logFailure('the still-here mark failed');

const earlier = (at: Date | null, retryAt: number | null): Date | null =>
  retryAt === null || (at !== null && at.getTime() <= retryAt) ? at : new Date(retryAt);

/**
 * One wake. `armed` is the fallback alarm its event asked for: the reads need not wait for
 * the browser to confirm it, but the delivery does (what it claims and shows must never be
 * left without a next wake), and the planned alarm must replace it, never be replaced by it.
 */
async function wakeOnce(reason: WakeReason, armed?: Promise<void>): Promise<Woken> {
  const current = await now();
  const db = await openOrWait(current, armed);
  const marked = markedSoFar();
  const { retryAt, state, syncOwed } = await wakeState(db, current, answersFirst(reason));
  if (syncOwed) syncSoon();
  const planned = plan(state, current);
  const at = current.getTime();
  const alarmAt = await wakeAlarmTime(earlier(planned.nextAt, retryAt));
  // The still-here note is the user's, not the nudges': worked out beside the delivery, and
  // stored with the popup's view in one storage.local call under their items' keys (the
  // browser answers its calls one after another), or alone when the delivery, the view or
  // that call fails.
  const noting = presenceAt(state, current).catch((error: unknown) => {
    markFailed(error);
    return null;
  });
  await armed;
  const { fresh, notified } = await deliverDue(db, state, planned, at, marked).catch(
    async (error: unknown) => {
      await noteAlone(await noting, at);
      throw error;
    },
  );
  // Now that what was due is shown, the planned alarm replaces the fallback: a worker stopped
  // before here is woken within minutes, to show what it claimed and did not. Sync writes
  // that had to wait bring it forward. Asked for first: the view is built while it is set.
  const alarmSet = setWakeAlarm(alarmAt);
  // Heard below, with the rest: not left unheard while the note is awaited.
  alarmSet.catch(() => undefined);
  // The badge too: the stale go, and so does "Write to Sam" once Sam was written to. A badge
  // that could not be set must not keep the popup's view from being stored.
  const badge = refreshWaiting((item) => answeredElsewhere(item, state, at)).catch(
    logFailure('the badge was not updated'),
  );
  // With what this wake already holds: the popup paints from it with one read. A view that
  // cannot be built fails the wake once the alarm is set, as before.
  const built = attempt(() => buildPopupView(state, current, planned));
  const note = await noting;
  const stored =
    'view' in built
      ? browser.storage.local.set({
          [popupView.key]: built.view,
          ...(note && { [presenceNote.key]: note }),
        })
      : Promise.reject(built.error);
  // Every one done, failed or not, before the wake ends: the next in turn must not run beside
  // a still-here alarm this one is still keeping.
  await allDone([
    alarmSet,
    badge,
    stored,
    // The database opened: a problem noted before (Tend was updated since) is over.
    clearDataProblem(),
    // The still-here alarm once the note is stored.
    stored
      .then(
        () => note && keepMarking(note, at),
        () => noteAlone(note, at),
      )
      .catch(markFailed),
  ]);
  // Once all the wake does is done: what it read of the people from the store, packed for
  // the next worker to start (planner-people.ts).
  void storePeopleCopy();
  if (import.meta.env.DEV || import.meta.env.TEND_E2E) {
    // One line of JSON: the e2e suites read it (each notification shown, and when).
    const listed = fresh.map((n) => n.key).filter((key) => !notified.includes(key));
    const nextAt = planned.nextAt?.toISOString() ?? null;
    console.debug('Tend woke', reason, JSON.stringify({ shown: notified, listed, nextAt }));
  }
  if (!('view' in built)) throw built.error;
  return { plan: planned, view: built.view };
}

/** The presence note stored on its own, and the still-here alarm kept to it. */
async function noteAlone(note: Presence | null, at: number): Promise<void> {
  if (!note) return;
  await presenceNote
    .setValue(note)
    .then(() => keepMarking(note, at))
    .catch(markFailed);
}
