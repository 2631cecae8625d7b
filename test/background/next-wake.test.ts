import { TZDate } from '@date-fns/tz';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FALLBACK_MINUTES, WAKE_ALARM } from '../../src/background/alarm';
import { recordTransition } from '../../src/db/activity';
import { nudgeLogSince } from '../../src/db/nudge-log';
import { openDb } from '../../src/db/open';
import { saveSettings } from '../../src/db/settings';
import { defaultSettings } from '../../src/domain/settings';
import { loadWaiting } from '../../src/ui/popup/load-waiting';
import { fireAlarm, wakeAlarms } from '../support/alarms';
import { browserIn } from '../support/browser-zone';
import { installFakeIdle } from '../support/fake-idle';
import { settle, WorkerStops } from '../support/worker-stop';

browserIn('Europe/London');

const ZONE = 'Europe/London';
// Monday 23 November 2026; the default schedule ends at 17:00.
const at = (time: string) => new TZDate(`2026-11-23T${time}`, ZONE).getTime();
const firstReminder = `boundary:2026-11-23:${at('17:00')}:0`;
const MINUTE = 60_000;

let stops: WorkerStops;

/** The wake alarm fires, delivered to the worker. */
async function fireWakeAlarm() {
  const [alarm] = await wakeAlarms();
  if (!alarm) throw new Error('no wake alarm to fire');
  await fireAlarm(alarm, (fire) => stops.worker(fire).catch(() => undefined));
  await settle();
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('09:00'));
  const db = await openDb();
  const settings = defaultSettings(ZONE);
  await saveSettings(db, {
    ...settings,
    breaks: { ...settings.breaks, shortEnabled: false, longEnabled: false },
  });
  await recordTransition(db, { at: at('09:00'), state: 'active' });
  installFakeIdle('active');
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  stops = new WorkerStops();
  stops.restart();
  // The day's last planned wake: the first boundary reminder at 17:00.
  await fakeBrowser.alarms.create(WAKE_ALARM, { when: at('17:00') });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the next wake', () => {
  it('is set the instant an alarm fires, before the wake reads anything', async () => {
    const [alarm] = await wakeAlarms();
    vi.setSystemTime(at('17:00'));
    // Chrome removes a one-shot alarm as it fires.
    await fakeBrowser.alarms.clear(WAKE_ALARM);
    const firing = stops.worker(() => fakeBrowser.alarms.onAlarm.trigger(alarm!));
    // Read in this very turn: nothing the wake awaits has happened yet.
    const armed = fakeBrowser.alarms.getAll();
    await firing;
    expect((await armed).filter(({ name }) => name === WAKE_ALARM)).toMatchObject([
      { scheduledTime: at('17:00') + FALLBACK_MINUTES * MINUTE },
    ]);
  });

  it('is still there when the worker is stopped as its alarm fires, before it runs a line', async () => {
    // The alarm a wake set: it fires, and the worker is stopped before the listener runs.
    await fireWakeAlarm();
    const [planned] = await wakeAlarms();
    const before = stops.points.length;
    stops.stopWhere(() => 'before');
    await fireWakeAlarm();
    expect(stops.stoppedAt?.index).toBe(before + 1);
    expect(await wakeAlarms()).toMatchObject([
      { scheduledTime: planned!.scheduledTime + FALLBACK_MINUTES * MINUTE },
    ]);
  });

  it('comes within minutes when the worker is stopped in the middle of a wake', async () => {
    stops.stopWhere(({ where }) => (where.startsWith('nudgeLog') ? 'before' : undefined));
    await fireWakeAlarm();
    expect(stops.stoppedAt).not.toBeNull();
    expect(await wakeAlarms()).toMatchObject([
      { scheduledTime: at('17:00') + FALLBACK_MINUTES * MINUTE },
    ]);
  });
});

describe('a nudge claimed when the worker was stopped', () => {
  it('is shown at the next wake, under its own id, once', async () => {
    stops.stopWhere(({ where }) => (where === 'notifications.create' ? 'before' : undefined));
    await fireWakeAlarm();
    expect(await nudgeLogSince(await openDb(), 0)).toHaveLength(1);
    expect(stops.shown).toEqual([]);
    stops.restart();
    await fireWakeAlarm();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([firstReminder]);
    expect(stops.shown).toEqual([firstReminder]);
    expect((await loadWaiting()).map((item) => item.key)).toEqual([firstReminder]);
    // Shown now: the next wake (17:30) shows the next reminder, and not this one again.
    await fireWakeAlarm();
    expect(stops.shown.filter((id) => id === firstReminder)).toHaveLength(1);
    expect(stops.shown).toHaveLength(2);
  });

  it('is not shown again when its notification was up before the stop', async () => {
    stops.stopWhere(({ where }) => (where === 'notifications.create' ? 'after' : undefined));
    await fireWakeAlarm();
    expect(stops.shown).toEqual([firstReminder]);

    stops.restart();
    await fireWakeAlarm();
    expect(stops.shown).toEqual([firstReminder]);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([firstReminder]);
    expect((await loadWaiting()).map((item) => item.key)).toEqual([firstReminder]);
  });

  it('is not shown again when the user answered it before the next wake', async () => {
    stops.stopWhere(({ where }) => (where === 'notifications.create' ? 'after' : undefined));
    await fireWakeAlarm();
    stops.restart();
    // The user clicks it away before the worker wakes again.
    await stops.worker(() => fakeBrowser.notifications.onClicked.trigger(firstReminder));
    await settle();
    await fireWakeAlarm();
    expect(stops.shown).toEqual([firstReminder]);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});
