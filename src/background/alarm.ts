import { browser } from 'wxt/browser';
import { alarmTime } from '../clock';
import { SECOND_MS } from '../domain/time-units';

/** The one alarm Tend keeps: the next moment the planner said something may be due. */
export const WAKE_ALARM = 'tend-wake';

// Chrome delays alarms set less than a second out; and an instant already past would
// otherwise fire at once and loop, so the soonest wake is a second from now.
const SOONEST_MS = SECOND_MS;

/**
 * How soon the planner wakes again if a wake never gets to set its next alarm: a wake that
 * fails, or a worker stopped in the middle of one. In the computer's own minutes: it stands
 * for no moment on Tend's clock.
 */
export const FALLBACK_MINUTES = 15;

// Every wake alarm repeats FALLBACK_MINUTES after it fires, until a wake replaces it. Chrome
// removes a one-shot alarm as it fires, so a worker stopped before its listener ran a line
// would be left with none; a repeating one stays.
const REPEAT = { periodInMinutes: FALLBACK_MINUTES };

/** Replaces the wake alarm with one at `nextAt`, or removes it when nothing is coming. */
export async function scheduleWake(nextAt: Date | null): Promise<void> {
  await setWakeAlarm(await wakeAlarmTime(nextAt));
}

/** When on the computer's clock the wake alarm must fire to wake at `nextAt`, or null. */
export async function wakeAlarmTime(nextAt: Date | null): Promise<number | null> {
  return nextAt ? alarmTime(nextAt) : null;
}

/**
 * Replaces the wake alarm with one at `when` (from `wakeAlarmTime`), or removes it for null:
 * asked of the browser in this very turn.
 */
export function setWakeAlarm(when: number | null): Promise<void> {
  if (when === null) return browser.alarms.clear(WAKE_ALARM).then(() => undefined);
  // Creating an alarm under an existing name replaces it, so there is only ever one.
  return browser.alarms.create(WAKE_ALARM, {
    when: Math.max(when, Date.now() + SOONEST_MS),
    ...REPEAT,
  });
}

/**
 * Sets the wake alarm FALLBACK_MINUTES ahead, asked of the browser in this very turn: nothing
 * is read first, so no stop of the worker can come between the wake starting and an alarm.
 */
export function armFallbackWake(): Promise<void> {
  return browser.alarms.create(WAKE_ALARM, {
    when: Date.now() + FALLBACK_MINUTES * 60_000,
    ...REPEAT,
  });
}
