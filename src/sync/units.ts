import {
  collectionOf,
  interactions,
  isNote,
  NOTES_GROUP,
  NOTES_TIER,
  type Collection,
  type CollectionName,
} from './collections';
import type { Unit } from './pack';
import { isAlive, own, splitKey, type FieldState, type SyncState } from './state';

/** A part of the data that did not fit in the sync area and stays on this computer only. */
export interface Overflow {
  collection: CollectionName;
  /** Their notes only; the records themselves synced. */
  notes: boolean;
  /** How many records. */
  count: number;
  /** For connections: the newest left out (the older ones are all left out too). */
  newest: number | null;
}

// Tombstones and settings go first: they are small, and without them a deletion or a
// setting would not reach the other computers at all.
const DEAD_GROUP = 's';

/**
 * The merged state as units to pack: per record its fields (and tombstone), its notes
 * apart; connections newest first, notes last.
 */
export function unitsOf(state: SyncState): Unit[] {
  const units: Unit[] = [];
  for (const [key, record] of state) {
    const collection = collectionOf(splitKey(key)[0]) as Collection;
    if (!isAlive(record)) {
      units.push({ key, group: DEAD_GROUP, tier: 0, order: 0, fields: {}, t: record.t });
      continue;
    }
    const at = own(record.f, 'at')?.v;
    const order = collection === interactions && typeof at === 'number' ? -at : 0;
    const core: Record<string, FieldState> = {};
    const notes: Record<string, FieldState> = {};
    for (const [name, field] of Object.entries(record.f)) {
      (isNote(collection, name) ? notes : core)[name] = field;
    }
    units.push({
      key,
      group: collection.group,
      tier: collection.tier,
      order,
      fields: core,
      t: record.t,
    });
    if (Object.keys(notes).length > 0) {
      // People's notes before connections' notes.
      const tier = NOTES_TIER + (collection === interactions ? 1 : 0);
      units.push({ key, group: NOTES_GROUP, tier, order, fields: notes });
    }
  }
  return units;
}

/** What stayed out of the sync area, by collection and by notes or not. */
export function overflowOf(left: Unit[]): Overflow[] {
  const parts = new Map<string, Overflow & { keys: Set<string> }>();
  for (const unit of left) {
    const notes = unit.group === NOTES_GROUP;
    // An empty note that did not sync leaves nothing unsaid.
    if (notes && Object.values(unit.fields).every((field) => !field.v)) continue;
    const collection = collectionOf(splitKey(unit.key)[0]) as Collection;
    const id = `${collection.name}/${notes}`;
    const part = parts.get(id) ?? {
      collection: collection.name,
      notes,
      count: 0,
      newest: null,
      keys: new Set(),
    };
    parts.set(id, part);
    part.keys.add(unit.key);
    part.count = part.keys.size;
    if (collection === interactions) part.newest = Math.max(part.newest ?? -Infinity, -unit.order);
  }
  return [...parts.values()].map(({ keys: _, ...part }) => part);
}
