import { describe, expect, it } from 'vitest';
import { stamp } from '../../src/sync/hlc';
import { PREFIX } from '../../src/sync/limits';
import { pack, type Item, type Unit } from '../../src/sync/pack';
import { readItems } from '../../src/sync/read-items';
import type { FieldState, SyncState } from '../../src/sync/state';
import { unitsOf } from '../../src/sync/units';
import { seeded } from '../support/seeded';

const T = Date.parse('2026-03-02T09:00:00Z');
const FULL = { bytes: 102_400, items: 512 };

/** The size Chrome documents: the key's length plus the JSON of the value, in UTF-8. */
const chromeBytes = (key: string, value: unknown) =>
  Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value));

/** `count` people, each with a name of `nameLength` characters and notes of `notes`. */
function people(count: number, nameLength = 8, notes = ''): SyncState {
  const state: SyncState = new Map();
  for (let i = 0; i < count; i++) {
    const s = stamp(T + i, 0, 'abcdefgh');
    const f: Record<string, FieldState> = {
      name: { s, v: `${i}`.padEnd(nameLength, 'é') },
      roles: { s, v: ['friend'] },
      updatedAt: { s, v: T + i },
    };
    if (notes) f.notes = { s, v: notes };
    state.set(`c:person-${i}`, { f });
  }
  return state;
}

const asArea = (items: Map<string, { item: Item }>) =>
  Object.fromEntries([...items].map(([key, { item }]) => [key, JSON.parse(JSON.stringify(item))]));

describe('packing records into sync items', () => {
  it('reads back exactly what it packed, tombstones and removed entries too', () => {
    const state = people(40);
    state.set('k:check-in', {
      f: {
        title: { s: stamp(T, 1, 'abcdefgh'), v: 'Supervision' },
        'skipped.2026-03-09': { s: stamp(T, 2, 'abcdefgh'), v: true },
        'skipped.2026-03-16': { s: stamp(T, 3, 'abcdefgh') },
      },
      t: stamp(T - 5, 0, 'zzzzzzzz'),
    });
    state.set('c:gone', { f: {}, t: stamp(T, 9, 'abcdefgh') });
    const { items, left } = pack(unitsOf(state), FULL);
    expect(left).toEqual([]);
    const problems: string[] = [];
    expect(readItems(asArea(items), problems)).toEqual(state);
    expect(problems).toEqual([]);
  });

  it('gives the same items whatever order the records come in', () => {
    const state = people(60);
    const random = seeded(1);
    const shuffled = new Map(
      [...state]
        .map((entry) => [random(), entry] as const)
        .sort(([a], [b]) => a - b)
        .map(([, entry]) => entry),
    );
    expect(asArea(pack(unitsOf(shuffled), FULL).items)).toEqual(
      asArea(pack(unitsOf(state), FULL).items),
    );
  });

  it('keeps every item within 8 192 bytes, key included, as Chrome measures them', () => {
    // Names of 2-byte characters near an item's size, and many small records.
    for (const state of [people(300, 40), people(12, 3_000), people(3, 4_000)]) {
      const { items } = pack(unitsOf(state), FULL);
      for (const [key, { item, bytes }] of items) {
        expect(key.startsWith(PREFIX)).toBe(true);
        expect(chromeBytes(key, item)).toBeLessThanOrEqual(8_192);
        expect(bytes).toBeGreaterThanOrEqual(chromeBytes(key, item));
      }
    }
  });

  it('splits a record too big for one item into its fields, and reads it back whole', () => {
    const state = people(1, 8, 'n'.repeat(5_000));
    state.get('c:person-0')!.f.availability = { s: stamp(T, 0, 'abcdefgh'), v: 'a'.repeat(5_000) };
    const { items, left } = pack(unitsOf(state), FULL);
    expect(left).toEqual([]);
    expect(items.size).toBeGreaterThan(1);
    expect(readItems(asArea(items), [])).toEqual(state);
  });

  it('leaves out a value bigger than any item, and packs the rest', () => {
    const state = people(5);
    state.get('c:person-1')!.f.notes = { s: stamp(T, 0, 'abcdefgh'), v: 'n'.repeat(9_000) };
    const { items, left } = pack(unitsOf(state), FULL);
    expect(left.map((unit: Unit) => [unit.key, Object.keys(unit.fields)])).toEqual([
      ['c:person-1', ['notes']],
    ]);
    expect(readItems(asArea(items), []).size).toBe(5);
  });

  it('stays within the total and the item count it is given, leaving out the least important', () => {
    const state = people(50);
    for (let i = 0; i < 400; i++) {
      const s = stamp(T, i, 'abcdefgh');
      state.set(`i:connection-${i}`, {
        f: {
          at: { s, v: T - i * 3_600_000 },
          contactIds: { s, v: ['person-1'] },
          kind: { s, v: 'informal' },
        },
      });
    }
    const budget = { bytes: 20_000, items: 8 };
    const { items, left } = pack(unitsOf(state), budget);
    const total = [...items].reduce((sum, [key, { item }]) => sum + chromeBytes(key, item), 0);
    expect(total).toBeLessThanOrEqual(budget.bytes);
    expect(items.size).toBeLessThanOrEqual(budget.items);
    // Every person made it; the connections that stayed out are the oldest.
    expect(left.every((unit) => unit.key.startsWith('i:'))).toBe(true);
    const packedAt = [...readItems(asArea(items), [])]
      .filter(([key]) => key.startsWith('i:'))
      .map(([, record]) => record.f.at!.v as number);
    const leftAt = left.map((unit) => unit.fields.at!.v as number);
    expect(Math.max(...leftAt)).toBeLessThan(Math.min(...packedAt));
  });

  it('rewrites only the item of the record that changed', () => {
    const state = people(200);
    const before = asArea(pack(unitsOf(state), FULL).items);
    state.get('c:person-7')!.f.name = { s: stamp(T + 99, 0, 'abcdefgh'), v: 'Renamed' };
    const after = asArea(pack(unitsOf(state), FULL).items);
    const changed = Object.keys(after).filter(
      (key) => JSON.stringify(after[key]) !== JSON.stringify(before[key]),
    );
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(changed).toHaveLength(1);
  });
});
