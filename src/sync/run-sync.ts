import { syncPass, type SyncInput, type SyncResult } from './engine';
import type { SyncArea } from './sync-area';
import { backOff, nextWriteAt, spend, succeeded, type WriteBudget } from './write-budget';

/** A pass run against the sync area: its result, the budget to keep, and when to run again. */
export interface SyncRun {
  result: SyncResult;
  budget: WriteBudget;
  /** The writes wait until then (the rate limit, or a back-off after a quota error); null: done. */
  retryAt: number | null;
  /** Why the sync area refused the writes, when it did. */
  error: string | null;
}

// Chrome's messages name the quota: 'QUOTA_BYTES_PER_ITEM quota exceeded' in older versions,
// 'Resource::kQuotaBytesPerItem quota exceeded' in newer ones.
const isQuotaError = (message: string) => /quota|MAX_WRITE_OPERATIONS|MAX_ITEMS/i.test(message);

/**
 * Runs one pass on `input` (`remote`: the sync area as just read) and writes what changed to
 * the area: removals first (they make room), then one `set` for every changed item, within
 * the write budget. The caller applies `result.local` and saves `result.shadow` whatever
 * happened to the writes: they are recomputed from the data at the next pass, so nothing
 * waits in a queue.
 */
export async function runSync(
  area: SyncArea,
  input: SyncInput,
  budget: WriteBudget,
): Promise<SyncRun> {
  const result = syncPass(input);
  const { now } = input;
  const writes = (result.remove.length > 0 ? 1 : 0) + (Object.keys(result.set).length > 0 ? 1 : 0);
  if (writes === 0) return { result, budget, retryAt: null, error: null };
  const at = nextWriteAt(budget, now, writes);
  if (at > now) return { result, budget, retryAt: at, error: null };
  let spent = budget;
  try {
    if (result.remove.length > 0) {
      spent = spend(spent, now, 1);
      await area.remove(result.remove);
    }
    if (Object.keys(result.set).length > 0) {
      spent = spend(spent, now, 1);
      await area.set(result.set);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Anything else (sync turned off in the browser, a broken profile) also waits and retries.
    const paused = backOff(spent, now);
    if (!isQuotaError(message)) console.warn('Tend sync: the sync area refused a write', message);
    return { result, budget: paused, retryAt: paused.pausedUntil, error: message };
  }
  return { result, budget: succeeded(spent), retryAt: null, error: null };
}
