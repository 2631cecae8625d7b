import { describe, expect, it } from 'vitest';
import { recordTransition, startBreak } from '../../src/db/activity';
import { saveContact } from '../../src/db/contacts';
import { loadExportData } from '../../src/db/export-data';
import { logInteraction } from '../../src/db/interactions';
import { setException, setPause } from '../../src/db/meta';
import { openDb } from '../../src/db/open';
import { loadSettings, saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import { aConnection, aContact, at } from './factories';

describe('the data the CSV exports read', () => {
  it('is empty for a new user, with the settings a new user has', async () => {
    const db = await openDb();
    expect(await loadExportData(db)).toEqual({
      settings: await loadSettings(db),
      contacts: [],
      interactions: [],
      activity: [],
      exceptions: [],
    });
  });

  it('holds the whole history, oldest first, and only the day exceptions from the small values', async () => {
    const db = await openDb();
    const settings = defaultSettings('America/New_York');
    await saveSettings(db, settings);
    await saveContact(db, aContact({ id: 'ana', name: 'Ana' }));
    await logInteraction(
      db,
      aConnection({ id: 'late', at: at('2026-11-24T10:00:00Z'), contactIds: ['ana'] }),
    );
    await logInteraction(
      db,
      aConnection({ id: 'early', at: at('2024-01-02T10:00:00Z'), contactIds: ['ana'] }),
    );
    await recordTransition(db, { at: at('2026-11-24T09:00:00Z'), state: 'active' });
    await recordTransition(db, { at: at('2023-05-01T09:00:00Z'), state: 'active' });
    await startBreak(db, at('2026-11-24T10:00:00Z'), 10);
    const onCall = { date: '2026-11-24', kind: 'on-call', until: null } as const;
    await setException(db, '2026-11-24', onCall);
    await setPause(db, at('2026-11-24T12:00:00Z'));

    const data = await loadExportData(db);
    expect(data.settings).toEqual(settings);
    expect(data.contacts.map((contact) => contact.name)).toEqual(['Ana']);
    expect(data.interactions.map((interaction) => interaction.id)).toEqual(['early', 'late']);
    expect(data.activity.map((transition) => [transition.at, transition.state])).toEqual([
      [at('2023-05-01T09:00:00Z'), 'active'],
      [at('2026-11-24T09:00:00Z'), 'active'],
      [at('2026-11-24T10:00:00Z'), 'break-start'],
      [at('2026-11-24T10:10:00Z'), 'break-end'],
    ]);
    expect(data.exceptions).toEqual([onCall]);
  });
});
