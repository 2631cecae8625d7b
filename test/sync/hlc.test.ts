import { describe, expect, it } from 'vitest';
import {
  isStamp,
  later,
  newDeviceId,
  stamp,
  stampMs,
  tick,
  ZERO,
  type Stamp,
} from '../../src/sync/hlc';
import { seeded } from '../support/seeded';

const T = Date.parse('2026-03-02T09:00:00Z');
const HOUR = 3_600_000;

describe('the hybrid logical clock', () => {
  it('orders stamps as strings by wall time, then counter, then device', () => {
    const stamps = [
      stamp(T + 1, 0, 'aaaaaaaa'),
      stamp(T, 2, 'aaaaaaaa'),
      stamp(T, 1, 'zzzzzzzz'),
      stamp(T, 1, 'aaaaaaaa'),
      stamp(1, 0, 'zzzzzzzz'),
      ZERO,
    ];
    expect([...stamps].sort()).toEqual([...stamps].reverse());
    expect(stampMs(stamp(T, 5, 'abcdefgh'))).toBe(T);
  });

  it('stamps at the wall clock when it is ahead of every stamp seen', () => {
    expect(tick(stamp(T - 5, 3, 'zzzzzzzz'), T, 'aaaaaaaa')).toBe(stamp(T, 0, 'aaaaaaaa'));
    expect(tick(null, T, 'aaaaaaaa')).toBe(stamp(T, 0, 'aaaaaaaa'));
  });

  it('never stamps before a stamp it has seen, when its own clock is an hour behind', () => {
    const seen = stamp(T + HOUR, 4, 'zzzzzzzz'); // another computer's, an hour ahead
    const next = tick(seen, T, 'aaaaaaaa');
    expect(next > seen).toBe(true);
    expect(next).toBe(stamp(T + HOUR, 5, 'aaaaaaaa'));
  });

  it('moves the wall time on by a millisecond when the counter runs out', () => {
    const full = stamp(T, 36 ** 3 - 1, 'zzzzzzzz');
    expect(tick(full, T, 'aaaaaaaa')).toBe(stamp(T + 1, 0, 'aaaaaaaa'));
  });

  it('only ever moves forward, whatever the wall clock does (10 000 random readings)', () => {
    const random = seeded(7);
    let last: Stamp | null = null;
    for (let i = 0; i < 10_000; i++) {
      // The clock jumps back and forth by up to a day, and now and then stands still.
      const wall = T + Math.floor((random() - 0.5) * 24 * HOUR) * (random() < 0.2 ? 0 : 1);
      const next = tick(last, wall, 'aaaaaaaa');
      expect(last === null || next > last).toBe(true);
      // Another computer's stamp, seen now and then, is never overtaken backwards either.
      const seen = random() < 0.1 ? stamp(wall + HOUR, 0, 'zzzzzzzz') : null;
      last = later(next, seen);
    }
  });

  it('knows a stamp from anything else another computer might send', () => {
    expect(isStamp(stamp(T, 0, 'abcdefgh'))).toBe(true);
    expect(isStamp(ZERO)).toBe(true);
    for (const bad of ['', 'x', stamp(T, 0, 'ABCDEFGH'), `${stamp(T, 0, 'abcdefgh')}0`, 42, null]) {
      expect(isStamp(bad)).toBe(false);
    }
  });

  it('makes device ids of 8 base-36 characters', () => {
    expect(newDeviceId(seeded(1))).toMatch(/^[0-9a-z]{8}$/);
    expect(newDeviceId(seeded(1))).not.toBe(newDeviceId(seeded(2)));
  });
});
