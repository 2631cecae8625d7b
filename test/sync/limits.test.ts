import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/domain/time-units';
import { stamp } from '../../src/sync/hlc';
import { itemOf } from '../../src/sync/pack';
import { aConnection, aContact } from '../db/factories';
import { checkIn } from '../domain/check-in-factory';
import type { Computer } from './support/computer';
import { seeded } from '../support/seeded';
import { World } from './support/world';

const MINUTE = 60_000;

const twoComputers = () => {
  const world = new World([0, 0], seeded(4));
  return { world, a: world.computers[0] as Computer, b: world.computers[1] as Computer };
};

/** The most writes in any 60 seconds, and in any hour. */
function busiest(times: number[], window: number) {
  return Math.max(
    0,
    ...times.map((start) => times.filter((t) => t >= start && t < start + window).length),
  );
}

describe('a network bigger than the sync area', () => {
  it('says which part did not sync, keeps all of it here, and sends the rest', async () => {
    const { world, a, b } = twoComputers();
    a.data.options.includeNotes = true;
    for (let i = 0; i < 120; i++) {
      a.data.contacts.push(aContact({ id: `p${i}`, name: `Person ${i}`, notes: 'n'.repeat(600) }));
    }
    for (let i = 0; i < 400; i++) {
      a.data.interactions.push(
        aConnection({ id: `i${i}`, at: world.time - i * 3 * 3_600_000, contactIds: ['p1'] }),
      );
    }
    const before = structuredClone(a.data);
    const run = await a.sync();
    expect(run.result.overflow).toEqual([
      expect.objectContaining({
        collection: 'interactions',
        notes: false,
        newest: expect.any(Number),
      }),
      expect.objectContaining({ collection: 'contacts', notes: true }),
    ]);
    expect(a.area.refusals).toEqual([]);
    expect(await a.area.getBytesInUse(null)).toBeLessThanOrEqual(102_400);
    expect(a.data).toEqual(before);

    await world.settle();
    const newest = run.result.overflow.find((part) => part.collection === 'interactions')!.newest!;
    expect(b.data.contacts).toHaveLength(120);
    expect(b.data.interactions.length).toBeGreaterThan(0);
    expect(b.data.interactions.every((connection) => connection.at > newest)).toBe(true);
    expect(a.data).toEqual(before);
  });
});

describe('a full sync area', () => {
  it('takes no more writes once it holds all that fits, and its own writes come back as echoes', async () => {
    const { a } = twoComputers();
    for (let i = 0; i < 400; i++) {
      a.data.contacts.push(aContact({ id: `p${i}`, name: `Person ${i}`, notes: '' }));
    }
    const first = await a.sync();
    expect(first.result.overflow).toContainEqual(
      expect.objectContaining({ collection: 'contacts' }),
    );
    expect(Object.keys(first.result.set).length).toBeGreaterThan(0);
    a.area.deliver();
    expect(a.dueAt).toBeNull();
    const again = await a.sync();
    expect(again.result.set).toEqual({});
    expect(again.result.remove).toEqual([]);
  });
});

describe('the browser’s write limits', () => {
  it('are never crossed by a burst of edits, and the edits still arrive', async () => {
    const { world, a, b } = twoComputers();
    await world.join();
    a.data.contacts.push(aContact({ id: 'ann' }));
    for (let i = 0; i < 400; i++) {
      await world.edit(a, (data) => void (data.contacts[0]!.name = `Ann ${i}`));
      world.time += 250; // four edits a second for 100 seconds
      await world.round();
    }
    await world.settle();
    expect(a.area.refusals).toEqual([]);
    expect(busiest(a.area.writeTimes, MINUTE)).toBeLessThanOrEqual(120);
    expect(a.runs.some((run) => run.retryAt !== null)).toBe(true);
    expect(b.data.contacts[0]!.name).toBe('Ann 399');
  });

  it('back off after a quota error, and write once the pause is over', async () => {
    const { world, a } = twoComputers();
    const set = a.area.set.bind(a.area);
    a.area.set = async () => {
      throw new Error('Resource::kQuotaBytes quota exceeded');
    };
    a.data.contacts.push(aContact({ id: 'ann' }));
    const refused = await a.sync();
    expect(refused).toMatchObject({
      retryAt: world.time + MINUTE,
      error: 'Resource::kQuotaBytes quota exceeded',
    });
    expect(refused.budget.failures).toBe(1);
    a.area.set = set;
    world.time = refused.retryAt!;
    const retried = await a.sync();
    expect(retried).toMatchObject({ retryAt: null, error: null, budget: { failures: 0 } });
    expect(Object.keys(await a.area.get(null)).length).toBeGreaterThan(0);
  });
});

