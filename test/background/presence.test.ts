import { TZDate } from '@date-fns/tz';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WAKE_ALARM } from '../../src/background/alarm';
import { STILL_HERE_ALARM } from '../../src/background/presence';
import { registerBackground } from '../../src/background/register';
import { recordTransition } from '../../src/db/activity';
import { openDb } from '../../src/db/open';
import { saveSettings } from '../../src/db/settings';
import { workedAt } from '../../src/domain/popup-view';
import { defaultSettings } from '../../src/domain/settings';
import type { Settings } from '../../src/domain/types';
import { savedPopupView } from '../../src/storage/popup-view';
import { browserIn } from '../support/browser-zone';
import { installFakeIdle } from '../support/fake-idle';

browserIn('Europe/London');

const ZONE = 'Europe/London';
// Monday 23 November 2026, office hours 09:00–17:00; the next day is `tuesday`.
const at = (time: string) => new TZDate(`2026-11-23T${time}`, ZONE).getTime();
const tuesday = (time: string) => new TZDate(`2026-11-24T${time}`, ZONE).getTime();
const MINUTE = 60_000;

function quiet(settings: Settings): Settings {
  return {
    ...settings,
    breaks: { ...settings.breaks, shortEnabled: false, longEnabled: false },
    reflection: { ...settings.reflection, enabled: false },
  };
}

async function fire(name: string, instant: number) {
  vi.setSystemTime(instant);
  await fakeBrowser.alarms.onAlarm.trigger({
    name,
    scheduledTime: instant,
    persistAcrossSessions: false,
  });
}

const mark = (instant: number) => fire(STILL_HERE_ALARM, instant);
const alarmNames = async () => (await fakeBrowser.alarms.getAll()).map(({ name }) => name).sort();

async function recorded() {
  const db = await openDb();
  return (await db.getAll('activity')).map(({ at: instant, state }) => ({ at: instant, state }));
}

// The time worked today, as the popup shows it at `instant`.
async function workedInPopup(instant: number): Promise<number> {
  const view = await savedPopupView();
  if (!view) throw new Error('no popup view stored');
  return workedAt(view, instant) / MINUTE;
}

let user: ReturnType<typeof installFakeIdle>;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('08:55'));
  const db = await openDb();
  await saveSettings(db, quiet(defaultSettings(ZONE)));
  await recordTransition(db, { at: at('08:55'), state: 'active' });
  user = installFakeIdle('active');
  registerBackground();
  // The workday starts: the planner's alarm at 09:00.
  await fire(WAKE_ALARM, at('09:00'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the still-here mark', () => {
  it('runs while the user is at the computer on the clock, and stops when they leave', async () => {
    expect(await alarmNames()).toEqual([STILL_HERE_ALARM, WAKE_ALARM]);
    vi.setSystemTime(at('10:00'));
    await user.change('locked');
    expect(await alarmNames()).toEqual([WAKE_ALARM]);
    vi.setSystemTime(at('10:20'));
    await user.change('active');
    expect(await alarmNames()).toEqual([STILL_HERE_ALARM, WAKE_ALARM]);
  });

  it('is a mark, not a wake: nothing is planned or shown for it', async () => {
    for (let instant = at('09:10'); instant < at('16:40'); instant += 10 * MINUTE) {
      await mark(instant);
    }
    const before = await fakeBrowser.alarms.get(WAKE_ALARM);
    // 16:45 is the wrap-up's time: only the planner's own alarm brings it.
    await mark(at('16:45'));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await fakeBrowser.alarms.get(WAKE_ALARM)).toEqual(before);
  });
});

describe('time the browser could not see the user', () => {
  it('counts a laptop asleep without a lock as away, from the last mark', async () => {
    await mark(at('09:10'));
    await mark(at('09:20'));
    // The lid closes at 09:25; it opens at 11:30, and Chrome fires the missed mark.
    await mark(at('11:30'));
    expect(await recorded()).toEqual([
      { at: at('08:55'), state: 'active' },
      { at: at('09:20'), state: 'idle' },
      { at: at('11:30'), state: 'active' },
    ]);
    // 09:00–09:20, then 11:30–11:45.
    expect(await workedInPopup(at('11:45'))).toBe(35);
  });

  it('counts a browser quit without ending the day as away, found when it starts again', async () => {
    for (let minutes = 10; minutes <= 120; minutes += 10)
      await mark(at('09:00') + minutes * MINUTE);
    // Quit at 11:05; opened again on Tuesday at 08:30.
    vi.setSystemTime(tuesday('08:30'));
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () =>
      expect((await recorded()).at(-1)).toEqual({ at: tuesday('08:30'), state: 'active' }),
    );
    expect(await recorded()).toContainEqual({ at: at('11:00'), state: 'idle' });
    // Tuesday starts with nothing worked: Monday's evening and night were never work.
    expect(await workedInPopup(tuesday('08:45'))).toBe(0);
    await fire(WAKE_ALARM, tuesday('09:00'));
    expect(await workedInPopup(tuesday('09:30'))).toBe(30);
  });

  it('counts nothing of a shift that began while the browser, last seen off the clock, was closed', async () => {
    // At the computer from 07:00 on Tuesday, before the shift; the laptop closes unlocked at
    // 07:45 and opens at 11:00: the 09:00 start went by unseen.
    vi.setSystemTime(tuesday('07:00'));
    await user.change('locked');
    await user.change('active');
    vi.setSystemTime(tuesday('11:00'));
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () =>
      expect((await recorded()).at(-1)).toEqual({ at: tuesday('11:00'), state: 'active' }),
    );
    expect(await workedInPopup(tuesday('11:15'))).toBe(15);
  });

  it('counts the work up to a wake whose popup view the browser refused, before a sleep', async () => {
    // The browser refuses the view a wake at 09:14 stores; the lid closes at 09:15 and opens
    // at 11:30, when Chrome fires the missed mark.
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation((items) =>
      'tend-popup-view' in items ? Promise.reject(new Error('refused')) : set(items),
    );
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fire(WAKE_ALARM, at('09:14'));
    vi.mocked(fakeBrowser.storage.local.set).mockRestore();
    await mark(at('11:30'));
    expect(await recorded()).toContainEqual({ at: at('09:14'), state: 'idle' });
  });

  it('counts a short sleep between two marks as work: within the ten minutes a mark allows', async () => {
    await mark(at('09:10'));
    // Asleep 09:12–09:20; the mark at 09:20 comes on time.
    await mark(at('09:20'));
    expect(await recorded()).toEqual([{ at: at('08:55'), state: 'active' }]);
  });
});
