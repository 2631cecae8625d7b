import { TZDate } from '@date-fns/tz';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from '../../src/background/register';
import { recordTransition } from '../../src/db/activity';
import { saveContact } from '../../src/db/contacts';
import { openDb } from '../../src/db/open';
import { saveSettings } from '../../src/db/settings';
import { backupText, parseBackup } from '../../src/domain/backup/parse';
import { nudgeKey } from '../../src/domain/nudge-key';
import { defaultSettings } from '../../src/domain/settings';
import type { Settings } from '../../src/domain/types';
import { aContact } from '../db/factories';
import { aBackup } from '../domain/backup-fixture';
import { installFakeIdle } from '../support/fake-idle';
import { browserIn } from '../support/browser-zone';
import { wakeAlarmAt } from '../support/alarms';

browserIn('Europe/London');

const ZONE = 'Europe/London';

// These tests are about other nudges; a long stretch at the computer would bring breaks too.
function withoutBreaks(settings: Settings): Settings {
  return { ...settings, breaks: { ...settings.breaks, shortEnabled: false, longEnabled: false } };
}
// Reconnect nudges may come from 10:00 to 16:00 by default.
const on = (date: string, time: string) => new TZDate(`${date}T${time}`, ZONE).getTime();
// Monday 23 November 2026.
const at = (time: string) => on('2026-11-23', time);

const wakeAt = (time: string, date = '2026-11-23') => wakeAlarmAt(on(date, time));

const shown = async () => Object.keys(await fakeBrowser.notifications.getAll());

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('09:00'));
  const db = await openDb();
  await saveSettings(db, withoutBreaks(defaultSettings(ZONE)));
  // A colleague (every 14 days by default) last seen three weeks ago.
  await saveContact(
    db,
    aContact({ id: 'sam', name: 'Sam', lastContactAt: at('09:00') - 21 * 24 * 3600_000 }),
  );
  await recordTransition(db, { at: at('09:00'), state: 'active' });
  installFakeIdle('active');
  registerBackground();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('reconnect nudges from the background', () => {
  it('names the person and when they were last in touch, inside the chosen hours', async () => {
    await wakeAt('09:30');
    expect(await shown()).toEqual([]);
    await wakeAt('10:00');
    expect(await shown()).toEqual(['reconnect:sam:2026-11-23']);
    const options = fakeBrowser.notifications.getAllCreateOptions()['reconnect:sam:2026-11-23'];
    // The name is isolated (U+2068 … U+2069): a right-to-left name turns no other word round.
    expect(options?.message).toBe(
      'You were last in touch with \u2068Sam\u2069 3 weeks ago. A short message is enough.',
    );
    expect(options?.buttons?.map((button) => button.title)).toEqual([
      'Write to them',
      'Not this week',
    ]);
  });

  it('stays quiet about someone snoozed from the notification for a week', async () => {
    // With a one-day gap only the snooze can keep Sam quiet on the days after.
    const db = await openDb();
    const settings = withoutBreaks(defaultSettings(ZONE));
    settings.network.reconnectGapDays = 1;
    await saveSettings(db, settings);
    await wakeAt('10:00');
    await fakeBrowser.notifications.onButtonClicked.trigger('reconnect:sam:2026-11-23', 1);
    await vi.waitFor(async () => {
      const sam = await db.get('contacts', 'sam');
      expect(sam?.snoozedUntil).toBe(on('2026-11-30', '10:00'));
    });
    await wakeAt('11:00', '2026-11-24');
    await wakeAt('11:00', '2026-11-27');
    expect(await shown()).toEqual([]);
    await wakeAt('11:00', '2026-11-30');
    expect(await shown()).toEqual(['reconnect:sam:2026-11-30']);
  });
});

describe('a person whose id holds a colon', () => {
  it('is refused in a backup, and nothing is changed', async () => {
    const backup = { ...aBackup(), contacts: [aContact({ id: 'a:b', name: 'Ana' })] };
    const parsed = parseBackup(backupText({ ...backup, interactions: [] }), at('09:00'));
    expect(parsed.ok).toBe(false);
  });

  it('stored by an older Tend, can still be put off for a week from the notification', async () => {
    const db = await openDb();
    await db.delete('contacts', 'sam');
    const ab = aContact({
      id: 'a:b',
      name: 'Ana',
      lastContactAt: at('09:00') - 21 * 24 * 3600_000,
    });
    await saveContact(db, ab);
    await wakeAt('10:00');
    const key = nudgeKey({ kind: 'reconnect', contactId: 'a:b', date: '2026-11-23' });
    expect(await shown()).toEqual([key]);
    await fakeBrowser.notifications.onButtonClicked.trigger(key, 1);
    await vi.waitFor(async () => {
      expect((await db.get('contacts', 'a:b'))?.snoozedUntil).toBe(on('2026-11-30', '10:00'));
    });
  });
});
