import { browser } from 'wxt/browser';

/** The storage.local key the end-to-end suite writes to move a test build's clock. */
export const TEST_CLOCK_OFFSET_KEY = 'e2e-clock-offset-ms';

async function offsetMs(): Promise<number> {
  // Only a TEND_E2E build reads the offset; in a store build this branch is removed.
  if (!import.meta.env.TEND_E2E) return 0;
  const stored = await browser.storage.local.get(TEST_CLOCK_OFFSET_KEY);
  const value = stored[TEST_CLOCK_OFFSET_KEY];
  return typeof value === 'number' ? value : 0;
}

/** The one clock of Tend: the current time, which a test build can move forward. */
export async function now(): Promise<Date> {
  return new Date(Date.now() + (await offsetMs()));
}

/** The real-time instant at which an alarm must fire to wake at `at` on Tend's clock. */
export async function alarmTime(at: Date): Promise<number> {
  return at.getTime() - (await offsetMs());
}
