import { TZDate } from '@date-fns/tz';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WAKE_ALARM } from '../../src/background/alarm';
import { REFUSED } from '../../src/background/message-checks';
import { registerBackground } from '../../src/background/register';
import { recordTransition } from '../../src/db/activity';
import { snoozes } from '../../src/db/meta';
import { nudgeLogSince } from '../../src/db/nudge-log';
import { openDb } from '../../src/db/open';
import { saveCheckIn } from '../../src/db/check-ins';
import { loadSettings, saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import type { Settings } from '../../src/domain/types';
import { installFakeIdle } from '../support/fake-idle';
import { loadWaiting } from '../../src/ui/popup/load-waiting';
import { savedPopupView } from '../../src/storage/popup-view';
import { presenceNote } from '../../src/storage/presence';
import { checkIn } from '../domain/checkins/check-in-factory';
import { browserIn } from '../support/browser-zone';
import { wakeAlarmAt } from '../support/alarms';

browserIn('Europe/London');

const ZONE = 'Europe/London';

// These tests are about other nudges; a long stretch at the computer would bring breaks too.
function withoutBreaks(settings: Settings): Settings {
  return { ...settings, breaks: { ...settings.breaks, shortEnabled: false, longEnabled: false } };
}
// Monday 23 November 2026; the default schedule ends at 17:00.
const at = (time: string) => new TZDate(`2026-11-23T${time}`, ZONE).getTime();
// The ids of the day's wrap-up and boundary reminders name its date and its end.
const wrapUpId = `wrap-up:2026-11-23:${at('17:00')}`;
const reminderId = (slot: number, end = '17:00') => `boundary:2026-11-23:${at(end)}:${slot}`;

const fireAlarm = (time: string) => wakeAlarmAt(at(time));

let user: ReturnType<typeof installFakeIdle>;

async function shown() {
  return Object.keys(await fakeBrowser.notifications.getAll());
}

async function wakeAlarms() {
  return (await fakeBrowser.alarms.getAll()).filter(({ name }) => name === WAKE_ALARM);
}

beforeEach(async () => {
  // Only Date is faked: IndexedDB's own timers must keep running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('09:00'));
  const db = await openDb();
  await saveSettings(db, withoutBreaks(defaultSettings(ZONE)));
  await recordTransition(db, { at: at('09:00'), state: 'active' });
  user = installFakeIdle('active');
  registerBackground();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the wake cycle', () => {
  it('shows the boundary reminder an alarm brings, once, and sets one alarm for the next', async () => {
    await fireAlarm('17:00');
    expect(await shown()).toEqual([reminderId(0)]);
    const options = fakeBrowser.notifications.getAllCreateOptions()[reminderId(0)];
    expect(options?.title).toBe('Your workday has ended');
    expect(options?.message).toContain('5:00');
    expect(options?.buttons?.map((button) => button.title)).toEqual([
      'End my day',
      'Not for an hour',
    ]);

    const alarms = await fakeBrowser.alarms.getAll();
    expect(
      alarms
        .filter(({ name }) => name === WAKE_ALARM)
        .map(({ name, scheduledTime }) => [name, scheduledTime]),
    ).toEqual([[WAKE_ALARM, at('17:30')]]);
  });

  it('shows nothing twice when it wakes again at the same moment', async () => {
    await fireAlarm('17:00');
    await fakeBrowser.notifications.clear(reminderId(0));
    await fireAlarm('17:00');
    expect(await shown()).toEqual([]);
    expect(await nudgeLogSince(await openDb(), 0)).toHaveLength(1);
    expect(await wakeAlarms()).toHaveLength(1);
  });

  it('wraps up while the user is active before the end', async () => {
    await fireAlarm('16:45');
    expect(await shown()).toEqual([wrapUpId]);
    const options = fakeBrowser.notifications.getAllCreateOptions()[wrapUpId];
    expect(options?.message).toContain('15 minutes');
  });

  it('stops the reminders when the user ends the day from the notification', async () => {
    await fireAlarm('17:00');
    await fakeBrowser.notifications.onButtonClicked.trigger(reminderId(0), 0);
    await vi.waitFor(async () => {
      const db = await openDb();
      const states = (await db.getAll('activity')).map((transition) => transition.state);
      expect(states).toContain('clock-out');
    });
    await fireAlarm('17:30');
    expect(await shown()).toEqual([]);
  });

  it('holds boundary reminders back for an hour from the notification', async () => {
    await fireAlarm('17:00');
    await fakeBrowser.notifications.onButtonClicked.trigger(reminderId(0), 1);
    await vi.waitFor(async () => expect(await snoozes(await openDb())).toHaveProperty('boundary'));
    await fakeBrowser.notifications.clear(reminderId(0));
    await fireAlarm('17:30');
    expect(await shown()).toEqual([]);
    await fireAlarm('18:00');
    expect(await shown()).toEqual([reminderId(2)]);
  });

  it('lets the user turn a kind of reminder off, and shows none of it after', async () => {
    const db = await openDb();
    const settings = withoutBreaks(defaultSettings(ZONE));
    await saveSettings(db, { ...settings, mutedKinds: ['boundary'] });
    await fireAlarm('17:00');
    expect(await shown()).toEqual([]);
  });

  it('replans when a page says the settings changed', async () => {
    const db = await openDb();
    const settings = withoutBreaks(defaultSettings(ZONE));
    settings.schedule.days[1] = { start: '09:00', end: '12:00', endsNextDay: false };
    await saveSettings(db, settings);
    vi.setSystemTime(at('12:10'));
    const answer = await fakeBrowser.runtime.sendMessage({
      type: 'data-changed',
      payload: { what: 'settings' },
    });
    // It answers with the view it planned, which the popup shows without asking again.
    expect(answer).toEqual({ ok: true, value: { view: await savedPopupView() } });
    expect((await savedPopupView())?.computedAt).toBe(at('12:10'));
    expect(await shown()).toEqual([reminderId(0, '12:00')]);
  });

  it('sends no boundary reminder while the computer is locked, and one on return', async () => {
    vi.setSystemTime(at('16:58'));
    await user.change('locked');
    await fireAlarm('17:00');
    expect(await shown()).toEqual([]);
    vi.setSystemTime(at('17:40'));
    await user.change('active');
    expect(await shown()).toEqual([reminderId(1)]);
  });

  it('ignores messages that are not Tend’s', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(fakeBrowser.runtime.sendMessage({ type: 'unknown' })).resolves.toBeUndefined();
    expect(await shown()).toEqual([]);
    // Said once, for whoever reads the worker's console.
    expect(warned).toHaveBeenCalledWith(REFUSED, 'no message is called "unknown"');
  });
});

