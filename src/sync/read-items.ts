import * as v from 'valibot';
import { plainObject } from '../domain/backup/schema-parts';
import { collectionOf } from './collections';
import { isStamp, type Stamp } from './hlc';
import { PREFIX } from './limits';
import { canonical, mergeInto, recordKey, type RecordState, type SyncState } from './state';

// What another computer wrote is read as untrusted: it may run an older or newer Tend, or
// the item may be cut short. A bad item or fragment is skipped with its reason; the rest
// is read.

const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const item = v.object({ s: v.array(v.custom<Stamp>(isStamp)), r: v.array(v.unknown()) });
const fields = v.pipe(
  plainObject,
  v.record(
    v.pipe(v.string(), v.regex(/^[A-Za-z][\w.:-]{0,99}$/)),
    v.union([v.strictTuple([index, v.unknown()]), v.strictTuple([index])]),
  ),
);
const code = v.pipe(v.string(), v.regex(/^[a-z]$/));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
// The common shape first: a union tries its options in order, and a miss costs.
const fragment = v.union([
  v.strictTuple([code, id, fields]),
  v.strictTuple([code, id, fields, index]),
]);

const reason = (issues: readonly v.BaseIssue<unknown>[]) => {
  const [issue] = issues;
  const path = issue?.path?.map((step) => String(step.key)).join('.');
  return `${path ? `${path}: ` : ''}${issue?.message ?? 'unreadable'}`;
};

/** One fragment as a record, or why it cannot be one. */
function readFragment(raw: unknown, stamps: Stamp[]): [string, RecordState] | string {
  const parsed = v.safeParse(fragment, raw);
  if (!parsed.success) return reason(parsed.issues);
  const [c, recordId, packed, tombstone] = parsed.output;
  if (!collectionOf(c)) return `unknown collection ${c}`;
  const stampAt = (i: number) => stamps[i];
  const record: RecordState = { f: {} };
  for (const [name, [i, ...value]] of Object.entries(packed)) {
    const s = stampAt(i);
    if (s === undefined) return `${name}: no stamp ${i}`;
    record.f[name] = value.length === 0 ? { s } : { s, v: canonical(value[0]) };
  }
  if (tombstone !== undefined) {
    const t = stampAt(tombstone);
    if (t === undefined) return `tombstone: no stamp ${tombstone}`;
    record.t = t;
  }
  return [recordKey(c, recordId), record];
}

/**
 * Every record in Tend's items of the sync area (`all` as `get(null)` gives it), fragments of
 * one record merged. `problems` gets a line for each item or fragment skipped.
 */
export function readItems(all: Record<string, unknown>, problems: string[]): SyncState {
  const state: SyncState = new Map();
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(PREFIX)) continue;
    const parsed = v.safeParse(item, raw);
    if (!parsed.success) {
      problems.push(`item ${key} skipped: ${reason(parsed.issues)}`);
      continue;
    }
    parsed.output.r.forEach((raw, i) => {
      const read = readFragment(raw, parsed.output.s);
      if (typeof read === 'string') problems.push(`item ${key}, record ${i + 1} skipped: ${read}`);
      else mergeInto(state, ...read);
    });
  }
  return state;
}
