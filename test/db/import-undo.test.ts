import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../src/db/backup';
import { importBackup } from '../../src/db/backup-import';
import { saveContact } from '../../src/db/contacts';
import { undoImport } from '../../src/db/import-undo';
import { openDb } from '../../src/db/open';
import { loadSettings, saveSettings, updateSettings } from '../../src/db/settings';
import { aBackup, NOW } from '../domain/backup-fixture';
import { aContact } from './factories';

describe('undo of an import', () => {
  it('keeps a record edited after the import and says so', async () => {
    const db = await openDb();
    await saveContact(db, aContact({ id: 'sam', name: 'Sam Rivera', notes: 'Before.' }));
    const undo = await importBackup(db, aBackup());
    const sam = (await db.get('contacts', 'sam'))!;
    await saveContact(db, { ...sam, notes: 'Edited after the import.' });

    const result = await undoImport(db, undo, NOW);

    expect((await db.get('contacts', 'sam'))?.notes).toBe('Edited after the import.');
    expect(result.kept).toEqual([{ kind: 'contact', label: 'Sam Rivera' }]);
    // Untouched ones are taken back: Alex came with the file and goes.
    expect(await db.get('contacts', 'alex')).toBeUndefined();
  });

  it('keeps an added person edited after the import rather than deleting them', async () => {
    const db = await openDb();
    const undo = await importBackup(db, aBackup());
    const alex = (await db.get('contacts', 'alex'))!;
    await saveContact(db, { ...alex, notes: 'Met at training.' });
    const result = await undoImport(db, undo, NOW);
    expect((await db.get('contacts', 'alex'))?.notes).toBe('Met at training.');
    expect(result.kept.map((one) => one.label)).toEqual(['Alex Chen']);
  });

  it('keeps the muted kinds changed after the import, and restores the rest of the settings', async () => {
    const db = await openDb();
    const original = await loadSettings(db);
    await saveSettings(db, { ...original, idleThresholdSeconds: 600 });
    const undo = await importBackup(db, aBackup());
    await updateSettings(db, (current) => ({ ...current, mutedKinds: ['reconnect'] }));
    const result = await undoImport(db, undo, NOW);
    const after = await loadSettings(db);
    expect(after.mutedKinds).toEqual(['reconnect']);
    expect(after.idleThresholdSeconds).toBe(600);
    expect(result.kept).toEqual([{ kind: 'settings', label: 'mutedKinds' }]);
  });

  it('takes back nothing of a file whose records the database already held as they are', async () => {
    const db = await openDb();
    await importBackup(db, aBackup());
    const held = await exportBackup(db, new Date(NOW));
    // The same file again, as on restoring a backup onto the browser it was made in.
    const undo = await importBackup(db, aBackup());
    const sam = (await db.get('contacts', 'sam'))!;
    await saveContact(db, { ...sam, notes: 'Edited after the import.' });

    const result = await undoImport(db, undo, NOW);

    // Sam was never the second import's to take back: no word of keeping him.
    expect(result.kept).toEqual([]);
    const after = await exportBackup(db, new Date(NOW));
    expect(after.contacts.find((one) => one.id === 'sam')?.notes).toBe('Edited after the import.');
    expect(after.interactions).toEqual(held.interactions);
    expect(after.checkIns).toEqual(held.checkIns);
  });

  it('says nothing was kept when nothing changed after the import', async () => {
    const db = await openDb();
    const undo = await importBackup(db, aBackup());
    expect((await undoImport(db, undo, NOW)).kept).toEqual([]);
    expect((await exportBackup(db, new Date(NOW))).contacts).toEqual([]);
  });
});
