import {
  buildRecord,
  collectionOf,
  fieldsOf,
  isOwnField,
  type Collection,
  type CollectionName,
  type SyncRecords,
} from './collections';
import type { ShadowRecord } from './shadow';
import { isAlive, same, splitKey, valuesOf, type Fields, type SyncState } from './state';

/**
 * A change the pass makes to this computer's data: `record` null deletes, `before` null adds.
 * `before` is what an Undo of a first join puts back.
 */
export type LocalWrite = {
  [K in CollectionName]: {
    collection: K;
    id: string;
    record: SyncRecords[K] | null;
    before: SyncRecords[K] | null;
  };
}[CollectionName];

/** This computer's records of one collection, by id. */
export type LocalRecords = Map<string, SyncRecords[CollectionName]>;

const sameFields = (a: Fields, b: Fields) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => same(a[key], b[key]));
};

/**
 * What the merged state asks of this computer's data, and the shadow that follows: each live
 * record built from its merged fields and written where it differs, each dead one deleted.
 * A record that fails its schema, or that the forms would refuse (`Collection.problem`), is left
 * as it is, with the reason in `problems`.
 */
export function applyState(
  state: SyncState,
  local: {
    records: Map<Collection, LocalRecords>;
    /** The fields of local records, already made, by record key. */
    projections: Map<string, Fields>;
  },
  notes: boolean,
  problems: string[],
  /** Gets, besides `problems`, each record refused for breaking the rules Tend's forms keep. */
  refused: string[] = [],
): { writes: LocalWrite[]; records: Record<string, ShadowRecord> } {
  const writes: LocalWrite[] = [];
  const records: Record<string, ShadowRecord> = {};
  for (const [key, record] of state) {
    const [code, id] = splitKey(key);
    const collection = collectionOf(code) as Collection;
    const held = local.records.get(collection)?.get(id);
    const heldFields = () => local.projections.get(key) ?? fieldsOf(collection, held!, notes);
    const write = (next: SyncRecords[CollectionName] | null) =>
      writes.push({
        collection: collection.name,
        id,
        record: next,
        before: held ?? null,
      } as LocalWrite);
    if (!isAlive(record)) {
      if (held !== undefined) write(null);
      records[key] = record;
      continue;
    }
    const merged = valuesOf(record, (name) => isOwnField(collection, name, notes));
    if (held !== undefined && sameFields(heldFields(), merged)) {
      // Most records, most passes: nothing to build or check.
      records[key] = { ...record, held: true };
      continue;
    }
    const built = buildRecord(collection, id, valuesOf(record), held);
    const breaks = typeof built === 'string' ? null : collection.problem?.(built);
    if (typeof built === 'string' || breaks) {
      const why = typeof built === 'string' ? built : `${collection.name} ${id}: ${breaks}`;
      problems.push(`not applied: ${why}`);
      if (breaks) refused.push(why);
      records[key] = held === undefined ? record : { ...record, held: true, local: heldFields() };
      continue;
    }
    const fields = fieldsOf(collection, built, notes);
    if (held === undefined || !sameFields(heldFields(), fields)) write(built);
    records[key] = sameFields(fields, merged)
      ? { ...record, held: true }
      : { ...record, held: true, local: fields };
  }
  return { writes, records };
}
