import { TZDate } from '@date-fns/tz';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WAKE_ALARM } from '../../src/background/alarm';
import { registerBackground } from '../../src/background/register';
import { recordTransition } from '../../src/db/activity';
import { snoozes } from '../../src/db/meta';
import { nudgeLogSince } from '../../src/db/nudge-log';
import { openDb } from '../../src/db/open';
import { saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import type { Settings } from '../../src/domain/types';
import { installFakeIdle } from '../support/fake-idle';

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

async function fireAlarm(time: string) {
  vi.setSystemTime(at(time));
  await fakeBrowser.alarms.onAlarm.trigger({
    name: WAKE_ALARM,
    scheduledTime: at(time),
    persistAcrossSessions: false,
  });
}

let user: ReturnType<typeof installFakeIdle>;

async function shown() {
  return Object.keys(await fakeBrowser.notifications.getAll());
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
    expect(alarms.map(({ name, scheduledTime }) => [name, scheduledTime])).toEqual([
      [WAKE_ALARM, at('17:30')],
    ]);
  });

  it('shows nothing twice when it wakes again at the same moment', async () => {
    await fireAlarm('17:00');
    await fakeBrowser.notifications.clear(reminderId(0));
    await fireAlarm('17:00');
    expect(await shown()).toEqual([]);
    expect(await nudgeLogSince(await openDb(), 0)).toHaveLength(1);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
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
    expect(answer).toEqual({ ok: true, value: { replanned: true } });
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
    await expect(fakeBrowser.runtime.sendMessage({ type: 'unknown' })).resolves.toBeUndefined();
    expect(await shown()).toEqual([]);
  });
});
