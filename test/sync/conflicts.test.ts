import { describe, expect, it } from 'vitest';
import type { SyncData } from '../../src/sync/engine';
import { aContact } from '../db/factories';
import type { Computer } from './support/computer';
import { checkIn as aCheckIn } from '../domain/check-in-factory';
import { seeded } from '../support/seeded';
import { World } from './support/world';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Computers with sync on, one person (Ann) on all of them, quiet. */
async function network(skews = [0, 0]) {
  const world = new World(skews, seeded(1));
  await world.join();
  const [a, b] = world.computers as [Computer, Computer];
  await world.edit(a, (data) => void data.contacts.push(aContact({ id: 'ann', name: 'Ann' })));
  await world.settle();
  return { world, a, b };
}

const ann = (data: SyncData) => data.contacts.find((contact) => contact.id === 'ann');
const rename = (name: string) => (data: SyncData) => Object.assign(ann(data)!, { name });

describe('two computers changing the same data', () => {
  it.each(['the later edit', 'the earlier edit'])(
    'keep the later of two offline edits to a name when %s syncs first',
    async (first) => {
      const { world, a, b } = await network();
      a.area.goOffline();
      b.area.goOffline();
      await world.edit(a, rename('Ann from work'));
      world.time += MINUTE;
      await world.edit(b, rename('Ann from home'));
      for (const computer of first === 'the later edit' ? [b, a] : [a, b]) {
        computer.area.goOnline();
        await world.settle();
      }
      expect(ann(a.data)!.name).toBe('Ann from home');
      expect(ann(b.data)!.name).toBe('Ann from home');
    },
  );

  it('let an edit made after seeing another win, on a clock an hour behind', async () => {
    const { world, a, b } = await network([0, -HOUR]);
    await world.edit(a, rename('Ann A'));
    await world.settle();
    expect(ann(b.data)!.name).toBe('Ann A');
    // B's clock says an hour earlier than A's stamp; B's edit still comes after it.
    await world.edit(b, rename('Ann B'));
    await world.settle();
    expect(ann(a.data)!.name).toBe('Ann B');
    expect(ann(b.data)!.name).toBe('Ann B');
  });

  it('keep both when they change different fields of one person', async () => {
    const { world, a, b } = await network();
    a.area.goOffline();
    b.area.goOffline();
    await world.edit(a, rename('Ann B.'));
    await world.edit(b, (data) => void (ann(data)!.roles = ['mentor']));
    await world.reconcile();
    for (const computer of [a, b]) {
      expect(ann(computer.data)).toMatchObject({ name: 'Ann B.', roles: ['mentor'] });
    }
  });

  it('keep skips of different dates, and an un-skip removes only its own date', async () => {
    const { world, a, b } = await network();
    await world.edit(
      a,
      (data) => void data.checkIns.push(aCheckIn({ id: 'sup', skipped: ['2026-03-02'] })),
    );
    await world.settle();
    a.area.goOffline();
    b.area.goOffline();
    const checkIn = (data: SyncData) => data.checkIns[0]!;
    await world.edit(a, (data) => void checkIn(data).skipped.push('2026-03-09'));
    await world.edit(b, (data) => {
      checkIn(data).skipped = ['2026-03-16'];
      checkIn(data).moved = { '2026-03-23': Date.parse('2026-03-24T10:00:00Z') };
    });
    await world.reconcile();
    for (const computer of [a, b]) {
      expect([...checkIn(computer.data).skipped].sort()).toEqual(['2026-03-09', '2026-03-16']);
      expect(checkIn(computer.data).moved).toEqual({
        '2026-03-23': Date.parse('2026-03-24T10:00:00Z'),
      });
    }
  });

  it('bring a deleted person back when the other computer edited them after the delete', async () => {
    const { world, a, b } = await network();
    b.area.goOffline();
    await world.edit(a, (data) => void data.contacts.splice(0, 1));
    world.time += MINUTE;
    await world.edit(b, rename('Ann, new job'));
    await world.reconcile();
    expect(ann(a.data)?.name).toBe('Ann, new job');
    expect(ann(b.data)?.name).toBe('Ann, new job');
  });

  it('delete a person everywhere when the delete came after the other computer’s edit', async () => {
    const { world, a, b } = await network();
    b.area.goOffline();
    await world.edit(b, rename('Ann, new job'));
    world.time += MINUTE;
    await world.edit(a, (data) => void data.contacts.splice(0, 1));
    await world.reconcile();
    expect(ann(a.data)).toBeUndefined();
    expect(ann(b.data)).toBeUndefined();
  });
});

describe('turning sync on where the other computer has data', () => {
  it('merges both sides and says what it added and changed, for an Undo', async () => {
    const world = new World([0, 0], seeded(2));
    const [work, home] = world.computers as [Computer, Computer];
    work.data.contacts.push(aContact({ id: 'ann' }), aContact({ id: 'bob' }));
    work.data.settings.breaks.shortMinutes = 10;
    home.data.contacts.push(aContact({ id: 'cy' }));
    const homeSettings = structuredClone(home.data.settings);
    await work.sync();
    home.area.deliver();
    const joined = await home.sync();
    expect(joined.result.firstJoin).toBe(true);
    expect(
      joined.result.local.filter((write) => write.before === null).map((write) => write.id),
    ).toEqual(['ann', 'bob']);
    // The network already in sync keeps its settings; the Undo has home's to put back.
    expect(joined.result.local.find((write) => write.collection === 'settings')).toMatchObject({
      record: { breaks: { shortMinutes: 10 } },
      before: homeSettings,
    });
    await world.settle();
    for (const computer of [work, home]) {
      expect(computer.data.contacts.map((contact) => contact.id).sort()).toEqual([
        'ann',
        'bob',
        'cy',
      ]);
    }
  });
});

describe('what stays on each computer', () => {
  it('never sends a snooze or the guard’s sites', async () => {
    const { world, a, b } = await network();
    await world.edit(a, (data) => {
      ann(data)!.snoozedUntil = world.time + HOUR;
      data.settings.guard = { enabled: true, sites: ['https://cms.example.org'] };
    });
    await world.settle();
    expect(ann(b.data)!.snoozedUntil).toBeNull();
    expect(b.data.settings.guard).toEqual({ enabled: false, sites: [] });
    expect(JSON.stringify([...b.area.copy.values()])).not.toMatch(/cms\.example|snoozedUntil/);
  });

  it('sends notes only while "include notes" is on, and keeps them on each computer when off', async () => {
    const { world, a, b } = await network();
    await world.edit(a, (data) => void (ann(data)!.notes = 'likes tea'));
    await world.settle();
    expect(ann(b.data)!.notes).toBe('');
    await world.edit(a, (data) => void (data.options = { includeNotes: true }));
    await world.settle();
    expect(b.data.options.includeNotes).toBe(true);
    expect(ann(b.data)!.notes).toBe('likes tea');
    await world.edit(b, (data) => void (data.options = { includeNotes: false }));
    await world.settle();
    expect(JSON.stringify([...a.area.copy.values()])).not.toMatch(/likes tea/);
    expect(ann(a.data)!.notes).toBe('likes tea');
    expect(ann(b.data)!.notes).toBe('likes tea');
  });
});