describe('a wake that something fails in', () => {
  it('sets the next alarm and keeps the nudge waiting when the system refuses its notification', async () => {
    // Chrome rejects a notification it cannot show (a policy, an image it cannot load).
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValueOnce(new Error('refused'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fireAlarm('17:00');
    expect(await wakeAlarms()).toMatchObject([{ scheduledTime: at('17:30') }]);
    expect((await loadWaiting()).map((item) => item.key)).toEqual([reminderId(0)]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('still notes the user at the computer when what was due could not be shown', async () => {
    // The browser cannot list the notifications up: the delivery fails.
    vi.spyOn(fakeBrowser.notifications, 'getAll').mockRejectedValueOnce(new Error('no list'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fireAlarm('17:00');
    expect(await presenceNote.getValue()).toMatchObject({ seenAt: at('17:00') });
  });

  it('leaves an alarm a quarter of an hour on when the wake fails before planning', async () => {
    // The browser cannot say whether the user is there: the wake throws after it began.
    const idle = (fakeBrowser as unknown as { idle: { queryState: () => Promise<string> } }).idle;
    vi.spyOn(idle, 'queryState').mockRejectedValueOnce(new Error('no idle state'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fireAlarm('17:00');
    expect(await wakeAlarms()).toMatchObject([{ scheduledTime: at('17:15') }]);
  });

  it('sets the next alarm when the badge cannot be set', async () => {
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValueOnce(new Error('no badge'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fireAlarm('17:00');
    expect(await wakeAlarms()).toMatchObject([{ scheduledTime: at('17:30') }]);
    expect(await shown()).toEqual([reminderId(0)]);
  });
});

describe('a wake with more due than it shows', () => {
  // Two check-ins that ended at 16:30: their log prompts fall due at 16:40.
  const endedAt1630 = (id: string) =>
    checkIn({
      id,
      title: id,
      startDate: '2026-11-23',
      startTime: '15:30',
      timeZone: ZONE,
      reminderMinutesBefore: null,
    });

  it('shows the two most relevant and lists the rest in the popup, dropping none', async () => {
    const db = await openDb();
    await saveCheckIn(db, endedAt1630('team'));
    await saveCheckIn(db, endedAt1630('walk'));
    // Away from 16:20 (in the check-ins), back at 17:05 to a boundary reminder and both prompts.
    vi.setSystemTime(at('16:20'));
    await user.change('locked');
    vi.setSystemTime(at('17:05'));
    await user.change('active');
    const keys = await shown();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(reminderId(0));
    const waiting = (await loadWaiting()).map((item) => item.key).sort();
    expect(waiting).toEqual(
      [reminderId(0), 'check-in-log:team:2026-11-23', 'check-in-log:walk:2026-11-23'].sort(),
    );
  });
});

describe('a user whose computer moved to another time zone', () => {
  // The hours were set in Berlin; the computer is now on New York time.
  async function inNewYork() {
    const db = await openDb();
    await saveSettings(db, withoutBreaks(defaultSettings('Europe/Berlin')));
    process.env.TZ = 'America/New_York';
  }

  afterEach(() => {
    process.env.TZ = ZONE;
  });

  it('asks once whether to move the hours, and moves them when told', async () => {
    await inNewYork();
    // Monday 23 November, 08:00 in New York.
    vi.setSystemTime(Date.parse('2026-11-23T13:00:00Z'));
    await user.change('locked');
    await user.change('active');
    const question = 'time-zone:America/New_York:Europe/Berlin';
    expect(await shown()).toEqual([question]);
    const options = fakeBrowser.notifications.getAllCreateOptions()[question];
    expect(options?.title).toBe('Your computer is on Eastern Time now');
    expect(options?.buttons?.map((button) => button.title)).toEqual([
      'Move my hours',
      'Keep my hours',
    ]);
    await fakeBrowser.notifications.onButtonClicked.trigger(question, 0);
    await vi.waitFor(async () =>
      expect((await loadSettings(await openDb())).schedule.timeZone).toBe('America/New_York'),
    );
    // The wake that follows the move stores the popup's view in the new zone.
    await vi.waitFor(async () =>
      expect((await savedPopupView())?.timeZone).toBe('America/New_York'),
    );
    expect((await loadWaiting()).map((item) => item.key)).toEqual([]);
  });

  it('keeps the hours when told, and never asks again about that zone', async () => {
    await inNewYork();
    vi.setSystemTime(Date.parse('2026-11-23T13:00:00Z'));
    await user.change('locked');
    await user.change('active');
    const question = 'time-zone:America/New_York:Europe/Berlin';
    await fakeBrowser.notifications.onButtonClicked.trigger(question, 1);
    await fakeBrowser.notifications.clear(question);
    vi.setSystemTime(Date.parse('2026-11-26T13:00:00Z'));
    await user.change('locked');
    await user.change('active');
    expect(await shown()).not.toContain(question);
    expect((await loadSettings(await openDb())).schedule.timeZone).toBe('Europe/Berlin');
  });

  it('lists a reminder that would fall in its night instead of notifying an empty desk', async () => {
    await inNewYork();
    const db = await openDb();
    // Supervision at 10:00 Berlin time (04:00 in New York), reminded 15 minutes before.
    await saveCheckIn(
      db,
      checkIn({
        id: 'sup',
        title: 'Supervision',
        kind: 'supervision',
        startDate: '2026-11-25',
        startTime: '10:00',
        timeZone: 'Europe/Berlin',
      }),
    );
    vi.setSystemTime(Date.parse('2026-11-25T03:00:00Z'));
    await user.change('locked');
    await fakeBrowser.alarms.onAlarm.trigger({
      name: WAKE_ALARM,
      scheduledTime: Date.parse('2026-11-25T08:45:00Z'),
      persistAcrossSessions: false,
    });
    await wakeAlarmAt(Date.parse('2026-11-25T08:45:00Z'));
    expect(await shown()).toEqual([]);
    expect((await loadWaiting()).map((item) => item.key)).toEqual([
      'check-in-reminder:sup:2026-11-25',
    ]);
  });
});
