import { TZDate } from '@date-fns/tz';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WAKE_ALARM } from '../../src/background/alarm';
import { registerBackground } from '../../src/background/register';
import { recordTransition } from '../../src/db/activity';
import { saveContact } from '../../src/db/contacts';
import { openDb } from '../../src/db/open';
import { loadSettings, saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import { send } from '../../src/messages';
import { popupView, savedPopupView } from '../../src/storage/popup-view';
import { syncBudget, syncChoice, syncStatus } from '../../src/storage/sync';
import { aContact } from '../db/factories';
import { checkIn } from '../domain/check-in-factory';
import { browserIn } from '../support/browser-zone';
import { installFakeIdle } from '../support/fake-idle';
import { otherComputerEdits } from '../support/other-computer';
import { wakeAlarmAt } from '../support/alarms';
import { backgroundDone } from '../support/background';

browserIn('Europe/London');

const ZONE = 'Europe/London';
// Monday 23 November 2026; the default schedule ends at 17:00.
const at = (time: string) => new TZDate(`2026-11-23T${time}`, ZONE).getTime();

const area = () => fakeBrowser.storage.sync;
const tendItems = async () =>
  Object.fromEntries(
    Object.entries(await area().get(null)).filter(([key]) => key.startsWith('tend1.')),
  );

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('17:30'));
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  const db = await openDb();
  await saveSettings(db, defaultSettings(ZONE));
  await recordTransition(db, { at: at('09:00'), state: 'active' });
  installFakeIdle('active');
  registerBackground();
});

afterEach(() => {
  vi.useRealTimers();
});

const fireAlarm = (time: string) => wakeAlarmAt(at(time));

/** Joins with Sam in the network, then a wake on the alarm finds nothing new. */
async function joinedAndQuiet() {
  await syncChoice.setValue({ on: true, includeNotes: false });
  await saveContact(
    await openDb(),
    aContact({ id: 'sam', name: 'Sam', notes: 'Walks on Fridays' }),
  );
  await send('data-changed', { what: 'sync' });
  await fireAlarm('17:40');
}

/** The stores a wake at `time` reads every record of (a getAll on the store itself). */
async function storesReadWhole(time: string) {
  const reads = vi.spyOn(IDBObjectStore.prototype, 'getAll');
  await fireAlarm(time);
  const stores = reads.mock.contexts.map((store) => (store as IDBObjectStore).name);
  reads.mockRestore();
  return stores;
}

