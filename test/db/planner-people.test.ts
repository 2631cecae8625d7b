import { beforeEach, describe, expect, it } from 'vitest';
import { importBackup } from '../../src/db/backup-import';
import { deleteContact, saveContact, setArchived, snoozeContact } from '../../src/db/contacts';
import { changing } from '../../src/db/generation';
import { undoImport } from '../../src/db/import-undo';
import { logInteraction } from '../../src/db/interactions';
import { migrations } from '../../src/db/migrations';
import type { PackedPlannerPeople } from '../../src/db/planner-people';
import { deleteTendDatabase, openDatabase, openDb, type TendDatabase } from '../../src/db/open';
import { loadPlannerState, storePeopleCopy } from '../../src/db/planner-state';
import { DB_NAME } from '../../src/db/schema';
import { saveSyncPass, undoJoin } from '../../src/db/sync-data';
import { buildPopupView } from '../../src/domain/build-popup-view';
import { ROLES } from '../../src/domain/network/roles';
import { plan } from '../../src/domain/plan';
import type { PlannerPerson, PlannerState } from '../../src/domain/planner-state';
import type { Contact, ReachKind } from '../../src/domain/types';
import { emptyShadow } from '../../src/sync/shadow';
import { aBackup, NOW } from '../domain/backup-fixture';
import { generator } from '../support/seeded';
import { aConnection, aContact, at } from './factories';

// A wake a day after the backup's people were last seen: reconnects to plan.
const WAKE = new Date(at('2026-11-24T09:50:00Z'));
const DAY = 86_400_000;

let db: TendDatabase;

beforeEach(async () => {
  db = await openDb();
  await importBackup(db, aBackup(), NOW);
});

/**
 * A wake in a worker just started (a connection of its own keeps nothing), at `moment`: what
 * it read, and the copy of the people it then stored, as the background stores it.
 */
async function coldWake(moment = WAKE) {
  const worker = await openDatabase(DB_NAME, migrations);
  const state = await loadPlannerState(worker, moment);
  await storePeopleCopy();
  worker.close();
  return state;
}

/** As coldWake, with the copy dropped first: the people read from their store. */
async function storeWake(moment = WAKE) {
  await db.delete('meta', 'planner-people');
  return coldWake(moment);
}

// Each person as the planner reads them (PlannerPerson's fields, no more).
const asPlanned = (state: PlannerState): PlannerPerson[] =>
  state.contacts.map((one) => ({
    id: one.id,
    name: one.name,
    isGroup: one.isGroup,
    roles: one.roles,
    reach: one.reach,
    cadence: one.cadence,
    archived: one.archived,
    snoozedUntil: one.snoozedUntil,
    lastContactAt: one.lastContactAt,
    createdAt: one.createdAt,
  }));

/** What a wake decides from `state`: its plan, and the popup's view. */
function decided(state: PlannerState, moment = WAKE) {
  const planned = plan(state, moment);
  return { people: asPlanned(state), planned, view: buildPopupView(state, moment, planned) };
}

/** A cold wake after `write`, with the copy stored before it, plans as a read of the store. */
async function expectFreshAfter(write: () => Promise<unknown>) {
  const before = await coldWake();
  expect(await db.get('meta', 'planner-people')).toBeDefined();
  await write();
  const after = decided(await coldWake());
  expect(after).toEqual(decided(await storeWake()));
  expect(after.people).not.toEqual(asPlanned(before));
}

