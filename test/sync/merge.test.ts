import { describe, expect, it } from 'vitest';
import { stamp } from '../../src/sync/hlc';
import { isAlive, mergeRecord, type RecordState } from '../../src/sync/state';
import { seeded } from '../support/seeded';

const T = Date.parse('2026-03-02T09:00:00Z');
const at = (minute: number, device = 'aaaaaaaa') => stamp(T + minute * 60_000, 0, device);

describe('merging two copies of a record', () => {
  it('keeps, field by field, the value with the later stamp', () => {
    const a: RecordState = {
      f: { name: { s: at(5), v: 'Ann' }, roles: { s: at(1), v: ['friend'] } },
    };
    const b: RecordState = {
      f: { name: { s: at(3), v: 'Anna' }, roles: { s: at(4), v: ['mentor'] } },
    };
    expect(mergeRecord(a, b).f).toEqual({
      name: { s: at(5), v: 'Ann' },
      roles: { s: at(4), v: ['mentor'] },
    });
  });

  it('keeps the later tombstone, and a record is alive only with a field stamped after it', () => {
    const edited: RecordState = {
      f: { name: { s: at(1), v: 'Ann' }, notes: { s: at(9), v: 'x' } },
    };
    const deleted: RecordState = { f: {}, t: at(5) };
    const merged = mergeRecord(edited, deleted);
    expect(merged.t).toBe(at(5));
    expect(isAlive(merged)).toBe(true);
    expect(isAlive(mergeRecord(merged, { f: {}, t: at(10) }))).toBe(false);
    expect(isAlive({ f: {} })).toBe(false);
  });

  it('gives the same result in any order, any grouping, and twice over (500 random cases)', () => {
    const random = seeded(3);
    const copy = (): RecordState => {
      const f: RecordState['f'] = {};
      for (const name of ['name', 'roles', 'skipped.2026-03-09']) {
        if (random() < 0.7) {
          const s = at(Math.floor(random() * 5), random() < 0.5 ? 'aaaaaaaa' : 'bbbbbbbb');
          f[name] = random() < 0.2 ? { s } : { s, v: Math.floor(random() * 3) };
        }
      }
      return random() < 0.3 ? { f, t: at(Math.floor(random() * 5)) } : { f };
    };
    for (let i = 0; i < 500; i++) {
      const [a, b, c] = [copy(), copy(), copy()];
      const abc = mergeRecord(mergeRecord(a, b), c);
      expect(mergeRecord(mergeRecord(c, b), a)).toEqual(abc);
      expect(mergeRecord(a, mergeRecord(b, c))).toEqual(abc);
      expect(mergeRecord(abc, abc)).toEqual(abc);
    }
  });
});
