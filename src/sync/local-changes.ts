import { isOwnField, type Collection, type SyncRecords } from './collections';
import { stamp, ZERO, type Stamp } from './hlc';
import type { ShadowRecord } from './shadow';
import {
  own,
  same,
  valuesOf,
  type Fields,
  type FieldState,
  type Json,
  type RecordState,
} from './state';

/** What finding one record's local changes needs from the pass. */
export interface ChangeContext {
  device: string;
  /** Whether notes sync. */
  notes: boolean;
  /** The stamp of this pass's edits: one for all, later than every stamp seen. */
  edit: () => Stamp;
  /** Whether the database was read for this record (connections are read from a date on). */
  examined: (record: ShadowRecord) => boolean;
}

/**
 * The stamp of a value this computer has no history for (the first join, a field that starts
 * to sync) when another computer holds a different one: the record's last edit if it keeps
 * one, else the lowest stamp, so the network already in sync wins over a new computer's
 * defaults. An empty note never wins.
 */
function firstStamp<K extends keyof SyncRecords>(
  collection: Collection<K>,
  record: SyncRecords[K],
  value: Json,
  device: string,
): Stamp {
  const edited = collection.editedAt(record);
  return edited === null || value === '' ? ZERO : stamp(edited, 0, device);
}

/** Whether a field is an entry of a list (a skipped date): it appears when the user adds it. */
const isEntry = (field: string) => field.includes('.');

/**
 * The record's state with this computer's changes since the last pass stamped: a value that
 * differs from the shadow's takes this pass's stamp, an entry gone takes a removal mark, and a
 * record gone from the database takes a tombstone.
 */
export function withLocalChanges<K extends keyof SyncRecords>(
  collection: Collection<K>,
  record: SyncRecords[K] | undefined,
  /** The record's fields, `fieldsOf` it. */
  fields: Fields | undefined,
  prior: ShadowRecord | undefined,
  remote: RecordState | undefined,
  context: ChangeContext,
): RecordState | undefined {
  const state = prior && { f: prior.f, ...(prior.t !== undefined && { t: prior.t }) };
  if (record === undefined || fields === undefined) {
    if (!prior?.held || !context.examined(prior)) return state;
    return { f: prior.f, t: context.edit() };
  }
  const owned = (field: string) => isOwnField(collection, field, context.notes);
  const base = prior?.local ?? (prior?.held ? valuesOf(prior, owned) : undefined);
  const next: Record<string, FieldState> = { ...prior?.f };
  for (const [name, value] of Object.entries(fields)) {
    if (base && same(own(base, name), value)) continue;
    const known = own(next, name);
    if (known && same(known.v, value)) continue;
    if (base && (Object.hasOwn(base, name) || isEntry(name))) {
      next[name] = { s: context.edit(), v: value };
      continue;
    }
    const rival = known ?? (remote && own(remote.f, name));
    next[name] =
      rival === undefined
        ? { s: context.edit(), v: value }
        : same(rival.v, value)
          ? rival
          : { s: firstStamp(collection, record, value, context.device), v: value };
  }
  for (const name of Object.keys(base ?? {})) {
    if (!Object.hasOwn(fields, name) && owned(name)) next[name] = { s: context.edit() };
  }
  return { ...state, f: next };
}
