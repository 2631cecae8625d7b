import { TZDate } from '@date-fns/tz';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { discreetText, isDiscreet } from '../../src/background/discreet-text';
import { registerBackground } from '../../src/background/register';
import { recordTransition } from '../../src/db/activity';
import { saveCheckIn } from '../../src/db/check-ins';
import { openDb } from '../../src/db/open';
import { completed, saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import type { DiscreetNotifications, Settings } from '../../src/domain/types';
import { loadWaiting } from '../../src/ui/popup/load-waiting';
import { checkIn } from '../domain/checkins/check-in-factory';
import { browserIn } from '../support/browser-zone';
import { installFakeIdle } from '../support/fake-idle';
import { wakeAlarmAt } from '../support/alarms';

browserIn('Europe/London');

const ZONE = 'Europe/London';
// Monday 23 November 2026: counselling at 10:00, reminded at 09:45.
const at = (time: string) => new TZDate(`2026-11-23T${time}`, ZONE).getTime();
const reminder = 'check-in-reminder:eap:2026-11-23';

let user: ReturnType<typeof installFakeIdle>;

async function setUp(mode?: DiscreetNotifications) {
  const db = await openDb();
  const base = defaultSettings(ZONE);
  const settings: Settings = {
    ...base,
    breaks: { ...base.breaks, shortEnabled: false, longEnabled: false },
    ...(mode && { discreetNotifications: mode }),
  };
  await saveSettings(db, settings);
  await recordTransition(db, { at: at('09:00'), state: 'active' });
  await saveCheckIn(
    db,
    checkIn({
      id: 'eap',
      title: 'Counselling with Dr Lee',
      place: 'EAP office, 3rd floor',
      startDate: '2026-11-23',
    }),
  );
}

async function reminderAt0945() {
  await wakeAlarmAt(at('09:45'));
  const options = fakeBrowser.notifications.getAllCreateOptions()[reminder];
  expect(options).toBeDefined();
  return `${options?.title} | ${options?.message}`;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('09:00'));
  user = installFakeIdle('active');
  registerBackground();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('discreet notifications', () => {
  it('name the check-in and its place while the screen is unlocked (the default)', async () => {
    await setUp();
    const text = await reminderAt0945();
    expect(text).toContain('Counselling with Dr Lee');
    expect(text).toContain('EAP office');
  });

  it('leave out the name and the place while the screen is locked (the default)', async () => {
    await setUp();
    await user.change('locked');
    const text = await reminderAt0945();
    expect(text).not.toMatch(/Lee|Counselling|EAP/);
    expect(text).toContain('A check-in soon');
    // The popup's list still has the details.
    expect((await loadWaiting()).find((item) => item.key === reminder)?.title).toContain(
      'Counselling with Dr Lee',
    );
  });

  it("leave them out on an unlocked screen too when set to 'always'", async () => {
    await setUp('always');
    const text = await reminderAt0945();
    expect(text).not.toMatch(/Lee|Counselling|EAP/);
  });

  it("keep them on a locked screen when set to 'never'", async () => {
    await setUp('never');
    await user.change('locked');
    expect(await reminderAt0945()).toContain('Counselling with Dr Lee');
  });

  it('apply by mode and screen, and only to nudges that name someone or somewhere', () => {
    expect(isDiscreet('when-locked', 'locked')).toBe(true);
    expect(isDiscreet('when-locked', 'idle')).toBe(false);
    expect(isDiscreet('always', 'active')).toBe(true);
    expect(isDiscreet('never', 'locked')).toBe(false);
    const breakNudge = { kind: 'hours-limit', key: 'k', limit: 'day', workedMs: 0 } as const;
    expect(discreetText(breakNudge as never)).toBeNull();
  });

  it('read a stored settings record from before the setting as the default', () => {
    const older: Partial<Settings> = defaultSettings(ZONE);
    delete older.discreetNotifications;
    expect(completed(older).discreetNotifications).toBe('when-locked');
  });
});
