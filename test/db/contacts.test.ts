import { describe, expect, it } from 'vitest';
import {
  deleteContact,
  listContacts,
  restoreContact,
  saveContact,
  setArchived,
  snoozeContact,
} from '../../src/db/contacts';
import { logInteraction } from '../../src/db/interactions';
import { openDb } from '../../src/db/open';
import { aConnection, aContact, at, storedNetwork } from './factories';

const LATER = at('2026-11-23T10:00:00Z');

describe('the people in the network', () => {
  it('are listed by name the way a person would file them, whatever the case', async () => {
    const db = await openDb();
    for (const name of ['zoë', 'Chris', 'bea', 'Anna', 'Émile']) {
      await saveContact(db, aContact({ id: name.toLowerCase(), name }));
    }
    const names = (await listContacts(db)).map(({ name }) => name);
    expect(names).toEqual(['Anna', 'bea', 'Chris', 'Émile', 'zoë']);
  });

  it('are replaced by their edited record when saved again', async () => {
    const db = await openDb();
    await saveContact(db, aContact({ id: 'ana', name: 'Ana' }));
    await saveContact(db, aContact({ id: 'ana', name: 'Ana María', notes: 'mentor since 2024' }));
    expect(await listContacts(db)).toEqual([
      aContact({ id: 'ana', name: 'Ana María', notes: 'mentor since 2024' }),
    ]);
  });

  it('can be archived and brought back, which counts as an edit', async () => {
    const db = await openDb();
    const ana = aContact({ id: 'ana' });
    await saveContact(db, ana);
    await setArchived(db, 'ana', true, LATER);
    expect(await db.get('contacts', 'ana')).toEqual({ ...ana, archived: true, updatedAt: LATER });
    await setArchived(db, 'ana', false, LATER + 1);
    expect(await db.get('contacts', 'ana')).toEqual({ ...ana, updatedAt: LATER + 1 });
  });

  it('can be snoozed until a moment, and the snooze lifted', async () => {
    const db = await openDb();
    const ana = aContact({ id: 'ana' });
    await saveContact(db, ana);
    await snoozeContact(db, 'ana', LATER + 7, LATER);
    expect(await db.get('contacts', 'ana')).toEqual({
      ...ana,
      snoozedUntil: LATER + 7,
      updatedAt: LATER,
    });
    await snoozeContact(db, 'ana', null, LATER + 1);
    expect(await db.get('contacts', 'ana')).toEqual({ ...ana, updatedAt: LATER + 1 });
  });

  it('cannot be archived or snoozed when they are not there', async () => {
    const db = await openDb();
    await expect(setArchived(db, 'ghost', true, LATER)).rejects.toThrow('missing-person: ghost');
    await expect(snoozeContact(db, 'ghost', LATER, LATER)).rejects.toThrow('missing-person: ghost');
    expect(await listContacts(db)).toEqual([]);
  });
});

describe('deleting a person', () => {
  async function networkWithHistory() {
    const db = await openDb();
    for (const id of ['ana', 'ben', 'cleo']) await saveContact(db, aContact({ id }));
    const monday = at('2026-11-23T10:00:00Z');
    await logInteraction(db, aConnection({ id: 'alone', at: monday, contactIds: ['ana'] }));
    await logInteraction(
      db,
      aConnection({ id: 'pair', at: monday + 1, contactIds: ['ana', 'ben'] }),
    );
    await logInteraction(
      db,
      aConnection({ id: 'others', at: monday + 2, contactIds: ['ben', 'cleo'] }),
    );
    return db;
  }

  it('takes them out of shared connections and drops those they were alone in', async () => {
    const db = await networkWithHistory();
    const before = await storedNetwork(db);
    await deleteContact(db, 'ana');
    const after = await storedNetwork(db);
    expect(after.contacts.map(({ id }) => id)).toEqual(['ben', 'cleo']);
    expect(after.contacts).toEqual(before.contacts.filter(({ id }) => id !== 'ana'));
    expect(after.interactions.map(({ id, contactIds }) => [id, contactIds])).toEqual([
      ['others', ['ben', 'cleo']],
      ['pair', ['ben']],
    ]);
  });

  it('can be undone, bringing back the person and every connection exactly as it was', async () => {
    const db = await networkWithHistory();
    const before = await storedNetwork(db);
    const deleted = await deleteContact(db, 'ana');
    expect(deleted.contact).toEqual(before.contacts.find(({ id }) => id === 'ana'));
    expect(deleted.interactions.map(({ id }) => id).sort()).toEqual(['alone', 'pair']);
    await restoreContact(db, deleted);
    expect(await storedNetwork(db)).toEqual(before);
  });

  it('cannot delete someone who is not there, and changes nothing', async () => {
    const db = await networkWithHistory();
    const before = await storedNetwork(db);
    await expect(deleteContact(db, 'ghost')).rejects.toThrow('missing-person: ghost');
    expect(await storedNetwork(db)).toEqual(before);
  });
});

describe('saving an edited person', () => {
  it('keeps the last contact and snooze that changed while the form was open', async () => {
    const db = await openDb();
    const opened = aContact({ id: 'sam', name: 'Sam' });
    await saveContact(db, opened);
    await logInteraction(
      db,
      aConnection({ id: 'c1', at: at('2026-11-20T10:00:00Z'), contactIds: ['sam'] }),
    );
    await snoozeContact(db, 'sam', at('2026-11-30T10:00:00Z'), at('2026-11-23T10:00:00Z'));

    await saveContact(db, { ...opened, name: 'Sam Rivera' });
    expect(await db.get('contacts', 'sam')).toMatchObject({
      name: 'Sam Rivera',
      lastContactAt: at('2026-11-20T10:00:00Z'),
      snoozedUntil: at('2026-11-30T10:00:00Z'),
    });
  });
});
