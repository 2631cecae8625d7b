import { later, type Stamp } from './hlc';

/** A JSON value, as the sync area holds it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A record's synced values by field name, e.g. `name`, `skipped.2026-05-04`. */
export type Fields = Record<string, Json>;

/** One field's stamp and value; no value marks an entry removed (an un-skipped date). */
export interface FieldState {
  s: Stamp;
  v?: Json;
}

/** A record as sync knows it: its fields, and the stamp of its deletion if it was deleted. */
export interface RecordState {
  f: Record<string, FieldState>;
  t?: Stamp;
}

/** Records by key, `<collection code>:<id>`. */
export type SyncState = Map<string, RecordState>;

/** The key of a record in a SyncState. */
export const recordKey = (code: string, id: string) => `${code}:${id}`;

/** The collection code and id of a record key. */
export function splitKey(key: string): [code: string, id: string] {
  const colon = key.indexOf(':');
  return [key.slice(0, colon), key.slice(colon + 1)];
}

/** `obj[key]` if it is the object's own: another computer may send a field `constructor`. */
export const own = <T>(obj: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(obj, key) ? obj[key] : undefined;

/** A copy of a JSON value with every object's keys sorted, so equal values print alike. */
export function canonical(value: unknown): Json {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, Json> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = canonical(item);
    }
    return out;
  }
  return value as Json;
}

/** Whether two canonical values are equal (undefined: a removed entry). */
export const same = (a: Json | undefined, b: Json | undefined) =>
  a === b ||
  (typeof a === 'object' &&
    typeof b === 'object' &&
    a !== null &&
    b !== null &&
    JSON.stringify(a) === JSON.stringify(b));

/** Of two states of one field, the one with the later stamp: the rule every computer applies. */
function winner(a: FieldState | undefined, b: FieldState | undefined): FieldState | undefined {
  if (a === undefined) return b;
  if (b === undefined || a.s > b.s) return a;
  if (b.s > a.s) return b;
  // One stamp, two values: only a corrupt copy does that; choose alike everywhere.
  return (JSON.stringify(a.v) ?? '') >= (JSON.stringify(b.v) ?? '') ? a : b;
}

/** Two copies of a record merged, field by field; the later tombstone stays. */
export function mergeRecord(a: RecordState | undefined, b: RecordState | undefined): RecordState {
  if (a === undefined) return b ?? { f: {} };
  if (b === undefined) return a;
  const f: Record<string, FieldState> = {};
  for (const name of new Set([...Object.keys(a.f), ...Object.keys(b.f)])) {
    f[name] = winner(own(a.f, name), own(b.f, name)) as FieldState;
  }
  const t = later(a.t ?? null, b.t ?? null);
  return t === null ? { f } : { f, t };
}

/** Adds `record` under `key` into `state`, merged with what is there. */
export function mergeInto(state: SyncState, key: string, record: RecordState) {
  state.set(key, mergeRecord(state.get(key), record));
}

/** Whether a record is alive: it has a field stamped after its tombstone (or none). */
export function isAlive(record: RecordState): boolean {
  const fields = Object.values(record.f);
  if (record.t === undefined) return fields.length > 0;
  const t = record.t;
  return fields.some((field) => field.s > t);
}

/** A record's values, without removed entries, of the fields `keep` accepts. */
export function valuesOf(record: RecordState, keep: (field: string) => boolean = () => true) {
  const values: Fields = {};
  for (const [name, field] of Object.entries(record.f)) {
    if (field.v !== undefined && keep(name)) values[name] = field.v;
  }
  return values;
}

/** The latest stamp anywhere in `state`, or null. */
export function latestStamp(state: Iterable<RecordState>): Stamp | null {
  let latest: Stamp | null = null;
  for (const record of state) {
    latest = later(latest, record.t ?? null);
    for (const field of Object.values(record.f)) latest = later(latest, field.s);
  }
  return latest;
}

/**
 * Whether two states hold the same records with the same stamps: then they hold the same
 * values, as one stamp is one edit. Cheaper than comparing values.
 */
export function sameStamps(a: SyncState, b: SyncState): boolean {
  if (a.size !== b.size) return false;
  for (const [key, x] of a) {
    const y = b.get(key);
    if (y === undefined || x.t !== y.t) return false;
    const names = Object.keys(x.f);
    if (names.length !== Object.keys(y.f).length) return false;
    for (const name of names) {
      const field = own(y.f, name);
      if (field === undefined || field.s !== (x.f[name] as FieldState).s) return false;
    }
  }
  return true;
}