describe('sync in the background', () => {
  it('writes nothing to the sync area while sync is off', async () => {
    await saveContact(await openDb(), aContact({ id: 'sam', name: 'Sam' }));
    await send('data-changed', { what: 'contacts' });
    expect(await tendItems()).toEqual({});
  });

  it('takes a local edit to the sync area at the data-changed that follows it', async () => {
    await syncChoice.setValue({ on: true, includeNotes: false });
    await send('data-changed', { what: 'sync' });
    await backgroundDone();
    await saveContact(await openDb(), aContact({ id: 'sam', name: 'Sam Okafor' }));
    await send('data-changed', { what: 'contacts' });
    // The pass it owes, right after the answer.
    await backgroundDone();
    const items = await tendItems();
    expect(JSON.stringify(items)).toContain('Sam Okafor');
    expect((await syncStatus.getValue()).lastAt).toBe(at('17:30'));
    expect((await syncBudget.getValue()).writes.length).toBeGreaterThan(0);
  });

  it('answers a page’s change before its sync pass, which follows at once', async () => {
    await joinedAndQuiet();
    // The sync area answers only when let: a pass under way waits on it.
    const read = area().get.bind(area()) as (keys: null) => Promise<Record<string, unknown>>;
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held = async (keys: null) => {
      await gate;
      return read(keys);
    };
    vi.spyOn(area(), 'get').mockImplementation(held as typeof fakeBrowser.storage.sync.get);
    await saveContact(await openDb(), aContact({ id: 'ana', name: 'Ana Lima' }));
    const answer = send('data-changed', { what: 'contacts' });
    const first = await Promise.race([
      answer.then(() => 'answered'),
      new Promise((resolve) => setTimeout(() => resolve('still syncing'), 200)),
    ]);
    expect(first).toBe('answered');
    expect(JSON.stringify(await read(null))).not.toContain('Ana Lima');
    // Were the worker stopped now, before the pass, the alarm would bring it within minutes.
    const alarm = await fakeBrowser.alarms.get(WAKE_ALARM);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(at('17:55'));
    release();
    await vi.waitFor(async () => expect(JSON.stringify(await tendItems())).toContain('Ana Lima'));
  });

  it('runs one pass for edits in a row, not one each', async () => {
    await joinedAndQuiet();
    const reads = vi.spyOn(area(), 'get');
    await saveContact(await openDb(), aContact({ id: 'ana', name: 'Ana Lima' }));
    await Promise.all([
      send('data-changed', { what: 'contacts' }),
      send('data-changed', { what: 'contacts' }),
      send('data-changed', { what: 'contacts' }),
    ]);
    await backgroundDone();
    expect(reads).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(await tendItems())).toContain('Ana Lima');
  });

  it('brings another computer’s change into the database and plans again from it', async () => {
    await syncChoice.setValue({ on: true, includeNotes: false });
    await send('data-changed', { what: 'sync' });
    expect(await savedPopupView()).toMatchObject({ status: 'after-hours' });
    // The first pass, owed by the answer, has joined.
    await backgroundDone();
    // On the other computer, Monday's hours now end at 18:00, and Sam is in the network.
    await otherComputerEdits(
      ZONE,
      (data) => {
        const days = { ...data.settings.schedule.days };
        days[1] = { start: '09:00', end: '18:00', endsNextDay: false };
        data.settings = { ...data.settings, schedule: { ...data.settings.schedule, days } };
        data.contacts.push(aContact({ id: 'sam', name: 'Sam', updatedAt: at('17:29') }));
      },
      at('17:29'),
    );
    await vi.waitFor(async () => {
      const db = await openDb();
      expect(await db.get('contacts', 'sam')).toMatchObject({ name: 'Sam' });
      expect((await loadSettings(db)).schedule.days[1]?.end).toBe('18:00');
      expect(await savedPopupView()).toMatchObject({ status: 'working' });
    });
  });

  it('keeps planning when another computer holds a check-in its forms would refuse', async () => {
    await syncChoice.setValue({ on: true, includeNotes: false });
    await send('data-changed', { what: 'sync' });
    await backgroundDone();
    await otherComputerEdits(
      ZONE,
      (data) => {
        data.checkIns.push(checkIn({ id: 'forever', contactIds: [], durationMinutes: 1e12 }));
        data.contacts.push(aContact({ id: 'sam', name: 'Sam', updatedAt: at('17:29') }));
      },
      at('17:29'),
    );
    await popupView.removeValue();
    await fireAlarm('17:40');
    const db = await openDb();
    // The rest of what it holds comes; the check-in does not, and the wake plans on.
    expect(await db.get('contacts', 'sam')).toMatchObject({ name: 'Sam' });
    expect(await db.get('checkIns', 'forever')).toBeUndefined();
    expect(await savedPopupView()).toMatchObject({ status: 'after-hours' });
    expect((await fakeBrowser.alarms.get(WAKE_ALARM))?.scheduledTime).toBeGreaterThan(at('17:40'));
  });

  it('removes Tend’s items from the sync area when sync is turned off, and keeps the data', async () => {
    await syncChoice.setValue({ on: true, includeNotes: false });
    await saveContact(await openDb(), aContact({ id: 'sam', name: 'Sam' }));
    await send('data-changed', { what: 'sync' });
    await backgroundDone();
    expect(Object.keys(await tendItems()).length).toBeGreaterThan(0);
    await area().set({ other: 1 });
    await syncChoice.setValue({ on: false, includeNotes: false });
    await send('data-changed', { what: 'sync' });
    expect(await tendItems()).toEqual({});
    expect(await area().get(null)).toEqual({ other: 1 });
    expect(await (await openDb()).get('contacts', 'sam')).toMatchObject({ name: 'Sam' });
  });

  it('reads none of the network at a wake that finds nothing new to sync, and says it looked', async () => {
    await joinedAndQuiet();
    expect(await storesReadWhole('17:50')).not.toContain('contacts');
    expect((await syncStatus.getValue()).lastAt).toBe(at('17:50'));
    // A person written since is read, and goes to the sync area.
    await saveContact(await openDb(), aContact({ id: 'ana', name: 'Ana Lima' }));
    expect(await storesReadWhole('18:00')).toContain('contacts');
    expect(JSON.stringify(await tendItems())).toContain('Ana Lima');
  });

  it('still brings another computer’s change after wakes that found nothing new', async () => {
    await joinedAndQuiet();
    await fireAlarm('17:50');
    await otherComputerEdits(
      ZONE,
      (data) => data.contacts.push(aContact({ id: 'kim', name: 'Kim', updatedAt: at('17:55') })),
      at('17:55'),
    );
    // Whether or not the browser's news of it wakes the worker, the next alarm brings it.
    await fireAlarm('18:00');
    expect(await (await openDb()).get('contacts', 'kim')).toMatchObject({ name: 'Kim' });
  });

  it('still takes a settings change to the sync area after wakes that found nothing new', async () => {
    await joinedAndQuiet();
    await fireAlarm('17:50');
    const db = await openDb();
    const settings = await loadSettings(db);
    await saveSettings(db, { ...settings, breaks: { ...settings.breaks, shortMinutes: 7 } });
    await fireAlarm('18:00');
    expect(JSON.stringify(await tendItems())).toMatch(/"shortMinutes":7/);
  });

  it('still takes the notes to the sync area when they are included after a quiet wake', async () => {
    await joinedAndQuiet();
    expect(JSON.stringify(await tendItems())).not.toContain('Walks on Fridays');
    await syncChoice.setValue({ on: true, includeNotes: true });
    await fireAlarm('17:50');
    expect(JSON.stringify(await tendItems())).toContain('Walks on Fridays');
  });

  it('still takes the browser’s new time zone to the sync area when no hours were ever saved', async () => {
    await (await openDb()).delete('settings', 'current');
    await joinedAndQuiet();
    await fireAlarm('17:45');
    expect(JSON.stringify(await tendItems())).toContain(ZONE);
    process.env.TZ = 'America/New_York';
    try {
      await fireAlarm('17:50');
    } finally {
      process.env.TZ = ZONE;
    }
    expect(JSON.stringify(await tendItems())).toContain('America/New_York');
  });

  it('passes again after an update of Tend, though nothing else changed', async () => {
    await joinedAndQuiet();
    const manifest = fakeBrowser.runtime.getManifest;
    fakeBrowser.runtime.getManifest = () => ({ ...manifest(), version: '0.2.0' });
    try {
      expect(await storesReadWhole('17:50')).toContain('contacts');
      expect(await storesReadWhole('18:00')).not.toContain('contacts');
    } finally {
      fakeBrowser.runtime.getManifest = manifest;
    }
  });

  it('sets the wake alarm no later than when writes held back by a quota error are tried', async () => {
    await syncChoice.setValue({ on: true, includeNotes: false });
    vi.spyOn(area(), 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await send('data-changed', { what: 'sync' });
    await backgroundDone();
    const { retryAt } = await syncStatus.getValue();
    expect(retryAt).toBe(at('17:31'));
    const alarm = await fakeBrowser.alarms.get(WAKE_ALARM);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(at('17:31'));
  });

  it('leaves no item in the sync area when turned off while a wake is still writing to it', async () => {
    await syncChoice.setValue({ on: true, includeNotes: false });
    await send('data-changed', { what: 'sync' });
    await saveContact(await openDb(), aContact({ id: 'sam', name: 'Sam' }));
    // A wake that read "on" is writing to the sync area when the user turns sync off.
    const write = area().set.bind(area());
    let writing = () => undefined as void;
    let release = () => undefined as void;
    const started = new Promise<void>((resolve) => (writing = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    vi.spyOn(area(), 'set').mockImplementationOnce(async (items) => {
      writing();
      await gate;
      return write(items);
    });
    const running = send('data-changed', { what: 'contacts' });
    await started;
    await syncChoice.setValue({ on: false, includeNotes: false });
    const stopping = send('data-changed', { what: 'sync' });
    // Time enough for a turning-off that did not wait for the wake to be done before it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await Promise.all([running, stopping]);
    expect(await tendItems()).toEqual({});
  });
});
