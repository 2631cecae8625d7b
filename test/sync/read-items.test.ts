import { describe, expect, it } from 'vitest';
import { stamp } from '../../src/sync/hlc';
import { readItems } from '../../src/sync/read-items';

const T = Date.parse('2026-03-02T09:00:00Z');
const s0 = stamp(T, 0, 'abcdefgh');
const good = { s: [s0], r: [['c', 'ann', { name: [0, 'Ann'] }]] };

describe('reading what another computer wrote', () => {
  it('skips an unreadable item with its reason, and reads the others', () => {
    const problems: string[] = [];
    const state = readItems(
      {
        'tend1.c0': good,
        'tend1.c1': 'not an item',
        'tend1.c2': { s: ['not a stamp'], r: [] },
        'tend1.c3': { r: [] },
        'other-extension-key': { anything: true },
      },
      problems,
    );
    expect([...state.keys()]).toEqual(['c:ann']);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^item tend1\.c1 skipped: /);
  });

  it('skips a bad record in an item and keeps the item’s other records', () => {
    const problems: string[] = [];
    const state = readItems(
      {
        'tend1.c0': {
          s: [s0],
          r: [
            ['c', 'ann', { name: [0, 'Ann'] }],
            ['c', 'bob', { name: [7, 'Bob'] }], // no stamp 7
            ['q', 'x', { name: [0, 'from a collection this version does not know'] }],
            ['c', '', { name: [0, 'no id'] }],
            ['c', 'cy', { name: [0, 'Cy'] }, 3], // no stamp 3 for its tombstone
            ['c', 'dee', { name: [0, 'Dee', 'extra'] }],
          ],
        },
      },
      problems,
    );
    expect([...state.keys()]).toEqual(['c:ann']);
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/record 2 skipped: name: no stamp 7/);
    expect(problems.join('\n')).toMatch(/record 3 skipped: unknown collection q/);
  });

  it('takes no field named like an object’s insides', () => {
    const problems: string[] = [];
    const fields = JSON.parse(
      '{"__proto__": [0, "x"], "constructor": [0, "y"], "name": [0, "Ann"]}',
    );
    const state = readItems({ 'tend1.c0': { s: [s0], r: [['c', 'ann', fields]] } }, problems);
    const record = state.get('c:ann')!;
    expect(Object.keys(record.f)).toEqual(['name']);
    expect(Object.getPrototypeOf(record.f)).toBe(Object.prototype);
  });

  it('keeps a field a newer Tend added, so it is carried on and never erased', () => {
    const state = readItems(
      {
        'tend1.c0': { s: [s0], r: [['c', 'ann', { name: [0, 'Ann'], pronouns: [0, 'she/her'] }]] },
      },
      [],
    );
    expect(state.get('c:ann')!.f.pronouns).toEqual({ s: s0, v: 'she/her' });
  });

  it('merges the parts of one record found in several items', () => {
    const s1 = stamp(T, 1, 'abcdefgh');
    const state = readItems(
      {
        'tend1.c0': { s: [s0], r: [['c', 'ann', { name: [0, 'Ann'] }]] },
        'tend1.n0': { s: [s1], r: [['c', 'ann', { notes: [0, 'likes tea'] }]] },
      },
      [],
    );
    expect(state.get('c:ann')).toEqual({
      f: { name: { s: s0, v: 'Ann' }, notes: { s: s1, v: 'likes tea' } },
    });
  });
});
