import { describe, expect, it } from 'vitest';
import { changeCheckIn, saveCheckIn } from '../../src/db/check-ins';
import { saveContact, snoozeContact } from '../../src/db/contacts';
import { EditConflict, mineOverTheirs } from '../../src/db/edit-conflict';
import { logInteraction, updateInteraction } from '../../src/db/interactions';
import { openDb } from '../../src/db/open';
import { saveReflection } from '../../src/db/reflections';
import type { CheckIn, Reflection } from '../../src/domain/types';
import { aConnection, aContact, at } from './factories';

const sam = aContact({ id: 'sam', name: 'Sam', notes: '' });

const supervision: CheckIn = {
  id: 'sup',
  title: 'Supervision',
  kind: 'supervision',
  contactIds: ['sam'],
  mode: 'in-person',
  place: 'Room 2',
  link: '',
  startDate: '2026-11-24',
  startTime: '10:00',
  timeZone: 'Europe/London',
  durationMinutes: 60,
  recurrence: { kind: 'none' },
  skipped: [],
  moved: {},
  reminderMinutesBefore: 15,
  paused: false,
};

const week: Reflection = {
  id: 'r1',
  weekStart: '2026-11-23',
  energy: 3,
  stress: 3,
  connected: 3,
  supported: 3,
  note: '',
  createdAt: at('2026-11-27T16:00:00Z'),
};

/** The save refused with the record as it is stored now. */
async function refused(save: Promise<unknown>) {
  const error = await save.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(EditConflict);
  return (error as EditConflict).theirs;
}

describe('a save over a record changed elsewhere since it was opened', () => {
  it('a person: tab B’s notes do not overwrite tab A’s rename, and B is told the new name', async () => {
    const db = await openDb();
    await saveContact(db, sam);
    // Both tabs open Sam; A renames him and saves first.
    await saveContact(db, { ...sam, name: 'Samuel' }, sam);
    const mine = { ...sam, notes: 'Prefers mornings.' };

    const theirs = await refused(saveContact(db, mine, sam));

    expect(theirs).toMatchObject({ name: 'Samuel', notes: '' });
    expect(await db.get('contacts', 'sam')).toMatchObject({ name: 'Samuel', notes: '' });
    // "Use mine": B's notes over A's record, and A's rename stays.
    await saveContact(db, mineOverTheirs(mine, sam, theirs as typeof sam), theirs as typeof sam);
    expect(await db.get('contacts', 'sam')).toMatchObject({
      name: 'Samuel',
      notes: 'Prefers mornings.',
    });
  });

  it('a person: what other code keeps in step (a snooze, a connection) is no conflict', async () => {
    const db = await openDb();
    await saveContact(db, sam);
    await snoozeContact(db, 'sam', at('2026-12-01T00:00:00Z'), at('2026-11-23T09:00:00Z'));
    await logInteraction(
      db,
      aConnection({ id: 'c1', at: at('2026-11-23T10:00:00Z'), contactIds: ['sam'] }),
    );

    await saveContact(db, { ...sam, notes: 'Prefers mornings.' }, sam);

    expect(await db.get('contacts', 'sam')).toMatchObject({
      notes: 'Prefers mornings.',
      snoozedUntil: at('2026-12-01T00:00:00Z'),
      lastContactAt: at('2026-11-23T10:00:00Z'),
    });
  });

  it('a person deleted elsewhere is not silently brought back', async () => {
    const db = await openDb();
    expect(await refused(saveContact(db, { ...sam, notes: 'x' }, sam))).toBeNull();
    expect(await db.get('contacts', 'sam')).toBeUndefined();
  });

  it('a check-in skipped in another tab is not unskipped by an edit of its title', async () => {
    const db = await openDb();
    await saveCheckIn(db, supervision);
    await changeCheckIn(db, 'sup', (one) => ({ ...one, skipped: ['2026-11-24'] }));

    const theirs = await refused(saveCheckIn(db, { ...supervision, title: 'Group' }, supervision));

    expect(theirs).toMatchObject({ skipped: ['2026-11-24'] });
    expect(await db.get('checkIns', 'sup')).toMatchObject({
      title: 'Supervision',
      skipped: ['2026-11-24'],
    });
  });

  it('a connection edited in another tab keeps that edit', async () => {
    const db = await openDb();
    await saveContact(db, sam);
    const opened = aConnection({ id: 'c1', at: at('2026-11-23T10:00:00Z'), contactIds: ['sam'] });
    await logInteraction(db, opened);
    await updateInteraction(db, { ...opened, note: 'From tab A.' }, opened);

    const theirs = await refused(updateInteraction(db, { ...opened, mode: 'phone' }, opened));

    expect(theirs).toMatchObject({ note: 'From tab A.' });
    expect(await db.get('interactions', 'c1')).toMatchObject({
      note: 'From tab A.',
      mode: 'in-person',
    });
  });

  it('a week’s reflection saved in another tab is not replaced by a new one', async () => {
    const db = await openDb();
    await saveReflection(db, week, null);

    const theirs = await refused(
      saveReflection(db, { ...week, id: 'r2', energy: 1, note: 'Mine.' }, null),
    );

    expect(theirs).toMatchObject({ id: 'r1', energy: 3 });
    expect(await db.getAll('reflections')).toEqual([week]);
  });

  it('a record unchanged since it was opened is saved', async () => {
    const db = await openDb();
    await saveReflection(db, week, null);
    await saveReflection(db, { ...week, energy: 5 }, week);
    expect((await db.get('reflections', 'r1'))?.energy).toBe(5);
  });
});
