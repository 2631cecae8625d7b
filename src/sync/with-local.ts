import type { LocalRecords } from './apply';
import {
  COLLECTIONS,
  fieldsOf,
  interactions,
  options,
  type Collection,
  type SyncRecords,
} from './collections';
import type { SyncInput } from './engine';
import { withLocalChanges, type ChangeContext } from './local-changes';
import type { ShadowRecord } from './shadow';
import { mergeRecord, own, recordKey, splitKey, type Fields, type SyncState } from './state';

function recordsOf(
  data: SyncInput['data'],
  collection: Collection,
): SyncRecords[keyof SyncRecords][] {
  const name = collection.name;
  return name === 'options' || name === 'settings' ? [data[name]] : data[name];
}

/**
 * This computer's records with their changes since the last pass stamped, merged with the
 * sync area's, collection by collection; options first, as whether notes sync (itself
 * synced) decides the other collections' fields. Sets `context.notes` to the merged choice.
 */
export function withLocal(input: SyncInput, remote: SyncState, context: ChangeContext) {
  const { shadow } = input;
  const merged: SyncState = new Map();
  const local = new Map<Collection, LocalRecords>();
  const projections = new Map<string, Fields>();
  const known = new Map<string, Set<string>>();
  for (const key of [...Object.keys(shadow.records), ...remote.keys()]) {
    const [code, id] = splitKey(key);
    known.set(code, (known.get(code) ?? new Set()).add(id));
  }
  for (const collection of COLLECTIONS) {
    const byId: LocalRecords = new Map(
      recordsOf(input.data, collection).map((record) => [collection.idOf(record), record]),
    );
    local.set(collection, byId);
    for (const id of new Set([...byId.keys(), ...(known.get(collection.code) ?? [])])) {
      const key = recordKey(collection.code, id);
      const held = byId.get(id);
      // A connection older than the caller read is not looked at: neither new nor deleted.
      const tooOld =
        collection === interactions &&
        held !== undefined &&
        (held as SyncRecords['interactions']).at < input.since;
      const read = tooOld ? undefined : held;
      const fields = read && fieldsOf(collection, read, context.notes);
      if (fields) projections.set(key, fields);
      const prior = own<ShadowRecord>(shadow.records, key);
      const mine = withLocalChanges(collection, read, fields, prior, remote.get(key), context);
      merged.set(key, mergeRecord(mine, remote.get(key)));
    }
    if (collection === options) {
      const choice = own(merged.get(recordKey(options.code, 'sync'))?.f ?? {}, 'includeNotes')?.v;
      if (typeof choice === 'boolean') context.notes = choice;
    }
  }
  return { merged, local, projections };
}