describe('what leaves the sync area with time', () => {
  it('leaves a pass with nothing new over connections older than the window changing nothing', async () => {
    const { world, a } = twoComputers();
    a.data.contacts.push(aContact({ id: 'ann' }));
    // Past the 90 days, but within the week before them that a pass still reads.
    a.data.interactions.push(
      aConnection({ id: 'recent', at: world.time - DAY_MS, contactIds: ['ann'] }),
      aConnection({ id: 'older', at: world.time - 93 * DAY_MS, contactIds: ['ann'] }),
    );
    await a.sync();
    for (let wake = 0; wake < 3; wake++) {
      world.time += 10 * MINUTE;
      // Each computer runs a pass the background would skip, and requires it to change nothing.
      await a.sync();
    }
    expect(a.skippable).toBe(2);
  });

  it('stops syncing connections 90 days older than the newest, and deletes them nowhere', async () => {
    const { world, a, b } = twoComputers();
    a.data.contacts.push(aContact({ id: 'ann' }));
    a.data.interactions.push(
      aConnection({ id: 'recent', at: world.time, contactIds: ['ann'] }),
      aConnection({ id: 'old', at: world.time - 91 * DAY_MS, contactIds: ['ann'] }),
    );
    await world.join();
    await world.settle();
    expect(b.data.interactions.map((connection) => connection.id)).toEqual(['recent']);
    expect(a.data.interactions.map((connection) => connection.id)).toEqual(['recent', 'old']);
  });

  it('forgets a tombstone 60 days after it was made', async () => {
    const { world, a } = twoComputers();
    a.data.contacts.push(aContact({ id: 'ann' }), aContact({ id: 'bob' }));
    await world.join();
    await world.edit(a, (data) => void data.contacts.splice(0, 1));
    await world.settle();
    const holdsAnn = () => [...a.area.copy.values()].join().includes('"ann"');
    expect(holdsAnn()).toBe(true);
    world.time += 61 * DAY_MS;
    await world.edit(a, (data) => void (data.contacts[0]!.name = 'Bob'));
    await world.settle();
    expect(holdsAnn()).toBe(false);
  });
});

describe('a record from a newer Tend', () => {
  it('is skipped with its reason, and never erased from the sync area', async () => {
    const { world, a, b } = twoComputers();
    await world.join();
    const s = stamp(world.time, 0, 'newertnd');
    const fields = { name: [0, 'Zed'], roles: [0, ['astronaut']] };
    await a.area.set({ 'tend1.c9': itemOf([]) }); // a stale key of the older layout
    await a.area.set({ 'tend1.x0': { s: [s], r: [['c', 'zed', fields]] } });
    await world.settle();
    for (const computer of [a, b]) {
      expect(computer.data.contacts).toEqual([]);
      expect(computer.runs.flatMap((run) => run.result.problems).join('\n')).toMatch(
        /not applied: contacts zed: /,
      );
    }
    expect(JSON.stringify([...world.server.data.values()])).toMatch(/astronaut/);
  });
});

describe('a record Tend’s own forms would refuse', () => {
  it('is not taken from another computer, and the reason is given', async () => {
    const { world, a, b } = twoComputers();
    await world.join();
    // Written on computer a by some other way than its forms (an older Tend, a damaged
    // profile): a check-in lasting two million years, and a workday ending at 25:00.
    await world.edit(a, (data) => {
      data.checkIns.push(checkIn({ id: 'forever', contactIds: [], durationMinutes: 1e12 }));
      const days = { ...data.settings.schedule.days };
      days[1] = { start: '09:00', end: '25:00', endsNextDay: false };
      data.settings = { ...data.settings, schedule: { ...data.settings.schedule, days } };
    });
    const before = b.data.settings;
    await world.settle();
    expect(b.data.checkIns).toEqual([]);
    expect(b.data.settings).toEqual(before);
    const problems = b.runs.flatMap((run) => run.result.problems).join('\n');
    expect(problems).toMatch(/not applied: checkIns forever: durationMinutes/);
    expect(problems).toMatch(/not applied: settings current: end/);
    expect(b.runs.at(-1)?.result.refused).toEqual([
      'settings current: end: errorTimeFormat',
      'checkIns forever: durationMinutes: out-of-range',
    ]);
  });

  it('is taken when it only comes of merging two computers’ valid edits', async () => {
    const { world, a, b } = twoComputers();
    a.data.checkIns.push(
      checkIn({
        id: 'walk',
        contactIds: [],
        mode: 'in-person',
        link: 'left over',
        recurrence: { kind: 'weekly', everyWeeks: 1, weekdays: [1], until: '2026-12-31' },
      }),
    );
    await world.join();
    await world.settle();
    // Apart, each keeps its forms' rules: b makes it virtual, with a link, and ends it on
    // 10 December; a, still meeting in person, moves its start past that and clears the link.
    await world.edit(b, (data) => {
      const walk = data.checkIns[0]!;
      data.checkIns[0] = {
        ...walk,
        mode: 'virtual',
        link: 'https://meet.example.org/walk',
        recurrence: { kind: 'weekly', everyWeeks: 1, weekdays: [1], until: '2026-12-10' },
      };
    });
    await world.edit(a, (data) => {
      data.checkIns[0] = { ...data.checkIns[0]!, startDate: '2027-01-11', link: '' };
    });
    await world.settle();
    expect(a.data.checkIns).toEqual(b.data.checkIns);
    expect(a.data.checkIns[0]).toMatchObject({
      startDate: '2027-01-11',
      mode: 'virtual',
      link: '',
    });
    expect(a.data.checkIns[0]?.recurrence).toMatchObject({ until: '2026-12-10' });
    expect(world.computers.flatMap((c) => c.runs.flatMap((run) => run.result.refused))).toEqual([]);
  });
});
