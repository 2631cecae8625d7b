import { DAY_MS } from '../domain/time-units';
import { collectionOf, interactions, isNote } from './collections';
import { stampMs } from './hlc';
import {
  isAlive,
  latestStamp,
  own,
  splitKey,
  type FieldState,
  type RecordState,
  type SyncState,
} from './state';

/** Connections sync for this long before the newest one logged. */
export const CONNECTIONS_WINDOW_MS = 90 * DAY_MS;
/** Tombstones and removal marks are kept this long before the newest stamp. */
export const TOMBSTONE_MS = 60 * DAY_MS;

const atOf = (record: RecordState) => own(record.f, 'at')?.v;

/**
 * The instant before which connections no longer sync: 90 days before the newest one. It is
 * read from the data, not from a clock, so every computer holding the same data agrees.
 */
export function connectionsHorizon(state: Iterable<[string, RecordState]>): number | null {
  let newest: number | null = null;
  for (const [key, record] of state) {
    const at = atOf(record);
    if (splitKey(key)[0] !== interactions.code || typeof at !== 'number' || !isAlive(record)) {
      continue;
    }
    newest = newest === null ? at : Math.max(newest, at);
  }
  return newest === null ? null : newest - CONNECTIONS_WINDOW_MS;
}

/** The fields that pass `test`; the same object when all do. */
function keep(
  fields: Record<string, FieldState>,
  test: (name: string, field: FieldState) => boolean,
) {
  const entries = Object.entries(fields);
  const kept = entries.filter(([name, field]) => test(name, field));
  return kept.length === entries.length ? fields : Object.fromEntries(kept);
}

/**
 * The merged state as every computer holds it: without notes while they do not sync,
 * without connections older than the window, a dead record as its tombstone alone, and
 * without tombstones and removal marks older than 60 days. A function of the state alone,
 * so computers with the same data pack the same items.
 */
export function settle(state: SyncState, notes: boolean): SyncState {
  const out: SyncState = new Map();
  const horizon = connectionsHorizon(state);
  for (const [key, record] of state) {
    const collection = collectionOf(splitKey(key)[0]);
    const f = notes || !collection ? record.f : keep(record.f, (name) => !isNote(collection, name));
    const settled: RecordState = record.t === undefined ? { f } : { f, t: record.t };
    if (!isAlive(settled)) {
      if (settled.t !== undefined) out.set(key, { f: {}, t: settled.t });
      continue;
    }
    const at = atOf(settled);
    if (collection === interactions && horizon !== null && typeof at === 'number' && at < horizon) {
      continue;
    }
    out.set(key, settled);
  }
  const latest = latestStamp(out.values());
  if (latest === null) return out;
  const expired = (s: string) => stampMs(s) < stampMs(latest) - TOMBSTONE_MS;
  for (const [key, record] of out) {
    if (record.t !== undefined && expired(record.t)) {
      if (!isAlive(record)) {
        out.delete(key);
        continue;
      }
      delete record.t;
    }
    record.f = keep(record.f, (_, field) => field.v !== undefined || !expired(field.s));
  }
  return out;
}
