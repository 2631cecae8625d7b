import { testClockOffset } from './storage/test-clock-offset';

async function offsetMs(): Promise<number> {
  // Only a TEND_E2E build reads the offset; in a store build this branch is removed.
  if (!import.meta.env.TEND_E2E) return 0;
  return testClockOffset.getValue();
}

/** The one clock of Tend: the current time, which a test build can move forward. */
export async function now(): Promise<Date> {
  return new Date(Date.now() + (await offsetMs()));
}

/**
 * The computer's own clock, which a test build's offset does not move: how long the
 * browser really went unseen (a test that moves Tend's clock on has not slept).
 */
export function realNow(): number {
  return Date.now();
}

/** The real-time instant at which an alarm must fire to wake at `at` on Tend's clock. */
export async function alarmTime(at: Date): Promise<number> {
  return at.getTime() - (await offsetMs());
}
