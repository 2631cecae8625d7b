import type { IDBPObjectStore } from 'idb';
import type { DayException } from '../domain/types';
import {
  exceptionDate,
  exceptionKey,
  type ExceptionKey,
  type MetaKey,
  type MetaValues,
} from './meta-values';
import type { TendDB } from './schema';

// The meta store of any transaction that holds it, alone or with other stores.
export type MetaReader = Pick<
  IDBPObjectStore<TendDB, ['meta'], 'meta'>,
  'get' | 'getAll' | 'getAllKeys'
>;
export type MetaWriter = Pick<
  IDBPObjectStore<TendDB, ['meta'], 'meta', 'readwrite'>,
  'put' | 'delete'
>;

// IndexedDB keeps one value type per store. The db modules read and write the meta store
// through these functions only, and putMeta takes for each key only the type MetaValues
// declares for it, so a read of that key gives that type: the casts below rest on that, in
// this one place instead of at every read.

/** The value stored under `key`, or undefined. */
export function getMeta<K extends MetaKey>(
  store: MetaReader,
  key: K,
): Promise<MetaValues[K] | undefined> {
  return store.get(key) as Promise<MetaValues[K] | undefined>;
}

/** Stores `value` under `key`; a value IndexedDB cannot store throws at once, as put does. */
export function putMeta<K extends MetaKey>(
  store: MetaWriter,
  key: K,
  value: MetaValues[K],
): Promise<MetaKey> {
  return store.put(value, key);
}

/** Removes what is stored under `key`. */
export function deleteMeta(store: MetaWriter, key: MetaKey): Promise<void> {
  return store.delete(key);
}

/** The keys of the day exceptions from `first` to `last`, or of all of them. */
function exceptionKeys(between?: { first: string; last: string }): IDBKeyRange {
  return between
    ? IDBKeyRange.bound(exceptionKey(between.first), exceptionKey(between.last))
    : IDBKeyRange.bound(exceptionKey(''), exceptionKey('\uffff'));
}

/** Every day exception in date order, or those from `first` to `last` (both included). */
export function getExceptions(
  store: MetaReader,
  between?: { first: string; last: string },
): Promise<DayException[]> {
  return store.getAll(exceptionKeys(between)) as Promise<DayException[]>;
}

/** The date of every day exception stored. */
export async function getExceptionDates(store: MetaReader): Promise<string[]> {
  const keys = (await store.getAllKeys(exceptionKeys())) as ExceptionKey[];
  return keys.map(exceptionDate);
}
