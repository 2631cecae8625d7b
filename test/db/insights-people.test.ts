import { beforeEach, describe, expect, it } from 'vitest';
import { importBackup } from '../../src/db/backup-import';
import { deleteContact, saveContact, setArchived } from '../../src/db/contacts';
import { undoImport } from '../../src/db/import-undo';
import { loadInsights } from '../../src/db/insights';
import { packPeople, unpackPeople } from '../../src/db/insights-people';
import { logInteraction } from '../../src/db/interactions';
import { deleteTendDatabase, openDb, type TendDatabase } from '../../src/db/open';
import { saveSyncPass } from '../../src/db/sync-data';
import { roleCoverage } from '../../src/domain/insights/role-coverage';
import { emptyShadow } from '../../src/sync/shadow';
import { aBackup, NOW } from '../domain/backup-fixture';
import { aConnection, aContact, at } from './factories';
import {
  expectFreshAfter as expectCopyFreshAfter,
  insightsFromStore,
  type Insights,
} from './insights-copy';

// A visit to Insights a day after the backup's people were last seen.
const VISIT = new Date(at('2026-11-24T09:50:00Z'));

let db: TendDatabase;

beforeEach(async () => {
  db = await openDb();
  await importBackup(db, aBackup(), NOW);
});

// What Insights shows when it reads the people from their store: its copy of them dropped.
const freshInsights = () => insightsFromStore(db, 'insights-people', VISIT);

// How many active people and groups hold each role, as the role chart shows them.
const rolesShown = (data: Insights) =>
  roleCoverage(data.contacts).map(({ role, count }) => `${role}: ${count}`);

/**
 * Insights visited before `write` (so holding a copy of the people) and after it shows what a
 * read of the people from their store shows, and the write shows in it.
 */
const expectFreshAfter = (write: () => Promise<unknown>) =>
  expectCopyFreshAfter(db, 'insights-people', VISIT, write, (data) => data.contacts);

describe("Insights' copy of the people", () => {
  it('with nothing written, shows from the copy what the store gives', async () => {
    const first = await loadInsights(db, VISIT);
    expect(await db.get('meta', 'insights-people')).toBeDefined();
    expect(await loadInsights(db, VISIT)).toEqual(first);
    expect(first).toEqual(await freshInsights());
    expect(first.contacts.map((one) => one.id).sort()).toEqual(['alex', 'group', 'sam']);
  });

  it('after a role is changed, the role chart counts the new role', async () => {
    const alex = (await db.get('contacts', 'alex'))!;
    const { before, after } = await expectFreshAfter(() =>
      saveContact(db, { ...alex, roles: ['mentor'] }),
    );
    expect(rolesShown(before)).toContain('mentor: 0');
    expect(rolesShown(after)).toContain('mentor: 1');
  });

  it('after a person is archived, they are no longer counted', async () => {
    const { after } = await expectFreshAfter(() => setArchived(db, 'sam', true, NOW));
    expect(rolesShown(after)).toContain('supervisor: 0');
  });

  it('after a person is added and deleted', async () => {
    const kim = aContact({ id: 'kim', name: 'Kim', roles: ['family'] });
    const { after } = await expectFreshAfter(() => saveContact(db, kim));
    expect(rolesShown(after)).toContain('family: 1');
    const { after: gone } = await expectFreshAfter(() => deleteContact(db, 'kim'));
    expect(gone.contacts.map((one) => one.id)).not.toContain('kim');
  });

  it('after a connection moves when someone was last seen', async () => {
    const met = aConnection({ id: 'new', at: at('2026-11-24T08:00:00Z'), contactIds: ['sam'] });
    const { after } = await expectFreshAfter(() => logInteraction(db, met));
    expect(after.contacts.find((one) => one.id === 'sam')?.lastContactAt).toBe(met.at);
  });

  it('after an import and its undo', async () => {
    const file = aBackup();
    const more = { ...file, contacts: [...file.contacts, aContact({ id: 'kim' })] };
    let undo: Awaited<ReturnType<typeof importBackup>> | undefined;
    await expectFreshAfter(async () => (undo = await importBackup(db, more, NOW)));
    const { after } = await expectFreshAfter(() => undoImport(db, undo!, NOW));
    expect(after.contacts.map((one) => one.id)).not.toContain('kim');
  });

  it("after a sync pass brings another computer's change", async () => {
    const sam = (await db.get('contacts', 'sam'))!;
    const renamed = { ...sam, roles: ['friend' as const] };
    const write = { collection: 'contacts', id: 'sam', record: renamed, before: sam } as const;
    const { after } = await expectFreshAfter(() => saveSyncPass(db, [write], emptyShadow('here')));
    expect(rolesShown(after)).toContain('friend: 1');
  });

  it('after everything is erased, shows nobody', async () => {
    await loadInsights(db, VISIT);
    await deleteTendDatabase();
    db = await openDb();
    expect((await loadInsights(db, VISIT)).contacts).toEqual([]);
  });

  it('is not used once another generation is stored, nor when none is', async () => {
    await loadInsights(db, VISIT);
    const stale = (await db.get('meta', 'insights-people')) as ReturnType<typeof packPeople>;
    const people = unpackPeople(stale).map((one) => ({ ...one, roles: [] }));
    // A copy that says nobody holds a role, at a generation no longer stored.
    await db.put('meta', packPeople(people, 'an-older-generation'), 'insights-people');
    expect(await loadInsights(db, VISIT)).toEqual(await freshInsights());
    await db.delete('meta', 'generation');
    await db.put('meta', packPeople(people, 'an-older-generation'), 'insights-people');
    expect(rolesShown(await loadInsights(db, VISIT))).toContain('supervisor: 1');
  });

  it('keeps what Insights counts of a person', () => {
    const sam = aContact({
      id: 'sam',
      isGroup: true,
      roles: ['friend', 'colleague'],
      cadence: { kind: 'every', count: 3, unit: 'weeks' },
      archived: true,
      snoozedUntil: NOW,
      lastContactAt: null,
      createdAt: 0,
    });
    const [kept] = unpackPeople(packPeople([sam], 'g'));
    expect(kept).toEqual({
      id: 'sam',
      name: sam.name,
      isGroup: true,
      roles: ['colleague', 'friend'],
      cadence: { kind: 'every', count: 3, unit: 'weeks' },
      archived: true,
      snoozedUntil: NOW,
      lastContactAt: null,
      createdAt: 0,
    });
  });
});
