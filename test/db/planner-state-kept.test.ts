import { beforeEach, describe, expect, it } from 'vitest';
import { importBackup } from '../../src/db/backup-import';
import { changeCheckIn, deleteCheckIn, saveCheckIn } from '../../src/db/check-ins';
import {
  deleteContact,
  restoreContact,
  saveContact,
  setArchived,
  snoozeContact,
} from '../../src/db/contacts';
import { undoImport } from '../../src/db/import-undo';
import { deleteInteraction, logInteraction, updateInteraction } from '../../src/db/interactions';
import { migrations } from '../../src/db/migrations';
import { deleteTendDatabase, openDatabase, openDb, type TendDatabase } from '../../src/db/open';
import { loadPlannerState } from '../../src/db/planner-state';
import { DB_NAME } from '../../src/db/schema';
import { saveSyncPass, undoJoin } from '../../src/db/sync-data';
import { plan } from '../../src/domain/plan';
import { emptyShadow } from '../../src/sync/shadow';
import { aBackup, NOW } from '../domain/backup-fixture';
import { checkIn } from '../domain/check-in-factory';
import { aConnection, aContact, at } from './factories';

// A wake a day after the backup's people were last seen: reconnects and check-ins to plan.
const WAKE = new Date(at('2026-11-24T09:50:00Z'));

let db: TendDatabase;

beforeEach(async () => {
  db = await openDb();
  await importBackup(db, aBackup(), NOW);
});

/**
 * A wake that read the people and check-ins before (and keeps them), after `write`, plans
 * exactly as a worker that reads everything afresh (its own connection keeps nothing); and
 * it does see the write.
 */
async function expectFreshAfter(write: () => Promise<unknown>) {
  const before = await loadPlannerState(db, WAKE);
  await write();
  const kept = await loadPlannerState(db, WAKE);
  const other = await openDatabase(DB_NAME, migrations);
  const fresh = await loadPlannerState(other, WAKE);
  other.close();
  expect(kept).toEqual(fresh);
  expect(plan(kept, WAKE)).toEqual(plan(fresh, WAKE));
  expect({ contacts: kept.contacts, checkIns: kept.checkIns }).not.toEqual({
    contacts: before.contacts,
    checkIns: before.checkIns,
  });
}

describe('a wake after a write of people or check-ins plans as a fresh read would', () => {
  it('with nothing written, plans from what it kept as from a fresh read', async () => {
    await loadPlannerState(db, WAKE);
    const kept = await loadPlannerState(db, WAKE);
    const other = await openDatabase(DB_NAME, migrations);
    expect(kept).toEqual(await loadPlannerState(other, WAKE));
    other.close();
  });

  it('after a person is added or edited', async () => {
    await expectFreshAfter(() => saveContact(db, aContact({ id: 'kim', name: 'Kim' })));
    const sam = (await db.get('contacts', 'sam'))!;
    await expectFreshAfter(() => saveContact(db, { ...sam, name: 'Sam R.' }));
  });

  it('after a person is archived, snoozed, deleted and restored', async () => {
    await expectFreshAfter(() => setArchived(db, 'alex', true, NOW));
    await expectFreshAfter(() => snoozeContact(db, 'sam', NOW + 86_400_000, NOW));
    let deleted: Awaited<ReturnType<typeof deleteContact>> | undefined;
    await expectFreshAfter(async () => (deleted = await deleteContact(db, 'sam')));
    await expectFreshAfter(() => restoreContact(db, deleted!));
  });

  it('after a connection is logged, edited and deleted (a last contact moves)', async () => {
    const met = aConnection({ id: 'new', at: at('2026-11-24T08:00:00Z'), contactIds: ['alex'] });
    await expectFreshAfter(() => logInteraction(db, met));
    await expectFreshAfter(() => updateInteraction(db, { ...met, contactIds: ['sam'] }));
    await expectFreshAfter(() => deleteContact(db, 'alex'));
    await expectFreshAfter(() => deleteInteraction(db, 'new'));
  });

  it('after a check-in is added, changed and deleted', async () => {
    await expectFreshAfter(() => saveCheckIn(db, checkIn({ id: 'daily', startTime: '10:30' })));
    await expectFreshAfter(() =>
      changeCheckIn(db, 'sup', (one) => ({ ...one, skipped: ['2026-11-30'] })),
    );
    await expectFreshAfter(() => deleteCheckIn(db, 'daily'));
  });

  it('after an import and its undo', async () => {
    const file = aBackup();
    const more = { ...file, contacts: [...file.contacts, aContact({ id: 'kim' })] };
    let undo: Awaited<ReturnType<typeof importBackup>> | undefined;
    await expectFreshAfter(async () => (undo = await importBackup(db, more, NOW)));
    await expectFreshAfter(() => undoImport(db, undo!, NOW));
  });

  it("after a sync pass brings another computer's change, and the undo of a first join", async () => {
    const sam = (await db.get('contacts', 'sam'))!;
    const renamed = { ...sam, name: 'Samantha' };
    const write = { collection: 'contacts', id: 'sam', record: renamed, before: sam } as const;
    await expectFreshAfter(() => saveSyncPass(db, [write], emptyShadow('here')));
    await expectFreshAfter(() => undoJoin(db, [write]));
  });

  it('keeps what it read across a sync pass that changes no one', async () => {
    const before = await loadPlannerState(db, WAKE);
    await saveSyncPass(db, [], emptyShadow('here'));
    const after = await loadPlannerState(db, WAKE);
    // The very records it kept, not a fresh read of equal ones.
    expect(after.contacts.every((contact, index) => contact === before.contacts[index])).toBe(true);
  });

  it('after everything is erased: a new database keeps nothing of the old one', async () => {
    await loadPlannerState(db, WAKE);
    await deleteTendDatabase();
    const erased = await loadPlannerState(await openDb(), WAKE);
    expect({ contacts: erased.contacts, checkIns: erased.checkIns }).toEqual({
      contacts: [],
      checkIns: [],
    });
  });
});
