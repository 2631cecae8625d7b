import { MINUTE_MS } from '../domain/time-units';
import type { TendDatabase } from '../db/open';
import { loadPlannerState, readPlannerState } from '../db/planner-state';
import { stateAt } from '../domain/idle-state';
import type { PlannerState } from '../domain/planner-state';
import type { Presence } from '../domain/presence';
import { presenceNote } from '../storage/presence';
import { getTogether } from '../storage/stored-item';
import { syncChoice } from '../storage/sync';
import { FALLBACK_MINUTES } from './alarm';
import { askIdleStateAhead, recordReported } from './idle';
import { recordGapIn } from './presence';
import { syncIfOn } from './sync';
import { logFailure } from './log-failure';

/**
 * The reads a wake plans from, all under way at once: the planner's one transaction, the
 * presence note, and the browser's idle state, for the threshold the settings hold (asked
 * ahead with the one this worker used last).
 */
function startReads(
  db: TendDatabase,
  current: Date,
  presence: Promise<Presence | null> = presenceNote.getValue(),
) {
  // The browser's idle state asked first, before the transaction's dozen requests are
  // issued: the browser answers it beside them, and a warm wake's plan waits for both.
  const idleStateFor = askIdleStateAhead();
  const planner = readPlannerState(db, current);
  return {
    planner: planner.state,
    presence: presence.catch((error: unknown) => {
      logFailure('a gap was not recorded')(error);
      return null;
    }),
    reported: idleStateFor(planner.settings.then((settings) => settings.idleThresholdSeconds)),
  };
}

type Reads = ReturnType<typeof startReads>;

// Whether this worker's last wake found sync on (a new worker guesses off, as most are).
let syncWasOn = false;

/**
 * What the planner reads, with the user's state up to date, and when sync writes that had to
 * wait are tried again. Sync first, when it is on: a change's stamp is when a pass finds it,
 * and the plan then reads what another computer changed. Sync is mostly off, so the plan's
 * reads start beside the question whether it is on, and a wake that finds it on leaves
 * them and reads again after the pass (another computer's settings may have come with it);
 * the next wake of that worker asks first and reads once.
 *
 * A wake a page waits on (`answerFirst`) plans from the database as it is and owes the pass
 * instead: the page shows what its change led to from the answer, and a pass takes 20 ms
 * (nothing new) to hundreds (a change to send): the wake that follows at once runs it. Its
 * `retryAt` is then the fallback's minutes away, in case the worker is stopped first.
 */
export async function wakeState(
  db: TendDatabase,
  current: Date,
  /** A page waits on this wake's answer: plan without syncing, and say a pass is owed. */
  answerFirst = false,
): Promise<{ retryAt: number | null; state: PlannerState; syncOwed: boolean }> {
  // One call for both: the browser answers its calls one after another.
  const stored = getTogether(syncChoice, presenceNote);
  const choice = stored.then(([found]) => found).catch(() => null);
  const presence = stored.then(([, note]) => note);
  // Not read at all by a wake that syncs: its failure is then nobody's to hear.
  presence.catch(() => undefined);
  // A worker whose last wake found sync on waits for the choice instead of reading twice,
  // unless this wake plans without syncing all the same.
  const first = syncWasOn && !answerFirst ? null : startReads(db, current, presence);
  const found = await choice;
  syncWasOn = found?.on === true;
  if (found?.on === false || (found && answerFirst)) {
    const reads = first ?? startReads(db, current, presence);
    const state = await userAndState(db, current, reads);
    const syncOwed = found?.on === true;
    // The owed pass runs next; a worker stopped first is woken within the fallback's minutes.
    const retryAt = syncOwed ? current.getTime() + FALLBACK_MINUTES * MINUTE_MS : null;
    return { retryAt, state, syncOwed };
  }
  // Left unread: their end, or a failure, changes nothing.
  if (first) void Promise.allSettled([first.planner, first.reported]);
  const synced = await syncIfOn(db, current.getTime(), found ?? undefined).catch(
    (error: unknown) => {
      logFailure('sync failed')(error);
      return null;
    },
  );
  const state = await userAndState(db, current, startReads(db, current));
  return { retryAt: synced === 'off' ? null : synced, state, syncOwed: false };
}

/**
 * The user's state brought up to date before the plan: a gap the still-here marks show
 * recorded (the user away from the last mark), then what the browser says of the user now,
 * if it is news. Only a wake that records something (rarely: a restarted worker, a gap)
 * reads the planner's state again after it.
 */
async function userAndState(db: TendDatabase, current: Date, reads: Reads) {
  const [presence, reported, loaded] = await Promise.all([
    reads.presence,
    reads.reported,
    reads.planner,
  ]);
  const { settings } = loaded;
  const threshold = settings.idleThresholdSeconds;
  const gap = await recordGapIn(db, presence).catch((error: unknown) => {
    logFailure('a gap was not recorded')(error);
    return false;
  });
  // The gap is stored as 'idle'; otherwise the last state stored, as the planner read it.
  const stored = gap ? 'idle' : stateAt(loaded.activity, current.getTime());
  const news = reported !== null && reported !== stored;
  const recorded = news && (await recordReported(db, reported, threshold));
  return gap || recorded ? loadPlannerState(db, current, settings) : loaded;
}
