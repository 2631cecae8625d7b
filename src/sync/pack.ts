import type { Stamp } from './hlc';
import { itemBytes, jsonBytes, PREFIX, QUOTA_BYTES_PER_ITEM } from './limits';
import { splitKey, type FieldState, type Json } from './state';

/** One field in an item: the index of its stamp, and its value unless it was removed. */
export type PackedField = [stamp: number] | [stamp: number, value: Json];

/** A record, or the part of one that fits a group: `[code, id, fields, tombstone?]`. */
export type Fragment =
  | [code: string, id: string, fields: Record<string, PackedField>]
  | [code: string, id: string, fields: Record<string, PackedField>, tombstone: number];

/** One item of the sync area: the stamps it uses, once each, and its fragments. */
export interface Item {
  r: Fragment[];
  s: Stamp[];
}

/** A record's fields that travel together, with what decides their place and priority. */
export interface Unit {
  /** The record's key, `<code>:<id>`. */
  key: string;
  /** The field it holds alone, when the record was too big for one item. */
  part?: string;
  group: string;
  /** Lower tiers go first; within a tier, lower `order`. */
  tier: number;
  order: number;
  fields: Record<string, FieldState>;
  t?: Stamp;
}

/** Room left for Tend in the sync area. */
export interface Budget {
  bytes: number;
  items: number;
}

// An item is filled to about this much, leaving room for a record to grow before its bucket
// has to split. A unit this large never fits beside an item's key and frame.
const FILL = 6_000;
const UNIT_MAX = QUOTA_BYTES_PER_ITEM - 64;
const STAMP_BYTES = 23; // a stamp in the item's table, quoted, with its comma
const MAX_BUCKETS = 256;

/** A unit as a fragment of an item whose stamp table is `stamps`. */
function fragment(unit: Unit, stampIndex: (s: Stamp) => number): Fragment {
  const [code, id] = splitKey(unit.key);
  const fields: Record<string, PackedField> = {};
  for (const name of Object.keys(unit.fields).sort()) {
    const field = unit.fields[name] as FieldState;
    fields[name] = field.v === undefined ? [stampIndex(field.s)] : [stampIndex(field.s), field.v];
  }
  return unit.t === undefined ? [code, id, fields] : [code, id, fields, stampIndex(unit.t)];
}

/** The item that holds `units`, in the order given. */
export function itemOf(units: Unit[]): Item {
  const s: Stamp[] = [];
  const index = new Map<Stamp, number>();
  const stampIndex = (stamp: Stamp) => {
    let i = index.get(stamp);
    if (i === undefined) index.set(stamp, (i = s.push(stamp) - 1));
    return i;
  };
  // Keys in order, as in every fragment's fields and every value (`canonical`): Chrome gives
  // back each item with every object's keys sorted, so an item written is then read back as
  // the same JSON, and a pass that finds it unchanged does not write it again.
  const r = units.map((unit) => fragment(unit, stampIndex));
  return { r, s };
}

/** A unit's size as a fragment with its own stamps: never less than it adds to an item. */
export function unitBytes(unit: Unit): number {
  const stamps = new Set(Object.values(unit.fields).map((field) => field.s));
  if (unit.t !== undefined) stamps.add(unit.t);
  return (
    itemBytes(
      '',
      fragment(unit, () => 0),
    ) +
    2 +
    stamps.size * STAMP_BYTES
  );
}

/** A unit too big for an item, as one unit per field (the tombstone rides with the first). */
function split(unit: Unit): Unit[] {
  return Object.keys(unit.fields)
    .sort()
    .map((name, i) => ({
      ...unit,
      part: name,
      fields: { [name]: unit.fields[name] as FieldState },
      t: i === 0 ? unit.t : undefined,
    }));
}

