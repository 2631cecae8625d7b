import { TZDate } from '@date-fns/tz';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WAKE_ALARM } from '../../src/background/alarm';
import { registerBackground } from '../../src/background/register';
import { recordTransition } from '../../src/db/activity';
import { openDb } from '../../src/db/open';
import { saveReflection } from '../../src/db/reflections';
import { saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import type { Settings } from '../../src/domain/types';
import { installFakeIdle } from '../support/fake-idle';
import { browserIn } from '../support/browser-zone';
import { wakeAlarmAt } from '../support/alarms';

browserIn('Europe/London');

const ZONE = 'Europe/London';
// The reflection comes on Friday at 15:00 by default: Friday 27 November 2026, in the week
// of Monday 23 November.
const at = (time: string) => new TZDate(`2026-11-27T${time}`, ZONE).getTime();
const KEY = 'reflection:2026-11-23';

// A Friday at the computer would bring breaks too; they have their own tests.
function withoutBreaks(settings: Settings): Settings {
  return { ...settings, breaks: { ...settings.breaks, shortEnabled: false, longEnabled: false } };
}

const wakeAt = (time: string) => wakeAlarmAt(at(time));

const shown = async () => Object.keys(await fakeBrowser.notifications.getAll());
const alarmAt = async () => (await fakeBrowser.alarms.get(WAKE_ALARM))?.scheduledTime;

beforeEach(async () => {
  // Only Date is faked: IndexedDB's own timers must keep running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('09:00'));
  const db = await openDb();
  await saveSettings(db, withoutBreaks(defaultSettings(ZONE)));
  await recordTransition(db, { at: at('09:00'), state: 'active' });
  installFakeIdle('active');
  registerBackground();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the weekly reflection from the background', () => {
  it('sets its one alarm for the chosen time and shows a warm notification when it comes', async () => {
    await wakeAt('14:00');
    expect(await shown()).toEqual([]);
    expect(await alarmAt()).toBe(at('15:00'));

    await wakeAt('15:00');
    expect(await shown()).toEqual([KEY]);
    const options = fakeBrowser.notifications.getAllCreateOptions()[KEY];
    expect(options?.title).toBe('A few minutes for your week');
    expect(options?.message).toBe(
      'How has this week been for you? Four quick questions and a note if you like. Skipping is fine too.',
    );
    expect(options?.contextMessage).toBe('From the weekly reflection you set in Tend');
  });

  it('opens the reflection section on a click', async () => {
    await wakeAt('15:00');
    await fakeBrowser.notifications.onClicked.trigger(KEY);
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(
        'chrome-extension://test-extension-id/options.html?from=reflection#reflection',
      ),
    );
  });

  it('stays away for a week already reflected on', async () => {
    await saveReflection(await openDb(), {
      id: 'r1',
      weekStart: '2026-11-23',
      energy: 4,
      stress: null,
      connected: null,
      supported: null,
      note: '',
      createdAt: at('11:00'),
    });
    await wakeAt('15:00');
    expect(await shown()).toEqual([]);
  });

  it('comes once: a second wake in the same week shows nothing', async () => {
    await wakeAt('15:00');
    await fakeBrowser.notifications.clear(KEY);
    await wakeAt('16:00');
    expect(await shown()).toEqual([]);
  });
});
