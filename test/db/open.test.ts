import { describe, expect, it, vi } from 'vitest';
import { lastGatheringBefore } from '../../src/db/interactions';
import { NewerDatabaseError } from '../../src/db/data-error';
import { closeDb, openDatabase, openDb } from '../../src/db/open';
import { DB_NAME } from '../../src/db/schema';
import { migrations, type Migration } from '../../src/db/migrations';
import { loadSettings, saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import type { Settings } from '../../src/domain/types';
import { aConnection, at } from './factories';

describe('a fresh database', () => {
  it('has a store for every entity, with the indexes their queries use', async () => {
    const db = await openDb();
    expect(db.version).toBe(migrations.length);
    expect([...db.objectStoreNames].sort()).toEqual([
      'activity',
      'checkIns',
      'contacts',
      'interactions',
      'meta',
      'nudgeLog',
      'reflections',
      'settings',
    ]);
    const tx = db.transaction(['contacts', 'interactions', 'activity', 'nudgeLog', 'reflections']);
    expect([...tx.objectStore('contacts').indexNames].sort()).toEqual([
      'by-lastContactAt',
      'by-name',
    ]);
    expect(tx.objectStore('interactions').index('by-contact').multiEntry).toBe(true);
    expect(tx.objectStore('interactions').index('by-kind-at').keyPath).toEqual(['kind', 'at']);
    expect([...tx.objectStore('activity').indexNames]).toEqual(['by-at']);
    expect([...tx.objectStore('nudgeLog').indexNames]).toEqual(['by-shownAt']);
    expect(tx.objectStore('reflections').index('by-weekStart').unique).toBe(true);
  });

  it('gives a new user office hours in the browser’s own time zone until they save', async () => {
    const db = await openDb();
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(await loadSettings(db)).toEqual(defaultSettings(zone));
    const mine = defaultSettings('Europe/London');
    await saveSettings(db, mine);
    expect(await loadSettings(db)).toEqual(mine);
  });

  it('returns the same connection to every caller in one page', async () => {
    expect(await openDb()).toBe(await openDb());
  });
});

describe('the migration mechanism', () => {
  // A later version that renames a setting in the stored data.
  const renameTimeZone: Migration = async (_db, tx) => {
    const store = tx.objectStore('settings');
    const old = (await store.get('current')) as { schedule: { timeZone: string } };
    await store.put(
      { ...old, schedule: { ...old.schedule, zone: old.schedule.timeZone } },
      'current',
    );
  };

  it('upgrades the data of an older version in place', async () => {
    const v1 = await openDatabase('migrate', migrations);
    await saveSettings(v1, defaultSettings('Australia/Sydney'));
    v1.close();

    const v2 = await openDatabase('migrate', [...migrations, renameTimeZone]);
    expect(v2.version).toBe(migrations.length + 1);
    const stored = (await v2.get('settings', 'current')) as unknown as {
      schedule: { zone: string };
    };
    expect(stored.schedule.zone).toBe('Australia/Sydney');
  });

  it('runs every missing step in order for a database several versions behind', async () => {
    const seen: number[] = [];
    const step =
      (n: number): Migration =>
      () => {
        seen.push(n);
      };
    (await openDatabase('behind', migrations)).close();
    (await openDatabase('behind', [...migrations, step(2), step(3), step(4)])).close();
    expect(seen).toEqual([2, 3, 4]);
  });

  it('leaves the older data untouched when a step fails', async () => {
    const v1 = await openDatabase('failing', migrations);
    const mine = defaultSettings('Europe/Berlin');
    await saveSettings(v1, mine);
    v1.close();

    const broken: Migration = async (_db, tx) => {
      await tx.objectStore('settings').put({ half: 'written' }, 'current');
      throw new Error('step failed');
    };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(openDatabase('failing', [...migrations, broken])).rejects.toThrow();
    expect(logged).toHaveBeenCalledOnce();

    const again = await openDatabase('failing', migrations);
    expect(again.version).toBe(migrations.length);
    expect(await loadSettings(again)).toEqual(mine);
  });

  it('gives a version 1 database the index of connections by kind, over those it holds', async () => {
    const v1 = await openDatabase('gatherings', migrations.slice(0, 1));
    const walk = aConnection({ id: 'walk', at: at('2026-11-02T12:00:00Z'), contactIds: ['ana'] });
    await v1.put('interactions', { ...walk, kind: 'self-care-together' });
    await v1.put(
      'interactions',
      aConnection({ id: 'call', at: at('2026-11-20T12:00:00Z'), contactIds: ['ana'] }),
    );
    v1.close();

    const upgraded = await openDatabase('gatherings', migrations);
    expect(upgraded.version).toBe(migrations.length);
    expect(await lastGatheringBefore(upgraded, at('2026-11-23T12:00:00Z'))).toBe(walk.at);
  });

  it('does not stay stuck behind a page that still has the old version open', async () => {
    const oldPage = await openDatabase('shared', migrations);
    const upgraded = await openDatabase('shared', [...migrations, () => undefined]);
    expect(upgraded.version).toBe(migrations.length + 1);
    // The old page stepped aside; using its connection now fails instead of blocking.
    expect(() => oldPage.transaction('settings')).toThrow();
  });
});

describe('settings saved before a part of them existed', () => {
  it('load with that part from the defaults instead of breaking every wake', async () => {
    const db = await openDb();
    const older: Partial<Settings> = defaultSettings('Europe/Paris');
    delete older.network;
    older.boundary!.boundaryMaxPerDay = 5;
    await db.put('settings', older as never, 'current');
    const loaded = await loadSettings(db);
    expect(loaded.network).toEqual(defaultSettings('Europe/Paris').network);
    expect(loaded.boundary.boundaryMaxPerDay).toBe(5);
    expect(loaded.schedule.timeZone).toBe('Europe/Paris');
  });
});

describe('a database a newer Tend opened (Tend was downgraded since)', () => {
  it('is refused with its own error, and left exactly as it was', async () => {
    const newer = await openDatabase(DB_NAME, [...migrations, () => undefined]);
    const mine = defaultSettings('Europe/Berlin');
    await saveSettings(newer, mine);
    newer.close();

    closeDb();
    const refused = await openDb().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(NewerDatabaseError);
    expect((refused as NewerDatabaseError).messageKey).toBe('errorNewerDatabase');
    // Asked again (the next wake), it is refused again rather than stuck.
    await expect(openDb()).rejects.toBeInstanceOf(NewerDatabaseError);

    const again = await openDatabase(DB_NAME, [...migrations, () => undefined]);
    expect(again.version).toBe(migrations.length + 1);
    expect(await loadSettings(again)).toEqual(mine);
    again.close();
  });
});
