import { beforeEach, describe, expect, it } from 'vitest';
import { importBackup } from '../../src/db/backup-import';
import { deleteInteraction, logInteraction, updateInteraction } from '../../src/db/interactions';
import { migrations } from '../../src/db/migrations';
import { openDatabase, openDb, type TendDatabase } from '../../src/db/open';
import { loadPlannerState } from '../../src/db/planner-state';
import { DB_NAME } from '../../src/db/schema';
import { saveSyncPass } from '../../src/db/sync-data';
import { plan } from '../../src/domain/plan';
import { emptyShadow } from '../../src/sync/shadow';
import { aBackup, NOW } from '../domain/backup-fixture';
import { aConnection, at } from './factories';

const WAKE = new Date(at('2026-11-21T09:50:00Z'));
const HOUR = 3_600_000;

let db: TendDatabase;

beforeEach(async () => {
  db = await openDb();
  await importBackup(db, aBackup(), NOW);
});

/** What a worker that keeps nothing reads at `when`: its own connection. */
async function freshAt(when: Date) {
  const other = await openDatabase(DB_NAME, migrations);
  const fresh = await loadPlannerState(other, when);
  other.close();
  return fresh;
}

/** A wake of the running worker at `when` plans exactly as a fresh read at `when`. */
async function expectAsFreshAt(when: Date) {
  const kept = await loadPlannerState(db, when);
  const fresh = await freshAt(when);
  expect(kept).toEqual(fresh);
  expect(plan(kept, when)).toEqual(plan(fresh, when));
  return kept;
}

describe('a wake after a connection is written sees it, as a fresh read would', () => {
  it('a connection logged, moved and deleted', async () => {
    const before = await loadPlannerState(db, WAKE);
    const met = aConnection({ id: 'new', at: at('2026-11-21T08:00:00Z'), contactIds: ['alex'] });
    await logInteraction(db, met);
    const logged = await expectAsFreshAt(WAKE);
    expect(logged.connectionTimes).toEqual([...before.connectionTimes, met.at]);
    const moved = { ...met, at: at('2026-11-21T09:00:00Z') };
    await updateInteraction(db, moved, met);
    expect((await expectAsFreshAt(WAKE)).connectionTimes).toContain(moved.at);
    await deleteInteraction(db, 'new');
    expect((await expectAsFreshAt(WAKE)).connectionTimes).toEqual(before.connectionTimes);
  });

  it('a gathering logged: the next wake counts it as the last one', async () => {
    await loadPlannerState(db, WAKE);
    const walk = at('2026-11-21T07:00:00Z');
    await logInteraction(
      db,
      aConnection({ id: 'walk', at: walk, contactIds: ['sam'], kind: 'informal' }),
    );
    expect((await expectAsFreshAt(WAKE)).lastGatheringAt).toBe(walk);
  });

  it('a connection another computer brought in a sync pass', async () => {
    await loadPlannerState(db, WAKE);
    const met = aConnection({ id: 'there', at: at('2026-11-21T06:00:00Z'), contactIds: ['sam'] });
    const write = { collection: 'interactions', id: 'there', record: met, before: null } as const;
    await saveSyncPass(db, [write], emptyShadow('here'));
    expect((await expectAsFreshAt(WAKE)).connectionTimes).toContain(met.at);
  });
});

describe('with nothing written, a later wake reads as a fresh read would', () => {
  it('leaves out the connections that fell behind its three days', async () => {
    const first = await expectAsFreshAt(WAKE);
    expect(first.connectionTimes).toContain(at('2026-11-20T10:00:00Z'));
    const later = await expectAsFreshAt(new Date(WAKE.getTime() + 3 * 24 * HOUR));
    expect(later.connectionTimes).toEqual([]);
  });

  it('counts a gathering logged ahead once its time has come', async () => {
    const dinner = WAKE.getTime() + 2 * HOUR;
    await logInteraction(
      db,
      aConnection({ id: 'dinner', at: dinner, contactIds: ['sam'], kind: 'informal' }),
    );
    expect((await expectAsFreshAt(WAKE)).lastGatheringAt).not.toBe(dinner);
    const after = await expectAsFreshAt(new Date(dinner + HOUR));
    expect(after.lastGatheringAt).toBe(dinner);
  });

  it('a wake with an earlier clock (a test build moved it back) reads afresh', async () => {
    await expectAsFreshAt(WAKE);
    await expectAsFreshAt(new Date(WAKE.getTime() - 4 * 24 * HOUR));
  });
});
