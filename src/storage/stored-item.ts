import { browser, type Browser } from 'wxt/browser';

/** storage.local outlives the browser; storage.session is cleared when the browser quits. */
export type StorageAreaName = 'local' | 'session';

/**
 * One key of browser storage, declared once with its area, its type and its default. An item
 * that storage.local alone reads or writes (getTogether) names its area in its type too.
 */
export interface StoredItem<T, Area extends StorageAreaName = StorageAreaName> {
  readonly area: Area;
  /** The key as users' profiles and the end-to-end suite already hold it: never renamed. */
  readonly key: string;
  /** What a read gives when nothing of this shape is stored. */
  readonly fallback: T;
  /** Whether this browser has the item's area at all (Chrome before 102: no session). */
  available(): boolean;
  /** The stored value, or the fallback when there is none of this shape. */
  getValue(): Promise<T>;
  /** What a read gives for `value`, as the area answered it: it, or the fallback. */
  shaped(value: unknown): T;
  /** Replaces the stored value. */
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls `listener` with each value of this shape stored from now on; returns how to stop. */
  watch(listener: (value: T) => void): () => void;
}

interface StoredItemOptions<T> {
  fallback: T;
  /** Whether a stored value has this item's shape: it may come from an older Tend. */
  accepts: (value: unknown) => value is T;
}

/**
 * Declares one storage key. The shape of WXT's `storage.defineItem`, which does not fit Tend
 * (@wxt-dev/storage 1.3): it reads each key the moment it is defined, a storage round trip
 * per key in every page and every start of the worker before the popup's first paint or the
 * wake's plan; it throws, unhandled, for storage.session where the browser lacks it (Chrome
 * before 102) and in Node, where the end-to-end suite imports the keys it writes; it goes
 * around the polyfilled `browser` the rest of Tend uses; and it adds ~3 KB gzipped to the
 * popup. Where the area is missing, reads give the fallback and writes do nothing.
 * Declaring touches nothing, so a bundle drops the keys it never uses (a store build the
 * test clock's).
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineStored<T, Area extends StorageAreaName = StorageAreaName>(
  area: Area,
  key: string,
  { fallback, accepts }: StoredItemOptions<T>,
): StoredItem<T, Area> {
  // The polyfill's types promise every area; Chrome before 102 has no storage.session.
  const storageArea = () => browser.storage[area] as Browser.storage.StorageArea | undefined;
  const ofThisShape = (value: unknown) => (accepts(value) ? value : fallback);
  return {
    area,
    key,
    fallback,
    available: () => storageArea() !== undefined,
    shaped: ofThisShape,
    async getValue() {
      // Called at once, not after an await: a read started early (the popup's) is on its way.
      const read = storageArea()?.get(key);
      return ofThisShape(read && (await read)[key]);
    },
    async setValue(value) {
      await storageArea()?.set({ [key]: value });
    },
    async removeValue() {
      await storageArea()?.remove(key);
    },
    watch(listener) {
      const changed = (changes: Record<string, Browser.storage.StorageChange>, name: string) => {
        const value: unknown = name === area ? changes[key]?.newValue : undefined;
        if (accepts(value)) listener(value);
      };
      browser.storage.onChanged.addListener(changed);
      return () => browser.storage.onChanged.removeListener(changed);
    },
  };
}

/**
 * Several items of storage.local in one call to the browser, which answers its calls one
 * after another: a wake reads the sync choice and the presence note together.
 */
export async function getTogether<T extends unknown[]>(
  ...items: { [K in keyof T]: StoredItem<T[K], 'local'> }
): Promise<T> {
  const found = await browser.storage.local.get(items.map((item) => item.key));
  return items.map((item) => item.shaped(found[item.key])) as T;
}
