import { browser } from 'wxt/browser';
import { deleteMeta } from '../db/meta-store';
import type { TendDatabase } from '../db/open';
import {
  loadSyncData,
  markPass,
  readPassMark,
  saveSyncPass,
  StaleSyncRead,
  type ReadAt,
} from '../db/sync-data';
import {
  NO_SYNC_STATUS,
  syncBudget,
  syncChoice,
  syncStatus,
  type SyncChoice,
} from '../storage/sync';
import { readSince, type SyncResult } from '../sync/engine';
import { isEcho } from '../sync/echo';
import { newDeviceId } from '../sync/hlc';
import { PREFIX } from '../sync/limits';
import { asRead, changedNothing, sameAsMarked, type PassMark } from '../sync/pass-mark';
import { runSync } from '../sync/run-sync';
import { emptyShadow } from '../sync/shadow';
import type { AreaChange, SyncArea } from '../sync/sync-area';

/** The browser's sync area; a test may put a fake with Chrome's quotas in its place. */
let chosenArea: SyncArea | null = null;

export function useSyncArea(area: SyncArea | null): void {
  chosenArea = area;
}

export function syncArea(): SyncArea {
  return chosenArea ?? (browser.storage.sync as unknown as SyncArea);
}

/**
 * Listens for changes to the sync area (another computer's, fetched by the browser). Firefox
 * drops this listener when it suspends the event page, and removing it then logs
 * "sendRemoveListener on closed conduit"; so it is taken off as the page is about to be
 * suspended and put back if the suspension is cancelled. The next wake (an alarm, at most
 * 15 minutes away) syncs in whatever came meanwhile.
 */
export function onSyncAreaChanged(listener: (changes: Record<string, AreaChange>) => void): void {
  const area = syncArea();
  area.onChanged.addListener(listener);
  const { onSuspend, onSuspendCanceled } = browser.runtime;
  if (!onSuspend || !onSuspendCanceled || !area.onChanged.removeListener) return;
  onSuspend.addListener(() => area.onChanged.removeListener(listener));
  onSuspendCanceled.addListener(() => area.onChanged.addListener(listener));
}

// What this worker's last pass wrote, noted before each write: the browser may report the
// change before the write's promise settles, and its onChanged is only an echo.
let lastWrites: Pick<SyncResult, 'set' | 'remove'> = { set: {}, remove: [] };

function noting(area: SyncArea): SyncArea {
  lastWrites = { set: {}, remove: [] };
  return {
    ...area,
    get: (keys) => area.get(keys),
    getBytesInUse: (keys) => area.getBytesInUse(keys),
    set(items) {
      lastWrites = { ...lastWrites, set: items as SyncResult['set'] };
      return area.set(items);
    },
    remove(keys) {
      lastWrites = { ...lastWrites, remove: typeof keys === 'string' ? [keys] : keys };
      return area.remove(keys);
    },
  };
}

/** Whether a change of the sync area is news from another computer, not our own echo. */
export function isNews(changes: Record<string, AreaChange>): boolean {
  return !isEcho(changes, lastWrites);
}

// A page may write between a pass's read and its save; the pass then runs again on what
// the page wrote. Past a few tries the next wake does it.
const TRIES = 3;

/**
 * One sync pass when sync is on: this computer's changes go to the sync area (within its
 * write budget), the area's changes come into the database with the shadow in one
 * transaction. Returns when the writes that had to wait are tried again, or null; 'off' when
 * sync is off (nothing was read or written but the choice).
 *
 * A pass given what the last one was, when that one changed nothing, is skipped: the same
 * generation, settings, sync area, notes choice and version (`pass-mark.ts`). Most wakes
 * find nothing new; they then read two small records and the area, not everything synced.
 */