/** FNV-1a: a bucket for a record that every computer computes alike. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const bucketKey = (unit: Unit) => (unit.part === undefined ? unit.key : `${unit.key}/${unit.part}`);
const compareUnits = (a: Unit, b: Unit) =>
  a.tier - b.tier || a.order - b.order || (bucketKey(a) < bucketKey(b) ? -1 : 1);

/** An item ready to write: its JSON, and its size as the quotas count it. */
export interface PackedItem {
  item: Item;
  json: string;
  bytes: number;
}

function packed(key: string, units: Unit[]): PackedItem {
  const item = itemOf(units);
  const json = JSON.stringify(item);
  return { item, json, bytes: jsonBytes(key, json) };
}

/**
 * One group's units in items `tend1.<group><n>`, each record in bucket hash(id) mod n, n the
 * least power of two (from the group's size) that keeps every item within the item quota.
 */
function layoutGroup(group: string, units: Unit[], sizes: Map<Unit, number>) {
  const total = units.reduce((sum, unit) => sum + (sizes.get(unit) as number), 0);
  let n = 1;
  while (n < MAX_BUCKETS && n * FILL < total) n *= 2;
  for (;;) {
    const buckets = new Map<number, Unit[]>();
    for (const unit of units) {
      const b = hash(bucketKey(unit)) & (n - 1);
      buckets.set(b, [...(buckets.get(b) ?? []), unit]);
    }
    const items = new Map<string, PackedItem>();
    const over: Unit[] = [];
    for (const [b, inBucket] of [...buckets].sort(([x], [y]) => x - y)) {
      const key = `${PREFIX}${group}${b}`;
      inBucket.sort(compareUnits);
      let item = packed(key, inBucket);
      // At the most buckets, what still does not fit stays out.
      while (item.bytes > QUOTA_BYTES_PER_ITEM && n === MAX_BUCKETS) {
        over.push(inBucket.pop() as Unit);
        item = packed(key, inBucket);
      }
      if (item.bytes > QUOTA_BYTES_PER_ITEM) break;
      if (inBucket.length > 0) items.set(key, item);
    }
    if (items.size === buckets.size || n === MAX_BUCKETS) return { items, over };
    n *= 2;
  }
}

/**
 * The items for `units` within `budget`: as many units as fit, most important first (by tier
 * and order); `left` are those that stayed out. The same units give the same items.
 */
export function pack(
  units: Unit[],
  budget: Budget,
): { items: Map<string, PackedItem>; left: Unit[] } {
  const sizes = new Map<Unit, number>();
  const ordered: Unit[] = [];
  const left: Unit[] = [];
  for (const unit of [...units].sort(compareUnits)) {
    const size = unitBytes(unit);
    for (const piece of size > UNIT_MAX ? split(unit) : [unit]) {
      const pieceSize = piece === unit ? size : unitBytes(piece);
      if (pieceSize > UNIT_MAX) {
        left.push(piece);
      } else {
        sizes.set(piece, pieceSize);
        ordered.push(piece);
      }
    }
  }
  let room = budget.bytes;
  for (;;) {
    let used = 0;
    let count = 0;
    while (count < ordered.length && used + (sizes.get(ordered[count] as Unit) as number) <= room) {
      used += sizes.get(ordered[count++] as Unit) as number;
    }
    const chosen = ordered.slice(0, count);
    const items = new Map<string, PackedItem>();
    const over: Unit[] = [];
    for (const group of [...new Set(chosen.map((unit) => unit.group))].sort()) {
      const laid = layoutGroup(
        group,
        chosen.filter((unit) => unit.group === group),
        sizes,
      );
      for (const [key, item] of laid.items) items.set(key, item);
      over.push(...laid.over);
    }
    const bytes = [...items.values()].reduce((sum, item) => sum + item.bytes, 0);
    if ((bytes <= budget.bytes && items.size <= budget.items) || count === 0) {
      return { items, left: [...over, ...ordered.slice(count), ...left] };
    }
    // Estimates run high, so this is rare: shrink the room by what the items overshot.
    room = items.size > budget.items ? used * 0.9 : room - (bytes - budget.bytes);
  }
}
