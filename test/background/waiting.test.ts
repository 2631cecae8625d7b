import { TZDate } from '@date-fns/tz';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from '../../src/background/register';
import { recordTransition } from '../../src/db/activity';
import { saveContact, snoozeContact } from '../../src/db/contacts';
import { logInteraction } from '../../src/db/interactions';
import { openDb } from '../../src/db/open';
import { saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import type { Settings } from '../../src/domain/types';
import { send } from '../../src/messages';
import { composeRequest } from '../../src/storage/compose-request';
import { loadWaiting } from '../../src/ui/popup/load-waiting';
import { takeComposeRequest } from '../../src/ui/popup/take-compose-request';
import { aConnection, aContact } from '../db/factories';
import { installFakeIdle } from '../support/fake-idle';
import { browserIn } from '../support/browser-zone';
import { withoutSessionStorage } from '../support/without-session-storage';
import { wakeAlarmAt } from '../support/alarms';

browserIn('Europe/London');

const ZONE = 'Europe/London';

function withoutBreaks(settings: Settings): Settings {
  return { ...settings, breaks: { ...settings.breaks, shortEnabled: false, longEnabled: false } };
}
// Monday 23 November 2026: a reconnect nudge may come from 10:00, the wrap-up at 16:45.
const at = (time: string) => new TZDate(`2026-11-23T${time}`, ZONE).getTime();
const RECONNECT = 'reconnect:sam:2026-11-23';
const WRAP_UP = `wrap-up:2026-11-23:${at('17:00')}`;

const wakeAt = (time: string) => wakeAlarmAt(at(time));

const badge = () => fakeBrowser.action.getBadgeText({});
const waitingKeys = async () => (await loadWaiting()).map((item) => item.key);
const tabUrls = async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url);

let user: ReturnType<typeof installFakeIdle>;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('09:00'));
  const db = await openDb();
  await saveSettings(db, withoutBreaks(defaultSettings(ZONE)));
  // A colleague last seen three weeks ago: due for a reconnect nudge.
  await saveContact(
    db,
    aContact({ id: 'sam', name: 'Sam', lastContactAt: at('09:00') - 21 * 24 * 3600_000 }),
  );
  await recordTransition(db, { at: at('09:00'), state: 'active' });
  user = installFakeIdle('active');
  registerBackground();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('nudges waiting for an answer', () => {
  it('counts a nudge shown on the toolbar badge and lists it for the popup', async () => {
    expect(await badge()).toBe('');
    await wakeAt('10:00');
    expect(await badge()).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toBe('Tend — 1 nudge waiting');
    expect(await loadWaiting()).toEqual([
      {
        key: RECONNECT,
        kind: 'reconnect',
        title: 'Someone to reconnect with?',
        message:
          'You were last in touch with \u2068Sam\u2069 3 weeks ago. A short message is enough.',
        shownAt: at('10:00'),
        contactId: 'sam',
        name: 'Sam',
      },
    ]);
  });

  it('still shows nudges where the browser has no session storage, with none listed', async () => {
    withoutSessionStorage();
    await wakeAt('10:00');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([RECONNECT]);
    expect(await waitingKeys()).toEqual([]);
  });

  it('counts two, newest first', async () => {
    await wakeAt('10:00');
    await wakeAt('16:45');
    expect(await badge()).toBe('2');
    expect(await fakeBrowser.action.getTitle({})).toBe('Tend — 2 nudges waiting');
    expect(await waitingKeys()).toEqual([WRAP_UP, RECONNECT]);
  });

  it('keeps one end-of-day nudge waiting: a reminder replaces the wrap-up before it', async () => {
    await wakeAt('10:00');
    await wakeAt('16:45');
    await wakeAt('17:00');
    expect(await waitingKeys()).toEqual([`boundary:2026-11-23:${at('17:00')}:0`, RECONNECT]);
    expect(await badge()).toBe('2');
    // The wrap-up it replaced leaves the system tray too: one end-of-day nudge, not two.
    expect(Object.keys(await fakeBrowser.notifications.getAll())).not.toContain(WRAP_UP);
  });

  it('keeps both of a thread when one wake shows both: the day’s and the week’s limit', async () => {
    const db = await openDb();
    const settings = withoutBreaks(defaultSettings(ZONE));
    await saveSettings(db, {
      ...settings,
      work: { ...settings.work, dailyLimitMinutes: 60, weeklyLimitMinutes: 60 },
    });
    await wakeAt('10:00');
    expect((await waitingKeys()).filter((key) => key.startsWith('hours-limit')).sort()).toEqual([
      'hours-limit:day:2026-11-23',
      'hours-limit:week:2026-11-23',
    ]);
  });

  it('lets a nudge go when its notification is clicked', async () => {
    await wakeAt('10:00');
    await wakeAt('16:45');
    await fakeBrowser.notifications.onClicked.trigger(WRAP_UP);
    expect(await waitingKeys()).toEqual([RECONNECT]);
    expect(await badge()).toBe('1');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([RECONNECT]);
  });

  it('lets a nudge go when one of its buttons is pressed', async () => {
    await wakeAt('10:00');
    await fakeBrowser.notifications.onButtonClicked.trigger(RECONNECT, 1);
    expect(await waitingKeys()).toEqual([]);
    expect(await badge()).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Tend');
    // And the button did what it said: Sam is put off for a week.
    await vi.waitFor(async () =>
      expect((await (await openDb()).get('contacts', 'sam'))?.snoozedUntil).not.toBeNull(),
    );
    // Its replan runs before the next test's empty profile.
    await send('data-changed', { what: 'contacts' });
  });

  it.each([
    ['timed out or hidden by Do Not Disturb, as Chrome reports it', false],
    // Firefox says byUser: true for every close: a timeout, a close from code, a headless
    // Firefox that could not show it at all.
    ['closed, as Firefox reports any close', true],
  ])('keeps a nudge waiting when its notification is %s', async (_, byUser) => {
    await wakeAt('10:00');
    await wakeAt('16:45');
    await fakeBrowser.notifications.onClosed.trigger(RECONNECT, byUser);
    await fakeBrowser.notifications.onClosed.trigger(WRAP_UP, byUser);
    // A later wake has run every change the closes could have made to the list.
    await wakeAt('16:46');
    expect(await waitingKeys()).toEqual([WRAP_UP, RECONNECT]);
    expect(await badge()).toBe('2');
  });

  it('drops a stale nudge at the next wake', async () => {
    await wakeAt('10:00');
    // Twelve hours on, a reconnect nudge is no longer waiting; the user coming back wakes Tend.
    vi.setSystemTime(at('22:01'));
    await user.change('idle');
    expect(await waitingKeys()).toEqual([]);
    expect(await badge()).toBe('');
  });

  it('clears the badge when the popup opens after a nudge went stale', async () => {
    await wakeAt('10:00');
    // The day was ended, so the popup's wake has nothing new to show.
    await recordTransition(await openDb(), { at: at('17:00'), state: 'clock-out' });
    vi.setSystemTime(at('22:01'));
    await send('popup-view', {});
    expect(await badge()).toBe('');
  });

  it('lets a reconnect nudge go once that person was written to, elsewhere than the nudge', async () => {
    await wakeAt('10:00');
    vi.setSystemTime(at('10:30'));
    await logInteraction(
      await openDb(),
      aConnection({ id: 'c1', at: at('10:30'), contactIds: ['sam'] }),
    );
    await send('data-changed', { what: 'contacts' });
    expect(await waitingKeys()).toEqual([]);
    expect(await badge()).toBe('');
  });

  it('lets a reconnect nudge go once that person is put off for a week from the popup', async () => {
    await wakeAt('10:00');
    await wakeAt('16:45');
    vi.setSystemTime(at('16:50'));
    await snoozeContact(await openDb(), 'sam', at('16:50') + 7 * 24 * 3600_000, at('16:50'));
    await send('data-changed', { what: 'contacts' });
    expect(await waitingKeys()).toEqual([WRAP_UP]);
    expect(await badge()).toBe('1');
  });

  it('keeps an end-of-day nudge until that day ends', async () => {
    await wakeAt('16:45');
    vi.setSystemTime(at('23:59'));
    expect(await waitingKeys()).toEqual([WRAP_UP]);
    vi.setSystemTime(new TZDate('2026-11-24T00:00', ZONE).getTime());
    expect(await waitingKeys()).toEqual([]);
  });

  it('lets the popup dismiss a nudge, clearing its notification', async () => {
    await wakeAt('10:00');
    await wakeAt('16:45');
    expect(await send('dismiss-nudge', { key: RECONNECT })).toEqual({ waiting: 1 });
    expect(await waitingKeys()).toEqual([WRAP_UP]);
    expect(await badge()).toBe('1');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([WRAP_UP]);
  });

  it('does a nudge’s action for the popup, and only one the nudge offers', async () => {
    await wakeAt('16:45');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(send('nudge-action', { key: WRAP_UP, action: 'snooze-person' })).rejects.toThrow(
      /no action "snooze-person"/,
    );
    expect(logged).toHaveBeenCalled();
    expect(await badge()).toBe('1');
    expect(await send('nudge-action', { key: WRAP_UP, action: 'end-day' })).toEqual({
      waiting: 0,
    });
    const states = (await (await openDb()).getAll('activity')).map((one) => one.state);
    expect(states).toContain('clock-out');
    expect(await badge()).toBe('');
  });
});

