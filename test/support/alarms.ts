import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WAKE_ALARM } from '../../src/background/alarm';

type Alarm = Browser.alarms.Alarm;

/** The wake alarms the browser holds (Tend keeps exactly one). */
export async function wakeAlarms(): Promise<Alarm[]> {
  return (await fakeBrowser.alarms.getAll()).filter(({ name }) => name === WAKE_ALARM);
}

/**
 * The browser fires `alarm` as Chrome does: the clock is at its time (or still now, for one
 * that fires late), a one-shot alarm is removed as it fires and a repeating one is set again
 * a period on, and then its event is delivered (through `deliver`, for a test that runs it
 * as the worker).
 */
export async function fireAlarm(
  alarm: Alarm,
  deliver: (fire: () => Promise<unknown>) => Promise<unknown> = (fire) => fire(),
): Promise<void> {
  const firedAt = Math.max(alarm.scheduledTime, Date.now());
  vi.setSystemTime(firedAt);
  if (alarm.periodInMinutes) {
    await fakeBrowser.alarms.create(alarm.name, {
      when: firedAt + alarm.periodInMinutes * 60_000,
      periodInMinutes: alarm.periodInMinutes,
    });
  } else {
    await fakeBrowser.alarms.clear(alarm.name);
  }
  await deliver(() => fakeBrowser.alarms.onAlarm.trigger({ ...alarm }));
}

/** Tend's wake alarm fires on time at `when`: the clock is set to it, and its event delivered. */
export async function wakeAlarmAt(when: number): Promise<void> {
  vi.setSystemTime(when);
  await fakeBrowser.alarms.onAlarm.trigger({
    name: WAKE_ALARM,
    scheduledTime: when,
    persistAcrossSessions: false,
  });
}

/** The alarm due soonest, if any is due by `until`. */
export async function nextAlarm(until = Infinity): Promise<Alarm | undefined> {
  const due = (await fakeBrowser.alarms.getAll()).filter((a) => a.scheduledTime <= until);
  return due.sort((a, b) => a.scheduledTime - b.scheduledTime)[0];
}
