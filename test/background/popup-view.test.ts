import { TZDate } from '@date-fns/tz';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerBackground } from '../../src/background/register';
import { recordTransition } from '../../src/db/activity';
import { openDb } from '../../src/db/open';
import { saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import { send } from '../../src/messages';
import { savedPopupView } from '../../src/storage/popup-view';
import { installFakeIdle } from '../support/fake-idle';
import { browserIn } from '../support/browser-zone';
import { wakeAlarmAt } from '../support/alarms';

browserIn('Europe/London');

const ZONE = 'Europe/London';
// Monday 23 November 2026; the default schedule ends at 17:00.
const at = (time: string) => new TZDate(`2026-11-23T${time}`, ZONE).getTime();

beforeEach(async () => {
  // Only Date is faked: IndexedDB's own timers must keep running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('09:00'));
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  const db = await openDb();
  await saveSettings(db, defaultSettings(ZONE));
  await recordTransition(db, { at: at('09:00'), state: 'active' });
  installFakeIdle('active');
  registerBackground();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the popup’s view from the background', () => {
  it('is stored by every wake, for the next popup to paint from', async () => {
    expect(await savedPopupView()).toBeNull();
    await wakeAlarmAt(at('10:00'));
    expect(await savedPopupView()).toMatchObject({
      computedAt: at('10:00'),
      status: 'working',
      workedMs: 60 * 60_000,
    });
  });

  it('answers the popup with a view as of now, and stores it', async () => {
    vi.setSystemTime(at('17:30'));
    const view = await send('popup-view', {});
    expect(view).toMatchObject({ computedAt: at('17:30'), status: 'after-hours', onClock: true });
    expect(await savedPopupView()).toEqual(view);
  });
});