describe("the wake's packed copy of the people", () => {
  it('is stored at the generation read, and taken while that generation is stored', async () => {
    const fromStore = await storeWake();
    const copy = await db.get('meta', 'planner-people');
    expect(copy).toMatchObject({ generation: await db.get('meta', 'generation') });
    expect(decided(await coldWake())).toEqual(decided(fromStore));
    // Someone put in the store behind the generation's back is not seen: the copy was read.
    await db.put('contacts', aContact({ id: 'kim', name: 'Kim' }));
    expect(asPlanned(await coldWake()).map((one) => one.id)).not.toContain('kim');
    expect(asPlanned(await storeWake()).map((one) => one.id)).toContain('kim');
  });

  it('is stored for people no write has given a generation, under one stored with it', async () => {
    // A profile from before generations: its people are in the store, no generation is.
    await db.delete('meta', 'generation');
    await db.delete('meta', 'planner-people');
    const fromStore = decided(await coldWake());
    const generation = await db.get('meta', 'generation');
    expect(generation).toEqual(expect.any(String));
    expect(await db.get('meta', 'planner-people')).toMatchObject({ generation });
    expect(decided(await coldWake())).toEqual(fromStore);
    // The next worker plans from the copy: someone put behind the generation's back is unseen.
    await db.put('contacts', aContact({ id: 'kim', name: 'Kim' }));
    expect(asPlanned(await coldWake()).map((one) => one.id)).not.toContain('kim');
  });

  it('is not stored when people were written between the read and the copy', async () => {
    await db.delete('meta', 'generation');
    await db.delete('meta', 'planner-people');
    const worker = await openDatabase(DB_NAME, migrations);
    await loadPlannerState(worker, WAKE);
    await saveContact(db, aContact({ id: 'kim', name: 'Kim' }));
    const written = await db.get('meta', 'generation');
    await storePeopleCopy();
    worker.close();
    expect(await db.get('meta', 'planner-people')).toBeUndefined();
    expect(await db.get('meta', 'generation')).toBe(written);
    expect(asPlanned(await coldWake()).map((one) => one.id)).toContain('kim');
  });

  it('read at no generation, is what the same worker keeps once it stored one', async () => {
    await db.delete('meta', 'generation');
    await db.delete('meta', 'planner-people');
    const worker = await openDatabase(DB_NAME, migrations);
    await loadPlannerState(worker, WAKE);
    await storePeopleCopy();
    // Put behind the generation's back: a worker that kept the people does not read them.
    await db.put('contacts', aContact({ id: 'kim', name: 'Kim' }));
    const next = await loadPlannerState(worker, WAKE);
    worker.close();
    expect(asPlanned(next).map((one) => one.id)).not.toContain('kim');
  });

  it('is not taken after a person is added, edited, archived, snoozed or deleted', async () => {
    await expectFreshAfter(() => saveContact(db, aContact({ id: 'kim', name: 'Kim' })));
    const sam = (await db.get('contacts', 'sam'))!;
    await expectFreshAfter(() => saveContact(db, { ...sam, reach: [] }));
    await expectFreshAfter(() => setArchived(db, 'alex', true, NOW));
    await expectFreshAfter(() => snoozeContact(db, 'sam', NOW + DAY, NOW));
    await expectFreshAfter(() => deleteContact(db, 'sam'));
  });

  it('is not taken after a connection moves someone’s last contact', async () => {
    const met = aConnection({ id: 'new', at: at('2026-11-24T08:00:00Z'), contactIds: ['alex'] });
    await expectFreshAfter(() => logInteraction(db, met));
  });

  it('is not taken after an import, its undo, a sync pass and the undo of a join', async () => {
    const file = aBackup();
    const more = { ...file, contacts: [...file.contacts, aContact({ id: 'kim' })] };
    let undo: Awaited<ReturnType<typeof importBackup>> | undefined;
    await expectFreshAfter(async () => (undo = await importBackup(db, more, NOW)));
    await expectFreshAfter(() => undoImport(db, undo!, NOW));
    const sam = (await db.get('contacts', 'sam'))!;
    const renamed = { ...sam, name: 'Samantha' };
    const write = { collection: 'contacts', id: 'sam', record: renamed, before: sam } as const;
    await expectFreshAfter(() => saveSyncPass(db, [write], emptyShadow('here')));
    await expectFreshAfter(() => undoJoin(db, [write]));
  });

  it('goes with everything erased', async () => {
    await coldWake();
    await deleteTendDatabase();
    db = await openDb();
    expect((await coldWake()).contacts).toEqual([]);
  });

  it('read missing or corrupt, the wake reads the store', async () => {
    const fromStore = decided(await storeWake());
    const generation = (await db.get('meta', 'generation'))!;
    const copy = (await db.get('meta', 'planner-people')) as PackedPlannerPeople;
    const corrupt = [
      { ...copy, text: copy.text.slice(1) },
      { ...copy, codes: copy.codes.subarray(0, -1) },
      // The first person's first role, past every role there is.
      { ...copy, codes: copy.codes.map((code, at) => (at === 2 ? 200 : code)) },
      { ...copy, numbers: copy.numbers.subarray(4) },
      { generation },
      'not a copy',
    ];
    for (const value of corrupt) {
      await db.put('meta', value as typeof copy, 'planner-people');
      expect(decided(await coldWake())).toEqual(fromStore);
    }
  });
});

