import { describe, expect, it } from 'vitest';
import { FakeSyncServer } from './support/fake-sync-area';

const oneComputer = () => {
  let now = 0;
  const server = new FakeSyncServer();
  return { area: server.connect(() => now), server, tick: (ms: number) => (now += ms) };
};

// The fake stands for Chrome in every sync test, so it refuses what Chrome refuses.
describe('the fake sync area', () => {
  it('refuses an item over 8 192 bytes, key included, as Chrome does', async () => {
    const { area } = oneComputer();
    const value = 'x'.repeat(8_192 - 'k'.length - 2); // the JSON adds two quotes
    await area.set({ k: value });
    await expect(area.set({ k: `${value}x` })).rejects.toThrow(
      'QUOTA_BYTES_PER_ITEM quota exceeded',
    );
    expect(await area.getBytesInUse(null)).toBe(8_192);
  });

  it('refuses a write that takes the area over 102 400 bytes or 512 items, and keeps it whole', async () => {
    const { area } = oneComputer();
    const big = 'x'.repeat(8_000);
    for (let i = 0; i < 12; i++) await area.set({ [`k${i}`]: big });
    await expect(area.set({ k12: big, k13: big })).rejects.toThrow('QUOTA_BYTES quota exceeded');
    expect(Object.keys(await area.get(null))).toHaveLength(12);
    const many = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`n${i}`, 1]));
    await expect(area.set(many)).rejects.toThrow('MAX_ITEMS quota exceeded');
  });

  it('refuses a 121st write within a minute and an 1 801st within an hour', async () => {
    const { area, tick } = oneComputer();
    for (let i = 0; i < 120; i++) await area.set({ k: i });
    await expect(area.remove('k')).rejects.toThrow(
      'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded',
    );
    for (let minute = 1; minute < 15; minute++) {
      tick(60_000);
      for (let i = 0; i < 120; i++) await area.set({ k: i });
    }
    tick(60_000);
    await expect(area.set({ k: 0 })).rejects.toThrow(
      'MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded',
    );
  });

  it('tells the other computers, and an offline one only once it is back', async () => {
    const { server } = oneComputer();
    const [a, b] = [server.connect(() => 0), server.connect(() => 0)];
    const heard: unknown[] = [];
    b.onChanged.addListener((changes) => heard.push(changes));
    await a.set({ k: 1 });
    b.goOffline();
    expect(b.deliver()).toBe(false);
    b.goOnline();
    expect(b.deliver()).toBe(true);
    expect(heard).toEqual([{ k: { newValue: 1 } }]);
    expect(await b.get('k')).toEqual({ k: 1 });
  });
});
