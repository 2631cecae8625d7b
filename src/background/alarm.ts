import { browser } from 'wxt/browser';
import { alarmTime } from '../clock';
import { SECOND_MS } from '../domain/time-units';

/** The one alarm Tend keeps: the next moment the planner said something may be due. */
export const WAKE_ALARM = 'tend-wake';

// Chrome delays alarms set less than a second out; and an instant already past would
// otherwise fire at once and loop, so the soonest wake is a second from now.
const SOONEST_MS = SECOND_MS;

/** Replaces the wake alarm with one at `nextAt`, or removes it when nothing is coming. */
export async function scheduleWake(nextAt: Date | null): Promise<void> {
  if (!nextAt) {
    await browser.alarms.clear(WAKE_ALARM);
    return;
  }
  const when = Math.max(await alarmTime(nextAt), Date.now() + SOONEST_MS);
  // Creating an alarm under an existing name replaces it, so there is only ever one.
  await browser.alarms.create(WAKE_ALARM, { when });
}
