import { TZDate } from '@date-fns/tz';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from '../../src/background/register';
import { activitySince, recordTransition } from '../../src/db/activity';
import { openDb } from '../../src/db/open';
import { saveSettings, updateSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import { browserIn } from '../support/browser-zone';
import { wakeAlarmAt } from '../support/alarms';

browserIn('Europe/London');

const ZONE = 'Europe/London';
// Monday 23 November 2026, within the default working hours.
const at = (time: string) => new TZDate(`2026-11-23T${time}`, ZONE).getTime();

// The user's last input: the browser answers 'idle' for an interval that long passed since.
let lastInput = 0;

const fireAlarm = (time: string) => wakeAlarmAt(at(time));

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('09:00'));
  const db = await openDb();
  await saveSettings(db, { ...defaultSettings(ZONE), idleThresholdSeconds: 300 });
  await recordTransition(db, { at: at('09:00'), state: 'active' });
  const idle = {
    queryState: async (interval: number) =>
      Date.now() - lastInput >= interval * 1000 ? 'idle' : 'active',
    setDetectionInterval: () => undefined,
    onStateChanged: {
      addListener: () => undefined,
      removeListener: () => undefined,
      hasListener: () => false,
    },
  };
  Object.assign(fakeBrowser, { idle });
  registerBackground();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the idle threshold a wake asks the browser with', () => {
  it('is the one the settings hold now, after it changed since the last wake', async () => {
    lastInput = at('09:58');
    await fireAlarm('10:00');
    const db = await openDb();
    expect((await activitySince(db, at('09:00'))).at(-1)?.state).toBe('active');
    // Two minutes without input: away for a threshold of one minute, not for five.
    await updateSettings(db, (settings) => ({ ...settings, idleThresholdSeconds: 60 }));
    await fireAlarm('10:00:30');
    expect((await activitySince(db, at('09:00'))).at(-1)).toMatchObject({ state: 'idle' });
  });
});
