import { beforeEach, describe, expect, it } from 'vitest';
import { importBackup } from '../../src/db/backup-import';
import { deleteContact } from '../../src/db/contacts';
import { undoImport } from '../../src/db/import-undo';
import {
  deleteInteraction,
  interactionsSince,
  logInteraction,
  updateInteraction,
} from '../../src/db/interactions';
import {
  flowsSince,
  packFlows,
  unpackFlows,
  type FlowConnection,
} from '../../src/db/network-flows';
import { deleteTendDatabase, openDb, type TendDatabase } from '../../src/db/open';
import { saveSyncPass } from '../../src/db/sync-data';
import { emptyShadow } from '../../src/sync/shadow';
import { aBackup, NOW } from '../domain/backup-fixture';
import { aConnection, at } from './factories';

const SINCE = at('2026-08-26T00:00:00Z');

let db: TendDatabase;

beforeEach(async () => {
  db = await openDb();
  await importBackup(db, aBackup(), NOW);
});

// What the reciprocity card counts when the connections come from their store.
const fromStore = async () =>
  (await interactionsSince(db, SINCE)).map(({ at, direction, contactIds }) => ({
    at,
    direction,
    contactIds,
  }));

/** A visit before `write` keeps a copy; the visit after it shows what the store gives. */
async function expectFreshAfter(write: () => Promise<unknown>) {
  await flowsSince(db, SINCE);
  expect(await db.get('meta', 'network-flows')).toBeDefined();
  const before = await flowsSince(db, SINCE);
  await write();
  const after = await flowsSince(db, SINCE);
  expect(after).toEqual(await fromStore());
  expect(after).not.toEqual(before);
  return after;
}

describe("the network section's copy of the connections' flows", () => {
  it('with nothing written, gives from the copy what the store gives', async () => {
    const first = await flowsSince(db, SINCE);
    expect(first).toEqual(await fromStore());
    expect(first).toHaveLength(2);
    expect(await db.get('meta', 'network-flows')).toBeDefined();
    expect(await flowsSince(db, SINCE)).toEqual(first);
  });

  it('after a connection with two people is logged', async () => {
    const met = aConnection({
      id: 'new',
      at: at('2026-11-24T08:00:00Z'),
      contactIds: ['sam', 'alex'],
      direction: 'received',
    });
    const after = await expectFreshAfter(() => logInteraction(db, met));
    expect(after.at(-1)).toEqual({
      at: met.at,
      direction: 'received',
      contactIds: ['sam', 'alex'],
    });
  });

  it('after a connection is edited, deleted, or its person deleted', async () => {
    const walk = (await db.get('interactions', 'i2'))!;
    await expectFreshAfter(() => updateInteraction(db, { ...walk, direction: 'gave' }, walk));
    await expectFreshAfter(() => deleteInteraction(db, 'i1'));
    await expectFreshAfter(() => deleteContact(db, walk.contactIds[0]!));
  });

  it('after an import and its undo, and a sync pass', async () => {
    const file = aBackup();
    const call = aConnection({ id: 'call', at: at('2026-11-10T10:00:00Z'), contactIds: ['alex'] });
    let undo: Awaited<ReturnType<typeof importBackup>> | undefined;
    await expectFreshAfter(
      async () =>
        (undo = await importBackup(
          db,
          { ...file, interactions: [...file.interactions, call] },
          NOW,
        )),
    );
    await expectFreshAfter(() => undoImport(db, undo!, NOW));
    const walk = (await db.get('interactions', 'i2'))!;
    const record = { ...walk, contactIds: ['alex', 'sam'] };
    const write = { collection: 'interactions', id: 'i2', record, before: walk } as const;
    await expectFreshAfter(() => saveSyncPass(db, [write], emptyShadow('here')));
  });

  it('after everything is erased, gives none', async () => {
    await flowsSince(db, SINCE);
    await deleteTendDatabase();
    db = await openDb();
    expect(await flowsSince(db, SINCE)).toEqual([]);
  });

  it('is used at the stored generation from its window on, and only then', async () => {
    const stored = await fromStore();
    // A copy that says the user gave support in every connection.
    const gave = stored.map((one) => ({ ...one, direction: 'gave' as const }));
    expect(gave).not.toEqual(stored);
    const generation = (await db.get('meta', 'generation')) as string;
    const copy = (from: number, at: string) => packFlows(gave, from, at)!;
    await db.put('meta', copy(SINCE, 'an-older-one'), 'network-flows');
    expect(await flowsSince(db, SINCE)).toEqual(stored);
    await db.put('meta', copy(SINCE + 1, generation), 'network-flows');
    expect(await flowsSince(db, SINCE)).toEqual(stored);
    await db.put('meta', copy(SINCE, generation), 'network-flows');
    expect(await flowsSince(db, SINCE)).toEqual(gave);
  });

  it('keeps each connection with its own people, and nothing before its window', () => {
    const first: FlowConnection = { at: 1_000, direction: 'gave', contactIds: ['a', 'b'] };
    const second: FlowConnection = { at: 2_000, direction: 'received', contactIds: [] };
    const third: FlowConnection = { at: 3_000, direction: 'both', contactIds: ['c'] };
    const packed = packFlows([first, second, third], 1_000, 'g')!;
    expect(unpackFlows(packed, 1_000)).toEqual([first, second, third]);
    expect(unpackFlows(packed, 1_500)).toEqual([second, third]);
  });

  it('is not made of a direction it has no code for', () => {
    const odd = { at: 1, direction: 'sideways', contactIds: ['a'] } as never;
    expect(packFlows([odd], 0, 'g')).toBeNull();
  });
});