describe('a reconnect nudge opens the composer for that person', () => {
  it('offers to write to them from the notification', async () => {
    await wakeAt('10:00');
    const options = fakeBrowser.notifications.getAllCreateOptions()[RECONNECT];
    expect(options?.buttons?.map((button) => button.title)).toEqual([
      'Write to them',
      'Not this week',
    ]);
  });

  it('opens the popup with the person asked for, on a click', async () => {
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue();
    await wakeAt('10:00');
    await fakeBrowser.notifications.onClicked.trigger(RECONNECT);
    await vi.waitFor(() => expect(openPopup).toHaveBeenCalledOnce());
    expect(await tabUrls()).not.toContainEqual(expect.stringContaining('popup.html'));
    // The popup takes the request once.
    expect(await takeComposeRequest('')).toBe('sam');
    expect(await takeComposeRequest('')).toBeNull();
  });

  it('opens the popup in a tab with the person in its query where it cannot open', async () => {
    // WXT's fake browser leaves action.openPopup unimplemented: it throws, as a browser
    // without it or with no focused window does.
    await wakeAt('10:00');
    await fakeBrowser.notifications.onButtonClicked.trigger(RECONNECT, 0);
    await vi.waitFor(async () =>
      expect(await tabUrls()).toContain(
        'chrome-extension://test-extension-id/popup.html?compose=sam',
      ),
    );
    expect(await takeComposeRequest('?compose=sam')).toBe('sam');
    // The request the tab made unnecessary is used up with it.
    expect(await composeRequest.getValue()).toBeNull();
    expect(await waitingKeys()).toEqual([]);
  });

  it('ignores a request the popup did not take within two minutes', async () => {
    vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue();
    await wakeAt('10:00');
    await fakeBrowser.notifications.onClicked.trigger(RECONNECT);
    await vi.waitFor(async () => expect(await composeRequest.getValue()).not.toBeNull());
    vi.setSystemTime(at('10:02:01'));
    expect(await takeComposeRequest('')).toBeNull();
  });
});
