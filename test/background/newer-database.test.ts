import { TZDate } from '@date-fns/tz';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WAKE_ALARM } from '../../src/background/alarm';
import { registerBackground } from '../../src/background/register';
import { recordTransition } from '../../src/db/activity';
import { migrations } from '../../src/db/migrations';
import { closeDb, openDatabase, openDb } from '../../src/db/open';
import { DB_NAME } from '../../src/db/schema';
import { loadSettings, saveSettings } from '../../src/db/settings';
import { POPUP_VIEW_FORMAT } from '../../src/domain/popup-view';
import { defaultSettings } from '../../src/domain/settings';
import { dataProblem } from '../../src/storage/data-problem';
import { popupView, savedPopupView } from '../../src/storage/popup-view';
import { browserIn } from '../support/browser-zone';
import { installFakeIdle } from '../support/fake-idle';
import { wakeAlarmAt } from '../support/alarms';

browserIn('Europe/London');

const ZONE = 'Europe/London';
// Monday 23 November 2026; the default schedule ends at 17:00.
const at = (time: string) => new TZDate(`2026-11-23T${time}`, ZONE).getTime();

/** The wake alarm fires, and Chrome removes a one-shot alarm as it fires. */
async function fireAlarm(time: string) {
  await fakeBrowser.alarms.clear(WAKE_ALARM);
  await wakeAlarmAt(at(time));
}

const wakeAlarms = async () =>
  (await fakeBrowser.alarms.getAll()).filter(({ name }) => name === WAKE_ALARM);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('09:00'));
  installFakeIdle('active');
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a wake over a database a newer Tend opened', () => {
  beforeEach(async () => {
    // The user ran a newer Tend, then went back to this one: the database is a version ahead.
    closeDb();
    const newer = await openDatabase(DB_NAME, [...migrations, () => undefined]);
    await saveSettings(newer, defaultSettings('Europe/Berlin'));
    await recordTransition(newer, { at: at('09:00'), state: 'active' });
    newer.close();
    registerBackground();
  });

  it('keeps an alarm to try again within the hour, shows nothing, and says why', async () => {
    await fireAlarm('17:00');
    expect(await wakeAlarms()).toMatchObject([{ scheduledTime: at('18:00') }]);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await dataProblem.getValue()).toEqual({ problem: 'newer-database', since: at('17:00') });
    // Again an hour later: still an alarm, and the note keeps the first time it was found.
    await fireAlarm('18:00');
    expect(await wakeAlarms()).toMatchObject([{ scheduledTime: at('19:00') }]);
    expect(await dataProblem.getValue()).toEqual({ problem: 'newer-database', since: at('17:00') });
  });

  it('leaves the data exactly as the newer Tend left it', async () => {
    await fireAlarm('17:00');
    const newer = await openDatabase(DB_NAME, [...migrations, () => undefined]);
    expect(newer.version).toBe(migrations.length + 1);
    expect((await loadSettings(newer)).schedule.timeZone).toBe('Europe/Berlin');
    expect(await newer.getAll('activity')).toHaveLength(1);
    newer.close();
  });

  it('answers the popup with the reason, and leaves it no stale view to paint', async () => {
    // The view the last wake before the downgrade stored.
    await fakeBrowser.storage.local.set({
      [popupView.key]: {
        format: POPUP_VIEW_FORMAT,
        computedAt: at('08:00'),
        validUntil: at('08:30'),
      },
    });
    const answer = await fakeBrowser.runtime.sendMessage({ type: 'popup-view', payload: {} });
    expect(answer).toMatchObject({
      ok: false,
      error: expect.stringContaining('NewerDatabaseError'),
    });
    expect(await savedPopupView()).toBeNull();
  });
});

describe('a wake that opens the database again', () => {
  it('forgets a problem noted before (Tend was updated)', async () => {
    await dataProblem.setValue({ problem: 'newer-database', since: at('08:00') });
    await saveSettings(await openDb(), defaultSettings(ZONE));
    registerBackground();
    await fireAlarm('10:00');
    expect(await dataProblem.getValue()).toBeNull();
    expect(await wakeAlarms()).toHaveLength(1);
  });
});