const REACH: ReachKind[] = ['email', 'phone', 'sms', 'chat', 'video', 'web', 'in-person'];

/** A network of `size` people of every kind the planner meets, the same for one seed. */
function network(seed: number, size: number): Contact[] {
  const { next, pick } = generator(seed);
  const around = (days: number) => WAKE.getTime() - Math.round(next() * days * 24) * 3_600_000;
  const instant = () => pick([around(30), around(400), Number.NaN, Infinity, -0]);
  return Array.from({ length: size }, (_, index) =>
    aContact({
      id: `p${index}`,
      name: pick(['Ann', 'Bo', '', 'Zoë', 'אבי']),
      isGroup: next() < 0.1,
      roles: next() < 0.2 ? [pick(ROLES), pick(ROLES)] : next() < 0.05 ? [] : [pick(ROLES)],
      reach: Array.from({ length: pick([0, 0, 1, 2, 3]) }, () => ({
        kind: pick(REACH),
        value: pick(['a@b.example', '+44 1', '']),
      })),
      cadence: pick([
        { kind: 'role-default' },
        { kind: 'never' },
        { kind: 'every', count: pick([1, 3, 10, 0.5, -1]), unit: pick(['days', 'weeks'] as const) },
      ]),
      archived: next() < 0.1,
      snoozedUntil: next() < 0.25 ? (next() < 0.1 ? instant() : around(-5)) : null,
      lastContactAt: next() < 0.8 ? (next() < 0.05 ? instant() : around(40)) : null,
      createdAt: next() < 0.05 ? instant() : around(400),
      notes: 'n'.repeat(pick([0, 200])),
    }),
  );
}

async function storeNetwork(people: Contact[]) {
  const tx = changing(db, ['contacts']);
  await tx.objectStore('contacts').clear();
  await Promise.all(people.map((one) => tx.objectStore('contacts').put(one)));
  await tx.done;
}

describe('a wake from the copy plans exactly what a wake from the store plans', () => {
  it('over seeded random networks, at moments a few days apart', async () => {
    const kinds = new Set<string>();
    for (let seed = 1; seed <= 12; seed += 1) {
      await storeNetwork(network(seed, 40 + seed * 10));
      for (const days of [0, 2, 5]) {
        const moment = new Date(WAKE.getTime() + days * DAY);
        const fromStore = decided(await storeWake(moment), moment);
        expect(await db.get('meta', 'planner-people')).toBeDefined();
        const fromCopy = decided(await coldWake(moment), moment);
        expect(fromCopy).toEqual(fromStore);
        for (const nudge of [...fromCopy.planned.due, ...fromCopy.planned.upcoming]) {
          kinds.add(nudge.kind);
        }
      }
    }
    // The networks were planned from, not passed over.
    expect(kinds).toContain('reconnect');
  });

  it('a network the copy cannot give back as stored is read from the store each time', async () => {
    const people = network(3, 30);
    people[4] = { ...people[4]!, roles: ['colleague', 'astronaut' as 'colleague'] };
    people[7] = { ...people[7]!, cadence: { kind: 'every', count: 3, unit: 'months' as 'days' } };
    await storeNetwork(people);
    const fromStore = decided(await storeWake());
    expect(await db.get('meta', 'planner-people')).toBeUndefined();
    expect(decided(await coldWake())).toEqual(fromStore);
  });
});
