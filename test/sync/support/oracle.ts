import {
  COLLECTIONS,
  fieldsOf,
  type Collection,
  type SyncRecords,
} from '../../../src/sync/collections';
import type { SyncData } from '../../../src/sync/engine';
import { recordKey, same, type Fields, type Json } from '../../../src/sync/state';

/** Every synced record of `data` as its fields (notes included), by record key. */
export function fieldsByRecord(data: SyncData): Map<string, Fields> {
  const out = new Map<string, Fields>();
  for (const collection of COLLECTIONS as Collection<keyof SyncRecords>[]) {
    const name = collection.name;
    const records = name === 'options' || name === 'settings' ? [data[name]] : data[name];
    for (const record of records as SyncRecords[keyof SyncRecords][]) {
      out.set(
        recordKey(collection.code, collection.idOf(record)),
        fieldsOf(collection, record, true),
      );
    }
  }
  return out;
}

/**
 * What the computers must end with, by the rule itself: each field holds its latest edit, and
 * a record is gone if deleted after its every field's latest edit. Fed each edit with the
 * time it was made, on computers whose clocks agree.
 */
export class Oracle {
  private readonly edits = new Map<string, Map<string, { at: number; value: Json | undefined }>>();
  private readonly deletions = new Map<string, number>();

  /** One edit on one computer: its records before and after, at `at`. */
  record(before: Map<string, Fields>, after: Map<string, Fields>, at: number) {
    for (const key of new Set([...before.keys(), ...after.keys()])) {
      const was = before.get(key);
      const is = after.get(key);
      if (is === undefined) {
        if (was !== undefined) this.deletions.set(key, at);
        continue;
      }
      const fields = this.edits.get(key) ?? new Map();
      this.edits.set(key, fields);
      for (const name of new Set([...Object.keys(was ?? {}), ...Object.keys(is)])) {
        if (!same(was?.[name], is[name])) fields.set(name, { at, value: is[name] });
      }
    }
  }

  /**
   * A computer turning sync on with `records`: where the network already holds a different
   * value, the network's stays (a value with no history loses to one that has it).
   */
  join(records: Map<string, Fields>) {
    for (const [key, fields] of records) {
      const known = this.edits.get(key) ?? new Map();
      this.edits.set(key, known);
      for (const [name, value] of Object.entries(fields)) {
        if (!known.has(name)) known.set(name, { at: 0, value });
      }
    }
  }

  /**
   * How `actual` (record key -> fields) departs from the rule, in words; empty when it
   * follows it. A record edited after its deletion comes back as the editing computer had
   * it: only the fields edited after the deletion are the rule's to say.
   */
  departures(actual: Map<string, Fields>): string[] {
    const out: string[] = [];
    for (const [key, edits] of this.edits) {
      const deleted = this.deletions.get(key) ?? -Infinity;
      const after = [...edits].filter(([, edit]) => edit.at > deleted);
      const fields = actual.get(key);
      if (after.length === 0) {
        if (fields) out.push(`${key} should be deleted`);
        continue;
      }
      if (!fields) {
        out.push(`${key} is missing`);
        continue;
      }
      const checked = deleted === -Infinity ? [...edits] : after;
      for (const [name, edit] of checked) {
        if (!same(fields[name], edit.value)) {
          out.push(
            `${key} ${name}: ${JSON.stringify(fields[name])}, not ${JSON.stringify(edit.value)}`,
          );
        }
      }
      if (deleted === -Infinity) {
        for (const name of Object.keys(fields)) {
          if (!edits.has(name)) out.push(`${key} ${name} was never written`);
        }
      }
    }
    for (const key of actual.keys()) if (!this.edits.has(key)) out.push(`${key} was never made`);
    return out;
  }
}
