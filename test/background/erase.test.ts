import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WAKE_ALARM } from '../../src/background/alarm';
import { saveContact } from '../../src/db/contacts';
import { openDb } from '../../src/db/open';
import { DB_NAME } from '../../src/db/schema';
import { loadSettings, saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import { send } from '../../src/messages';
import { aContact } from '../db/factories';
import { startBackground } from '../support/background';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.parse('2026-11-23T10:00:00Z'));
  startBackground();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('erase everything', () => {
  it('leaves an empty database, empty storage and only the fresh wake alarm', async () => {
    const db = await openDb();
    await saveSettings(db, { ...defaultSettings('Europe/London'), idleThresholdSeconds: 900 });
    await saveContact(db, aContact({ id: 'sam', name: 'Sam Lee' }));
    await fakeBrowser.storage.local.set({ 'tend:pending-messages': ['Sam Lee'], other: 1 });
    await fakeBrowser.storage.session.set({ anything: 2 });
    await fakeBrowser.alarms.create('something-old', { delayInMinutes: 60 });
    await fakeBrowser.notifications.create('reconnect:sam', {
      type: 'basic',
      iconUrl: '',
      title: 'Sam Lee',
      message: '',
    });

    const granted = ['https://cms.example.org/*'];
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: granted } as never);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true as never);

    expect(await send('erase-everything', {})).toEqual({ erased: true });

    expect(remove).toHaveBeenCalledWith({ origins: granted });

    const fresh = await openDb();
    expect(fresh.name).toBe(DB_NAME);
    expect(await fresh.count('contacts')).toBe(0);
    expect((await loadSettings(fresh)).idleThresholdSeconds).toBe(300);
    const local = await fakeBrowser.storage.local.get(null);
    expect(JSON.stringify(local)).not.toContain('Sam');
    expect(Object.keys(local)).not.toContain('other');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    const alarms = (await fakeBrowser.alarms.getAll()).map(({ name }) => name);
    expect(alarms).not.toContain('something-old');
    expect(alarms.filter((name) => name === WAKE_ALARM)).toHaveLength(1);
  });
});