export async function syncIfOn(
  db: TendDatabase,
  now: number,
  /** The choice, when the caller has just read it. */
  known?: SyncChoice,
): Promise<number | null | 'off'> {
  const choice = known ?? (await syncChoice.getValue());
  if (!choice.on) return 'off';
  const area = syncArea();
  // What a pass is given, besides the shadow; null before the first generation is stored.
  const given = (remote: string, readAt: ReadAt): PassMark | null =>
    readAt.generation === undefined
      ? null
      : {
          generation: readAt.generation,
          settings: readAt.settings,
          remote,
          includeNotes: choice.includeNotes,
          version: browser.runtime.getManifest().version,
        };
  const [first, last] = await Promise.all([area.get(null), readPassMark(db)]);
  let remote = first;
  let remoteRead = asRead(remote);
  const current = given(remoteRead, last);
  if (current && sameAsMarked(last.marked, current)) {
    await recordChecked(now);
    return null;
  }
  const fresh = () => emptyShadow(newDeviceId(Math.random));
  for (let attempt = 1; ; attempt++) {
    if (attempt > 1) {
      remote = await area.get(null);
      remoteRead = asRead(remote);
    }
    const { readAt, ...input } = await loadSyncData(db, choice.includeNotes, fresh, readSince);
    const run = await runSync(noting(area), { ...input, remote, now }, await syncBudget.getValue());
    try {
      await saveSyncPass(db, run.result.local, run.result.shadow);
    } catch (error) {
      if (error instanceof StaleSyncRead && attempt < TRIES) continue;
      throw error;
    }
    await syncBudget.setValue(run.budget);
    await keepOptions(run.result, choice.includeNotes);
    await recordStatus(run.result, now, run.retryAt, run.error);
    const mark = changedNothing(run, input.shadow) ? given(remoteRead, readAt) : null;
    if (mark) await markPass(db, mark);
    return run.retryAt;
  }
}

/** A skipped pass: the status says sync looked now, and keeps all else the last pass left. */
async function recordChecked(now: number): Promise<void> {
  await syncStatus.setValue({ ...(await syncStatus.getValue()), lastAt: now });
}

async function keepOptions(result: SyncResult, includeNotes: boolean): Promise<void> {
  for (const write of result.local) {
    if (write.collection !== 'options' || !write.record) continue;
    if (write.record.includeNotes === includeNotes) continue;
    const choice = await syncChoice.getValue();
    await syncChoice.setValue({ ...choice, includeNotes: write.record.includeNotes });
  }
}

async function recordStatus(
  result: SyncResult,
  now: number,
  retryAt: number | null,
  error: string | null,
): Promise<void> {
  const before = await syncStatus.getValue();
  const joined = result.local.filter((write) => write.collection !== 'options');
  await syncStatus.setValue({
    lastAt: now,
    retryAt,
    error,
    overflow: result.overflow,
    // The first join's changes stay, for their Undo, until sync is turned off.
    joined: result.firstJoin ? joined : before.joined,
    brought: before.brought + (joined.length > 0 ? 1 : 0),
    unused: result.refused.length,
  });
  // Each one, for whoever looks into why: the options page gives only the count.
  if (result.problems.length > 0) console.warn('Tend sync: not used', result.problems);
}

/** Turning sync off: Tend's items leave the sync area, the shadow goes; the data stays. */
export async function stopSync(db: TendDatabase): Promise<void> {
  const area = noting(syncArea());
  const keys = Object.keys(await area.get(null)).filter((key) => key.startsWith(PREFIX));
  if (keys.length > 0) await area.remove(keys);
  const tx = db.transaction('meta', 'readwrite');
  await Promise.all([
    deleteMeta(tx.store, 'sync-shadow'),
    deleteMeta(tx.store, 'sync-mark'),
    tx.done,
  ]);
  // The count of changes sync brought stays: open pages watch it to read the data again.
  const { brought } = await syncStatus.getValue();
  await syncStatus.setValue({ ...NO_SYNC_STATUS, brought });
  await syncBudget.removeValue();
}
