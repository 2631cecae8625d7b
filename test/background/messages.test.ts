import { TZDate } from '@date-fns/tz';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from '../../src/background/register';
import { inTurn } from '../../src/background/wake';
import { recordTransition } from '../../src/db/activity';
import { snoozes } from '../../src/db/meta';
import { openDb } from '../../src/db/open';
import { saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import { syncChoice } from '../../src/storage/sync';
import { loadWaiting } from '../../src/ui/popup/load-waiting';
import { browserIn } from '../support/browser-zone';
import { installFakeIdle } from '../support/fake-idle';
import { sendFrom, tendPage } from '../support/messages';
import { wakeAlarmAt } from '../support/alarms';

browserIn('Europe/London');

const ZONE = 'Europe/London';
const at = (time: string) => new TZDate(`2026-11-23T${time}`, ZONE).getTime();
const reminder = `boundary:2026-11-23:${at('17:00')}:0`;
const snoozeReminders = { type: 'nudge-action', payload: { key: reminder, action: 'snooze-kind' } };

let warned: ReturnType<typeof vi.spyOn>;

/** What the user sees and what is stored: nothing of it may change. */
async function everything() {
  return {
    waiting: (await loadWaiting()).map((item) => item.key),
    shown: Object.keys(await fakeBrowser.notifications.getAll()),
    snoozes: await snoozes(await openDb()),
  };
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('09:00'));
  const db = await openDb();
  await saveSettings(db, defaultSettings(ZONE));
  await recordTransition(db, { at: at('09:00'), state: 'active' });
  installFakeIdle('active');
  registerBackground();
  // 17:00: the first boundary reminder is shown and waits for an answer.
  await wakeAlarmAt(at('17:00'));
  warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  // Sync turned off empties the sync area, and the browser's news of that wakes the
  // planner on its own: that wake ends here, on this test's database.
  await inTurn(async () => undefined);
  vi.useRealTimers();
});

describe('a message to the background', () => {
  it('from one of Tend’s pages is done', async () => {
    expect(await sendFrom(tendPage('options.html'), snoozeReminders)).toEqual({
      ok: true,
      value: { waiting: 0 },
    });
    expect((await everything()).snoozes).toHaveProperty('boundary');
  });

  it('claiming to come from a web page is refused, logged, and changes nothing', async () => {
    const before = await everything();
    const webPage = {
      id: fakeBrowser.runtime.id,
      url: 'https://cases.example.org/inbox',
      tab: { id: 7, url: 'https://cases.example.org/inbox' },
    };
    for (const message of [
      snoozeReminders,
      { type: 'dismiss-nudge', payload: { key: reminder } },
      { type: 'data-changed', payload: { what: 'settings' } },
    ]) {
      expect(await sendFrom(webPage as never, message)).toBeUndefined();
    }
    expect(await everything()).toEqual(before);
    expect(warned).toHaveBeenCalledWith(
      'Tend background: refused a message:',
      expect.stringContaining('https://cases.example.org/inbox'),
    );
  });

  it('from another extension, or with no address, is refused and changes nothing', async () => {
    const before = await everything();
    const other = { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' };
    expect(await sendFrom(other, snoozeReminders)).toBeUndefined();
    expect(await sendFrom({ id: fakeBrowser.runtime.id }, snoozeReminders)).toBeUndefined();
    expect(await everything()).toEqual(before);
    expect(warned).toHaveBeenCalledTimes(2);
  });

  it('with a malformed payload is refused with a clear answer and changes nothing', async () => {
    const before = await everything();
    for (const [message, why] of [
      [{ type: 'nudge-action', payload: { key: reminder, action: 'erase-all' } }, 'action'],
      [{ type: 'nudge-action', payload: { key: 'not a nudge', action: 'end-day' } }, 'key'],
      [{ type: 'dismiss-nudge', payload: { key: 42 } }, 'key'],
      [{ type: 'dismiss-nudge', payload: null }, 'what it carries'],
      [{ type: 'data-changed', payload: { what: 'everything' } }, 'what'],
    ] as const) {
      const answer = await sendFrom(tendPage(), message);
      expect(answer).toEqual({
        ok: false,
        error: expect.stringMatching(
          new RegExp(`^Tend refused the message "${message.type}".*${why}`),
        ),
      });
    }
    expect(await everything()).toEqual(before);
    expect(warned).toHaveBeenCalledTimes(5);
  });

  it('that sync was turned off is taken only well formed from a page, and only then empties the sync area', async () => {
    const tendItems = async () =>
      Object.keys(await fakeBrowser.storage.sync.get(null)).filter((key) =>
        key.startsWith('tend1.'),
      );
    const syncChanged = (payload: unknown) => ({ type: 'data-changed', payload });
    await syncChoice.setValue({ on: true, includeNotes: false });
    expect(await sendFrom(tendPage('options.html'), syncChanged({ what: 'sync' }))).toMatchObject({
      ok: true,
    });
    // The pass that joins follows the answer.
    await inTurn(async () => undefined);
    const written = await tendItems();
    expect(written.length).toBeGreaterThan(0);

    await syncChoice.setValue({ on: false, includeNotes: false });
    for (const [payload, why] of [
      [{ what: 'sync', on: false }, 'on'],
      [{ what: 'Sync' }, 'what'],
      [{ what: ['sync'] }, 'what'],
      [{}, 'what'],
    ] as const) {
      expect(await sendFrom(tendPage('options.html'), syncChanged(payload))).toEqual({
        ok: false,
        error: expect.stringMatching(
          new RegExp(`^Tend refused the message "data-changed".*${why}`),
        ),
      });
    }
    const webPage = { id: fakeBrowser.runtime.id, url: 'https://cases.example.org/inbox' };
    expect(await sendFrom(webPage, syncChanged({ what: 'sync' }))).toBeUndefined();
    expect(await tendItems()).toEqual(written);

    expect(await sendFrom(tendPage('options.html'), syncChanged({ what: 'sync' }))).toMatchObject({
      ok: true,
    });
    expect(await tendItems()).toEqual([]);
  });

  it('to erase everything is done only from Tend’s page, and only as it is sent', async () => {
    const before = await everything();
    const erase = { type: 'erase-everything', payload: {} };
    const webPage = { id: fakeBrowser.runtime.id, url: 'https://cases.example.org/inbox' };
    expect(await sendFrom(webPage, erase)).toBeUndefined();
    expect(await sendFrom(tendPage('options.html'), { ...erase, payload: { all: true } })).toEqual({
      ok: false,
      error: expect.stringMatching(/^Tend refused the message "erase-everything"/),
    });
    expect(await everything()).toEqual(before);

    // WXT's fake browser has no permissions store: Tend holds no granted site here.
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [] } as never);
    expect(await sendFrom(tendPage('options.html'), erase)).toEqual({
      ok: true,
      value: { erased: true },
    });
    expect(await everything()).toEqual({ waiting: [], shown: [], snoozes: {} });
  });
});
