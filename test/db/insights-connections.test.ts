import { beforeEach, describe, expect, it } from 'vitest';
import { importBackup } from '../../src/db/backup-import';
import { undoImport } from '../../src/db/import-undo';
import { loadInsights } from '../../src/db/insights';
import {
  connectionsSince,
  packConnections,
  unpackConnections,
} from '../../src/db/insights-connections';
import {
  deleteInteraction,
  interactionsSince,
  logInteraction,
  updateInteraction,
} from '../../src/db/interactions';
import { deleteTendDatabase, openDb, type TendDatabase } from '../../src/db/open';
import { saveSyncPass } from '../../src/db/sync-data';
import { weeklyInsights } from '../../src/domain/insights/weekly';
import { emptyShadow } from '../../src/sync/shadow';
import { aBackup, NOW } from '../domain/backup-fixture';
import { aConnection, at } from './factories';
import {
  expectFreshAfter as expectCopyFreshAfter,
  insightsFromStore,
  type Insights,
} from './insights-copy';

// A visit to Insights a day after the backup's last connection was logged.
const VISIT = new Date(at('2026-11-24T09:50:00Z'));

let db: TendDatabase;

beforeEach(async () => {
  db = await openDb();
  await importBackup(db, aBackup(), NOW);
});

// What Insights shows when it reads the connections from their store: its copy dropped.
const freshInsights = () => insightsFromStore(db, 'insights-connections', VISIT);

// The connections each week's chart counts, by mode, for the weeks that have any.
const countedByMode = (data: Insights) =>
  weeklyInsights(data, VISIT)
    .weeks.filter((week) => week.connections > 0)
    .map((week) => `${week.weekStart}: ${JSON.stringify(week.byMode)}`);

/**
 * Insights visited before `write` (so holding a copy of the connections) and after it shows
 * what a read of the connections from their store shows, and the write shows in it.
 */
const expectFreshAfter = (write: () => Promise<unknown>) =>
  expectCopyFreshAfter(db, 'insights-connections', VISIT, write, countedByMode);

