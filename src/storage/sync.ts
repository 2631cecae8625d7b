import type { LocalWrite } from '../sync/apply';
import type { Overflow } from '../sync/units';
import { freshBudget, type WriteBudget } from '../sync/write-budget';
import { defineStored } from './stored-item';

/** The user's sync choices on this computer. `includeNotes` is shared by every computer. */
export interface SyncChoice {
  on: boolean;
  includeNotes: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Off until the user turns it on under "Your data". */
export const syncChoice = defineStored<SyncChoice, 'local'>('local', 'tend-sync', {
  fallback: { on: false, includeNotes: false },
  accepts: (value): value is SyncChoice =>
    isObject(value) && typeof value.on === 'boolean' && typeof value.includeNotes === 'boolean',
});

/** The writes made to storage.sync in the last hour, and any back-off: kept between wakes. */
export const syncBudget = defineStored<WriteBudget>('local', 'tend-sync-budget', {
  fallback: freshBudget(),
  accepts: (value): value is WriteBudget =>
    isObject(value) && Array.isArray(value.writes) && typeof value.pausedUntil === 'number',
});

/** How the last pass went, for the options page's status line and the wake's alarm. */
export interface SyncStatus {
  /** When the last pass ran (UTC ms), or null before the first. */
  lastAt: number | null;
  /** When the writes it could not make yet are tried again; the wake alarm comes by then. */
  retryAt: number | null;
  /** Why the sync area refused the last writes, when it did. */
  error: string | null;
  overflow: Overflow[];
  /** What the first join brought to this computer, for its Undo; empty after. */
  joined: LocalWrite[];
  /** How many passes have changed this computer's data: open pages read it again. */
  brought: number;
  /**
   * How many records from the sync area the last pass did not use because they break the rules
   * Tend's forms keep; absent in a status stored before it was counted.
   */
  unused?: number;
}

export const NO_SYNC_STATUS: SyncStatus = {
  lastAt: null,
  retryAt: null,
  error: null,
  overflow: [],
  joined: [],
  brought: 0,
  unused: 0,
};

export const syncStatus = defineStored<SyncStatus>('local', 'tend-sync-status', {
  fallback: NO_SYNC_STATUS,
  accepts: (value): value is SyncStatus =>
    isObject(value) &&
    Array.isArray(value.overflow) &&
    Array.isArray(value.joined) &&
    typeof value.brought === 'number',
});

/** A change that came with sync was taken back here (a first join's Undo): pages read again. */
export async function noteSyncedIn(): Promise<void> {
  const status = await syncStatus.getValue();
  await syncStatus.setValue({ ...status, brought: status.brought + 1 });
}

/**
 * Calls `listener` each time a sync pass changes this computer's data (another computer's
 * change came in), so an open page shows it in place; returns how to stop.
 */
export function onSyncedIn(listener: () => void): () => void {
  let seen: number | null = null;
  void syncStatus.getValue().then((status) => (seen ??= status.brought));
  return syncStatus.watch((status) => {
    if (seen !== null && status.brought !== seen) listener();
    seen = status.brought;
  });
}
