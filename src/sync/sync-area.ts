/** One key's change, as `storage.onChanged` reports it. */
export interface AreaChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/**
 * The part of `browser.storage.sync` sync uses, so tests can hand it a fake with the same
 * quotas and change events. `browser.storage.sync` itself satisfies it.
 */
export interface SyncArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  getBytesInUse(keys?: null | string | string[]): Promise<number>;
  onChanged: {
    addListener(listener: (changes: Record<string, AreaChange>) => void): void;
    removeListener(listener: (changes: Record<string, AreaChange>) => void): void;
  };
}