describe("Insights' copy of the connections", () => {
  it('with nothing written, shows from the copy what the store gives', async () => {
    const first = await loadInsights(db, VISIT);
    expect(await db.get('meta', 'insights-connections')).toBeDefined();
    expect(await loadInsights(db, VISIT)).toEqual(first);
    expect(first).toEqual(await freshInsights());
    expect(first.interactions.map((one) => one.at)).toEqual([
      at('2026-11-02T10:00:00Z'),
      at('2026-11-20T10:00:00Z'),
    ]);
  });

  it('after a connection is logged, its week counts it', async () => {
    const met = aConnection({ id: 'new', at: at('2026-11-24T08:00:00Z'), contactIds: ['sam'] });
    const { after } = await expectFreshAfter(() => logInteraction(db, met));
    expect(after.interactions).toHaveLength(3);
  });

  it('after a connection is edited from in person to a call', async () => {
    const walk = (await db.get('interactions', 'i2'))!;
    const { after } = await expectFreshAfter(() =>
      updateInteraction(db, { ...walk, mode: 'phone', direction: 'gave' }, walk),
    );
    expect(after.interactions.at(-1)).toMatchObject({ mode: 'phone', direction: 'gave' });
  });

  it('after a connection is deleted', async () => {
    const { after } = await expectFreshAfter(() => deleteInteraction(db, 'i1'));
    expect(after.interactions).toHaveLength(1);
  });

  it('after an import and its undo', async () => {
    const file = aBackup();
    const call = aConnection({
      id: 'call',
      at: at('2026-11-10T10:00:00Z'),
      contactIds: ['alex'],
      mode: 'video',
    });
    const more = { ...file, interactions: [...file.interactions, call] };
    let undo: Awaited<ReturnType<typeof importBackup>> | undefined;
    await expectFreshAfter(async () => (undo = await importBackup(db, more, NOW)));
    const { after } = await expectFreshAfter(() => undoImport(db, undo!, NOW));
    expect(after.interactions.map((one) => one.mode)).not.toContain('video');
  });

  it("after a sync pass brings another computer's change", async () => {
    const walk = (await db.get('interactions', 'i2'))!;
    const record = { ...walk, mode: 'video' as const };
    const write = { collection: 'interactions', id: 'i2', record, before: walk } as const;
    const { after } = await expectFreshAfter(() => saveSyncPass(db, [write], emptyShadow('here')));
    expect(after.interactions.at(-1)?.mode).toBe('video');
  });

  it('after everything is erased, shows none', async () => {
    await loadInsights(db, VISIT);
    await deleteTendDatabase();
    db = await openDb();
    expect((await loadInsights(db, VISIT)).interactions).toEqual([]);
  });

  it('is not used at another generation, with none stored, nor when it begins too late', async () => {
    const first = await loadInsights(db, VISIT);
    // A copy that says every connection was a message.
    const messages = first.interactions.map((one) => ({ ...one, mode: 'message' as const }));
    const from = at('2026-08-01T00:00:00Z');
    const copy = (since: number, generation: string) =>
      packConnections(messages, since, generation)!;
    const generation = (await db.get('meta', 'generation')) as string;
    await db.put('meta', copy(from, 'an-older-one'), 'insights-connections');
    expect(await loadInsights(db, VISIT)).toEqual(await freshInsights());
    const late = copy(at('2026-11-01T00:00:00Z'), generation);
    await db.put('meta', late, 'insights-connections');
    expect(await loadInsights(db, VISIT)).toEqual(await freshInsights());
    await db.delete('meta', 'generation');
    await db.put('meta', copy(from, generation), 'insights-connections');
    expect((await loadInsights(db, VISIT)).interactions.map((one) => one.mode)).toEqual([
      'in-person',
      'in-person',
    ]);
  });

  it('keeps what Insights counts of a connection, and nothing before its window', () => {
    const call = { at: 2_000, kind: 'supervision', mode: 'phone', direction: 'received' } as const;
    const older = { ...call, at: 1_000 };
    const packed = packConnections([older, call], 1_000, 'g')!;
    expect(unpackConnections(packed, 1_500)).toEqual([call]);
  });

  it('is not made of a value it has no code for', () => {
    const odd = { at: 1, kind: 'séance', mode: 'phone', direction: 'gave' } as never;
    expect(packConnections([odd], 0, 'g')).toBeNull();
  });
});

describe("the check-ins' recent connections, from the same copy", () => {
  const SINCE = at('2026-10-01T00:00:00Z');
  // What the in-person share reads when the connections come from their store.
  const fromStore = async () =>
    (await interactionsSince(db, SINCE)).map(({ at, kind, mode, direction }) => ({
      at,
      kind,
      mode,
      direction,
    }));

  it('are what the store holds, before and after a copy is kept, and after each write', async () => {
    expect(await connectionsSince(db, SINCE)).toEqual(await fromStore());
    expect(await db.get('meta', 'insights-connections')).toBeDefined();
    expect(await connectionsSince(db, SINCE)).toEqual(await fromStore());
    const call = aConnection({
      id: 'call',
      at: at('2026-11-24T08:00:00Z'),
      contactIds: ['sam'],
      mode: 'video',
    });
    await logInteraction(db, call);
    expect((await connectionsSince(db, SINCE)).map((one) => one.mode)).toEqual([
      'in-person',
      'in-person',
      'video',
    ]);
    await updateInteraction(db, { ...call, mode: 'phone' }, call);
    expect(await connectionsSince(db, SINCE)).toEqual(await fromStore());
    await deleteInteraction(db, 'call');
    expect(await connectionsSince(db, SINCE)).toEqual(await fromStore());
  });

  it('take the copy Insights keeps, and leave Insights showing what the store gives', async () => {
    await loadInsights(db, VISIT);
    expect(await connectionsSince(db, SINCE)).toEqual(await fromStore());
    await logInteraction(db, aConnection({ id: 'n', at: VISIT.getTime(), contactIds: ['sam'] }));
    await connectionsSince(db, SINCE);
    // The copy now begins on the 1st of October, after the first week Insights shows.
    expect(await loadInsights(db, VISIT)).toEqual(await freshInsights());
    expect(await connectionsSince(db, SINCE)).toEqual(await fromStore());
  });
});
